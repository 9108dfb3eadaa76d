// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Pactbench {

/**
 * A text and the offsets where its lines start: the storage of a DiffCodeView. Lines end at '\n'
 * (a '\r' before it is not part of the line's text); an empty text has one empty line, and a text
 * ending with '\n' has an empty last line, as in a QTextDocument. Plain data: the offsets of a large
 * text are found on a worker thread and the result is moved to the GUI thread.
 */
class TextLines
{
public:
    TextLines();
    /// Finds the lines of `text`: one pass, O(n).
    explicit TextLines(const QString &text);
    /// `lineStarts` as lineStartsOf(text) gives them.
    TextLines(const QString &text, QList<qsizetype> lineStarts);

    /// 0, and the offset after each '\n' of `text`.
    static QList<qsizetype> lineStartsOf(QStringView text);

    const QString &text() const { return m_text; }
    int count() const { return int(m_starts.size()); }
    /// The text of `line` without its line break; empty for a line out of range.
    QStringView line(int line) const;
    /// The offset of `line`'s first character in text().
    qsizetype start(int line) const { return m_starts.at(line); }
    /// The length of the longest line, in characters.
    qsizetype longestLine() const { return m_longest; }

private:
    QString m_text;
    QList<qsizetype> m_starts;
    qsizetype m_longest = 0;
};

} // namespace Pactbench
