// SPDX-License-Identifier: MIT
#pragma once

#include <core/matching/mismatch.h>
#include <core/model/multimap.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Pactbench {

/// What the mock server made of one request.
enum class JournalVerdict {
    Matched, ///< an interaction matched; its response was served
    Mismatched, ///< no match; the closest interaction and its mismatches are recorded
    Unexpected, ///< no interaction came close (request-not-found)
};

/// One request in the Journal. A plain value.
struct JournalEntry
{
    quint64 sequence = 0; ///< 1-based, assigned by Journal::append(); never reused
    QDateTime timestamp; ///< when the request was received (UTC)
    QString method; ///< as received
    QString target; ///< path and query as received, e.g. "/users?id=1"
    int responseStatus = 0; ///< status served
    JournalVerdict verdict = JournalVerdict::Unexpected;
    int interactionIndex = -1; ///< matched (Matched) or closest (Mismatched) interaction; -1: none
    double score = 0.0; ///< closeness of interactionIndex, 1.0 = match
    /// Matched only: later served interactions that match this request too, which the mock server
    /// therefore does not serve for it (it answers with the first in pact order); at most a few.
    QList<int> alsoMatched;
    QStringList mismatches; ///< every mismatch in words (Mismatched)
    QList<Mismatch> mismatchDetails; ///< the same mismatches as values: kind, path, expected, actual, sentence
    Headers requestHeaders; ///< as received, in order (shared with the request, not copied)
    QByteArray requestBody; ///< the body received, at most MockServerConfig::journalBodyLimit bytes of it
    qsizetype requestBodySize = 0; ///< the full size of the body received

    /// requestBody holds only the first part of the body.
    bool bodyTruncated() const { return requestBody.size() < requestBodySize; }
};

/// Exact totals of a Journal, kept even for entries the ring has dropped.
struct JournalCounters
{
    quint64 total = 0; ///< requests recorded
    quint64 matched = 0;
    quint64 mismatched = 0;
    quint64 unexpected = 0;
    quint64 evicted = 0; ///< entries dropped from the ring to respect its capacity

    bool operator==(const JournalCounters &o) const
    {
        return total == o.total && matched == o.matched && mismatched == o.mismatched && unexpected == o.unexpected
            && evicted == o.evicted;
    }
};

/// What JournalPublisher emits: the entries new since the previous batch, and the counters.
struct JournalBatch
{
    QList<JournalEntry> entries; ///< oldest first
    quint64 skipped = 0; ///< entries recorded since the previous batch but already evicted from the ring
    JournalCounters counters; ///< totals at the time of the batch
    quint64 generation = 0; ///< Journal::clearCount() of the journal the entries come from
};

} // namespace Pactbench

Q_DECLARE_METATYPE(Pactbench::JournalEntry)
Q_DECLARE_METATYPE(Pactbench::JournalBatch)
