// SPDX-License-Identifier: MIT
#include "visiblehighlighter.h"

#include <ui/widgets/jsonhighlighter.h>

#include <QTextBlock>
#include <QTextLayout>

namespace Pactbench {

VisibleHighlighter::VisibleHighlighter() : m_highlighter(new JsonHighlighter(&m_scratch)) // owned by m_scratch
{
    m_scratch.setUndoRedoEnabled(false);
}

VisibleHighlighter::~VisibleHighlighter() = default;

void VisibleHighlighter::reset(bool enabled)
{
    m_enabled = enabled;
    m_done.clear();
}

void VisibleHighlighter::highlight(QTextDocument *document, QTextBlock first, int count)
{
    if (!m_enabled || !first.isValid())
        return;
    if (m_done.size() < document->blockCount())
        m_done.resize(document->blockCount());
    int from = -1;
    int to = -1;
    for (QTextBlock block = first; block.isValid() && count > 0; block = block.next(), --count) {
        if (m_done.testBit(block.blockNumber()))
            continue;
        highlightBlock(block);
        m_done.setBit(block.blockNumber());
        from = from < 0 ? block.position() : from;
        to = block.position() + block.length();
    }
    if (from >= 0) // lays the coloured lines out again, as QSyntaxHighlighter does
        document->markContentsDirty(from, to - from);
}

void VisibleHighlighter::highlightBlock(const QTextBlock &block)
{
    m_scratch.setPlainText(block.text()); // a document without a layout tells its highlighter nothing:
    m_highlighter->rehighlightBlock(m_scratch.firstBlock()); // ask it
    block.layout()->setFormats(m_scratch.firstBlock().layout()->formats());
}

} // namespace Pactbench
