// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QFontMetrics;

namespace Pactbench {

class CodeEditor;

/// The width of a line-number gutter for `lineCount` lines (at least three digits, plus margins).
int lineNumberGutterWidth(const QFontMetrics &metrics, int lineCount);

/// The gutter of a CodeEditor: it asks the editor to paint the line numbers.
class LineNumberArea : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberArea(CodeEditor *editor);
    ~LineNumberArea() override;
    Q_DISABLE_COPY_MOVE(LineNumberArea)

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace Pactbench
