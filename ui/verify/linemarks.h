// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench {

/// One mark on a line of a body diff.
struct DiffAnnotation
{
    enum class Kind { Mismatch, Matched };
    int line = 0; ///< 0-based
    Kind kind = Kind::Mismatch;
    QString text; ///< rule and mismatch sentence, or "matched by …"
};

/**
 * The marks of one side of a body diff as a table by line, for painting the visible lines and
 * for tooltips: a kind and a text per line, equal texts stored once (a rule marks thousands of
 * lines with the same "matched by …"). Plain data: built on a worker thread, read on the GUI thread.
 */
class LineMarks
{
public:
    LineMarks() = default;
    explicit LineMarks(const QList<DiffAnnotation> &annotations);

    /// Marks `line`: a mismatch wins over a match; the distinct texts of a line are joined by newlines.
    void add(const DiffAnnotation &annotation);
    bool isMarked(int line) const { return line >= 0 && line < m_textIds.size() && m_textIds.at(line) >= 0; }
    /// The line's kind; only meaningful when isMarked(line).
    DiffAnnotation::Kind kind(int line) const;
    /// The line's texts, one per line of text; empty when the line has no mark.
    QString text(int line) const;

private:
    int idOf(const QString &text);

    QList<DiffAnnotation::Kind> m_kinds;
    QList<int> m_textIds; ///< index into m_texts, -1 for none
    QStringList m_texts;
    QHash<QString, int> m_ids;
    QHash<int, QStringList> m_joined; ///< the texts of lines with more than one
};

} // namespace Pactbench
