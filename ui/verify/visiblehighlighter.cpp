// SPDX-License-Identifier: MIT
#include "visiblehighlighter.h"

#include <ui/widgets/jsonhighlighter.h>

#include <QTextBlock>

namespace Pactbench {

VisibleHighlighter::VisibleHighlighter() : m_highlighter(new JsonHighlighter(&m_scratch)) // owned by m_scratch
{
    m_scratch.setUndoRedoEnabled(false);
}

VisibleHighlighter::~VisibleHighlighter() = default;

void VisibleHighlighter::reset(bool enabled)
{
    m_enabled = enabled;
    m_formats = {};
}

const VisibleHighlighter::Formats &VisibleHighlighter::formats(int line, QStringView text)
{
    static const Formats none;
    if (!m_enabled)
        return none;
    auto found = m_formats.find(line);
    if (found == m_formats.end())
        found = m_formats.insert(line, formatsOf(text.toString()));
    return *found;
}

VisibleHighlighter::Formats VisibleHighlighter::formatsOf(const QString &text)
{
    m_scratch.setPlainText(text); // a document without a layout tells its highlighter nothing:
    m_highlighter->rehighlightBlock(m_scratch.firstBlock()); // ask it
    return m_scratch.firstBlock().layout()->formats();
}

} // namespace Pactbench
