// SPDX-License-Identifier: MIT
// DiffCodeView: painting the lines on screen and their numbers.
#include "diffcodeview.h"

#include "diffcodeviewgutter.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QtMath>

namespace Pactbench {

namespace {

/// Longer lines are laid out only around the part on screen, and are not coloured: a single line
/// of megabytes (minified or not JSON) would take seconds to lay out.
constexpr qsizetype kWholeLineChars = 4096;
/// Characters laid out beyond either side of the screen for such a line.
constexpr qsizetype kSlackChars = 256;

QColor annotationColor(DiffAnnotation::Kind kind)
{
    return kind == DiffAnnotation::Kind::Mismatch ? QColor(255, 0, 0, 70) : QColor(0, 110, 255, 40);
}

} // namespace

qreal DiffCodeView::textX(qsizetype column) const
{
    return kTextMargin + qreal(column) * charWidth() - horizontalScrollBar()->value();
}

qsizetype DiffCodeView::layOut(QTextLayout &layout, int line, const Formats &formats) const
{
    const QStringView text = m_lines.line(line);
    qsizetype from = 0;
    qsizetype to = text.size();
    if (text.size() > kWholeLineChars) {
        const auto left = qsizetype(horizontalScrollBar()->value() / charWidth());
        from = qBound<qsizetype>(0, left - kSlackChars, text.size());
        to = qMin(text.size(), from + qsizetype(viewport()->width() / charWidth()) + 2 * kSlackChars);
        if (from > 0 && text.at(from).isLowSurrogate())
            --from;
        if (to < text.size() && text.at(to).isLowSurrogate())
            ++to;
    }
    layout.setText(text.sliced(from, to - from).toString());
    layout.setFont(font());
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(Qt::LeftToRight);
    option.setTabStopDistance(2 * charWidth()); // as CodeEditor
    layout.setTextOption(option);
    Formats shifted;
    for (const QTextLayout::FormatRange &range : formats) {
        const qsizetype start = qMax<qsizetype>(range.start, from);
        const qsizetype end = qMin<qsizetype>(range.start + range.length, to);
        if (start < end)
            shifted.append({ int(start - from), int(end - start), range.format });
    }
    layout.setFormats(shifted);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid()) {
        textLine.setLineWidth(qreal(to - from + 1) * charWidth() * 4 + 100);
        textLine.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    return from;
}

QRect DiffCodeView::cursorRect(Position position) const
{
    const Position p = clamped(position);
    QTextLayout layout;
    const qsizetype from = layOut(layout, p.line, m_highlighter.cached(p.line));
    qreal x = textX(p.column); // monospace, for a column outside the part laid out
    if (layout.lineCount() > 0 && p.column >= from && p.column - from <= layout.text().size())
        x = textX(from) + layout.lineAt(0).cursorToX(int(p.column - from));
    const QRect line = lineRect(p.line);
    return { qFloor(x), line.top(), 1, line.height() };
}

void DiffCodeView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect rect = event->rect();
    const int height = lineHeight();
    const int first = firstVisibleLine();
    for (int line = first + qMax(0, rect.top()) / height; line < lineCount(); ++line) {
        const int top = (line - first) * height;
        if (top > rect.bottom())
            break;
        paintLine(painter, line, top);
    }
}

void DiffCodeView::paintLine(QPainter &painter, int line, int top)
{
    const QRect full(0, top, viewport()->width(), lineHeight());
    if (m_marks.isMarked(line))
        painter.fillRect(full, annotationColor(m_marks.kind(line)));
    if (line == m_current) { // as CodeEditor's current line
        QColor current = palette().color(QPalette::Highlight);
        current.setAlpha(28);
        painter.fillRect(full, current);
    }
    const QStringView text = m_lines.line(line);
    static const Formats none;
    const Formats &formats = text.size() <= kWholeLineChars ? m_highlighter.formats(line, text) : none;
    QTextLayout layout;
    const qsizetype from = layOut(layout, line, formats);
    const qreal x = textX(from);
    // The selected part of this line, in the layout's columns; past its end when the selection goes on.
    const Position start = qMin(m_anchor, m_cursor);
    const Position end = qMax(m_anchor, m_cursor);
    QList<QTextLayout::FormatRange> selections;
    bool selectedBreak = false;
    if (hasSelection() && line >= start.line && line <= end.line) {
        const qsizetype selFrom = qMax<qsizetype>((line == start.line ? start.column : 0) - from, 0);
        const qsizetype selTo
            = qMin<qsizetype>((line == end.line ? end.column : text.size()) - from, layout.text().size());
        QTextCharFormat selected;
        selected.setBackground(palette().brush(QPalette::Highlight));
        selected.setForeground(palette().brush(QPalette::HighlightedText));
        if (selTo > selFrom)
            selections.append({ int(selFrom), int(selTo - selFrom), selected });
        selectedBreak = line < end.line;
    }
    layout.draw(&painter, QPointF(x, top), selections);
    if (selectedBreak) { // the line break, as a space
        const qreal after = layout.lineCount() > 0 ? layout.lineAt(0).naturalTextWidth() : 0;
        painter.fillRect(QRectF(x + after, top, charWidth(), lineHeight()), palette().brush(QPalette::Highlight));
    }
}

void DiffCodeView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QFont bold = font();
    bold.setBold(true);
    const int height = lineHeight();
    const int first = firstVisibleLine();
    for (int line = first + qMax(0, event->rect().top()) / height; line < lineCount(); ++line) {
        const int top = (line - first) * height;
        if (top > event->rect().bottom())
            break;
        painter.setFont(line == m_current ? bold : font());
        painter.drawText(
            0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight, QString::number(line + 1));
    }
}

} // namespace Pactbench
