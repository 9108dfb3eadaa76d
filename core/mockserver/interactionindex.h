// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QHash>
#include <QList>
#include <QVarLengthArray>

namespace Pactbench {

/**
 * The interactions a request may be meant for, found by method and path in time that does not
 * grow with the size of the pact: exact paths sit in a hash; only interactions whose path has a
 * matching rule are kept in a list that every request looks through. Methods compare
 * case-insensitively, as the matching engine compares them.
 */
class InteractionIndex
{
public:
    using Candidates = QVarLengthArray<int, 8>;

    /// Adds interaction `index` with its request.
    void add(int index, const HttpRequest &request);
    /// Interactions with this method whose path is this one or has a rule, in ascending index order.
    Candidates candidates(const QString &method, const QString &path) const;
    qsizetype size() const { return m_size; }
    /// How many interactions every request looks through (path rules).
    qsizetype ruledCount() const { return m_ruled.size(); }

private:
    struct Entry
    {
        QString method; ///< upper case
        int index = -1;
    };
    static void addMatching(Candidates &out, const QList<Entry> &entries, const QString &method);

    QHash<QString, QList<Entry>> m_exact; ///< by path
    QList<Entry> m_ruled; ///< interactions whose path has a matching rule
    qsizetype m_size = 0;
};

} // namespace Pactbench
