// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayout.h"
#include "networkgraph.h"

#include <QFont>
#include <QGraphicsScene>
#include <QPalette>

namespace Pactbench {

class EdgeItem;
class NodeItem;

/**
 * The contract network's items: a NodeItem per service and an EdgeItem per integration, placed where
 * GraphLayout put them. Filtering and the neighbourhood only change items' opacity and visibility (no
 * new layout, no geometry change, so the BSP index stays valid); a new set of statuses only recolours.
 */
class NetworkScene : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkScene)

public:
    static constexpr qreal FadedOpacity = 0.15; ///< services and integrations the filter leaves out
    static constexpr qreal NeighbourOpacity = 0.55; ///< services next to a match

    explicit NetworkScene(QObject *parent = nullptr);
    ~NetworkScene() override;

    /// Replaces every item: `layout` must be that of `graph` with `nodeSizes` (GraphLayout).
    void build(const NetworkGraph &graph, const GraphLayoutResult &layout, const QList<QSizeF> &nodeSizes,
               const QFont &font, const QPalette &palette);
    /// New statuses for the same network (NetworkGraph::sameShape): recolours the integrations.
    void setStatuses(const NetworkGraph &graph);
    void setPalette(const QPalette &palette);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /// The selected service (-1: none); with neighbourhoodOnly, only it and its neighbours stay visible.
    void setSelectedService(int service);
    int selectedService() const { return m_selectedService; }
    void setNeighbourhoodOnly(bool on);
    bool neighbourhoodOnly() const { return m_neighbourhoodOnly; }
    void setHighlightedEdge(int edge);

    const NetworkGraph &graph() const { return m_graph; }
    qsizetype nodeCount() const { return m_nodes.size(); }
    qsizetype edgeCount() const { return m_edges.size(); }
    NodeItem *nodeItem(int index) const { return m_nodes.value(index); }
    EdgeItem *edgeItem(int index) const { return m_edges.value(index); }
    /// The bounds of the items visible now (all of them without the neighbourhood).
    QRectF visibleBounds() const;

private:
    void applyVisibility();
    void applyColors();

    NetworkGraph m_graph;
    QList<NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    QPalette m_palette;
    QString m_filter;
    int m_selectedService = -1;
    int m_highlightedEdge = -1;
    bool m_neighbourhoodOnly = false;
};

} // namespace Pactbench
