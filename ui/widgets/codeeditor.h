// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Pactbench {

class LineNumberArea;

/**
 * A plain-text editor for JSON and other bodies: monospace font, line numbers in a gutter,
 * current line highlighted, no wrapping. Read-only for now; editing comes with the workbench.
 */
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;
    Q_DISABLE_COPY_MOVE(CodeEditor)

    int lineNumberAreaWidth() const;
    /// Called by the gutter's paint event.
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupEditor();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();

    LineNumberArea *m_lineNumberArea;
};

} // namespace Pactbench
