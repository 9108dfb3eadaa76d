// SPDX-License-Identifier: MIT
// The verification panel driven by objectName, offscreen, against the local test provider (and the
// test broker for publishing): live results, the diff of a failing interaction, re-runs with their
// provider states, stop, export, publish, settings per pact, closing the document.
#include "../uitestutils.h"
#include "testbroker.h"
#include "verifytestpacts.h"

#include <core/broker/brokerclient.h>
#include <core/model/pactwriter.h>
#include <tests/verifier/testprovider.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/verify/diffcodeview.h>
#include <ui/verify/verificationpanel.h>
#include <ui/verify/verificationresultsmodel.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

using namespace Pactbench;
using Test::TestProvider;

namespace {

QByteArray orderBody(int i)
{
    return "{\"id\": " + QByteArray::number(i) + ", \"name\": \"order " + QByteArray::number(i) + "\"}";
}

/// `n` interactions GET /orders/<i>, each with the provider state "order <i> exists".
Pact ordersPact(int n)
{
    QList<QByteArray> interactions;
    for (int i = 0; i < n; ++i) {
        const QByteArray num = QByteArray::number(i);
        interactions.append(Test::httpInteraction("get order " + num, "/orders/" + num, orderBody(i),
            R"({"$.id": {"matchers": [{"match": "type"}]}})", "order " + num + " exists"));
    }
    return Test::pactWith(interactions);
}

int requestsTo(const TestProvider &provider, const QString &path)
{
    int n = 0;
    for (const HttpServerRequest &r : provider.requests())
        n += r.path == path ? 1 : 0;
    return n;
}

/// A panel on a document, pointed at the provider, its results model under the tester.
struct Fixture
{
    explicit Fixture(const Pact &pact, const QUrl &provider, const QString &origin = {})
        : document(documents.addPact(pact, origin))
        , panel(&documents)
        , tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , finished(&panel, &VerificationPanel::runFinished)
    {
        panel.resize(1200, 800);
        panel.show();
        panel.setCurrentDocument(document);
        edit("providerBaseUrlEdit")->setText(provider.toString());
        edit("stateChangeUrlEdit")->setText(provider.toString() + u"/_pact/state"_qs);
    }
    QLineEdit *edit(const char *name) { return panel.findChild<QLineEdit *>(QLatin1String(name)); }
    QPushButton *button(const char *name) { return panel.findChild<QPushButton *>(QLatin1String(name)); }
    VerificationResultsModel *model() { return panel.resultsModel(); }
    VerificationSummary lastSummary() { return finished.last().at(0).value<VerificationSummary>(); }
    bool click(const char *name)
    {
        QPushButton *b = button(name);
        if (!b || !b->isEnabled())
            return false;
        b->click();
        return true;
    }
    bool runToEnd(const char *name = "runButton")
    {
        const qsizetype before = finished.size();
        return click(name) && QTest::qWaitFor([&] { return finished.size() > before; }, 20000);
    }

    DocumentManager documents;
    PactDocument *document;
    VerificationPanel panel;
    QAbstractItemModelTester tester;
    QSignalSpy finished;
};

} // namespace

class TestVerificationPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProvider> m_provider;

    void routeOrders(int n)
    {
        for (int i = 0; i < n; ++i)
            m_provider->route(u"GET"_qs, u"/orders/%1"_qs.arg(i),
                Test::jsonResponse(200,
                    "{\"id\": " + QByteArray::number(i + 100) + ", \"name\": \"order " + QByteArray::number(i)
                        + "\"}"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"pactbench-tests"_qs);
        QCoreApplication::setApplicationName(u"tst_verificationpanel"_qs);
        QCoreApplication::setApplicationVersion(u"0.1.0"_qs);
    }

    void init()
    {
        QSettings().clear();
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
    }

    void cleanup() { m_provider.reset(); }

    void resultsFillLive()
    {
        routeOrders(5);
        m_provider->delay(u"GET"_qs, u"/orders/4"_qs, 400); // the run is still going when rows are there
        Fixture f(ordersPact(5), m_provider->url());
        QList<bool> runningAtResult;
        QObject::connect(f.model(), &QAbstractItemModel::dataChanged, &f.panel,
            [&] { runningAtResult.append(f.panel.isRunning()); });
        QVERIFY(f.click("runButton"));
        QTRY_VERIFY(f.model()->results().size() >= 4);
        QVERIFY(f.panel.isRunning());
        QCOMPARE(f.finished.size(), 0);
        QVERIFY(!f.button("runButton")->isEnabled());
        QVERIFY(f.button("stopButton")->isEnabled());
        QCOMPARE(f.panel.findChild<QProgressBar *>(u"progressBar"_qs)->value(), 4);
        QTRY_COMPARE(f.finished.size(), 1);
        QVERIFY(runningAtResult.size() >= 5 && runningAtResult.first());
        const VerificationSummary s = f.lastSummary();
        QCOMPARE(s.passed, 5); // the ids differ, as the type rule allows
    }

    void failingInteractionDiffHighlightsItsPaths()
    {
        routeOrders(2);
        m_provider->route(u"GET"_qs, u"/orders/1"_qs, Test::jsonResponse(200, R"({"id": "x", "name": "order 1"})"));
        Pact pact = ordersPact(2);
        Fixture f(pact, m_provider->url());
        QVERIFY(f.runToEnd());
        QCOMPARE(f.model()->failedInteractions(), QList<int>{ 1 });
        auto *view = f.panel.findChild<QTreeView *>(u"resultsView"_qs);
        view->setCurrentIndex(f.model()->indexOfInteraction(1));
        auto *expected = f.panel.findChild<DiffCodeView *>(u"expectedBodyView"_qs);
        auto *actual = f.panel.findChild<DiffCodeView *>(u"actualBodyView"_qs);
        QStringList red, blue;
        for (const QTextEdit::ExtraSelection &s : actual->extraSelections())
            (s.format.background().color().red() == 255 ? red : blue).append(s.cursor.block().text().trimmed());
        QCOMPARE(red, QStringList{ u"\"id\": \"x\","_qs });
        QCOMPARE(blue, QStringList{});
        QCOMPARE(expected->annotations().size(), 1);
        QCOMPARE(expected->annotations().constFirst().line, 1);
        QVERIFY2(expected->annotations().constFirst().text.startsWith(u"Type: "_qs),
            qPrintable(expected->annotations().constFirst().text));
        // A passing one: the type rule's line is marked as allowed to differ, nothing is red.
        view->setCurrentIndex(f.model()->indexOfInteraction(0));
        QCOMPARE(expected->annotations().size(), 1);
        QCOMPARE(expected->annotations().constFirst().kind, DiffCodeView::Annotation::Kind::Matched);
        QCOMPARE(expected->annotations().constFirst().text, u"matched by Type"_qs);
        auto *sent = f.panel.findChild<QPlainTextEdit *>(u"sentRequestView"_qs);
        QVERIFY(sent->toPlainText().startsWith(u"GET "_qs + m_provider->url().toString() + u"/orders/0"_qs));
        QVERIFY(f.button("copyCurlButton")->isEnabled());
        // Activating a result asks the window to select its interaction.
        QSignalSpy activated(&f.panel, &VerificationPanel::interactionActivated);
        Q_EMIT view->activated(f.model()->indexOfInteraction(1));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(1).toInt(), 1);
    }

    void rerunOneInteractionCallsItsStateAgain()
    {
        routeOrders(3);
        Fixture f(ordersPact(3), m_provider->url());
        QVERIFY(f.runToEnd());
        auto states = [&] {
            QStringList out;
            for (const QJsonObject &call : m_provider->stateCalls())
                out.append(call.value(u"state").toString());
            return out;
        };
        QCOMPARE(states(), (QStringList{ u"order 0 exists"_qs, u"order 1 exists"_qs, u"order 2 exists"_qs }));
        f.panel.setCurrentInteraction(1);
        QVERIFY(f.runToEnd("rerunInteractionButton"));
        QCOMPARE(states(),
            (QStringList{ u"order 0 exists"_qs, u"order 1 exists"_qs, u"order 2 exists"_qs, u"order 1 exists"_qs }));
        QCOMPARE(requestsTo(*m_provider, u"/orders/1"_qs), 2);
        QCOMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 1);
        QCOMPARE(f.model()->interactionCount(), 3); // the row was replaced, the others kept
        QCOMPARE(f.model()->results().size(), 3);
    }

    void rerunFailedRunsOnlyTheFailedOnes()
    {
        routeOrders(3);
        m_provider->route(u"GET"_qs, u"/orders/2"_qs, Test::jsonResponse(500, "{}"));
        Fixture f(ordersPact(3), m_provider->url());
        QVERIFY(f.runToEnd());
        QCOMPARE(f.model()->failedInteractions(), QList<int>{ 2 });
        m_provider->route(u"GET"_qs, u"/orders/2"_qs, Test::jsonResponse(200, orderBody(2)));
        QVERIFY(f.runToEnd("rerunFailedButton"));
        QCOMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 1);
        QCOMPARE(requestsTo(*m_provider, u"/orders/2"_qs), 2);
        QCOMPARE(f.model()->failedInteractions(), QList<int>{});
        QVERIFY(!f.button("rerunFailedButton")->isEnabled());
    }

    void stopCancelsTheRun()
    {
        routeOrders(5);
        m_provider->delay(u"GET"_qs, u"/orders/1"_qs, 5000);
        Fixture f(ordersPact(5), m_provider->url());
        QVERIFY(f.click("runButton"));
        QTRY_COMPARE(requestsTo(*m_provider, u"/orders/1"_qs), 1);
        QVERIFY(f.click("stopButton"));
        QTRY_COMPARE(f.finished.size(), 1);
        QVERIFY(f.lastSummary().cancelled);
        QCOMPARE(f.model()->results().size(), 1);
        QTest::qWait(200);
        for (int i = 2; i < 5; ++i)
            QCOMPARE(requestsTo(*m_provider, u"/orders/%1"_qs.arg(i)), 0);
        QVERIFY(f.button("runButton")->isEnabled());
    }

    void closingTheDocumentStopsItsRun()
    {
        routeOrders(3);
        m_provider->delay(u"GET"_qs, u"/orders/0"_qs, 5000);
        Fixture f(ordersPact(3), m_provider->url());
        QVERIFY(f.click("runButton"));
        QTRY_COMPARE(requestsTo(*m_provider, u"/orders/0"_qs), 1);
        f.documents.close(f.document);
        QTRY_COMPARE(f.finished.size(), 1);
        QVERIFY(!f.panel.isRunning());
        QCOMPARE(f.model()->rowCount(), 0);
        QVERIFY(!f.button("runButton")->isEnabled());
    }

    void exportJsonAndJunit()
    {
        routeOrders(2);
        m_provider->route(u"GET"_qs, u"/orders/1"_qs, Test::jsonResponse(200, R"({"id": "x", "name": "order 1"})"));
        Fixture f(ordersPact(2), m_provider->url());
        QVERIFY(f.runToEnd());
        QTemporaryDir dir;
        Test::RecordingDialogService dialogs;
        f.panel.setDialogService(&dialogs);
        dialogs.savePath = dir.filePath(u"report.json"_qs);
        QVERIFY(f.click("exportJsonButton"));
        QFile json(dialogs.savePath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(u"result").toBool(true), false);
        QCOMPARE(report.value(u"interactionResults").toArray().size(), 2);
        QCOMPARE(report.value(u"errors").toArray().size(), 1);
        dialogs.savePath = dir.filePath(u"report.xml"_qs);
        QVERIFY(f.click("exportJunitButton"));
        QFile xml(dialogs.savePath);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray junit = xml.readAll();
        QCOMPARE(junit.count("<testcase"), 2);
        QCOMPARE(junit.count("<failure"), 1);
        QVERIFY(dialogs.errors.isEmpty());
    }

    void publishToTheBroker()
    {
        Test::TestBroker broker;
        QVERIFY(broker.start());
        const Pact pact = ordersPact(2);
        broker.addPacticipant(u"web"_qs);
        broker.addPacticipant(u"orders"_qs);
        broker.addPact({ u"web"_qs, u"orders"_qs, u"1.0.0"_qs, PactWriter::write(pact, SpecVersion::V3), {}, {} });
        BrokerConnection connection;
        connection.baseUrl = broker.baseUrl();
        BrokerClient client(connection);
        BrokerReply<BrokerPact> *fetched
            = client.fetchPact(PactSelection{ u"web"_qs, u"orders"_qs, {}, {}, u"1.0.0"_qs });
        fetched->waitForFinished();
        QVERIFY2(fetched->ok(), qPrintable(fetched->error().toString()));
        routeOrders(2);
        Fixture f(ordersPact(1), m_provider->url());
        PactDocument *document = f.documents.addBrokerPact(fetched->value(), connection);
        f.panel.setCurrentDocument(document);
        f.edit("providerBaseUrlEdit")->setText(m_provider->url().toString());
        QVERIFY(f.panel.findChild<QWidget *>(u"publishGroup"_qs)->isVisible());
        QVERIFY(f.runToEnd());
        f.edit("providerVersionEdit")->setText(u"abc123"_qs);
        f.edit("providerBranchEdit")->setText(u"main"_qs);
        broker.clearRequests();
        QVERIFY(f.click("publishButton"));
        QTRY_COMPARE(broker.verificationResults().size(), 1);
        const QJsonObject body = broker.verificationResults().constFirst().second;
        QCOMPARE(body.value(u"providerApplicationVersion").toString(), u"abc123"_qs);
        QCOMPARE(body.value(u"success").toBool(), true);
        QCOMPARE(body.value(u"testResults").toArray().size(), 2);
        QCOMPARE(broker.requests("PUT", u"/pacticipants/orders/branches/main/versions/abc123"_qs).size(), 1);
    }

    void settingsRememberedPerPact()
    {
        DocumentManager documents;
        PactDocument *a = documents.addPact(ordersPact(1), u"/tmp/a.json"_qs);
        PactDocument *b
            = documents.addPact(Test::pactWith({ Test::httpInteraction("x", "/x", "{}") }, "mobile", "orders"));
        {
            VerificationPanel panel(&documents);
            auto *url = panel.findChild<QLineEdit *>(u"providerBaseUrlEdit"_qs);
            auto *headers = panel.findChild<QPlainTextEdit *>(u"headersEdit"_qs);
            panel.setCurrentDocument(a);
            url->setText(u"http://127.0.0.1:9001"_qs);
            headers->setPlainText(u"X-Env: test\nAuthorization: Bearer s3cret"_qs);
            panel.findChild<QCheckBox *>(u"teardownCheck"_qs)->setChecked(true);
            panel.setCurrentDocument(b);
            QCOMPARE(url->text(), u"http://127.0.0.1:8080"_qs); // defaults for a pact never verified
            url->setText(u"http://127.0.0.1:9002"_qs);
            panel.setCurrentDocument(a);
            QCOMPARE(url->text(), u"http://127.0.0.1:9001"_qs);
            QCOMPARE(headers->toPlainText(), u"X-Env: test\nAuthorization: Bearer s3cret"_qs); // this session
            QVERIFY(panel.findChild<QCheckBox *>(u"teardownCheck"_qs)->isChecked());
        }
        VerificationPanel again(&documents);
        again.setCurrentDocument(b);
        QCOMPARE(again.findChild<QLineEdit *>(u"providerBaseUrlEdit"_qs)->text(), u"http://127.0.0.1:9002"_qs);
        // The secret never reaches the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("X-Env: test"));
        QVERIFY(!stored.contains("s3cret"));
    }
};

QTEST_MAIN(TestVerificationPanel)
#include "tst_verificationpanel.moc"
