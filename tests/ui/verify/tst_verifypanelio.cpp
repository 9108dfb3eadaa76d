// SPDX-License-Identifier: MIT
// The verification panel's way out and memory: JSON/JUnit export, publishing to the test broker,
// a message interaction's diff after a real run, settings remembered per pact.
#include "testbroker.h"
#include "verifypanelfixture.h"

#include <core/broker/brokerclient.h>
#include <core/model/pactwriter.h>
#include <ui/verify/bodydiffview.h>
#include <ui/verify/diffcodeview.h>
#include <ui/verify/fieldsdiffview.h>

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Pactbench;
using namespace Pactbench::Test;

class TestVerifyPanelIo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProvider> m_provider;

    void routeOrders(int n) { Test::routeOrders(m_provider.get(), n); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"pactbench-tests"_qs);
        QCoreApplication::setApplicationName(u"tst_verifypanelio"_qs);
        QCoreApplication::setApplicationVersion(u"0.1.0"_qs);
    }

    void init()
    {
        QSettings().clear();
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
    }

    void cleanup() { m_provider.reset(); }

    void messageRunShowsContentsAndMetadata()
    {
        TestProvider::Message m;
        m.body = R"({"id": 8, "status": "NEW"})";
        m.metadata = QJsonObject{ { u"topic"_qs, u"payments"_qs } };
        m_provider->message(u"order created"_qs, m);
        const Pact pact = *PactReader::read(R"({"consumer": {"name": "web"}, "provider": {"name": "orders"},
            "messages": [{"description": "order created", "providerStates": [{"name": "an order"}],
            "contents": {"id": 1, "status": "OPEN"}, "metaData": {"topic": "orders"},
            "matchingRules": {"body": {"$.id": {"matchers": [{"match": "integer"}]}}}}],
            "metadata": {"pactSpecification": {"version": "3.0.0"}}})")
                               .pact;
        Fixture f(pact, m_provider->url());
        f.edit("messagePathEdit")->setText(u"/_pact/message"_qs);
        QVERIFY(f.runToEnd());
        QCOMPARE(f.model()->failedInteractions(), QList<int>{ 0 });
        f.panel.findChild<QTreeView *>(u"resultsView"_qs)->setCurrentIndex(f.model()->indexOfInteraction(0));
        QTRY_VERIFY_WITH_TIMEOUT(!f.panel.findChild<BodyDiffView *>()->isPreparing(), 30000);
        auto *expected = f.panel.findChild<DiffCodeView *>(u"expectedBodyView"_qs);
        QStringList lines;
        for (const DiffCodeView::Annotation &a : expected->annotations())
            lines.append(expected->lineText(a.line).trimmed());
        QCOMPARE(lines, (QStringList{ u"\"status\": \"OPEN\""_qs, u"\"id\": 1,"_qs })); // mismatch, then matched
        auto *fields = f.panel.findChild<FieldsDiffView *>(u"fieldsView"_qs);
        QList<QTreeWidgetItem *> topic = fields->findItems(u"metadata topic"_qs, Qt::MatchExactly);
        QCOMPARE(topic.size(), 1);
        QCOMPARE(topic.constFirst()->text(FieldsDiffView::ExpectedColumn), u"orders"_qs);
        QCOMPARE(topic.constFirst()->text(FieldsDiffView::ActualColumn), u"payments"_qs);
        QVERIFY(topic.constFirst()->data(0, Qt::UserRole).toBool());
        QCOMPARE(m_provider->stateCalls().size(), 1);
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

QTEST_MAIN(TestVerifyPanelIo)
#include "tst_verifypanelio.moc"
