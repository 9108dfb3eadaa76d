// SPDX-License-Identifier: MIT
// DiffCodeView: the text, its annotations, scrolling and geometry. Painting is in
// diffcodeviewpaint.cpp, the keyboard, the mouse and the selection in diffcodeviewinput.cpp.
#include "diffcodeview.h"

#include "bodydiffjobs.h"
#include "diffcodeviewgutter.h"

#include <ui/widgets/linenumberarea.h>

#include <QFontDatabase>
#include <QHelpEvent>
#include <QScrollBar>
#include <QThreadPool>
#include <QToolTip>

#include <utility>

namespace Pactbench {

namespace {

/// Texts of more characters are freed on a worker thread, not in the GUI thread's time.
constexpr qsizetype kLargeText = 1 << 20;

/// Lets go of a text the view no longer shows, on a worker thread when it is large.
void dispose(TextLines &&lines)
{
    if (lines.text().size() <= kLargeText)
        return;
    bodyDiffPool()->start([old = std::move(lines)]() mutable { old = TextLines(); });
}

} // namespace

DiffCodeView::DiffCodeView(QWidget *parent) : QAbstractScrollArea(parent), m_gutter(new Gutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // as CodeEditor
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    setFocusPolicy(Qt::StrongFocus);
    updateGeometries();
    updateScrollBars();
}

DiffCodeView::~DiffCodeView()
{
    dispose(std::move(m_lines));
}

void DiffCodeView::setCode(const QString &text, bool json)
{
    reset(TextLines(text), json);
}

void DiffCodeView::setCode(const QString &text, QList<qsizetype> lineStarts, bool json)
{
    reset(TextLines(text, std::move(lineStarts)), json);
}

void DiffCodeView::reset(TextLines lines, bool json)
{
    dispose(std::exchange(m_lines, std::move(lines)));
    m_annotations.clear();
    m_marks = LineMarks();
    m_highlighter.reset(json);
    m_current = 0;
    m_anchor = m_cursor = Position();
    m_dragging = false;
    m_keepCentred = false;
    updateGeometries(); // the line numbers may have gained or lost a digit
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    m_gutter->update();
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                Q_EMIT loaded();
        },
        Qt::QueuedConnection);
}

void DiffCodeView::setAnnotations(const QList<Annotation> &annotations)
{
    setAnnotations(annotations, LineMarks(annotations));
}

void DiffCodeView::setAnnotations(const QList<Annotation> &annotations, const LineMarks &marks)
{
    m_annotations = annotations;
    m_marks = marks;
    viewport()->update();
}

int DiffCodeView::lineHeight() const
{
    return qMax(1, fontMetrics().lineSpacing());
}

qreal DiffCodeView::charWidth() const
{
    return qMax<qreal>(1, QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')));
}

int DiffCodeView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int DiffCodeView::pageLines() const
{
    return qMax(1, viewport()->height() / lineHeight());
}

QRect DiffCodeView::lineRect(int line) const
{
    return { 0, (line - firstVisibleLine()) * lineHeight(), viewport()->width(), lineHeight() };
}

int DiffCodeView::lineAt(int y) const
{
    const int h = lineHeight();
    const int row = y >= 0 ? y / h : -((-y + h - 1) / h);
    return qBound(0, firstVisibleLine() + row, lineCount() - 1);
}

int DiffCodeView::lineNumberAreaWidth() const
{
    return lineNumberGutterWidth(fontMetrics(), lineCount());
}

void DiffCodeView::updateGeometries()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height());
}

void DiffCodeView::updateScrollBars()
{
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, qMax(0, lineCount() - pageLines()));
    vertical->setPageStep(pageLines());
    vertical->setSingleStep(1);
    QScrollBar *horizontal = horizontalScrollBar();
    const qreal width = 2 * kTextMargin + qreal(m_lines.longestLine() + 1) * charWidth(); // monospace
    horizontal->setRange(0, qMax(0, int(qMin<qreal>(width, INT_MAX / 2)) - viewport()->width()));
    horizontal->setPageStep(viewport()->width());
    horizontal->setSingleStep(qMax(1, qRound(charWidth())));
}

void DiffCodeView::showLine(int line)
{
    if (line < 0 || line >= lineCount())
        return;
    m_current = line;
    m_anchor = m_cursor = Position{ line, 0 };
    horizontalScrollBar()->setValue(0);
    centreOn(line);
    viewport()->update();
    m_gutter->update();
}

void DiffCodeView::centreOn(int line)
{
    verticalScrollBar()->setValue(line - pageLines() / 2);
    m_keepCentred = true; // after the scroll, which clears it
}

void DiffCodeView::setCurrentLine(int line)
{
    moveCurrent(line, false);
}

void DiffCodeView::ensureLineVisible(int line)
{
    QScrollBar *vertical = verticalScrollBar();
    if (line < vertical->value())
        vertical->setValue(line);
    else if (line >= vertical->value() + pageLines())
        vertical->setValue(line - pageLines() + 1);
}

void DiffCodeView::scrollContentsBy(int, int dy)
{
    m_keepCentred = false;
    viewport()->update();
    if (dy != 0)
        m_gutter->update();
}

void DiffCodeView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const bool centred = m_keepCentred;
    updateGeometries();
    updateScrollBars();
    if (centred) // a line shown before the view had its size is still in the middle
        centreOn(m_current);
}

void DiffCodeView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometries();
        updateScrollBars();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        viewport()->update();
        m_gutter->update();
    }
}

bool DiffCodeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(help->pos().y());
        const QString text = lineRect(line).contains(help->pos()) ? annotationText(line) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Pactbench
