// SPDX-License-Identifier: MIT
#pragma once

#include <core/mockserver/journalentry.h>

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace Pactbench {

/// What a journal export holds besides the entries.
struct JournalExportInfo
{
    QUrl url; ///< the server's base URL
    QString consumer;
    QString provider;
    QStringList interactionNames; ///< descriptions by interaction index
    JournalCounters counters; ///< exact totals
    quint64 dropped = 0; ///< requests no longer in the table
};

/**
 * The journal as JSON: `{"server", "consumer", "provider", "counters": {total, matched,
 * mismatched, unexpected, dropped}, "entries": [{sequence, time (ISO 8601 UTC, ms), method,
 * target, status, verdict ("matched" | "mismatched" | "unexpected"), interaction, interactionIndex,
 * score, mismatches: [{type, path, expected, actual, mismatch}], request: {headers: [[name, value]…],
 * body (UTF-8 text) or bodyBase64, bodySize, bodyTruncated}}]}`. Stable keys, not translated.
 */
QJsonObject journalToJson(const QList<JournalEntry> &entries, const JournalExportInfo &info);

/// Writes journalToJson() (indented) to `path` through OutputFile (atomically for a regular file); false with `error`
/// set on failure.
bool writeJournalFile(
    const QString &path, const QList<JournalEntry> &entries, const JournalExportInfo &info, QString *error = nullptr);

/// "matched", "mismatched", "unexpected": the export's and the CLI's untranslated names.
QString verdictKey(JournalVerdict verdict);

} // namespace Pactbench
