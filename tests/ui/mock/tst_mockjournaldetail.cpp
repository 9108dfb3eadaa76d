// SPDX-License-Identifier: MIT
// The rule behind each mismatch (core/mockserver ruleForMismatch), how the panel words it, the
// journal entry's request data (bounded body), the JSON export, and JournalDetail showing a
// real mismatched request served by a MockServer.
#include "mockpaneltest.h"

#include <core/mockserver/mismatchrule.h>
#include <core/mockserver/mockserver.h>
#include <ui/mock/journaldetail.h>
#include <ui/mock/journalexport.h>
#include <ui/mock/journalformat.h>

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Pactbench;

namespace {

const char *RulesPact = R"({
  "consumer": {"name": "c"}, "provider": {"name": "p"},
  "interactions": [{"description": "rules", "request": {"method": "GET", "path": "/items/1",
     "query": {"id": ["1"]}, "headers": {"X-Trace": "a-1"},
     "body": {"items": [{"id": 1}], "name": "x"},
     "matchingRules": {
       "path": {"matchers": [{"match": "regex", "regex": "^/items/[0-9]+$"}]},
       "query": {"id": {"matchers": [{"match": "integer"}]}},
       "header": {"X-Trace": {"matchers": [{"match": "regex", "regex": "^[a-z]-[0-9]$"}]}},
       "body": {"$.items": {"matchers": [{"match": "type", "min": 1}]},
                "$.items[*].id": {"matchers": [{"match": "integer"}, {"match": "regex", "regex": "^1$"}], "combine": "OR"}}}},
   "response": {"status": 200}}],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

/// Waits for the server's first journal batch holding `count` entries in all; the entries.
QList<JournalEntry> waitForEntries(MockServer &server, int count)
{
    QList<JournalEntry> out;
    QObject receiver; // the connection ends with this function: later batches must not reach `out`
    QObject::connect(
        &server, &MockServer::journalBatch, &receiver, [&out](const JournalBatch &b) { out.append(b.entries); });
    if (!QTest::qWaitFor([&] { return out.size() >= count; }, 10000))
        qWarning("only %d of %d journal entries arrived", int(out.size()), count);
    return out;
}

QUrl startServer(MockServer &server)
{
    QSignalSpy started(&server, &MockServer::started);
    server.start();
    return started.wait(10000) ? started.first().first().toUrl() : QUrl();
}

} // namespace

class TestMockJournalDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleForMismatch_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addRow("body field by star path")
            << int(MismatchKind::Body) << QStringLiteral("$.items[0].id") << QStringLiteral("body")
            << QStringLiteral("$.items[*].id") << QStringLiteral("integer OR regex ^1$");
        QTest::addRow("parent rule cascades")
            << int(MismatchKind::Body) << QStringLiteral("$.items[3]") << QStringLiteral("body")
            << QStringLiteral("$.items") << QStringLiteral("type (min 1)");
        QTest::addRow("body without a rule")
            << int(MismatchKind::Body) << QStringLiteral("$.name") << QStringLiteral("body") << QString()
            << QStringLiteral("no rule: compared with the example");
        QTest::addRow("header, any case")
            << int(MismatchKind::Header) << QStringLiteral("x-trace") << QStringLiteral("header")
            << QStringLiteral("X-Trace") << QStringLiteral("regex ^[a-z]-[0-9]$");
        QTest::addRow("query") << int(MismatchKind::Query) << QStringLiteral("id") << QStringLiteral("query")
                               << QStringLiteral("id") << QStringLiteral("integer");
        QTest::addRow("path") << int(MismatchKind::Path) << QString() << QStringLiteral("path") << QString()
                              << QStringLiteral("regex ^/items/[0-9]+$");
        QTest::addRow("method has none") << int(MismatchKind::Method) << QString() << QStringLiteral("method")
                                         << QString() << QStringLiteral("no rule: compared with the example");
    }

    void ruleForMismatch()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(QString, category);
        QFETCH(QString, key);
        QFETCH(QString, text);
        const Pact pact = Test::pactFromJson(RulesPact);
        Mismatch m;
        m.kind = MismatchKind(kind);
        m.path = path;
        const MismatchRule rule = Pactbench::ruleForMismatch(pact.interactions.at(0).request, m);
        QCOMPARE(rule.category, category);
        QCOMPARE(rule.key, key);
        QCOMPARE(JournalFormat::rule(rule), text);
    }

    void entryKeepsRequestWithBoundedBody()
    {
        MockServerConfig config;
        config.journalBodyLimit = 16;
        MockServer server(MockPanelTest::pact(), config);
        const QUrl url = startServer(server);
        QVERIFY(url.isValid());
        QNetworkAccessManager nam;
        const QByteArray big(100, 'z');
        QCOMPARE(MockPanelTest::send(nam, "POST", url.resolved(QUrl(QStringLiteral("/users"))),
                     { { "Content-Type", "text/plain" }, { "X-Extra", "1" } }, big),
            500);
        QCOMPARE(MockPanelTest::send(nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1")))), 200);
        const QList<JournalEntry> entries = waitForEntries(server, 2);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].requestBody, QByteArray(16, 'z'));
        QCOMPARE(entries[0].requestBodySize, qsizetype(100));
        QVERIFY(entries[0].bodyTruncated());
        QCOMPARE(entries[0].requestHeaders.value(QStringLiteral("x-extra")), QStringLiteral("1"));
        QVERIFY(!entries[0].mismatchDetails.isEmpty());
        QCOMPARE(entries[0].mismatchDetails.size(), entries[0].mismatches.size());
        QVERIFY(!entries[1].bodyTruncated());
        QVERIFY(entries[1].mismatchDetails.isEmpty());
    }

    void clearedJournalPublishesEveryNewEntry()
    {
        MockServerConfig config;
        config.publishIntervalMs = 300; // the requests after the reset all fall into one interval
        MockServer server(MockPanelTest::pact(), config);
        const QUrl url = startServer(server);
        QNetworkAccessManager nam;
        const QUrl user = url.resolved(QUrl(QStringLiteral("/users/1")));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(MockPanelTest::send(nam, "GET", user), 200);
        QCOMPARE(waitForEntries(server, 3).size(), 3);
        server.reset();
        QList<JournalBatch> batches;
        connect(&server, &MockServer::journalBatch, this, [&batches](const JournalBatch &b) { batches.append(b); });
        for (int i = 0; i < 4; ++i)
            QCOMPARE(MockPanelTest::send(nam, "GET", user), 200);
        QTRY_COMPARE(batches.size(), 1);
        QCOMPARE(batches.first().entries.size(), 4); // not only those past the old sequence 3
        QCOMPARE(batches.first().entries.first().sequence, quint64(1));
        QCOMPARE(batches.first().generation, quint64(1));
    }

    void detailShowsEachMismatchWithItsRule()
    {
        MockServer server(MockPanelTest::pact());
        const QUrl url = startServer(server);
        QNetworkAccessManager nam;
        QCOMPARE(MockPanelTest::send(nam, "POST", url.resolved(QUrl(QStringLiteral("/users"))),
                     { { "Content-Type", "application/json" }, { "X-Trace", "ABC" } }, MockPanelTest::badUserBody()),
            500);
        const QList<JournalEntry> entries = waitForEntries(server, 1);
        QCOMPARE(entries.size(), 1);
        JournalDetail detail;
        detail.showEntry(entries.at(0), &server.pact(), url);
        const auto *tree = detail.findChild<QTreeWidget *>(QStringLiteral("journalMismatches"));
        QVERIFY(tree);
        QMap<QString, QString> ruleByWhere;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0)));
            ruleByWhere.insert(item->text(0), item->text(2));
        }
        QCOMPARE(ruleByWhere.value(QStringLiteral("body $.age")), QStringLiteral("integer"));
        QCOMPARE(ruleByWhere.value(QStringLiteral("body $.name")), QStringLiteral("regex ^[A-Z][a-z]+$"));
        QCOMPARE(ruleByWhere.value(QStringLiteral("header 'X-Trace'")), QStringLiteral("regex ^[a-z]+-[0-9]+$"));
        const QString summary = detail.findChild<QLabel *>(QStringLiteral("journalDetailSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("3 mismatch")) && summary.contains(QStringLiteral("“create user”")),
            qPrintable(summary));
        const QString request = detail.findChild<QPlainTextEdit *>(QStringLiteral("journalRequestText"))->toPlainText();
        QVERIFY2(request.startsWith(QStringLiteral("POST /users\n")) && request.contains(QStringLiteral("X-Trace: ABC"))
                && request.endsWith(QString::fromUtf8(MockPanelTest::badUserBody())),
            qPrintable(request));
        const QString interaction
            = detail.findChild<QPlainTextEdit *>(QStringLiteral("journalInteractionText"))->toPlainText();
        QVERIFY2(interaction.contains(QStringLiteral("“create user”"))
                && interaction.contains(QStringLiteral("\"integer\"")),
            qPrintable(interaction));
        QVERIFY(detail.curlText().contains(QStringLiteral("-H 'X-Trace: ABC'")));
    }

    void binaryBodyShowsAsHex()
    {
        JournalEntry e;
        e.method = QStringLiteral("PUT");
        e.target = QStringLiteral("/blob");
        e.requestBody = QByteArray("\x00\x01\xfe", 3);
        e.requestBodySize = 3;
        JournalDetail detail;
        detail.showEntry(e, nullptr, QUrl(QStringLiteral("http://127.0.0.1:1")));
        const QString text = detail.findChild<QPlainTextEdit *>(QStringLiteral("journalRequestText"))->toPlainText();
        QVERIFY2(text.endsWith(QStringLiteral("00 01 fe\n")), qPrintable(text));
        QVERIFY(!detail.findChild<QPushButton *>(QStringLiteral("showInteractionButton"))->isEnabled());
    }

    void exportJson()
    {
        JournalEntry e;
        e.sequence = 7;
        e.timestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        e.method = QStringLiteral("POST");
        e.target = QStringLiteral("/users?x=1");
        e.responseStatus = 500;
        e.verdict = JournalVerdict::Mismatched;
        e.interactionIndex = 1;
        e.score = 0.5;
        e.mismatchDetails = { Mismatch{ MismatchKind::Body, QStringLiteral("$.age"), QStringLiteral("3"),
            QStringLiteral("x"), QStringLiteral("Expected 'x' to be an integer") } };
        e.requestHeaders.append(QStringLiteral("Content-Type"), QStringLiteral("application/octet-stream"));
        e.requestBody = QByteArray("\x00\x01", 2);
        e.requestBodySize = 10;
        JournalExportInfo info;
        info.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
        info.interactionNames = { QStringLiteral("a"), QStringLiteral("create user") };
        info.counters.total = 9;
        info.counters.mismatched = 9;
        info.dropped = 8;
        const QJsonObject json = journalToJson({ e }, info);
        QCOMPARE(json.value(QStringLiteral("counters")).toObject().value(QStringLiteral("total")).toInt(), 9);
        QCOMPARE(json.value(QStringLiteral("counters")).toObject().value(QStringLiteral("dropped")).toInt(), 8);
        const QJsonObject entry = json.value(QStringLiteral("entries")).toArray().at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-02T03:04:05.006Z"));
        QCOMPARE(entry.value(QStringLiteral("verdict")).toString(), QStringLiteral("mismatched"));
        QCOMPARE(entry.value(QStringLiteral("interaction")).toString(), QStringLiteral("create user"));
        QCOMPARE(entry.value(QStringLiteral("mismatches"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
            QStringLiteral("$.age"));
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("bodyBase64")).toString(), QStringLiteral("AAE="));
        QVERIFY(!request.contains(QStringLiteral("body")));
        QCOMPARE(request.value(QStringLiteral("bodyTruncated")).toBool(), true);
        QCOMPARE(request.value(QStringLiteral("headers")).toArray().at(0).toArray().at(1).toString(),
            QStringLiteral("application/octet-stream"));
    }

    void exportToUnwritablePathFails()
    {
        QString error;
        QVERIFY(!writeJournalFile(QStringLiteral("/nonexistent-dir/j.json"), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/j.json")), qPrintable(error));
    }
};

QTEST_MAIN(TestMockJournalDetail)
#include "tst_mockjournaldetail.moc"
