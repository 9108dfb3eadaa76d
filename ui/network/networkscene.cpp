// SPDX-License-Identifier: MIT
#include "networkscene.h"

#include "networkitems.h"
#include "networkstyle.h"

#include <utility>

namespace Pactbench {

namespace {
constexpr qreal Margin = 24;
} // namespace

NetworkScene::NetworkScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

NetworkScene::~NetworkScene() = default;

void NetworkScene::build(const NetworkGraph &graph, const GraphLayoutResult &layout, const QList<QSizeF> &nodeSizes,
                         const QFont &font, const QPalette &palette)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_graph = graph;
    m_palette = palette;
    m_highlightedEdge = -1;
    if (m_selectedService >= graph.serviceCount())
        m_selectedService = -1;
    for (int s = 0; s < graph.serviceCount(); ++s) {
        auto *node = new NodeItem(s, graph.services()[s], nodeSizes.value(s), font);
        node->setPos(layout.nodeCentres.value(s));
        node->setToolTip(NetworkStyle::nodeToolTip(graph.services()[s], int(graph.consumersOf(s).size()),
                                                   int(graph.providersOf(s).size())));
        addItem(node);
        m_nodes.append(node);
    }
    for (int e = 0; e < graph.edgeCount(); ++e) {
        auto *edge = new EdgeItem(e, layout.edgePaths.value(e), layout.arrowHeads.value(e));
        addItem(edge);
        m_edges.append(edge);
    }
    setSceneRect(layout.bounds.adjusted(-Margin, -Margin, Margin, Margin));
    applyColors();
    applyVisibility();
}

void NetworkScene::setStatuses(const NetworkGraph &graph)
{
    m_graph = graph;
    applyColors();
}

void NetworkScene::setPalette(const QPalette &palette)
{
    m_palette = palette;
    applyColors();
}

void NetworkScene::applyColors()
{
    const QColor fill = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor selectedFill = m_palette.color(QPalette::Highlight);
    const QColor selectedText = m_palette.color(QPalette::HighlightedText);
    for (NodeItem *node : std::as_const(m_nodes)) {
        node->setColors(fill, text, selectedFill, selectedText);
        node->setSelectedService(node->index() == m_selectedService);
    }
    for (EdgeItem *edge : std::as_const(m_edges)) {
        const IntegrationSummary &integration = m_graph.integrations()[edge->index()];
        edge->setStatus(integration.status, NetworkStyle::statusColor(integration.status, m_palette));
        edge->setToolTip(NetworkStyle::edgeToolTip(integration));
    }
}

void NetworkScene::setFilterText(const QString &text)
{
    if (m_filter == text)
        return;
    m_filter = text;
    applyVisibility();
}

void NetworkScene::setSelectedService(int service)
{
    if (service >= m_nodes.size())
        service = -1;
    if (m_selectedService == service)
        return;
    if (NodeItem *old = nodeItem(m_selectedService))
        old->setSelectedService(false);
    m_selectedService = service;
    if (NodeItem *now = nodeItem(service))
        now->setSelectedService(true);
    if (m_neighbourhoodOnly)
        applyVisibility();
}

void NetworkScene::setNeighbourhoodOnly(bool on)
{
    if (m_neighbourhoodOnly == on)
        return;
    m_neighbourhoodOnly = on;
    applyVisibility();
}

void NetworkScene::setHighlightedEdge(int edge)
{
    if (EdgeItem *old = edgeItem(m_highlightedEdge))
        old->setHighlighted(false);
    m_highlightedEdge = edge;
    if (EdgeItem *now = edgeItem(edge))
        now->setHighlighted(true);
}

void NetworkScene::applyVisibility()
{
    using Relevance = NetworkGraph::Relevance;
    const QList<Relevance> relevance = m_graph.filter(m_filter);
    const QList<bool> shown = m_graph.neighbourhood(m_neighbourhoodOnly ? m_selectedService : -1);
    for (NodeItem *node : std::as_const(m_nodes)) {
        const Relevance r = relevance[node->index()];
        node->setVisible(shown[node->index()]);
        node->setOpacity(r == Relevance::Match ? 1.0 : r == Relevance::Neighbour ? NeighbourOpacity : FadedOpacity);
    }
    const bool around = m_neighbourhoodOnly && m_selectedService >= 0;
    for (EdgeItem *edge : std::as_const(m_edges)) {
        const int consumer = m_graph.consumerOf(edge->index());
        const int provider = m_graph.providerOf(edge->index());
        edge->setVisible(!around || consumer == m_selectedService || provider == m_selectedService);
        const bool kept = relevance[consumer] == Relevance::Match || relevance[provider] == Relevance::Match;
        edge->setOpacity(kept ? 1.0 : FadedOpacity);
    }
}

QRectF NetworkScene::visibleBounds() const
{
    QRectF bounds;
    for (const NodeItem *node : m_nodes) {
        if (node->isVisible())
            bounds |= node->sceneBoundingRect();
    }
    for (const EdgeItem *edge : m_edges) {
        if (edge->isVisible())
            bounds |= edge->sceneBoundingRect();
    }
    return bounds.isEmpty() ? sceneRect() : bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

} // namespace Pactbench
