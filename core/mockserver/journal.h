// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include <QMutex>

#include <vector>

namespace Pactbench {

/**
 * The request journal of a mock server: a bounded ring of the latest entries (so a long
 * session keeps flat memory) plus exact counters that count every entry ever appended.
 * Thread-safe: the server thread appends, any thread reads snapshots.
 */
class Journal
{
public:
    static constexpr qsizetype DefaultCapacity = 10000;

    explicit Journal(qsizetype capacity = DefaultCapacity);
    Q_DISABLE_COPY_MOVE(Journal)

    /// Records the entry (its sequence is assigned here) and returns that sequence number.
    quint64 append(JournalEntry entry);
    JournalCounters counters() const;
    qsizetype capacity() const { return m_capacity; }
    /// Entries in the ring, oldest first.
    QList<JournalEntry> entries() const;
    /// Entries with sequence > after still in the ring, oldest first, at most max of them
    /// (the newest ones when more are there). *skipped: how many newer-than-after entries
    /// were not returned because they were evicted or over max.
    QList<JournalEntry> entriesAfter(quint64 after, qsizetype max, quint64 *skipped = nullptr) const;
    /// Sequence number of the newest entry (0: none yet).
    quint64 lastSequence() const;
    /// Empties the ring and zeroes the counters (sequences start at 1 again).
    void clear();
    /// How often clear() was called: a reader that remembers sequences must forget them when this changes.
    quint64 clearCount() const;

private:
    const JournalEntry &at(quint64 sequence) const;

    mutable QMutex m_mutex;
    qsizetype m_capacity;
    std::vector<JournalEntry> m_ring; ///< grows to m_capacity, then reused in place
    JournalCounters m_counters;
    quint64 m_clears = 0;
};

} // namespace Pactbench
