// SPDX-License-Identifier: MIT
#pragma once

#include "linemarks.h"
#include "visiblehighlighter.h"

#include <ui/widgets/codeeditor.h>

namespace Pactbench {

class TextFeeder;

/**
 * A read-only code view for one side of a diff: lines can be annotated as mismatched (red) or as
 * allowed to differ by a matcher (blue), with the annotation as tooltip. Built for bodies of
 * megabytes: the text goes in a slice at a time from the event loop, the marks are painted from
 * a table for the lines on screen only, and JSON is coloured when a line is first shown.
 */
class DiffCodeView : public CodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffCodeView)

public:
    using Annotation = DiffAnnotation;

    explicit DiffCodeView(QWidget *parent = nullptr);
    ~DiffCodeView() override;

    /// Shows `text` (with JSON colours when `json`) and clears the annotations. A short text is in at
    /// once; a long one arrives in slices (isLoading() until loaded()).
    void setCode(const QString &text, bool json);
    void setAnnotations(const QList<Annotation> &annotations);
    /// The same with their table, built beforehand (off the GUI thread for a large body).
    void setAnnotations(const QList<Annotation> &annotations, const LineMarks &marks);
    const QList<Annotation> &annotations() const { return m_annotations; }
    const LineMarks &marks() const { return m_marks; }
    /// The annotations of a line, one per line of text; empty when none.
    QString annotationText(int line) const { return m_marks.text(line); }
    /// Scrolls to and selects the first line of a range; a line still to arrive is shown when it does.
    void showLine(int line);
    bool isLoading() const;

Q_SIGNALS:
    /// The whole text given to setCode() is in the view.
    void loaded();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void replaceDocument();
    void paintMarks(const QRect &rect);
    void textArrived();

    QList<Annotation> m_annotations;
    LineMarks m_marks;
    VisibleHighlighter m_highlighter;
    TextFeeder *m_feeder;
    int m_pendingLine = -1; ///< showLine() of a line not in yet
};

} // namespace Pactbench
