// SPDX-License-Identifier: MIT
// MainWindow: its geometry — fitting the screen, the first layout, the layout saved between runs
// (the rest is in mainwindow.cpp and mainwindowmenus.cpp).
#include "mainwindow.h"

#include "paneldocks.h"
#include "windowlayout.h"

#include <ui/widgets/detailpane.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/widgets/pacttreewidget.h>

#include <QDockWidget>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStyle>

#include <utility>

namespace Pactbench {

QRect MainWindow::availableGeometry() const
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    return s ? s->availableGeometry() : QRect(0, 0, 1280, 800);
}

void MainWindow::fitToScreen()
{
    // A layout saved on a larger screen (or a minimum grown by a dock) must not put the status bar and
    // the dock tabs off-screen: fit the frame into the screen's available area.
    const QRect available = availableGeometry();
    const QRect frame = frameGeometry();
    const QSize margins = frame.size() - geometry().size();
    const QRect fitted = WindowLayout::fitted(frame, available);
    if (fitted == frame)
        return;
    if (isMaximized() || isFullScreen())
        return; // the window system fits those
    setGeometry(QRect(fitted.topLeft() + (geometry().topLeft() - frame.topLeft()), fitted.size() - margins));
}

void MainWindow::resetLayout()
{
    // First start: Raw JSON wide enough for its lines (about 64 columns, 24–28 % of the window), the
    // tree beside the editor taking a little less than half, the bottom docks a third of the height.
    const int w = width();
    const QFontMetrics code(m_detail->findChild<QPlainTextEdit *>(QStringLiteral("detailEditor"))->font());
    const int json = qBound(w * 24 / 100, 64 * code.averageCharWidth() + 48, w * 28 / 100);
    resizeDocks({ m_rawJsonDock }, { json }, Qt::Horizontal);
    const int central = qMax(0, w - json - 12);
    int tree = qMax(central * 46 / 100, qMin(m_tree->itemColumnFloor() + 120, central * 55 / 100));
    // The editor's forms whole (their labels are long in German), unless that leaves the tree too little.
    const int editor = m_editor->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    if (central - tree < editor)
        tree = qMax(central - editor, qMin(tree, m_tree->itemColumnFloor() + 40));
    m_splitter->setSizes({ tree, central - tree });
    resizeDocks({ m_diagnosticsDock }, { height() / 3 }, Qt::Vertical);
    m_tree->fitItemColumn();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (settings.contains(QStringLiteral("MainWindow/geometry")))
        restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    if (settings.contains(QStringLiteral("MainWindow/state"))
        && restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray())) {
        // A layout saved before Diagnostics joined the panels' tab group: tab it again.
        QDockWidget *verify = m_panels->verificationDock();
        if (dockWidgetArea(m_diagnosticsDock) == Qt::BottomDockWidgetArea
            && dockWidgetArea(verify) == Qt::BottomDockWidgetArea && !m_diagnosticsDock->isFloating()
            && !verify->isFloating() && !tabifiedDockWidgets(verify).contains(m_diagnosticsDock))
            tabifyDockWidget(verify, m_diagnosticsDock);
    }
    if (settings.contains(QStringLiteral("MainWindow/splitter")))
        m_layoutPending
            = !m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
    fitToScreen();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        fitToScreen(); // now with the window frame known
    if (std::exchange(m_layoutPending, false)) {
        resetLayout();
    } else if (!event->spontaneous()) {
        // A layout saved on a wider screen, fitted into this one, may leave Raw JSON a strip.
        const int json = width() * 27 / 100;
        if (m_rawJsonDock->isVisible() && !m_rawJsonDock->isFloating() && m_rawJsonDock->width() < json)
            resizeDocks({ m_rawJsonDock }, { json }, Qt::Horizontal);
    }
}

} // namespace Pactbench
