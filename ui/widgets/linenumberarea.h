// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace Pactbench {

class CodeEditor;

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
