// SPDX-License-Identifier: MIT
// Two interactions one request can match: the overlap lint in the Diagnostics model (off the GUI
// thread, after edits), and the journal detail's note when the mock server served the first of them.
#include <core/mockserver/journal.h>
#include <core/mockserver/mockserver.h>
#include <core/model/pactreader.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/mock/journaldetail.h>
#include <ui/mock/journalformat.h>
#include <ui/mock/journalmodel.h>
#include <ui/mock/overlaplint.h>
#include <ui/models/diagnosticsmodel.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;

namespace {

// "any order" (a path regex) comes first, so "missing order" is never served for GET /orders/9999.
const QByteArray OverlappingPact = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
  "metadata":{"pactSpecification":{"version":"3.0.0"}},"interactions":[
  {"description":"any order","providerStates":[{"name":"orders exist"}],
   "request":{"method":"GET","path":"/orders/1","matchingRules":{"path":{"matchers":[{"match":"regex","regex":"^/orders/\\d+$"}]}}},
   "response":{"status":200}},
  {"description":"missing order","providerStates":[{"name":"no orders"}],
   "request":{"method":"GET","path":"/orders/9999"},"response":{"status":404}}]})";

Pact overlappingPact()
{
    const ReadResult r = PactReader::read(OverlappingPact);
    if (!r.ok())
        qFatal("test pact does not read");
    return *r.pact;
}

} // namespace

class TestOverlapLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lintLocatesTheShadowedInteraction()
    {
        const Diagnostics found = OverlapLint::lint(overlappingPact());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().severity, Diagnostic::Severity::Warning);
        QCOMPARE(found.constFirst().jsonPath, u"$.interactions[1]"_qs);
        const QString text = found.constFirst().message;
        QVERIFY2(text.contains(u"“GET /orders/9999”, the request of “missing order”, also matches “any order”"), qPrintable(text));
        QVERIFY2(text.contains(u"provider states differ (“no orders” and “orders exist”)"), qPrintable(text));
    }

    void diagnosticsFollowEdits()
    {
        DocumentManager documents;
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocumentManager(&documents);
        OverlapLint lint(&documents);
        connect(&lint, &OverlapLint::lintChanged, &model, &DiagnosticsModel::setLint);
        QSignalSpy changed(&lint, &OverlapLint::lintChanged);

        PactDocument *document = documents.addPact(overlappingPact(), u"/tmp/orders.json"_qs);
        QVERIFY(changed.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.interactionAt(0), 1);
        QCOMPARE(model.documentAt(0), document);
        QVERIFY(model.index(0, DiagnosticsModel::MessageColumn).data().toString().contains(u"never served"));

        // Edit "any order" so that its path is exact: the overlap is gone, and so is the warning.
        Interaction narrowed = document->pact().interactions.at(0);
        narrowed.request.matchingRules.removeCategory(u"path"_qs);
        document->setInteraction(0, narrowed);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(1).value<Diagnostics>(), Diagnostics{});
        QCOMPARE(model.rowCount(), 0);

        // Closing a pact takes its findings with it.
        document->setInteraction(0, overlappingPact().interactions.at(0));
        QVERIFY(changed.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        documents.close(document);
        QCOMPARE(model.rowCount(), 0);
    }

    void manyEditsOneRun()
    {
        DocumentManager documents;
        PactDocument *document = documents.addPact(overlappingPact());
        OverlapLint lint(&documents);
        QSignalSpy changed(&lint, &OverlapLint::lintChanged);
        QVERIFY(changed.wait(10000)); // a pact open before the lint is checked too
        QCOMPARE(lint.diagnostics(document).size(), 1);
        changed.clear();
        Interaction edited = document->pact().interactions.at(1);
        for (int i = 0; i < 20; ++i) { // typing: one run after the last key
            edited.description = u"missing order "_qs + QString::number(i);
            document->setInteraction(1, edited);
        }
        QVERIFY(changed.wait(10000));
        QVERIFY(!changed.wait(OverlapLint::DelayMs * 3));
        QCOMPARE(changed.size(), 1);
        QVERIFY(lint.diagnostics(document).constFirst().message.contains(u"“missing order 19”"));
    }

    void journalNotesTheOtherMatch()
    {
        const Pact pact = overlappingPact();
        MockServer server(pact);
        QSignalSpy started(&server, &MockServer::started);
        server.start();
        QVERIFY(started.wait(10000));
        const QUrl url = started.first().first().toUrl();
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(url.resolved(QUrl(u"/orders/9999"_qs))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QVERIFY(QTest::qWaitFor([&] { return server.journal().entries().size() == 1; }, 10000));
        const JournalEntry entry = server.journal().entries().constFirst();
        QCOMPARE(entry.alsoMatched, QList<int>{ 1 });

        JournalDetail detail;
        detail.showEntry(entry, &pact, url);
        const QString summary = detail.findChild<QLabel *>(u"journalDetailSummary"_qs)->text();
        QVERIFY2(summary.contains(u"matched “any order”"), qPrintable(summary));
        QVERIFY2(summary.contains(u"Also matches “missing order”, not served for this request"), qPrintable(summary));
        QVERIFY2(summary.contains(u"provider states differ (“orders exist” and “no orders”)"), qPrintable(summary));
        QCOMPARE(JournalFormat::alsoMatchedNote(JournalEntry{}, pact), QString());
    }
};

QTEST_MAIN(TestOverlapLint)
#include "tst_overlaplint.moc"
