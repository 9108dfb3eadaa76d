// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>

namespace Pactbench {

class NetworkScene;

/**
 * The view of a NetworkScene: drag to pan, the wheel (or zoomIn()/zoomOut()) zooms around the pointer,
 * fit() shows the visible part whole. A click (press and release without dragging) on an integration
 * or a service is reported; pressing on an item never starts anything but the pan.
 */
class NetworkView : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkView)

public:
    static constexpr qreal MinScale = 0.02;
    static constexpr qreal MaxScale = 6.0;

    explicit NetworkView(NetworkScene *scene, QWidget *parent = nullptr);
    ~NetworkView() override;

    NetworkScene *networkScene() const { return m_scene; }
    qreal zoom() const;
    void zoomIn();
    void zoomOut();
    /// Zooms by `factor` (clamped to MinScale..MaxScale) keeping the scene point under `viewPos` in place.
    void zoomBy(qreal factor, const QPoint &viewPos);
    /// Shows the visible items whole (NetworkScene::visibleBounds), never larger than 1:1.
    void fit();
    /// Centres the service and zooms in to read it when the view is far out.
    void showService(int service);
    /// The edge (-1: none) or service (-1: none) under a viewport position.
    int edgeAt(const QPoint &viewPos) const;
    int serviceAt(const QPoint &viewPos) const;

Q_SIGNALS:
    void serviceClicked(int service);
    void edgeClicked(int edge, Qt::KeyboardModifiers modifiers);
    /// A click on the empty background.
    void backgroundClicked();
    void edgeContextMenuRequested(int edge, const QPoint &globalPos);
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    NetworkScene *m_scene;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace Pactbench
