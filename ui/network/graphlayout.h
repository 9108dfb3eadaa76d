// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <utility>

namespace Pactbench {

/// What to lay out: boxes of a given size (scene units, 1 unit = 1 point) and directed edges between them.
struct GraphLayoutInput
{
    QList<QSizeF> nodeSizes;
    QList<std::pair<int, int>> edges; ///< tail (consumer) → head (provider), indices into nodeSizes
};

/// Where everything went: node centres, each edge's curve and arrow head, all inside `bounds` (y down).
struct GraphLayoutResult
{
    QList<QPointF> nodeCentres;
    QList<QPainterPath> edgePaths; ///< from the tail's border to the arrow head's base
    QList<QPolygonF> arrowHeads; ///< a triangle whose tip touches the head's border (empty when none)
    QRectF bounds;
    QString error; ///< set when nothing was laid out

    bool ok() const { return error.isEmpty(); }
};

/**
 * Lays out a directed graph with Graphviz's `dot` through its C API (gvc + cgraph): ranks run left to
 * right (consumers left of their providers), edges are splines. Graphviz keeps global state, so every
 * layout in the process goes through one mutex: run() may be called from any thread, one layout runs at
 * a time. Nodes get the sizes asked for (`fixedsize`, no labels: the caller draws the text).
 */
class GraphLayout
{
    Q_DECLARE_TR_FUNCTIONS(GraphLayout)

public:
    static constexpr int MaxNodes = 2000; ///< larger graphs are refused (the layout would take minutes)
    static constexpr int MaxEdges = 10000;
    /// Above this many ranks crossed by edges (estimated: 1,500 for SampleNetwork 200/1,000, 6,500 for chains
    /// ~100 deep), edges are straight lines: spline routing would take seconds.
    static constexpr int MaxSplineCrossings = 5000;

    /// Lays `input` out; `error` says why not (too large, an edge naming a missing node, Graphviz failed).
    static GraphLayoutResult run(const GraphLayoutInput &input);
    /// The input's problem in words, empty when it can be laid out.
    static QString check(const GraphLayoutInput &input);
};

} // namespace Pactbench
