// SPDX-License-Identifier: MIT
#pragma once

#include <ui/widgets/codeeditor.h>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * A read-only code view for one side of a diff: lines can be annotated as mismatched (red) or as
 * allowed to differ by a matcher (blue), shown as extra selections with the annotation as tooltip.
 */
class DiffCodeView : public CodeEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffCodeView)

public:
    struct Annotation
    {
        enum class Kind { Mismatch, Matched };
        int line = 0; ///< 0-based
        Kind kind = Kind::Mismatch;
        QString text; ///< rule and mismatch sentence, or "matched by …"
    };

    explicit DiffCodeView(QWidget *parent = nullptr);
    ~DiffCodeView() override;

    /// Shows `text` (with the JSON highlighter when `json`) and clears the annotations.
    void setCode(const QString &text, bool json);
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    /// The annotations of a line, one per line of text; empty when none.
    QString annotationText(int line) const;
    /// Scrolls to and selects the first line of a range.
    void showLine(int line);

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyAnnotations();

    QList<Annotation> m_annotations;
    QSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Pactbench
