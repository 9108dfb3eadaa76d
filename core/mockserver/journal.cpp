// SPDX-License-Identifier: MIT
#include "journal.h"

namespace Pactbench {

Journal::Journal(qsizetype capacity)
    : m_capacity(qMax(qsizetype(1), capacity))
{
}

quint64 Journal::append(JournalEntry entry)
{
    QMutexLocker lock(&m_mutex);
    entry.sequence = ++m_counters.total;
    switch (entry.verdict) {
    case JournalVerdict::Matched:
        ++m_counters.matched;
        break;
    case JournalVerdict::Mismatched:
        ++m_counters.mismatched;
        break;
    case JournalVerdict::Unexpected:
        ++m_counters.unexpected;
        break;
    }
    const quint64 sequence = entry.sequence;
    if (qsizetype(m_ring.size()) < m_capacity) {
        m_ring.push_back(std::move(entry));
    } else {
        m_ring[size_t((sequence - 1) % quint64(m_capacity))] = std::move(entry);
        ++m_counters.evicted;
    }
    return sequence;
}

JournalCounters Journal::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

const JournalEntry &Journal::at(quint64 sequence) const
{
    return m_ring[size_t((sequence - 1) % quint64(m_capacity))];
}

QList<JournalEntry> Journal::entries() const
{
    return entriesAfter(0, m_capacity);
}

QList<JournalEntry> Journal::entriesAfter(quint64 after, qsizetype max, quint64 *skipped) const
{
    QMutexLocker lock(&m_mutex);
    const quint64 last = m_counters.total;
    const quint64 oldestKept = last - quint64(m_ring.size()) + 1;
    quint64 first = qMax(after + 1, oldestKept);
    if (last >= first && last - first + 1 > quint64(qMax(qsizetype(0), max)))
        first = last - quint64(qMax(qsizetype(0), max)) + 1;
    if (skipped)
        *skipped = first > after + 1 && last > after ? qMin(first, last + 1) - (after + 1) : 0;
    QList<JournalEntry> out;
    if (last < first)
        return out;
    out.reserve(qsizetype(last - first + 1));
    for (quint64 s = first; s <= last; ++s)
        out.append(at(s));
    return out;
}

quint64 Journal::lastSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters.total;
}

void Journal::clear()
{
    QMutexLocker lock(&m_mutex);
    m_ring.clear();
    m_counters = {};
    ++m_clears;
}

quint64 Journal::clearCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_clears;
}

} // namespace Pactbench
