// SPDX-License-Identifier: MIT
#include "networkitems.h"

#include "networkstyle.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace Pactbench {

namespace {
constexpr qreal Radius = 4;
constexpr qreal PickWidth = 7; ///< how wide an edge is for the mouse (scene units)
constexpr qreal TextLevelOfDetail = 0.3; ///< below this zoom the names are not drawn (unreadable anyway)
} // namespace

NodeItem::NodeItem(int index, const QString &name, const QSizeF &size, const QFont &font)
    : m_index(index)
    , m_name(name)
    , m_rect(-size.width() / 2, -size.height() / 2, size.width(), size.height())
    , m_font(font)
{
    setZValue(2);
}

void NodeItem::setSelectedService(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

void NodeItem::setColors(const QColor &fill, const QColor &text, const QColor &selectedFill, const QColor &selectedText)
{
    m_fill = fill;
    m_text = text;
    m_selectedFill = selectedFill;
    m_selectedText = selectedText;
    update();
}

QRectF NodeItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor text = m_selected ? m_selectedText : m_text;
    painter->setPen(QPen(text, m_selected ? 2 : 1));
    painter->setBrush(m_selected ? m_selectedFill : m_fill);
    painter->drawRoundedRect(m_rect, Radius, Radius);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < TextLevelOfDetail)
        return;
    painter->setFont(m_font);
    painter->drawText(m_rect, Qt::AlignCenter, m_name);
}

EdgeItem::EdgeItem(int index, const QPainterPath &path, const QPolygonF &arrow)
    : m_index(index)
    , m_path(path)
    , m_arrow(arrow)
    , m_bounds(path.boundingRect().united(arrow.boundingRect()).adjusted(-PickWidth, -PickWidth, PickWidth, PickWidth))
{
    setZValue(0);
}

void EdgeItem::setStatus(Status status, const QColor &color)
{
    m_status = status;
    m_color = color;
    update();
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(highlighted ? 1 : 0);
    update();
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(PickWidth);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QPen pen(m_color, NetworkStyle::penWidth(m_status) + (m_highlighted ? 1.8 : 0), NetworkStyle::penStyle(m_status));
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (m_arrow.isEmpty())
        return;
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(m_color);
    painter->drawPolygon(m_arrow);
}

} // namespace Pactbench
