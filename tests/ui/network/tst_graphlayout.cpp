// SPDX-License-Identifier: MIT
// GraphLayout (Graphviz's dot through its C API): every node gets its own place inside the bounds, edges
// run from consumer to provider, limits are named; LayoutRunner hands back only the latest result;
// SampleNetwork is deterministic.
#include "networktestdata.h"

#include <ui/network/graphlayout.h>
#include <ui/network/layoutrunner.h>
#include <ui/network/networkgraph.h>
#include <ui/network/samplenetwork.h>

#include <QSet>
#include <algorithm>
#include <cmath>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;

Q_DECLARE_METATYPE(GraphLayoutInput)

namespace {

GraphLayoutInput input(int nodes, const QList<std::pair<int, int>> &edges)
{
    GraphLayoutInput in;
    for (int i = 0; i < nodes; ++i)
        in.nodeSizes.append(QSizeF(60 + 10 * i, 24));
    in.edges = edges;
    return in;
}

QRectF box(const GraphLayoutInput &in, const GraphLayoutResult &out, int node)
{
    const QSizeF size = in.nodeSizes[node];
    return QRectF(out.nodeCentres[node] - QPointF(size.width() / 2, size.height() / 2), size);
}

/// `inner` inside `outer` (QRectF::contains refuses a line: a rectangle of no height).
bool within(const QRectF &outer, const QRectF &inner)
{
    return inner.left() >= outer.left() && inner.right() <= outer.right() && inner.top() >= outer.top()
        && inner.bottom() <= outer.bottom();
}

/// The distance from a point to a rectangle (0 inside).
qreal distance(const QRectF &rect, const QPointF &p)
{
    const qreal dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const qreal dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laysOutSmallGraphs_data()
    {
        QTest::addColumn<GraphLayoutInput>("in");
        QTest::addColumn<bool>("acyclic");
        QTest::newRow("one node") << input(1, {}) << true;
        QTest::newRow("chain") << input(3, {{0, 1}, {1, 2}}) << true;
        QTest::newRow("cycle") << input(2, {{0, 1}, {1, 0}}) << false;
        QTest::newRow("two edges one pair") << input(2, {{0, 1}, {0, 1}}) << true;
        QTest::newRow("unconnected") << input(4, {{0, 1}}) << true;
        const NetworkGraph graph(Test::smallNetwork());
        QTest::newRow("small network") << input(int(graph.serviceCount()), graph.edgeEnds()) << true;
    }
    void laysOutSmallGraphs()
    {
        QFETCH(GraphLayoutInput, in);
        QFETCH(bool, acyclic);
        const GraphLayoutResult out = GraphLayout::run(in);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QCOMPARE(out.nodeCentres.size(), in.nodeSizes.size());
        QCOMPARE(out.edgePaths.size(), in.edges.size());
        QCOMPARE(out.arrowHeads.size(), in.edges.size());
        const QRectF inside = out.bounds.adjusted(-1, -1, 1, 1);
        for (int i = 0; i < in.nodeSizes.size(); ++i) {
            QVERIFY2(inside.contains(box(in, out, i)), qPrintable(QStringLiteral("node %1 outside the bounds").arg(i)));
            for (int j = 0; j < i; ++j)
                QVERIFY2(!box(in, out, i).intersects(box(in, out, j)), qPrintable(QStringLiteral("%1 overlaps %2").arg(i).arg(j)));
        }
        for (int e = 0; e < in.edges.size(); ++e) {
            const auto [tail, head] = in.edges[e];
            const QPainterPath &path = out.edgePaths[e];
            QVERIFY(!path.isEmpty());
            QVERIFY2(within(inside, path.boundingRect()), qPrintable(QString::number(e)));
            QVERIFY2(distance(box(in, out, tail), path.pointAtPercent(0)) < 2, qPrintable(QString::number(e)));
            QVERIFY(!out.arrowHeads[e].isEmpty());
            QVERIFY2(distance(box(in, out, head), out.arrowHeads[e].first()) < 2, qPrintable(QString::number(e)));
            if (acyclic) // ranks run left to right: a consumer is left of its provider
                QVERIFY(out.nodeCentres[tail].x() < out.nodeCentres[head].x());
        }
    }

    void emptyGraph()
    {
        const GraphLayoutResult out = GraphLayout::run({});
        QVERIFY(out.ok());
        QVERIFY(out.nodeCentres.isEmpty());
    }

    void refusesWithTheLimitNamed_data()
    {
        QTest::addColumn<GraphLayoutInput>("in");
        QTest::addColumn<QString>("error");
        QTest::newRow("too many nodes") << input(GraphLayout::MaxNodes + 1, {})
                                        << QStringLiteral("The network has %1 services; the layout takes at most %2.")
                                               .arg(GraphLayout::MaxNodes + 1)
                                               .arg(GraphLayout::MaxNodes);
        QTest::newRow("too many edges") << input(2, QList<std::pair<int, int>>(GraphLayout::MaxEdges + 1, {0, 1}))
                                        << QStringLiteral("The network has %1 integrations; the layout takes at most %2.")
                                               .arg(GraphLayout::MaxEdges + 1)
                                               .arg(GraphLayout::MaxEdges);
        QTest::newRow("missing head") << input(2, {{0, 1}, {1, 2}})
                                      << QStringLiteral("Edge 1 names node 2, which does not exist (2 nodes).");
        QTest::newRow("negative tail") << input(2, {{-1, 1}})
                                       << QStringLiteral("Edge 0 names node -1, which does not exist (2 nodes).");
    }
    void refusesWithTheLimitNamed()
    {
        QFETCH(GraphLayoutInput, in);
        QFETCH(QString, error);
        const GraphLayoutResult out = GraphLayout::run(in);
        QCOMPARE(out.error, error);
        QVERIFY(out.nodeCentres.isEmpty());
    }

    void longChainsGetStraightEdges()
    {
        // A chain of 110 services, and service 0 consuming every one: its edges cross 5,886 ranks in all.
        QList<std::pair<int, int>> edges;
        for (int i = 1; i < 110; ++i)
            edges.append({i - 1, i});
        for (int i = 2; i < 110; ++i)
            edges.append({0, i});
        const GraphLayoutInput in = input(110, edges);
        const GraphLayoutResult out = GraphLayout::run(in);
        QVERIFY2(out.ok(), qPrintable(out.error));
        const QPainterPath &longest = out.edgePaths.last();
        const QLineF straight(longest.pointAtPercent(0), longest.pointAtPercent(1));
        for (const qreal t : {0.25, 0.5, 0.75}) {
            const QPointF p = longest.pointAtPercent(t);
            const QLineF toP(straight.p1(), p);
            const qreal offLine = std::abs(std::sin(qDegreesToRadians(straight.angleTo(toP)))) * toP.length();
            QVERIFY2(offLine < 1, qPrintable(QString::number(offLine)));
        }
    }

    void runnerKeepsOnlyTheLatest()
    {
        LayoutRunner runner;
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        runner.start(input(3, {{0, 1}}));
        runner.start(input(5, {{0, 1}, {1, 2}}));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(runner.droppedCount(), 1, 30000);
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<GraphLayoutResult>();
        QCOMPARE(result.nodeCentres.size(), 5);
        QVERIFY(!runner.isRunning());
    }

    void sampleNetworkIsDeterministic()
    {
        const QList<IntegrationSummary> a = SampleNetwork::generate(200, 1000);
        QCOMPARE(a, SampleNetwork::generate(200, 1000));
        QVERIFY(a != SampleNetwork::generate(200, 1000, 7));
        QCOMPARE(a.size(), 1000);
        QSet<QString> pairs;
        for (const IntegrationSummary &i : a) {
            QVERIFY(i.consumer != i.provider);
            pairs.insert(i.consumer + u'→' + i.provider);
        }
        QCOMPARE(pairs.size(), a.size());
        const NetworkGraph graph(a);
        QVERIFY(graph.serviceCount() <= 200);
        QVERIFY(graph.serviceCount() > 100);
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
