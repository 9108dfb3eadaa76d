// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QTextDocument>
#include <QTextLayout>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * JSON colours for the lines of a DiffCodeView, computed when a line is first painted and kept.
 * Colouring a whole body up front would take seconds for hundreds of thousands of lines; this one
 * runs the JSON highlighter on a one-line scratch document per line and keeps its formats by line
 * number. JSON has no multi-line tokens, so a line never depends on the one before.
 */
class VisibleHighlighter
{
public:
    using Formats = QList<QTextLayout::FormatRange>;

    VisibleHighlighter();
    ~VisibleHighlighter();
    Q_DISABLE_COPY_MOVE(VisibleHighlighter)

    /// Forgets what was coloured: for a new text; `enabled` false colours nothing.
    void reset(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// The colours of `line`, whose text is `text`: computed on the first call, kept after it.
    /// Empty when not enabled.
    const Formats &formats(int line, QStringView text);
    /// True when the colours of `line` were computed (it was painted since the last reset()).
    bool isHighlighted(int line) const { return m_formats.contains(line); }
    /// The colours kept for `line`; empty when none were computed.
    Formats cached(int line) const { return m_formats.value(line); }
    /// The JSON highlighter's colours for one line of text.
    Formats formatsOf(const QString &text);

private:
    QTextDocument m_scratch;
    QSyntaxHighlighter *m_highlighter; ///< a child of m_scratch
    QHash<int, Formats> m_formats;
    bool m_enabled = false;
};

} // namespace Pactbench
