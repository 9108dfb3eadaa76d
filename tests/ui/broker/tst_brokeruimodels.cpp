// SPDX-License-Identifier: MIT
// The broker dialog's parts on their own: item models (under QAbstractItemModelTester, attached
// before data arrives), recent brokers in QSettings, the selectors form, error wording.

#include "../uitestutils.h"

#include <ui/broker/brokererrortext.h>
#include <ui/broker/latestpactsmodel.h>
#include <ui/broker/pacticipantsmodel.h>
#include <ui/broker/recentbrokers.h>
#include <ui/broker/verificationpactsmodel.h>
#include <ui/broker/verificationselectorsform.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Pactbench;
using Kind = BrokerError::Kind;

Q_DECLARE_METATYPE(Pactbench::BrokerError::Kind)
Q_DECLARE_METATYPE(Pactbench::BrokerConnection::Auth)

class TestBrokerUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pactbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_brokeruimodels"));
    }
    void init() { QSettings().clear(); }

    void pacticipantsModel()
    {
        PacticipantsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPacticipants(
            { { u"Foo"_qs, u"Foo Service"_qs, u"main"_qs, {}, u"1.2.3"_qs, {} }, { u"Bar"_qs, {}, {}, {}, {}, {} } });
        QCOMPARE(Test::printModel(&model), (QStringList{ u"Foo — main"_qs, u"Bar"_qs }));
        QCOMPARE(model.index(0, PacticipantsModel::LatestVersionColumn).data().toString(), u"1.2.3"_qs);
        QCOMPARE(model.index(0, PacticipantsModel::MainBranchColumn).data(PacticipantsModel::NameRole).toString(),
            u"Foo"_qs);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"Foo Service"_qs);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Pacticipant"_qs);
        model.setPacticipants({});
        QCOMPARE(model.rowCount(), 0);
    }

    void latestPactsModel()
    {
        LatestPactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl latest(u"http://b/pacts/provider/Bar/consumer/Foo/latest"_qs);
        const QUrl version(u"http://b/pacts/provider/Bar/consumer/Foo/version/1.0"_qs);
        model.setPacts({ { u"Foo"_qs, u"1.0"_qs, u"Bar"_qs, u"2024-05-01T10:00:00+00:00"_qs, latest, version },
            { u"Web"_qs, u"7"_qs, u"Api"_qs, u"not a date"_qs, latest, {} } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(LatestPactsModel::ColumnCount));
        QCOMPARE(Test::printModel(&model), (QStringList{ u"Foo — Bar"_qs, u"Web — Api"_qs }));
        const QModelIndex date = model.index(0, LatestPactsModel::PublishedColumn);
        QCOMPARE(
            date.data(LatestPactsModel::SortRole).toDateTime(), QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(date.data().toString(),
            QLocale().toString(
                QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(1, LatestPactsModel::PublishedColumn).data().toString(), u"not a date"_qs);
        // The consumer version's own pact is opened when the broker names it, else the latest.
        QCOMPARE(model.index(0, 0).data(LatestPactsModel::UrlRole).toUrl(), version);
        QCOMPARE(model.index(1, 0).data(LatestPactsModel::UrlRole).toUrl(), latest);
    }

    void verificationPactsModel_data()
    {
        QTest::addColumn<std::optional<bool>>("pending");
        QTest::addColumn<bool>("wip");
        QTest::addColumn<QString>("status");
        QTest::addRow("not asked") << std::optional<bool>() << false << QString();
        QTest::addRow("pending") << std::optional<bool>(true) << false << u"pending"_qs;
        QTest::addRow("not pending") << std::optional<bool>(false) << false << u"not pending"_qs;
        QTest::addRow("wip") << std::optional<bool>(true) << true << u"pending, WIP"_qs;
    }
    void verificationPactsModel()
    {
        QFETCH(std::optional<bool>, pending);
        QFETCH(bool, wip);
        QFETCH(QString, status);
        VerificationPactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PactForVerification entry{ QUrl(u"http://b/pacts/x"_qs), u"Pact between Foo (1) and Bar"_qs,
            u"latest from main branch"_qs, pending, wip, { { u"before_verification"_qs, {}, u"notice one"_qs } } };
        model.setPacts({ entry });
        QCOMPARE(model.index(0, VerificationPactsModel::StatusColumn).data().toString(), status);
        QCOMPARE(Test::printModel(&model), QStringList{ u"Pact between Foo (1) and Bar — latest from main branch"_qs });
        QCOMPARE(model.index(0, 0).data(VerificationPactsModel::PendingRole).toBool(), pending.value_or(false));
        QCOMPARE(model.index(0, 0).data(VerificationPactsModel::WipRole).toBool(), wip);
        QCOMPARE(model.index(0, 0).data(VerificationPactsModel::NoticesRole).toStringList(),
            QStringList{ u"notice one"_qs });
    }

    void recentBrokersRoundTrip()
    {
        QVERIFY(RecentBrokers::load().isEmpty());
        RecentBrokers::add({ QUrl(u"https://user:pw-in-url@broker.example.com"_qs), BrokerConnection::Auth::Basic,
            u"ci"_qs, false, {} });
        RecentBrokers::add({ QUrl(u"http://127.0.0.1:9292"_qs), BrokerConnection::Auth::None, {}, true, {} });
        RecentBrokers::add({ QUrl(u"https://broker.example.com/"_qs), BrokerConnection::Auth::Basic, u"ci"_qs, true,
            u"/etc/ca.pem"_qs });
        const QList<RecentBroker> list = RecentBrokers::load();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).url, QUrl(u"https://broker.example.com/"_qs));
        QCOMPARE(list.at(0).insecure, true);
        QCOMPARE(list.at(0).caFile, u"/etc/ca.pem"_qs);
        QCOMPARE(list.at(1),
            (RecentBroker{ QUrl(u"http://127.0.0.1:9292"_qs), BrokerConnection::Auth::None, {}, true, {} }));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"pw-in-url"), qPrintable(key));
        for (int i = 0; i < RecentBrokers::maximum() + 3; ++i)
            RecentBrokers::add(
                { QUrl(u"http://b"_qs + QString::number(i)), BrokerConnection::Auth::None, {}, false, {} });
        QCOMPARE(RecentBrokers::load().size(), RecentBrokers::maximum());
        QCOMPARE(RecentBrokers::load().first().url, QUrl(u"http://b12"_qs));
        RecentBrokers::clear();
        QVERIFY(RecentBrokers::load().isEmpty());
    }

    void authKeys_data()
    {
        QTest::addColumn<BrokerConnection::Auth>("auth");
        QTest::addColumn<QString>("key");
        QTest::addRow("none") << BrokerConnection::Auth::None << u"none"_qs;
        QTest::addRow("basic") << BrokerConnection::Auth::Basic << u"basic"_qs;
        QTest::addRow("bearer") << BrokerConnection::Auth::Bearer << u"bearer"_qs;
    }
    void authKeys()
    {
        QFETCH(BrokerConnection::Auth, auth);
        QFETCH(QString, key);
        QCOMPARE(RecentBrokers::authKey(auth), key);
        QCOMPARE(RecentBrokers::authFromKey(key), auth);
    }

    void selectorsForm()
    {
        VerificationSelectorsForm form;
        QVERIFY(!form.problem().isEmpty()); // no provider
        form.setProviderName(u"Bar"_qs);
        QVERIFY(form.problem().isEmpty());
        const QJsonObject defaults = form.request().toJson();
        const QJsonArray expected{ QJsonObject{ { u"mainBranch"_qs, true } },
            QJsonObject{ { u"deployedOrReleased"_qs, true } } };
        QCOMPARE(defaults.value(u"consumerVersionSelectors").toArray(), expected);
        QCOMPARE(defaults.value(u"includePendingStatus").toBool(), true);
        QVERIFY(!defaults.contains(u"includeWipPactsSince"));
        form.findChild<QCheckBox *>(u"selectMatchingBranch"_qs)->setChecked(true);
        QVERIFY(form.problem().contains(u"provider branch"));
        form.findChild<QLineEdit *>(u"providerBranch"_qs)->setText(u"main"_qs);
        QVERIFY(form.problem().isEmpty());
        form.findChild<QLineEdit *>(u"selectTags"_qs)->setText(u" prod ,, dev"_qs);
        form.findChild<QCheckBox *>(u"selectTagsLatest"_qs)->setChecked(false);
        const QJsonArray selectors = form.request().toJson().value(u"consumerVersionSelectors").toArray();
        QCOMPARE(selectors.size(), 5);
        QCOMPARE(selectors.at(3).toObject(), QJsonDocument::fromJson(R"({"tag":"prod","latest":false})").object());
        QCOMPARE(selectors.at(4).toObject().value(u"tag").toString(), u"dev"_qs);
    }

    void errorText_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("headline");
        QTest::addRow("401") << Kind::Unauthorized << u"did not accept the credentials"_qs;
        QTest::addRow("unreachable") << Kind::Unreachable << u"cannot be reached"_qs;
        QTest::addRow("tls") << Kind::Tls << u"self-signed"_qs;
        QTest::addRow("timeout") << Kind::Timeout << u"did not answer in time"_qs;
        QTest::addRow("cancelled") << Kind::Cancelled << u"Cancelled."_qs;
    }
    void errorText()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, headline);
        const BrokerError error{ kind, 0, u"GET http://b/"_qs, u"the details"_qs, {}, {} };
        QVERIFY2(BrokerErrorText::headline(error).contains(headline), qPrintable(BrokerErrorText::headline(error)));
        QCOMPARE(BrokerErrorText::describe(error).contains(u"the details"), kind != Kind::Cancelled);
        QVERIFY(BrokerErrorText::headline(BrokerError{}).isEmpty());
    }
};

QTEST_MAIN(TestBrokerUiModels)
#include "tst_brokeruimodels.moc"
