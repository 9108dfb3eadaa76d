// SPDX-License-Identifier: MIT
#include "graphlayout.h"

#include <QByteArray>
#include <QLineF>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <utility>
#include <vector>

// Graphviz's headers define macros (TRUE, MIN, MAX, ...): they come last and only here.
#include <cgraph.h>
#include <gvc.h>

namespace Pactbench {

namespace {

constexpr double PointsPerInch = 72.0;

/// Graphviz 2.43 takes `char *` for names and values it only reads.
char *cs(const char *text)
{
    return const_cast<char *>(text);
}

/// Every Graphviz call of the process goes through this (contexts share global state on some versions).
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

/// Collects Graphviz's error messages (not its warnings) while alive; needs graphvizMutex held.
class ErrorCapture
{
public:
    ErrorCapture()
        : m_previousLevel(agseterr(AGERR))
        , m_previousHandler(agseterrf(&ErrorCapture::collect))
    {
        messages().clear();
    }
    ~ErrorCapture()
    {
        agseterrf(m_previousHandler);
        agseterr(m_previousLevel);
    }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    static QString text() { return QString::fromUtf8(messages()).trimmed(); }

private:
    static QByteArray &messages()
    {
        static QByteArray all;
        return all;
    }
    static int collect(char *message)
    {
        messages() += message;
        return 0;
    }

    agerrlevel_t m_previousLevel;
    agusererrf m_previousHandler;
};

/**
 * An estimate of the ranks dot's edges cross (its virtual nodes): each node's rank is the longest
 * consumer chain leading to it, edges closing a cycle left out. Not a layout: it only tells when routing
 * splines would take seconds (a network whose chains are ~100 services deep).
 */
qsizetype rankCrossings(const GraphLayoutInput &input)
{
    const qsizetype n = input.nodeSizes.size();
    QList<QList<int>> out(n);
    QList<int> inDegree(n, 0);
    for (const auto &[tail, head] : input.edges) {
        out[tail].append(head);
        ++inDegree[head];
    }
    QList<int> rank(n, 0);
    QList<int> order; // Kahn's order; on a cycle, the node with the fewest unranked consumers goes next
    QList<bool> queued(n, false);
    const auto enqueue = [&](int v) {
        queued[v] = true;
        order.append(v);
    };
    for (int v = 0; v < n; ++v) {
        if (inDegree[v] == 0)
            enqueue(v);
    }
    for (qsizetype i = 0; order.size() < n || i < order.size(); ++i) {
        if (i == order.size()) {
            int next = -1;
            for (int v = 0; v < n; ++v) {
                if (!queued[v] && (next < 0 || inDegree[v] < inDegree[next]))
                    next = v;
            }
            enqueue(next);
        }
        for (const int w : std::as_const(out[order[i]])) {
            if (queued[w])
                continue; // an edge closing a cycle
            rank[w] = std::max(rank[w], rank[order[i]] + 1);
            if (--inDegree[w] == 0)
                enqueue(w);
        }
    }
    qsizetype crossings = 0;
    for (const auto &[tail, head] : input.edges)
        crossings += std::max(0, rank[head] - rank[tail] - 1);
    return crossings;
}

void setGraphAttributes(Agraph_t *g, bool straight)
{
    const std::pair<const char *, const char *> graph[] = {
        {"rankdir", "LR"}, {"splines", straight ? "line" : "true"}, {"nodesep", "0.12"}, {"ranksep", "1.6"},
        // Bounded effort: crossing minimisation and network simplex stop early on large networks.
        {"mclimit", "0.2"}, {"nslimit", "1"}, {"nslimit1", "1"}, {"remincross", "false"},
    };
    for (const auto &[name, value] : graph)
        agattr(g, AGRAPH, cs(name), cs(value));
    const std::pair<const char *, const char *> node[] = {
        {"shape", "box"}, {"fixedsize", "true"}, {"label", ""}, {"width", "1"}, {"height", "0.3"},
    };
    for (const auto &[name, value] : node)
        agattr(g, AGNODE, cs(name), cs(value));
}

QPointF toScene(pointf p, const boxf &bb)
{
    return {p.x - bb.LL.x, bb.UR.y - p.y};
}

QPolygonF arrowHead(const QPointF &base, const QPointF &tip)
{
    const QLineF axis(tip, base);
    if (axis.length() <= 0)
        return {};
    QLineF side = axis.normalVector();
    side.setLength(axis.length() * 0.45);
    const QPointF offset = side.p2() - side.p1();
    return QPolygonF({tip, base + offset, base - offset, tip});
}

/// The edge's curve (and arrow) from dot's B-spline control points; a straight line when it has none.
void readEdge(Agedge_t *e, const boxf &bb, const QPointF &from, const QPointF &to, QPainterPath *path,
              QPolygonF *arrow)
{
    const splines *spl = ED_spl(e);
    if (!spl || spl->size == 0 || spl->list[0].size < 4) {
        path->moveTo(from);
        path->lineTo(to);
        return;
    }
    for (int b = 0; b < spl->size; ++b) {
        const bezier &bz = spl->list[b];
        path->moveTo(toScene(bz.list[0], bb));
        for (int i = 1; i + 2 < bz.size; i += 3)
            path->cubicTo(toScene(bz.list[i], bb), toScene(bz.list[i + 1], bb), toScene(bz.list[i + 2], bb));
        if (bz.eflag)
            *arrow = arrowHead(toScene(bz.list[bz.size - 1], bb), toScene(bz.ep, bb));
    }
}

GraphLayoutResult layoutLocked(const GraphLayoutInput &input)
{
    GraphLayoutResult result;
    ErrorCapture errors;
    GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(cs("network"), Agdirected, nullptr);
    setGraphAttributes(g, rankCrossings(input) > GraphLayout::MaxSplineCrossings);
    Agsym_t *width = agattr(g, AGNODE, cs("width"), nullptr);
    Agsym_t *height = agattr(g, AGNODE, cs("height"), nullptr);
    std::vector<Agnode_t *> nodes;
    nodes.reserve(size_t(input.nodeSizes.size()));
    for (qsizetype i = 0; i < input.nodeSizes.size(); ++i) {
        QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(g, name.data(), 1);
        QByteArray w = QByteArray::number(input.nodeSizes[i].width() / PointsPerInch, 'f', 4);
        QByteArray h = QByteArray::number(input.nodeSizes[i].height() / PointsPerInch, 'f', 4);
        agxset(n, width, w.data());
        agxset(n, height, h.data());
        nodes.push_back(n);
    }
    std::vector<Agedge_t *> edges;
    edges.reserve(size_t(input.edges.size()));
    for (const auto &[tail, head] : input.edges)
        edges.push_back(agedge(g, nodes[size_t(tail)], nodes[size_t(head)], nullptr, 1));

    if (const int rc = gvLayout(gvc, g, "dot"); rc != 0) {
        const QString why = ErrorCapture::text();
        result.error = GraphLayout::tr("Graphviz's dot could not lay out the network (code %1)%2")
                           .arg(rc)
                           .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    } else {
        const boxf bb = GD_bb(g);
        result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
        for (Agnode_t *n : nodes)
            result.nodeCentres.append(toScene(ND_coord(n), bb));
        for (size_t i = 0; i < edges.size(); ++i) {
            const auto &[tail, head] = input.edges[qsizetype(i)];
            QPainterPath path;
            QPolygonF arrow;
            readEdge(edges[i], bb, result.nodeCentres[tail], result.nodeCentres[head], &path, &arrow);
            result.edgePaths.append(path);
            result.arrowHeads.append(arrow);
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return result;
}

} // namespace

QString GraphLayout::check(const GraphLayoutInput &input)
{
    if (input.nodeSizes.size() > MaxNodes)
        return tr("The network has %1 services; the layout takes at most %2.").arg(input.nodeSizes.size()).arg(MaxNodes);
    if (input.edges.size() > MaxEdges)
        return tr("The network has %1 integrations; the layout takes at most %2.").arg(input.edges.size()).arg(MaxEdges);
    for (qsizetype i = 0; i < input.edges.size(); ++i) {
        const auto &[tail, head] = input.edges[i];
        for (const int end : {tail, head}) {
            if (end < 0 || end >= input.nodeSizes.size())
                return tr("Edge %1 names node %2, which does not exist (%3 nodes).")
                    .arg(i)
                    .arg(end)
                    .arg(input.nodeSizes.size());
        }
    }
    return {};
}

GraphLayoutResult GraphLayout::run(const GraphLayoutInput &input)
{
    GraphLayoutResult result;
    result.error = check(input);
    if (!result.ok())
        return result;
    if (input.nodeSizes.isEmpty())
        return result;
    QMutexLocker lock(&graphvizMutex());
    return layoutLocked(input);
}

} // namespace Pactbench
