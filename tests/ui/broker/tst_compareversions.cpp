// SPDX-License-Identifier: MIT
// Browse › Compare versions… of OpenFromBrokerDialog, driven offscreen by objectName against the local
// test broker: the versions of the selected pact, OLD/NEW (the two newest by default), both fetched
// and handed on through compareRequested; errors, same-version choice and Cancel stay in the dialog.

#include "brokerdialogfixture.h"

#include <core/model/pactreader.h>
#include <ui/broker/pactversionsmodel.h>

#include <QAbstractItemModelTester>

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>

using namespace Pactbench;
using Pactbench::Test::TestBroker;

namespace {

Pact servedPact(const QByteArray &content)
{
    return *PactReader::read(content).pact;
}

} // namespace

class TestCompareVersions : public QObject, protected Test::BrokerDialogFixture
{
    Q_OBJECT

    /// Foo → Bar has 1.0.0 (main), 1.1.0 (feat-x) and 1.2.0 (main); Foo → Baz only 1.0.0.
    QByteArray m_newest = Test::pactJson(u"Foo"_qs, u"Bar"_qs, u"the newest request"_qs);

    bool connectAndSelect(const QString &provider) { return connectPlain() && selectPact(provider); }
    /// Chooses pacticipant Foo and selects its pact with `provider`.
    bool selectPact(const QString &provider)
    {
        m_ui->setText("pacticipantFilter", u"Foo"_qs);
        qobject_cast<QTableView *>(m_ui->view("pacticipantsView"))->selectRow(0);
        const QStringList pacts = m_ui->rows("pactsView");
        for (int row = 0; row < pacts.size(); ++row) {
            if (pacts.at(row).section(u" | "_qs, 1, 1) == provider) {
                qobject_cast<QTableView *>(m_ui->view("pactsView"))->selectRow(row);
                return true;
            }
        }
        return false;
    }
    void waitIdle() const
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->shown("brokerProgress"), 10000);
    }
    QStringList listedVersions() const
    {
        QStringList out;
        for (const QString &row : m_ui->rows("versionsView"))
            out << row.section(u" | "_qs, 0, 1); // version | branch
        return out;
    }
    QComboBox *combo(const char *name) const { return m_ui->get<QComboBox>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(isolateSettings(QStringLiteral("tst_compareversions")), qPrintable(QSettings().fileName()));
    }
    void init()
    {
        QVERIFY(setUp());
        m_broker->addPact({u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs, m_newest, u"main"_qs, {}});
    }
    void cleanup() { tearDown(); }

    void listsVersionsAndComparesTheTwoNewest()
    {
        QVERIFY(connectPlain());
        QVERIFY(!m_ui->button("compareVersionsButton")->isEnabled()); // no pact selected
        QVERIFY(!m_ui->shown("pactVersionsPane"));
        m_ui->view("pactsView")->selectAll();
        QVERIFY(!m_ui->button("compareVersionsButton")->isEnabled()); // several selected
        QVERIFY(selectPact(u"Bar"_qs));
        QVERIFY(m_ui->button("compareVersionsButton")->isEnabled());

        m_ui->click("compareVersionsButton");
        waitIdle();
        QVERIFY(m_ui->shown("pactVersionsPane"));
        QCOMPARE(m_ui->text("versionsTitle"), u"Versions of the pact Foo \u2192 Bar"_qs);
        QCOMPARE(listedVersions(), (QStringList{u"1.2.0 | main"_qs, u"1.1.0 | feat-x"_qs, u"1.0.0 | main"_qs}));
        QCOMPARE(combo("versionNew")->currentText(), u"1.2.0"_qs);
        QCOMPARE(combo("versionOld")->currentText(), u"1.1.0"_qs);
        QVERIFY(m_ui->button("compareChosenButton")->isEnabled());

        m_broker->clearRequests();
        QSignalSpy compared(m_dialog.get(), &OpenFromBrokerDialog::compareRequested);
        m_ui->click("compareChosenButton");
        QVERIFY(compared.wait(10000));
        QCOMPARE(compared.size(), 1);
        const QList<QVariant> args = compared.constFirst();
        QCOMPARE(args.at(0).value<Pact>(), servedPact(m_broker->pacts().at(1).content)); // Foo → Bar 1.1.0
        QCOMPARE(args.at(1).toString(), u"Foo \u2192 Bar 1.1.0"_qs);
        QCOMPARE(args.at(2).value<Pact>(), servedPact(m_newest));
        QCOMPARE(args.at(3).toString(), u"Foo \u2192 Bar 1.2.0"_qs);
        QVERIFY(args.at(0).value<Pact>() != args.at(2).value<Pact>());
        QStringList fetched;
        for (const auto &r : m_broker->requests())
            fetched << r.path;
        fetched.sort();
        QCOMPARE(fetched, (QStringList{u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs,
                                       u"/pacts/provider/Bar/consumer/Foo/version/1.2.0"_qs}));
        QCOMPARE(m_documents->count(), 0); // compared, not opened
        QVERIFY(!m_dialog->isVisible()); // closed: the compare dialog takes over
    }

    void otherVersionsCanBeChosen()
    {
        QVERIFY(connectAndSelect(u"Bar"_qs));
        m_ui->click("compareVersionsButton");
        waitIdle();
        combo("versionOld")->setCurrentIndex(2); // 1.0.0
        combo("versionNew")->setCurrentIndex(1); // 1.1.0
        QSignalSpy compared(m_dialog.get(), &OpenFromBrokerDialog::compareRequested);
        m_ui->click("compareChosenButton");
        QVERIFY(compared.wait(10000));
        QCOMPARE(compared.constFirst().at(1).toString(), u"Foo \u2192 Bar 1.0.0"_qs);
        QCOMPARE(compared.constFirst().at(0).value<Pact>(), servedPact(m_broker->pacts().at(0).content));
        QCOMPARE(compared.constFirst().at(3).toString(), u"Foo \u2192 Bar 1.1.0"_qs);
        QCOMPARE(compared.constFirst().at(2).value<Pact>(), servedPact(m_broker->pacts().at(1).content));
    }

    void sameVersionTwiceIsRefused()
    {
        QVERIFY(connectAndSelect(u"Bar"_qs));
        m_ui->click("compareVersionsButton");
        waitIdle();
        combo("versionOld")->setCurrentIndex(0);
        QSignalSpy compared(m_dialog.get(), &OpenFromBrokerDialog::compareRequested);
        m_broker->clearRequests();
        m_ui->click("compareChosenButton");
        QCOMPARE(m_ui->text("versionsMessage"), u"Choose two different versions."_qs);
        QVERIFY(m_ui->shown("versionsMessage"));
        QCOMPARE(compared.size(), 0); // refused before any request
        QVERIFY(!m_ui->shown("brokerProgress"));
        QVERIFY(m_broker->requests().isEmpty());
    }

    void aSingleVersionOffersNothingToCompare()
    {
        QVERIFY(connectAndSelect(u"Baz"_qs));
        m_ui->click("compareVersionsButton");
        waitIdle();
        QCOMPARE(listedVersions(), QStringList{u"1.0.0 | main"_qs});
        QVERIFY(!m_ui->button("compareChosenButton")->isEnabled());
        QVERIFY(m_ui->text("versionsMessage").contains(u"only one version"));
    }

    void brokerWithoutTheLinkSaysSo()
    {
        m_broker->dropRelation(u"pb:all-pact-versions"_qs);
        QVERIFY(connectAndSelect(u"Bar"_qs));
        m_ui->click("compareVersionsButton");
        waitIdle();
        QVERIFY(m_ui->shown("versionsMessage"));
        QVERIFY2(m_ui->text("versionsMessage").contains(u"pb:all-pact-versions"), qPrintable(m_ui->text("versionsMessage")));
        QVERIFY(m_ui->rows("versionsView").isEmpty());
        QVERIFY(!m_ui->button("compareChosenButton")->isEnabled());
        QVERIFY(m_dialog->isVisible());
    }

    void aFailedFetchStaysInTheDialog()
    {
        m_broker->setOverride("GET", u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs, {404, {}, "text/plain", 0, {}});
        QVERIFY(connectAndSelect(u"Bar"_qs));
        m_ui->click("compareVersionsButton");
        waitIdle();
        QSignalSpy compared(m_dialog.get(), &OpenFromBrokerDialog::compareRequested);
        m_ui->click("compareChosenButton");
        waitIdle();
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->shown("versionsMessage"), 5000);
        QVERIFY2(m_ui->text("versionsMessage").contains(u"/version/1.1.0"), qPrintable(m_ui->text("versionsMessage")));
        QCOMPARE(compared.size(), 0);
        QVERIFY(m_dialog->isVisible());
    }

    void versionsModel()
    {
        PactVersionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PactVersionSummary v{u"web"_qs, u"orders"_qs, u"1.4.0"_qs, u"main"_qs, {u"prod"_qs, u"test"_qs},
                             u"2024-05-12T10:00:00+00:00"_qs, QUrl(u"http://b/pacts/provider/orders/consumer/web/version/1.4.0"_qs)};
        model.setVersions({v, {}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PactVersionsModel::VersionColumn).data().toString(), u"1.4.0"_qs);
        QCOMPARE(model.index(0, PactVersionsModel::TagsColumn).data().toString(), u"prod, test"_qs);
        QVERIFY(!model.index(0, PactVersionsModel::PublishedColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), v.url.toString());
        QCOMPARE(v.label(), u"web \u2192 orders 1.4.0"_qs);
    }

    void listingCanBeCancelled()
    {
        m_broker->setOverride("GET", u"/pacts/provider/Bar/consumer/Foo/versions"_qs, {200, "{}", "application/hal+json", 8000, {}});
        QVERIFY(connectAndSelect(u"Bar"_qs));
        m_ui->click("compareVersionsButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->shown("brokerProgress"), 5000);
        QVERIFY(m_ui->get<QLabel>("busyLabel")->text().contains(u"versions of Foo \u2192 Bar"));
        m_ui->click("cancelButton");
        waitIdle();
        QCOMPARE(m_ui->text("versionsMessage"), u"Cancelled."_qs);
        QVERIFY(m_ui->rows("versionsView").isEmpty());
        QVERIFY(m_dialog->isVisible());
    }
};

QTEST_MAIN(TestCompareVersions)
#include "tst_compareversions.moc"
