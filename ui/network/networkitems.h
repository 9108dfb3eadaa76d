// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/integrationsummary.h>

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace Pactbench {

/// A service: a rounded box with its name (the name is left out while zoomed far out).
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 701 };

    NodeItem(int index, const QString &name, const QSizeF &size, const QFont &font);

    int index() const { return m_index; }
    const QString &name() const { return m_name; }
    void setSelectedService(bool selected);
    bool isSelectedService() const { return m_selected; }
    void setColors(const QColor &fill, const QColor &text, const QColor &selectedFill, const QColor &selectedText);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_index;
    QString m_name;
    QRectF m_rect;
    QFont m_font;
    bool m_selected = false;
    QColor m_fill, m_text, m_selectedFill, m_selectedText;
};

/**
 * An integration: dot's curve from consumer to provider with an arrow head, in its status's colour and
 * line style (cosmetic pen: as wide at every zoom). The curve, its bounds and its (wider, for clicking)
 * shape are computed once.
 */
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 702 };
    using Status = IntegrationSummary::Status;

    EdgeItem(int index, const QPainterPath &path, const QPolygonF &arrow);

    int index() const { return m_index; }
    Status status() const { return m_status; }
    QColor color() const { return m_color; }
    const QPainterPath &path() const { return m_path; }
    void setStatus(Status status, const QColor &color);
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_index;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_bounds;
    mutable QPainterPath m_shape; ///< made on the first hit test
    Status m_status = Status::Unverified;
    QColor m_color;
    bool m_highlighted = false;
};

} // namespace Pactbench
