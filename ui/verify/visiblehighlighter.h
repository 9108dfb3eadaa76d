// SPDX-License-Identifier: MIT
#pragma once

#include <QBitArray>
#include <QTextDocument>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * JSON colours for the lines of a QPlainTextEdit that are shown, when they are first shown.
 * A QSyntaxHighlighter on the view's document would colour every line as soon as it is inserted
 * (seconds for a body of hundreds of thousands of lines); this one runs the JSON highlighter on a
 * one-line scratch document per line and copies its formats to the view's line. JSON has no
 * multi-line tokens, so a line never depends on the one before.
 */
class VisibleHighlighter
{
public:
    VisibleHighlighter();
    ~VisibleHighlighter();
    Q_DISABLE_COPY_MOVE(VisibleHighlighter)

    /// Forgets what was coloured: for a new text; `enabled` false colours nothing.
    void reset(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// Colours the lines not coloured yet among `count` lines from `first` of `document` (those on screen).
    void highlight(QTextDocument *document, QTextBlock first, int count);

private:
    void highlightBlock(const QTextBlock &block);

    QTextDocument m_scratch;
    QSyntaxHighlighter *m_highlighter; ///< a child of m_scratch
    QBitArray m_done;
    bool m_enabled = false;
};

} // namespace Pactbench
