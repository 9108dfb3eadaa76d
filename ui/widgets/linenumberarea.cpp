// SPDX-License-Identifier: MIT
#include "linenumberarea.h"

#include "codeeditor.h"

#include <QFontMetrics>

namespace Pactbench {

int lineNumberGutterWidth(const QFontMetrics &metrics, int lineCount)
{
    int digits = 1;
    for (int max = qMax(1, lineCount); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 12 + metrics.horizontalAdvance(QLatin1Char('9')) * digits;
}

LineNumberArea::LineNumberArea(CodeEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
}

LineNumberArea::~LineNumberArea() = default;

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumbers(event);
}

} // namespace Pactbench
