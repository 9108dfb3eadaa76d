// SPDX-License-Identifier: MIT
// The body diff of large bodies, which is prepared on worker threads and painted a screen at a
// time: it arrives complete and annotated, a newer selection made meanwhile wins, a jump to a
// mismatch made meanwhile lands once its line is in, and the marks and colours are painted for the
// lines on screen. Also the parts on their own: the line table and the rule lookup.
#include "../uitestutils.h"
#include "verifytestpacts.h"

#include <core/verifier/matchingengine.h>
#include <ui/verify/bodydiffview.h>
#include <ui/verify/bodylines.h>
#include <ui/verify/diffpane.h>
#include <ui/verify/linemarks.h>
#include <ui/verify/ruletext.h>
#include <ui/widgets/jsonhighlighter.h>

#include <QLabel>
#include <QTextBlock>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtTest>

using namespace Pactbench;

namespace {

using Kind = DiffAnnotation::Kind;

const QByteArray kRules = R"({"$.items[*].qty": {"matchers": [{"match": "integer"}]}})";

/// An order of `items` lines (4 lines each when pretty-printed); the one at `broken` has a text quantity.
QByteArray orderBody(int items, int broken = -1)
{
    QByteArray out = "{\"id\": 1, \"items\": [";
    for (int i = 0; i < items; ++i) {
        out += (i ? "," : "") + QByteArray("{\"sku\": \"SKU-") + QByteArray::number(i)
            + "\", \"qty\": " + (i == broken ? QByteArray("\"many\"") : QByteArray::number(i % 7)) + "}";
    }
    return out + "]}";
}

/// A pact of one interaction answering orderBody(items), and the result of a provider answering
/// orderBody(items, broken), its mismatches from the real engine.
struct OrderCase
{
    OrderCase(int items, int broken)
        : pact(Test::pactWith({ Test::httpInteraction("get order", "/orders/1", orderBody(items), kRules) }))
    {
        HttpResponse got;
        got.status = 200;
        got.headers.append(u"Content-Type"_qs, u"application/json"_qs);
        got.body = Body::fromBytes(orderBody(items, broken), {});
        result.description = u"get order"_qs;
        result.mismatches = createMatchingEngine()->compareResponse(interaction().response, got, SpecVersion::V3);
        result.outcome = result.mismatches.isEmpty() ? InteractionOutcome::Passed : InteractionOutcome::Failed;
        result.exchange.status = 200;
        result.exchange.responseBody = got.body.content();
    }
    const Interaction &interaction() const { return pact.interactions.constFirst(); }
    QString actualText() const { return BodyLines::pretty(result.exchange.responseBody); }

    Pact pact;
    InteractionResult result;
};

int countOf(const DiffCodeView *view, Kind kind)
{
    int n = 0;
    for (const DiffAnnotation &a : view->annotations())
        n += a.kind == kind ? 1 : 0;
    return n;
}

/// The colour painted at the right end of `line` (no text there) in `view`'s viewport.
QColor colourAt(DiffCodeView *view, int line)
{
    const QImage image = view->viewport()->grab().toImage();
    const int y = view->lineRect(line).center().y();
    return image.pixelColor(image.width() - 3, y * image.height() / view->viewport()->height());
}

} // namespace

class TestLargeBodyDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeBodyArrivesCompleteAndAnnotated()
    {
        const int items = 20000; // 80 000 lines a side
        const OrderCase order(items, 12345);
        QCOMPARE(order.result.mismatches.size(), 1);
        DiffPane pane;
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        BodyDiffView *body = pane.bodyView();
        QSignalSpy shown(body, &BodyDiffView::bodiesShown);
        pane.showResult(order.result, order.interaction());
        QVERIFY(body->isPreparing()); // the work is on worker threads, not in this call
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
        QVERIFY(!body->isPreparing());
        QVERIFY(!body->findChild<QLabel *>(u"bodyDiffStatus"_qs)->isVisible());
        DiffCodeView *actual = body->actualView();
        QCOMPARE(actual->toPlainText(), order.actualText()); // every line, in order
        QCOMPARE(body->expectedView()->toPlainText(), BodyLines::pretty(orderBody(items)));
        // The broken quantity is red with its sentence; every other quantity is "matched by Integer".
        const int line = int(BodyLines::linePaths(order.actualText()).indexOf(u"$.items[12345].qty"_qs));
        QCOMPARE(actual->lineText(line).trimmed(), u"\"qty\": \"many\","_qs);
        QCOMPARE(countOf(actual, Kind::Mismatch), 1);
        QCOMPARE(actual->marks().kind(line), Kind::Mismatch);
        QVERIFY2(actual->annotationText(line).endsWith(order.result.mismatches.constFirst().description),
            qPrintable(actual->annotationText(line)));
        QCOMPARE(countOf(actual, Kind::Matched), items - 1);
        QCOMPARE(actual->annotationText(line + 4), u"matched by Integer"_qs); // the next item's quantity
        QCOMPARE(body->expectedView()->marks().kind(line), Kind::Mismatch);
        // JSON colours only for lines that were on screen.
        QTRY_VERIFY(actual->isHighlighted(1));
        QVERIFY(!actual->lineFormats(1).isEmpty());
        QVERIFY(!actual->isHighlighted(line));
        // Selecting the mismatch scrolls both sides to it.
        auto *list = pane.findChild<QTreeWidget *>(u"mismatchList"_qs);
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(actual->currentLine(), line);
        QCOMPARE(body->expectedView()->currentLine(), line);
        QVERIFY(actual->viewport()->rect().contains(actual->lineRect(actual->currentLine())));
        QTRY_VERIFY(actual->isHighlighted(line));
    }

    void jumpMadeWhilePreparingLandsOnItsLine()
    {
        const OrderCase order(20000, 15000);
        DiffPane pane;
        pane.resize(900, 700);
        pane.show();
        pane.showResult(order.result, order.interaction());
        pane.bodyView()->showPath(order.result.mismatches.constFirst().path);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.bodyView()->isPreparing(), 60000);
        const int line = int(BodyLines::linePaths(order.actualText()).indexOf(u"$.items[15000].qty"_qs));
        QVERIFY(line > 50000); // far beyond the first screen
        QCOMPARE(pane.bodyView()->actualView()->currentLine(), line);
        QCOMPARE(pane.bodyView()->expectedView()->currentLine(), line);
        const DiffCodeView *actual = pane.bodyView()->actualView();
        QVERIFY(actual->viewport()->rect().contains(actual->lineRect(line)));
    }

    void newerSelectionWins()
    {
        const OrderCase large(20000, 10);
        const OrderCase small(3, 1);
        DiffPane pane;
        BodyDiffView *body = pane.bodyView();
        QSignalSpy shown(body, &BodyDiffView::bodiesShown);
        pane.showResult(large.result, large.interaction());
        pane.showResult(small.result, small.interaction()); // before the large one is ready
        QTRY_VERIFY_WITH_TIMEOUT(!body->isPreparing(), 60000);
        bodyDiffPool()->waitForDone(); // the large one's workers have given up or finished
        QCoreApplication::processEvents(); // and whatever they posted has been dropped
        QCOMPARE(shown.size(), 1);
        QCOMPARE(body->actualView()->toPlainText(), small.actualText());
        QCOMPARE(countOf(body->actualView(), Kind::Mismatch), 1);
        QCOMPARE(countOf(body->actualView(), Kind::Matched), 2);
        // A clear() while a diff is being prepared wins too.
        pane.showResult(large.result, large.interaction());
        pane.clear();
        QVERIFY(!body->isPreparing());
        bodyDiffPool()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(body->actualView()->toPlainText(), QString());
        QVERIFY(body->actualView()->annotations().isEmpty());
    }

    void marksArePaintedForTheLinesOnScreen()
    {
        const OrderCase order(3, 1);
        DiffPane pane;
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showResult(order.result, order.interaction());
        QTRY_VERIFY(!pane.bodyView()->isPreparing());
        DiffCodeView *actual = pane.bodyView()->actualView();
        const QStringList paths = BodyLines::linePaths(order.actualText());
        const int broken = int(paths.indexOf(u"$.items[1].qty"_qs));
        const int ok = int(paths.indexOf(u"$.items[0].qty"_qs));
        const int plainLine = int(paths.indexOf(u"$.id"_qs));
        QCOMPARE(actual->lineText(broken).trimmed(), u"\"qty\": \"many\","_qs);
        QTRY_VERIFY(actual->isHighlighted(ok)); // painted once
        const QColor mismatched = colourAt(actual, broken);
        QVERIFY2(mismatched.red() > mismatched.blue() + 40, qPrintable(mismatched.name()));
        const QColor matched = colourAt(actual, ok);
        QVERIFY2(matched.blue() > matched.red() + 20, qPrintable(matched.name()));
        const QColor plain = colourAt(actual, plainLine);
        QVERIFY2(plain.red() == plain.blue(), qPrintable(plain.name()));
        // The colours are the JSON highlighter's.
        QTextDocument reference;
        JsonHighlighter highlighter(&reference);
        reference.setPlainText(actual->lineText(ok));
        highlighter.rehighlight();
        QVERIFY(!reference.firstBlock().layout()->formats().isEmpty());
        QCOMPARE(actual->lineFormats(ok), reference.firstBlock().layout()->formats());
    }

    void lineTableJoinsTextsAndPrefersMismatches()
    {
        const LineMarks marks({ { 3, Kind::Matched, u"matched by Type"_qs }, { 5, Kind::Mismatch, u"a"_qs },
            { 5, Kind::Mismatch, u"b"_qs }, { 5, Kind::Mismatch, u"a"_qs }, { 7, Kind::Matched, u"matched by Type"_qs },
            { 7, Kind::Mismatch, u"x"_qs } });
        QVERIFY(!marks.isMarked(0));
        QVERIFY(!marks.isMarked(-1));
        QVERIFY(!marks.isMarked(100));
        QCOMPARE(marks.text(0), QString());
        QCOMPARE(marks.kind(3), Kind::Matched);
        QCOMPARE(marks.text(3), u"matched by Type"_qs);
        QCOMPARE(marks.kind(5), Kind::Mismatch);
        QCOMPARE(marks.text(5), u"a\nb"_qs);
        QCOMPARE(marks.kind(7), Kind::Mismatch);
        QCOMPARE(marks.text(7), u"matched by Type\nx"_qs);
    }

    void ruleLookupAgreesWithRuleText()
    {
        const Pact pact = Test::pactWith({ Test::httpInteraction("o", "/o", "{}",
            R"({"$.items[*].qty": {"matchers": [{"match": "integer"}]}, "$.items[1].qty": {"matchers": [{"match": "type"}]},
                "$.name": {"matchers": [{"match": "regex", "regex": "^[a-z]+$"}]}})") });
        const MatchingRules &rules = pact.interactions.constFirst().response.matchingRules;
        const RuleText::Lookup lookup(rules, RuleText::Part::Body);
        for (const QString &path :
            { u"$.items[0].qty"_qs, u"$.items[1].qty"_qs, u"$.items"_qs, u"$.name"_qs, u"$.other"_qs, u"$"_qs }) {
            QCOMPARE(lookup.at(path), RuleText::at(rules, RuleText::Part::Body, path));
        }
        QCOMPARE(lookup.at(u"$.items[1].qty"_qs), u"Type"_qs); // the heavier path wins
        QCOMPARE(RuleText::Lookup(MatchingRules(), RuleText::Part::Body).at(u"$.name"_qs), QString());
    }
};

QTEST_MAIN(TestLargeBodyDiff)
#include "tst_largebodydiff.moc"
