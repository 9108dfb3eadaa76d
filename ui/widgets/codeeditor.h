// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Pactbench {

class LineNumberArea;

/**
 * A plain-text editor for JSON and other bodies: monospace font, line numbers in a gutter,
 * current line highlighted, no wrapping, and an optional error marker (a syntax error located by offset).
 * Tab and Shift+Tab move the focus (they never insert a tab).
 */
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;
    Q_DISABLE_COPY_MOVE(CodeEditor)

    int lineNumberAreaWidth() const;
    /// Underlines the character at `offset` (and the rest of its line) as an error; -1 clears the marker.
    void setErrorOffset(int offset);
    int errorOffset() const { return m_errorOffset; }
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

    void updateExtraSelections();

    LineNumberArea *m_lineNumberArea;
    int m_errorOffset = -1;
};

} // namespace Pactbench
