// SPDX-License-Identifier: MIT
// OpenFromBrokerDialog driven offscreen by objectName against the local test broker on 127.0.0.1:
// browse → open (documents with the broker origin), pacts for verification, cancel of slow calls.

#include "brokerdialogfixture.h"

#include <core/model/pactreader.h>
#include <ui/document/pactdocument.h>

#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>

namespace {

/// With PACTBENCH_SCREENSHOT_DIR set, saves what the dialog looks like (for the docs).
void screenshot(QWidget *dialog, const QString &name)
{
    const QString dir = qEnvironmentVariable("PACTBENCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dialog->grab().save(dir + u'/' + name + u".png"_qs);
}

Pactbench::Pact servedPact(const QByteArray &content)
{
    return *Pactbench::PactReader::read(content).pact;
}

} // namespace

using namespace Pactbench;
using Pactbench::Test::TestBroker;

class TestOpenFromBroker : public QObject, protected Test::BrokerDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(isolateSettings(QStringLiteral("tst_openfrombroker")), qPrintable(QSettings().fileName()));
    }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void browseAndOpenAPact()
    {
        QVERIFY(connectPlain());
        QCOMPARE(m_ui->rows("pacticipantsView"),
            (QStringList{ u"Bar |  | "_qs, u"Baz |  | "_qs, u"Consumer 2 |  | "_qs, u"Foo | main | "_qs }));
        m_ui->setText("pacticipantFilter", u"fo"_qs);
        QCOMPARE(m_ui->rows("pacticipantsView"), QStringList{ u"Foo | main | "_qs });
        auto *pacticipants = qobject_cast<QTableView *>(m_ui->view("pacticipantsView"));
        pacticipants->selectRow(0);
        const QStringList pacts = m_ui->rows("pactsView");
        QCOMPARE(pacts.size(), 2);
        QVERIFY2(pacts.at(0).startsWith(u"Foo | Bar | 1.1.0 | "), qPrintable(pacts.join(u'\n')));
        QVERIFY2(pacts.at(1).startsWith(u"Foo | Baz | 1.0.0 | "), qPrintable(pacts.join(u'\n')));
        QVERIFY(!m_ui->button("openButton")->isEnabled());
        qobject_cast<QTableView *>(m_ui->view("pactsView"))->selectRow(0);
        screenshot(m_dialog.get(), u"broker-browse"_qs);
        QVERIFY(m_ui->button("openButton")->isEnabled());

        QSignalSpy opened(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(opened.wait(10000));
        const auto documents = opened.first().first().value<QList<PactDocument *>>();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(m_documents->count(), 1);
        PactDocument *doc = documents.first();
        const QString pactUrl = m_broker->baseUrl().toString() + u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs;
        QCOMPARE(doc->origin(), pactUrl);
        QVERIFY(doc->isFromBroker());
        QCOMPARE(doc->brokerSource()->pactUrl.toString(), pactUrl);
        QCOMPARE(doc->brokerSource()->connection.baseUrl.toString(), m_broker->baseUrl().toString() + u'/');
        QCOMPARE(doc->brokerSource()->consumerVersion, u"1.1.0"_qs);
        QVERIFY(doc->brokerSource()->verificationResultsUrl.path().endsWith(u"/verification-results"));
        QCOMPARE(doc->pact(), servedPact(m_broker->pacts().at(1).content));
        QVERIFY(!m_dialog->isVisible()); // accepted once everything opened
    }

    void pactsOfThePacticipant_data()
    {
        QTest::addColumn<QString>("pacticipant");
        QTest::addColumn<int>("role"); // 0 either, 1 as consumer, 2 as provider
        QTest::addColumn<QStringList>("pairs");
        QTest::addRow("Foo, either") << u"Foo"_qs << 0 << QStringList{ u"Foo > Bar"_qs, u"Foo > Baz"_qs };
        QTest::addRow("Foo as provider") << u"Foo"_qs << 2 << QStringList();
        QTest::addRow("Bar as provider") << u"Bar"_qs << 2 << QStringList{ u"Consumer 2 > Bar"_qs, u"Foo > Bar"_qs };
        QTest::addRow("Bar as consumer") << u"Bar"_qs << 1 << QStringList();
        QTest::addRow("Baz, either") << u"Baz"_qs << 0 << QStringList{ u"Foo > Baz"_qs };
    }
    void pactsOfThePacticipant()
    {
        QFETCH(QString, pacticipant);
        QFETCH(int, role);
        QFETCH(QStringList, pairs);
        QVERIFY(connectPlain());
        m_ui->setText("pacticipantFilter", pacticipant);
        qobject_cast<QTableView *>(m_ui->view("pacticipantsView"))->selectRow(0);
        m_ui->get<QComboBox>("pactRole")->setCurrentIndex(role);
        QStringList shown;
        for (const QString &row : m_ui->rows("pactsView"))
            shown << row.section(u" | "_qs, 0, 0) + u" > "_qs + row.section(u" | "_qs, 1, 1);
        QCOMPARE(shown, pairs);
        // The chosen pacticipant is offered as the provider to verify.
        m_ui->showTab(1);
        QCOMPARE(m_ui->edit("providerName")->text(), pacticipant);
    }

    void openSeveralAtOnce()
    {
        QVERIFY(connectPlain());
        QCOMPARE(m_ui->rows("pactsView").size(), 3); // no pacticipant chosen: every latest pact
        m_ui->view("pactsView")->selectAll();
        QSignalSpy opened(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().value<QList<PactDocument *>>().size(), 3);
        QCOMPARE(m_documents->count(), 3);
        QStringList consumers;
        for (PactDocument *d : m_documents->documents()) {
            QVERIFY(d->isFromBroker());
            consumers << d->pact().consumer.name + u"->"_qs + d->pact().provider.name;
        }
        QCOMPARE(consumers, (QStringList{ u"Consumer 2->Bar"_qs, u"Foo->Bar"_qs, u"Foo->Baz"_qs }));

        // Opening the same pacts again gives the open documents, not copies.
        newDialog();
        QVERIFY(connectPlain());
        m_ui->view("pactsView")->selectAll();
        QSignalSpy again(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(again.wait(10000));
        QCOMPARE(m_documents->count(), 3);
        QCOMPARE(again.first().first().value<QList<PactDocument *>>(), m_documents->documents());
    }

    void pactsForVerification_data()
    {
        QTest::addColumn<QStringList>("checks"); // objectNames of check boxes to toggle
        QTest::addColumn<QString>("providerBranch");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::addColumn<QStringList>("expectedRows");
        QTest::addRow("defaults")
            << QStringList() << QString() << QString()
            << QByteArray(
                   R"({"consumerVersionSelectors":[{"mainBranch":true},{"deployedOrReleased":true}],"includePendingStatus":true})")
            << QStringList{ u"Pact between Consumer 2 (2.0.0) and Bar | latest from main branch | pending"_qs,
                   u"Pact between Foo (1.0.0) and Bar | latest from main branch | not pending"_qs,
                   u"Pact between Foo (1.1.0) and Bar | latest | not pending"_qs };
        QTest::addRow("every option")
            << QStringList{ u"selectMainBranch"_qs, u"selectDeployedOrReleased"_qs, u"selectMatchingBranch"_qs,
                   u"selectLatest"_qs, u"includeWip"_qs }
            << u"main"_qs << u"prod, dev"_qs
            << QByteArray(
                   R"({"consumerVersionSelectors":[{"matchingBranch":true},{"tag":"prod","latest":true},{"tag":"dev","latest":true},{"latest":true}],"includePendingStatus":true,"includeWipPactsSince":"2024-01-31","providerVersionBranch":"main"})")
            << QStringList{ u"Pact between Consumer 2 (2.0.0) and Bar | latest | pending"_qs,
                   u"Pact between Foo (1.1.0) and Bar | latest | not pending"_qs,
                   u"Pact between Foo (1.0.0) and Bar | latest with tag prod | not pending"_qs };
        QTest::addRow("pending off")
            << QStringList{ u"includePending"_qs, u"selectDeployedOrReleased"_qs } << QString() << QString()
            << QByteArray(R"({"consumerVersionSelectors":[{"mainBranch":true}],"includePendingStatus":false})")
            << QStringList{ u"Pact between Consumer 2 (2.0.0) and Bar | latest from main branch | "_qs,
                   u"Pact between Foo (1.0.0) and Bar | latest from main branch | "_qs };
    }
    void pactsForVerification()
    {
        QFETCH(QStringList, checks);
        QFETCH(QString, providerBranch);
        QFETCH(QString, tags);
        QFETCH(QByteArray, expectedBody);
        QFETCH(QStringList, expectedRows);
        m_broker->setPending(u"Consumer 2"_qs, true);
        QVERIFY(connectPlain());
        m_ui->showTab(1);
        QVERIFY(!m_ui->button("fetchButton")->isEnabled()); // no provider yet
        m_ui->setText("providerName", u"Bar"_qs);
        m_ui->setText("providerBranch", providerBranch);
        m_ui->setText("selectTags", tags);
        for (const QString &name : checks) {
            auto *box = m_ui->get<QCheckBox>(name.toLatin1().constData());
            box->setChecked(!box->isChecked());
        }
        m_ui->get<QDateEdit>("wipSince")->setDate(QDate(2024, 1, 31));
        m_broker->clearRequests();
        m_ui->click("fetchButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->shown("brokerProgress"), 10000);
        const QList<Test::RecordedRequest> posts
            = m_broker->requests("POST", u"/pacts/provider/Bar/for-verification"_qs);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().json(), QJsonDocument::fromJson(expectedBody).object());
        QCOMPARE(m_ui->rows("verificationPactsView"), expectedRows);
        if (QTest::currentDataTag() == QByteArray("defaults")) {
            m_ui->view("verificationPactsView")->selectAll();
            screenshot(m_dialog.get(), u"broker-verification"_qs);
        }

        // Open every listed pact: each keeps the pending mark and its notices' origin.
        m_ui->view("verificationPactsView")->selectAll();
        QVERIFY(m_ui->get<QPlainTextEdit>("noticesView")->toPlainText().contains(u"is being verified because"));
        QSignalSpy opened(m_dialog.get(), &OpenFromBrokerDialog::documentsOpened);
        m_ui->click("openButton");
        QVERIFY(opened.wait(10000));
        const auto documents = opened.first().first().value<QList<PactDocument *>>();
        QCOMPARE(documents.size(), expectedRows.size());
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const BrokerSource &source = *documents.at(i)->brokerSource();
            QVERIFY(source.pactUrl.path().contains(u"/pact-version/"));
            const bool pending = expectedRows.at(i).endsWith(u"| pending");
            QCOMPARE(source.pending.value_or(false), pending);
            QCOMPARE(source.pending.has_value(), !expectedRows.at(i).endsWith(u"| "));
        }
    }

    void cancelASlowCall_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("slowPath");
        QTest::addColumn<QString>("step");
        QTest::addRow("connect") << QByteArray("GET") << u"/"_qs << u"connect"_qs;
        QTest::addRow("pacticipants") << QByteArray("GET") << u"/pacticipants"_qs << u"browse"_qs;
        QTest::addRow("open") << QByteArray("GET") << u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs
                              << u"open"_qs;
        QTest::addRow("for verification")
            << QByteArray("POST") << u"/pacts/provider/Bar/for-verification"_qs << u"fetch"_qs;
    }
    void cancelASlowCall()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, slowPath);
        QFETCH(QString, step);
        m_broker->setOverride(method, slowPath, { 200, "{}", "application/hal+json", 30000, {} });
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->click("connectButton");
        if (step != u"connect") {
            QTRY_VERIFY(m_dialog->isConnected());
            if (step == u"open") {
                QTRY_COMPARE(m_ui->rows("pactsView").size(), 3);
                qobject_cast<QTableView *>(m_ui->view("pactsView"))->selectRow(1); // Foo → Bar
                m_ui->click("openButton");
            } else if (step == u"fetch") {
                QTRY_VERIFY(!m_ui->shown("brokerProgress"));
                m_ui->showTab(1);
                m_ui->setText("providerName", u"Bar"_qs);
                m_ui->click("fetchButton");
            }
        }
        QTRY_VERIFY(!m_broker->requests(method, slowPath).isEmpty());
        if (step == u"browse")
            QTRY_COMPARE(m_ui->rows("pactsView").size(), 3); // the other list loads meanwhile
        QVERIFY(m_ui->shown("brokerProgress"));
        QVERIFY(m_ui->shown("busyIndicator"));
        QVERIFY(!m_ui->text("busyLabel").isEmpty());
        QElapsedTimer clock;
        clock.start();
        m_ui->click("cancelButton");
        // Typically a few ms; the broker would answer after 30 s. The bound only tells the two apart,
        // with a margin a loaded 2-core machine keeps.
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->shown("brokerProgress"), 10000);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_documents->count(), 0);
        QVERIFY(m_dialog->isVisible());
        if (step == u"connect") {
            QVERIFY(!m_dialog->isConnected());
            QVERIFY2(m_ui->text("connectionStatus").contains(u"Cancelled"), qPrintable(m_ui->text("connectionStatus")));
        } else if (step == u"browse") {
            QVERIFY(m_dialog->isConnected());
            QVERIFY(m_ui->text("browseMessage").contains(u"Cancelled"));
            QCOMPARE(m_ui->rows("pactsView").size(), 3); // the other list loaded
        } else if (step == u"open") {
            QVERIFY(m_ui->text("connectionStatus").contains(u"Cancelled"));
            QVERIFY(m_ui->button("openButton")->isEnabled()); // usable again
        } else {
            QVERIFY(m_ui->text("verificationMessage").contains(u"Cancelled"));
            QVERIFY(m_ui->button("fetchButton")->isEnabled());
        }
    }

    void reconnectingDropsTheOldCallsSilently()
    {
        m_broker->setOverride("GET", u"/pacticipants"_qs, { 200, "{}", "application/hal+json", 30000, {} });
        m_ui->fillConnection(m_broker->baseUrl());
        m_ui->click("connectButton");
        QTRY_VERIFY(!m_broker->requests("GET", u"/pacticipants"_qs).isEmpty());
        TestBroker other;
        QVERIFY(other.start());
        other.addPacticipant(u"Elsewhere"_qs);
        m_ui->fillConnection(other.baseUrl());
        m_ui->connectAndWait();
        QVERIFY(m_dialog->isConnected());
        QCOMPARE(m_ui->rows("pacticipantsView"), QStringList{ u"Elsewhere |  | "_qs });
        QVERIFY2(!m_ui->shown("browseMessage"), qPrintable(m_ui->text("browseMessage")));
        QVERIFY(m_ui->text("connectionStatus").contains(other.baseUrl().toString()));
    }
};

QTEST_MAIN(TestOpenFromBroker)
#include "tst_openfrombroker.moc"
