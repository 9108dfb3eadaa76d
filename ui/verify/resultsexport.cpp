// SPDX-License-Identifier: MIT
#include "resultsexport.h"

#include <core/fileio/outputfile.h>
#include <core/verifier/reports.h>

#include <QJsonDocument>

namespace Pactbench::ResultsExport {

VerificationSummary summarize(const QList<InteractionResult> &results, bool cancelled)
{
    VerificationSummary s;
    s.count(results);
    for (const InteractionResult &r : results)
        s.durationMs += r.durationMs;
    s.cancelled = cancelled;
    return s;
}

QByteArray report(Format format, const QList<InteractionResult> &results, const VerificationSummary &summary)
{
    if (format == Format::JUnit)
        return Reports::junit(results, summary);
    return QJsonDocument(Reports::json(results, summary)).toJson(QJsonDocument::Indented);
}

bool write(const QString &path, Format format, const QList<InteractionResult> &results,
    const VerificationSummary &summary, QString *error)
{
    return OutputFile::write(path, report(format, results, summary), error);
}

} // namespace Pactbench::ResultsExport
