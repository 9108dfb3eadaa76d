// SPDX-License-Identifier: MIT
#include "networkview.h"

#include "networkitems.h"
#include "networkscene.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Pactbench {

namespace {
constexpr qreal Step = 1.25; ///< one zoom step (Ctrl+=, Ctrl+-, one wheel notch)
constexpr int PickRadius = 3; ///< pixels around the pointer searched for an item
} // namespace

NetworkView::NetworkView(NetworkScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("networkView"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
}

NetworkView::~NetworkView() = default;

qreal NetworkView::zoom() const
{
    return transform().m11();
}

void NetworkView::zoomIn()
{
    zoomBy(Step, viewport()->rect().center());
}

void NetworkView::zoomOut()
{
    zoomBy(1 / Step, viewport()->rect().center());
}

void NetworkView::zoomBy(qreal factor, const QPoint &viewPos)
{
    const qreal target = std::clamp(zoom() * factor, MinScale, MaxScale);
    if (qFuzzyCompare(target, zoom()))
        return;
    const QPointF anchor = mapToScene(viewPos);
    setTransform(QTransform::fromScale(target, target));
    // Keep the anchor under the same viewport pixel.
    const QPointF moved = mapToScene(viewPos) - anchor;
    centerOn(mapToScene(viewport()->rect().center()) - moved);
    Q_EMIT zoomChanged(target);
}

void NetworkView::fit()
{
    const QRectF bounds = m_scene->visibleBounds();
    if (bounds.isEmpty())
        return;
    const qreal sx = viewport()->width() / bounds.width();
    const qreal sy = viewport()->height() / bounds.height();
    const qreal scale = std::clamp(std::min({sx, sy, 1.0}), MinScale, MaxScale);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(bounds.center());
    Q_EMIT zoomChanged(scale);
}

void NetworkView::showService(int service)
{
    const NodeItem *node = m_scene->nodeItem(service);
    if (!node)
        return;
    if (zoom() < 0.8) {
        setTransform(QTransform::fromScale(1, 1));
        Q_EMIT zoomChanged(1);
    }
    centerOn(node);
}

int NetworkView::edgeAt(const QPoint &viewPos) const
{
    const QRect around(viewPos - QPoint(PickRadius, PickRadius), QSize(2 * PickRadius + 1, 2 * PickRadius + 1));
    const QList<QGraphicsItem *> hits = items(around, Qt::IntersectsItemShape);
    for (const QGraphicsItem *item : hits) {
        if (item->type() == EdgeItem::Type && item->isVisible())
            return static_cast<const EdgeItem *>(item)->index();
    }
    return -1;
}

int NetworkView::serviceAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> hits = items(viewPos);
    for (const QGraphicsItem *item : hits) {
        if (item->type() == NodeItem::Type && item->isVisible())
            return static_cast<const NodeItem *>(item)->index();
    }
    return -1;
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(Step, delta / 120.0), event->position().toPoint());
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    if ((pos - m_pressPos).manhattanLength() > QApplication::startDragDistance())
        return; // a pan
    if (const int service = serviceAt(pos); service >= 0)
        Q_EMIT serviceClicked(service);
    else if (const int edge = edgeAt(pos); edge >= 0)
        Q_EMIT edgeClicked(edge, event->modifiers());
    else
        Q_EMIT backgroundClicked();
}

void NetworkView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const int edge = edgeAt(event->pos()); edge >= 0) {
        Q_EMIT edgeContextMenuRequested(edge, event->globalPos());
        event->accept();
        return;
    }
    QGraphicsView::contextMenuEvent(event);
}

} // namespace Pactbench
