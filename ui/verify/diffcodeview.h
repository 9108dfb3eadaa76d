// SPDX-License-Identifier: MIT
#pragma once

#include "linemarks.h"
#include "textlines.h"
#include "visiblehighlighter.h"

#include <QAbstractScrollArea>

QT_BEGIN_NAMESPACE
class QTextLayout;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * A read-only code view for one side of a diff: lines can be annotated as mismatched (red) or as
 * allowed to differ by a matcher (blue), with the annotation as tooltip. Built for bodies of
 * megabytes: it holds the text once (one string and the offsets of its lines) and paints only the
 * lines on screen: their marks from a table by line, their JSON colours computed when a line is
 * first painted. Monospace, a line-number gutter, no wrapping; a current line (keyboard, clicks,
 * showLine()) and a selection by mouse or Ctrl+A that Ctrl+C and the context menu copy.
 */
class DiffCodeView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffCodeView)

public:
    using Annotation = DiffAnnotation;
    using Formats = VisibleHighlighter::Formats;

    /// A place in the text: a line and a column (in characters) in it.
    struct Position
    {
        int line = 0;
        qsizetype column = 0;
        auto operator<=>(const Position &) const = default;
    };

    explicit DiffCodeView(QWidget *parent = nullptr);
    ~DiffCodeView() override;

    /// Shows `text` (with JSON colours when `json`) at its top, and clears the annotations, the
    /// selection and the current line. Finds the lines of `text` (about 20 ms for 500 000 lines); loaded() follows.
    void setCode(const QString &text, bool json);
    /// The same with the lines found beforehand (TextLines::lineStartsOf(), off the GUI thread).
    void setCode(const QString &text, QList<qsizetype> lineStarts, bool json);
    void setAnnotations(const QList<Annotation> &annotations);
    /// The same with their table, built beforehand (off the GUI thread for a large body).
    void setAnnotations(const QList<Annotation> &annotations, const LineMarks &marks);
    const QList<Annotation> &annotations() const { return m_annotations; }
    const LineMarks &marks() const { return m_marks; }
    /// The annotations of a line, one per line of text; empty when none.
    QString annotationText(int line) const { return m_marks.text(line); }
    /// Makes `line` the current line and scrolls so that it is in the middle of the view.
    void showLine(int line);
    /// Always false: setCode() has the whole text in the view when it returns.
    bool isLoading() const { return false; }

    // What the view shows, for the panel and for tests.
    int lineCount() const { return m_lines.count(); }
    /// The text of `line` (0-based) without its line break; empty out of range.
    QString lineText(int line) const { return m_lines.line(line).toString(); }
    QString toPlainText() const { return m_lines.text(); }
    int currentLine() const { return m_current; }
    /// Makes `line` the current line and scrolls as little as needed to show it; clears the selection.
    void setCurrentLine(int line);
    /// Where `line` is painted, in viewport coordinates (the view's width, one line high).
    QRect lineRect(int line) const;
    /// The line at `y` in viewport coordinates (clamped to the text).
    int lineAt(int y) const;
    /// Where a caret before `position` would be painted, in viewport coordinates (1 pixel wide).
    QRect cursorRect(Position position) const;
    /// True when `line`'s JSON colours were computed: it was painted since setCode().
    bool isHighlighted(int line) const { return m_highlighter.isHighlighted(line); }
    /// The JSON colours of `line` as painted; empty when it was not painted yet (or the text is not JSON).
    Formats lineFormats(int line) const { return m_highlighter.cached(line); }

    // Selection.
    bool hasSelection() const { return m_anchor != m_cursor; }
    /// The selected text, line breaks as in the text; empty when nothing is selected.
    QString selectedText() const;
    /// Selects from `from` to `to` (either order; columns are clamped to their lines).
    void select(Position from, Position to);
    void selectAll();
    void clearSelection();
    /// Puts the selected text on the clipboard (nothing when there is no selection).
    void copy() const;

    /// The gutter's width for the current text (as CodeEditor::lineNumberAreaWidth()).
    int lineNumberAreaWidth() const;

Q_SIGNALS:
    /// The text given to setCode() is in the view (queued after setCode()).
    void loaded();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    class Gutter;
    static constexpr int kTextMargin = 4; ///< between the gutter and the text, as a QPlainTextEdit's document margin

    void reset(TextLines lines, bool json);
    void updateGeometries();
    void updateScrollBars();
    int lineHeight() const;
    qreal charWidth() const;
    int firstVisibleLine() const;
    /// Lines that fit in the viewport, at least 1.
    int pageLines() const;
    Position clamped(Position p) const;
    qsizetype offsetOf(Position p) const;
    Position positionAt(const QPoint &viewportPos) const;
    void moveCurrent(int line, bool extendSelection);
    void ensureLineVisible(int line);
    void centreOn(int line);

    // Painting (diffcodeviewpaint.cpp).
    /// Lays out the part of `line` that can be on screen; returns the column the layout starts at.
    qsizetype layOut(QTextLayout &layout, int line, const Formats &formats) const;
    qreal textX(qsizetype column) const;
    void paintLine(QPainter &painter, int line, int top);
    void paintLineNumbers(QPaintEvent *event);

    TextLines m_lines;
    QList<Annotation> m_annotations;
    LineMarks m_marks;
    VisibleHighlighter m_highlighter;
    Gutter *m_gutter;
    int m_current = 0;
    Position m_anchor; ///< where the selection started
    Position m_cursor; ///< where it ends; equal to m_anchor when nothing is selected
    bool m_dragging = false;
    bool m_keepCentred = false; ///< showLine() and not scrolled since: a resize centres the line again
    bool m_scrollingForLine = false;
    quint64 m_generation = 0; ///< of setCode(), so that only the last one's loaded() is emitted
};

} // namespace Pactbench
