// SPDX-License-Identifier: MIT
// The verification panel's parts without a network: JSON path → lines of pretty-printed text, the
// results model (under QAbstractItemModelTester, printed as a tree), and the diff pane's highlights
// for results built by hand (HTTP and message).
#include "../uitestutils.h"
#include "verifytestpacts.h"

#include <core/model/pactreader.h>
#include <core/verifier/matchingengine.h>
#include <ui/verify/bodydiffview.h>
#include <ui/verify/bodylines.h>
#include <ui/verify/diffpane.h>
#include <ui/verify/fieldsdiffview.h>
#include <ui/verify/verificationresultsmodel.h>

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QtTest>

using namespace Pactbench;

namespace {

/// "<line> <trimmed text>" of each line `view` marks as mismatched (or as matched by a rule).
QStringList markedLines(const DiffCodeView *view, bool mismatch)
{
    using Kind = DiffCodeView::Annotation::Kind;
    QStringList out;
    for (const DiffCodeView::Annotation &a : view->annotations()) {
        if ((a.kind == Kind::Mismatch) != mismatch)
            continue;
        const bool painted = view->marks().isMarked(a.line) && view->marks().kind(a.line) == a.kind;
        out.append(QString::number(a.line) + u' ' + view->lineText(a.line).trimmed()
            + (painted ? QString() : u" (not in the table painted from)"_qs));
    }
    return out;
}

/// Waits for the pane's body diff (prepared on worker threads).
bool waitForBodies(const DiffPane &pane)
{
    return QTest::qWaitFor([&] { return !pane.bodyView()->isPreparing(); }, 30000);
}

InteractionResult failedResult(const QByteArray &actualBody, const QList<VerifierMismatch> &mismatches)
{
    InteractionResult r;
    r.interactionIndex = 0;
    r.description = QStringLiteral("get order");
    r.outcome = mismatches.isEmpty() ? InteractionOutcome::Passed : InteractionOutcome::Failed;
    r.mismatches = mismatches;
    r.exchange.method = QStringLiteral("GET");
    r.exchange.url = QStringLiteral("http://127.0.0.1:1/orders/1");
    r.exchange.status = 200;
    r.exchange.responseHeaders.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    r.exchange.responseBody = actualBody;
    return r;
}

} // namespace

class TestVerifyDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesOfPaths_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<int>>("lines");
        const QByteArray order = R"({"id": 1, "items": [{"sku": "a"}, {"sku": "b"}], "name": "x"})";
        // {  "id": 1,  "items": [  {  "sku": "a"  },  {  "sku": "b"  }  ],  "name": "x"  }
        QTest::addRow("scalar key") << order << u"$.id"_qs << QList<int>{ 1 };
        QTest::addRow("array") << order << u"$.items"_qs << QList<int>{ 2, 3, 4, 5, 6, 7, 8, 9 };
        QTest::addRow("array element") << order << u"$.items[1]"_qs << QList<int>{ 6, 7, 8 };
        QTest::addRow("nested key") << order << u"$.items[1].sku"_qs << QList<int>{ 7 };
        QTest::addRow("no prefix match") << QByteArray(R"({"a": 1, "ab": 2})") << u"$.a"_qs << QList<int>{ 1 };
        QTest::addRow("odd key") << QByteArray(R"({"a b": 1, "c": 2})") << u"$['a b']"_qs << QList<int>{ 1 };
        QTest::addRow("missing") << order << u"$.nothing"_qs << QList<int>{};
    }

    void linesOfPaths()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QList<int>, lines);
        const QString text = BodyLines::pretty(json);
        QCOMPARE(BodyLines::linesOf(BodyLines::linePaths(text), path), lines);
    }

    void prettyKeepsTheSameKeyOrderOnBothSides()
    {
        const QString a = BodyLines::pretty(QByteArray(R"({"b": 1, "a": {"d": 1, "c": 2}})"));
        const QString b = BodyLines::pretty(QByteArray(R"({"a": {"c": 3, "d": 4}, "b": 2})"));
        QCOMPARE(BodyLines::linePaths(a), BodyLines::linePaths(b));
        bool json = true;
        QCOMPARE(BodyLines::pretty(QByteArray("plain text"), &json), u"plain text"_qs);
        QVERIFY(!json);
    }

    void modelUpdatesAndPrints()
    {
        VerificationResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(u"web → orders"_qs);
        model.markRunning(0, u"first"_qs);
        model.markRunning(1, u"second"_qs);
        QCOMPARE(Test::printModel(&model),
            (QStringList{ u"web → orders — 0 of 0 passed"_qs, u"  first — running…"_qs, u"  second — running…"_qs }));
        InteractionResult r = failedResult("{}", { { u"BodyMismatch"_qs, u"$.a"_qs, {}, {}, u"Expected 1"_qs, {} } });
        r.interactionIndex = 1;
        r.description = u"second"_qs;
        r.stateCalls.append({ u"s"_qs, {}, u"setup"_qs, {}, false, true, 1, {} });
        r.stateCalls.last().exchange.status = 200;
        model.setResult(r);
        QCOMPARE(Test::printModel(&model),
            (QStringList{ u"web → orders — 0 of 1 passed"_qs, u"  first — running…"_qs, u"  second — failed"_qs,
                u"    setup 's': 200"_qs, u"    $.a: Expected 1"_qs }));
        r.outcome = InteractionOutcome::Passed;
        r.mismatches.clear();
        r.stateCalls.clear();
        model.setResult(r); // a re-run replaces the row and its children
        QCOMPARE(model.interactionCount(), 2);
        QCOMPARE(model.rowCount(model.indexOfInteraction(1)), 0);
        QCOMPARE(model.failedInteractions(), QList<int>{});
        QCOMPARE(model.results().size(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void diffHighlightsMismatchedAndMatchedPaths_data()
    {
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QStringList>("expectedMismatchLines");
        QTest::addColumn<QStringList>("actualMismatchLines");
        QTest::addColumn<QStringList>("matchedLines");
        QTest::addRow("type rule, string and array element")
            << QByteArray(R"({"id": 1, "name": "Bob", "tags": ["a", "b"]})")
            << QByteArray(R"({"$.id": {"matchers": [{"match": "type"}]}})")
            << QByteArray(R"({"id": 2, "name": "Alice", "tags": ["a", "c"]})")
            << QStringList{ u"2 \"name\": \"Bob\","_qs, u"5 \"b\""_qs }
            << QStringList{ u"2 \"name\": \"Alice\","_qs, u"5 \"c\""_qs } << QStringList{ u"1 \"id\": 1,"_qs };
        QTest::addRow("nested, regex rule fails")
            << QByteArray(R"({"customer": {"code": "AB", "age": 3}})")
            << QByteArray(R"({"$.customer.code": {"matchers": [{"match": "regex", "regex": "^[A-Z]+$"}]}})")
            << QByteArray(R"({"customer": {"code": "ab", "age": 3}})") << QStringList{ u"3 \"code\": \"AB\""_qs }
            << QStringList{ u"3 \"code\": \"ab\""_qs } << QStringList{};
        QTest::addRow("type rule on an array covers its elements")
            << QByteArray(R"({"ids": [1], "ok": true})")
            << QByteArray(R"({"$.ids": {"matchers": [{"match": "type"}]}})")
            << QByteArray(R"({"ids": [5, 6], "ok": false})") << QStringList{ u"4 \"ok\": true"_qs }
            << QStringList{ u"5 \"ok\": false"_qs } << QStringList{ u"1 \"ids\": ["_qs, u"2 1"_qs, u"3 ],"_qs };
    }

    void diffHighlightsMismatchedAndMatchedPaths()
    {
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, rules);
        QFETCH(QByteArray, actual);
        QFETCH(QStringList, expectedMismatchLines);
        QFETCH(QStringList, actualMismatchLines);
        QFETCH(QStringList, matchedLines);
        const Pact pact = Test::pactWith({ Test::httpInteraction("get order", "/orders/1", expected, rules) });
        const Interaction &interaction = pact.interactions.constFirst();
        HttpResponse got;
        got.status = 200;
        got.headers.append(u"Content-Type"_qs, u"application/json"_qs);
        got.body = Body::fromBytes(actual, {});
        // The mismatches come from the real engine, as in a run.
        const auto engine = createMatchingEngine();
        const QList<VerifierMismatch> mismatches = engine->compareResponse(interaction.response, got, SpecVersion::V3);
        QVERIFY(!mismatches.isEmpty());
        DiffPane pane;
        pane.showResult(failedResult(actual, mismatches), interaction);
        QVERIFY(waitForBodies(pane));
        QCOMPARE(markedLines(pane.bodyView()->expectedView(), true), expectedMismatchLines);
        QCOMPARE(markedLines(pane.bodyView()->actualView(), true), actualMismatchLines);
        QCOMPARE(markedLines(pane.bodyView()->expectedView(), false), matchedLines);
        // Each mismatched line is annotated with the rule and the mismatch sentence.
        const DiffCodeView::Annotation first = pane.bodyView()->expectedView()->annotations().constFirst();
        QVERIFY2(first.text.endsWith(mismatches.constFirst().description), qPrintable(first.text));
        auto *list = pane.findChild<QTreeWidget *>(u"mismatchList"_qs);
        QCOMPARE(list->topLevelItemCount(), mismatches.size());
    }

    void ruleColumnNamesTheCheck_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QByteArray>("rules"); ///< the response's body rules
        QTest::addColumn<QString>("shown");
        QTest::addRow("missing key, no rule") << u"BodyMismatch"_qs << u"$"_qs
                                             << u"Actual map is missing the following keys: b"_qs << QByteArray("{}") << u"missing key"_qs;
        QTest::addRow("missing key under a type rule")
            << u"BodyMismatch"_qs << u"$.order"_qs << u"Actual map is missing the following keys: id"_qs
            << QByteArray(R"({"$.order":{"matchers":[{"match":"type"}]}})") << u"missing key (under Type)"_qs;
        QTest::addRow("list length") << u"BodyMismatch"_qs << u"$.items"_qs
                                     << u"Expected a List with 3 elements but received 2 elements"_qs << QByteArray("{}") << u"list length"_qs;
        QTest::addRow("missing item") << u"BodyMismatch"_qs << u"$.items"_qs << u"Expected 3 but was missing"_qs
                                      << QByteArray("{}") << u"missing item"_qs;
        QTest::addRow("a value: equality") << u"BodyMismatch"_qs << u"$.id"_qs
                                           << u"Expected 27 (Integer) to be equal to '27' (String)"_qs << QByteArray("{}") << u"equality"_qs;
        QTest::addRow("an empty body is not a missing item")
            << u"BodyMismatch"_qs << u"/"_qs << u"Expected body Present(4 bytes) but was missing"_qs << QByteArray("{}") << u"equality"_qs;
        QTest::addRow("a missing header is not a missing item")
            << u"HeaderMismatch"_qs << u"X-Ver"_qs << u"Expected a header 'X-Ver' but was missing"_qs << QByteArray("{}") << u"equality"_qs;
    }

    void ruleColumnNamesTheCheck()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        QFETCH(QString, sentence);
        QFETCH(QByteArray, rules);
        QFETCH(QString, shown);
        const QJsonObject response{{u"status"_qs, 200},
                                   {u"matchingRules"_qs, QJsonObject{{u"body"_qs, QJsonDocument::fromJson(rules).object()}}}};
        const HttpResponse expected = PactReader::readResponse(response, SpecVersion::V3);
        VerifierMismatch m;
        m.type = type;
        m.path = path;
        m.description = sentence;
        QCOMPARE(mismatchRuleText(m, expected.matchingRules), shown);
    }

    void statusAndHeadersRows()
    {
        const Pact pact = Test::pactWith({ Test::httpInteraction("get order", "/orders/1", "{}") });
        InteractionResult r = failedResult("{}",
            { { u"StatusMismatch"_qs, {}, 200, 404, u"expected 200 but was 404"_qs, {} },
                { u"HeaderMismatch"_qs, u"Content-Type"_qs, {}, {}, u"Expected header"_qs, {} } });
        r.exchange.status = 404;
        r.exchange.responseHeaders.append(u"X-Extra"_qs, u"1"_qs);
        DiffPane pane;
        pane.showResult(r, pact.interactions.constFirst());
        auto *fields = pane.findChild<FieldsDiffView *>(u"fieldsView"_qs);
        QStringList rows;
        for (int i = 0; i < fields->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = fields->topLevelItem(i);
            rows.append(item->text(0) + u'|' + item->text(1) + u'|' + item->text(2) + u'|'
                + (item->data(0, Qt::UserRole).toBool() ? u"MISMATCH"_qs : u"ok"_qs));
        }
        QCOMPARE(rows,
            (QStringList{ u"status|200|404|MISMATCH"_qs, u"Content-Type|application/json|application/json|MISMATCH"_qs,
                u"X-Extra||1|ok"_qs }));
        auto *sent = pane.findChild<QPlainTextEdit *>(u"sentRequestView"_qs);
        QVERIFY(sent->toPlainText().startsWith(u"GET http://127.0.0.1:1/orders/1"_qs));
    }

    void messageShowsContentsAndMetadata()
    {
        const Pact pact = *PactReader::read(R"({"consumer": {"name": "c"}, "provider": {"name": "p"},
            "messages": [{"description": "order created", "contents": {"id": 1, "kind": "new"},
            "metaData": {"topic": "orders"}, "matchingRules": {"body": {"$.id": {"matchers": [{"match": "integer"}]}}}}],
            "metadata": {"pactSpecification": {"version": "3.0.0"}}})")
                               .pact;
        InteractionResult r = failedResult(R"({"id": 7, "kind": "old"})",
            { { u"BodyMismatch"_qs, u"$.kind"_qs, {}, {}, u"Expected 'old' to be equal to 'new'"_qs, {} },
                { u"MetadataMismatch"_qs, u"topic"_qs, {}, {}, u"Expected topic"_qs, {} } });
        r.kind = InteractionKind::AsynchronousMessage;
        r.messageMetadata = QJsonObject{ { u"topic"_qs, u"other"_qs } };
        DiffPane pane;
        pane.showResult(r, pact.interactions.constFirst());
        QVERIFY(waitForBodies(pane));
        QCOMPARE(markedLines(pane.bodyView()->expectedView(), true), QStringList{ u"2 \"kind\": \"new\""_qs });
        QCOMPARE(markedLines(pane.bodyView()->expectedView(), false), QStringList{ u"1 \"id\": 1,"_qs });
        auto *fields = pane.findChild<FieldsDiffView *>(u"fieldsView"_qs);
        QCOMPARE(fields->topLevelItemCount(), 1);
        QCOMPARE(fields->topLevelItem(0)->text(1), u"orders"_qs);
        QCOMPARE(fields->topLevelItem(0)->text(2), u"other"_qs);
        QVERIFY(fields->topLevelItem(0)->data(0, Qt::UserRole).toBool());
    }
};

QTEST_MAIN(TestVerifyDiff)
#include "tst_verifydiff.moc"
