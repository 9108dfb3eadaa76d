// SPDX-License-Identifier: MIT
// DiffCodeView: the current line, the keyboard, the mouse, the selection and copying.
#include "diffcodeview.h"

#include "diffcodeviewgutter.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextLayout>

namespace Pactbench {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

DiffCodeView::Position DiffCodeView::clamped(Position p) const
{
    p.line = qBound(0, p.line, lineCount() - 1);
    p.column = qBound<qsizetype>(0, p.column, m_lines.line(p.line).size());
    return p;
}

qsizetype DiffCodeView::offsetOf(Position p) const
{
    p = clamped(p);
    return m_lines.start(p.line) + p.column;
}

DiffCodeView::Position DiffCodeView::positionAt(const QPoint &pos) const
{
    const int h = lineHeight();
    const int row = pos.y() >= 0 ? pos.y() / h : -((-pos.y() + h - 1) / h);
    const int line = firstVisibleLine() + row;
    if (line < 0)
        return { 0, 0 };
    if (line >= lineCount())
        return { lineCount() - 1, m_lines.line(lineCount() - 1).size() };
    QTextLayout layout;
    const qsizetype from = layOut(layout, line, m_highlighter.cached(line));
    if (layout.lineCount() == 0)
        return { line, 0 };
    const int column = layout.lineAt(0).xToCursor(pos.x() - textX(from), QTextLine::CursorBetweenCharacters);
    return clamped({ line, from + column });
}

QString DiffCodeView::selectedText() const
{
    const qsizetype from = offsetOf(qMin(m_anchor, m_cursor));
    const qsizetype to = offsetOf(qMax(m_anchor, m_cursor));
    return m_lines.text().mid(from, to - from);
}

void DiffCodeView::select(Position from, Position to)
{
    m_anchor = clamped(from);
    m_cursor = clamped(to);
    viewport()->update();
}

void DiffCodeView::selectAll()
{
    select({ 0, 0 }, { lineCount() - 1, m_lines.line(lineCount() - 1).size() });
}

void DiffCodeView::clearSelection()
{
    select(m_cursor, m_cursor);
}

void DiffCodeView::copy() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void DiffCodeView::moveCurrent(int line, bool extendSelection)
{
    m_current = qBound(0, line, lineCount() - 1);
    if (extendSelection) {
        m_cursor = clamped({ m_current, m_cursor.column });
    } else {
        m_anchor = m_cursor = Position{ m_current, 0 };
    }
    ensureLineVisible(m_current);
    viewport()->update();
    m_gutter->update();
}

bool DiffCodeView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) { // Copy and Select All are ours, not a window's shortcut
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void DiffCodeView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int last = lineCount() - 1;
    switch (event->key()) {
    case Qt::Key_Up:
        moveCurrent(m_current - 1, shift);
        return;
    case Qt::Key_Down:
        moveCurrent(m_current + 1, shift);
        return;
    case Qt::Key_PageUp:
        verticalScrollBar()->setValue(verticalScrollBar()->value() - pageLines());
        moveCurrent(m_current - pageLines(), shift);
        return;
    case Qt::Key_PageDown:
        verticalScrollBar()->setValue(verticalScrollBar()->value() + pageLines());
        moveCurrent(m_current + pageLines(), shift);
        return;
    case Qt::Key_Home:
        m_cursor.column = 0;
        moveCurrent(0, shift);
        return;
    case Qt::Key_End:
        m_cursor.column = m_lines.line(last).size();
        moveCurrent(last, shift);
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void DiffCodeView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Position at = positionAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = at;
    m_cursor = at;
    m_current = at.line;
    m_dragging = true;
    viewport()->update();
    m_gutter->update();
}

void DiffCodeView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton)) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (pos.y() < 0) // dragging beyond the view scrolls it
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (pos.y() >= viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_cursor = positionAt(pos);
    m_current = m_cursor.line;
    viewport()->update();
    m_gutter->update();
}

void DiffCodeView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection()) // X11's primary selection, as text views do
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void DiffCodeView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    const Position at = positionAt(event->position().toPoint());
    const QStringView text = m_lines.line(at.line);
    qsizetype from = at.column;
    qsizetype to = at.column;
    while (from > 0 && isWordChar(text.at(from - 1)))
        --from;
    while (to < text.size() && isWordChar(text.at(to)))
        ++to;
    m_current = at.line;
    select({ at.line, from }, { at.line, to });
    m_gutter->update();
}

void DiffCodeView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, [this] { copy(); });
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    QAction *all = menu.addAction(tr("Select &All"), this, [this] { selectAll(); });
    all->setShortcut(QKeySequence::SelectAll);
    all->setEnabled(!m_lines.text().isEmpty());
    menu.exec(event->globalPos());
}

} // namespace Pactbench
