// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verificationresult.h>

#include <QString>

namespace Pactbench::ResultsExport {

enum class Format { Json, JUnit };

/// The summary of a list of results (as the verifier counts them).
VerificationSummary summarize(const QList<InteractionResult> &results, bool cancelled = false);
/// The report bytes in the reference verifier's JSON shape or as JUnit XML (core/verifier Reports).
QByteArray report(Format format, const QList<InteractionResult> &results, const VerificationSummary &summary);
/// Writes the report through OutputFile (atomically for a regular file); false with `error` set when it cannot.
bool write(const QString &path, Format format, const QList<InteractionResult> &results,
    const VerificationSummary &summary, QString *error);

} // namespace Pactbench::ResultsExport
