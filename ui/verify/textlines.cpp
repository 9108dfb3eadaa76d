// SPDX-License-Identifier: MIT
#include "textlines.h"

#include <algorithm>

namespace Pactbench {

TextLines::TextLines() : m_starts{ 0 }
{ }

TextLines::TextLines(const QString &text) : TextLines(text, lineStartsOf(text))
{ }

TextLines::TextLines(const QString &text, QList<qsizetype> lineStarts) : m_text(text), m_starts(std::move(lineStarts))
{
    if (m_starts.isEmpty())
        m_starts = { 0 };
    for (int i = 0; i < count(); ++i)
        m_longest = std::max(m_longest, line(i).size());
}

QList<qsizetype> TextLines::lineStartsOf(QStringView text)
{
    QList<qsizetype> starts{ 0 };
    // indexOf() of one character is vectorised; the appends take most of the time.
    for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', at + 1))
        starts.append(at + 1);
    return starts;
}

QStringView TextLines::line(int line) const
{
    if (line < 0 || line >= count())
        return {};
    const qsizetype from = m_starts.at(line);
    qsizetype to = line + 1 < count() ? m_starts.at(line + 1) - 1 : m_text.size();
    if (to > from && m_text.at(to - 1) == u'\r')
        --to;
    return QStringView(m_text).sliced(from, to - from);
}

} // namespace Pactbench
