// SPDX-License-Identifier: MIT
#pragma once

#include "verificationoptions.h"
#include "verificationresult.h"

#include <QStringList>

namespace Pactbench::LastFailed {

/// Where the failures of the last run against a pact (a file or a URL) are kept: in the user's cache folder.
QString storePath(const QString &origin);
/// Remembers which of `results` (those of one pact) failed or errored (none: clears it).
bool save(const QString &origin, const QList<InteractionResult> &results);
/// The interactions that failed last time (empty when none or never run).
QList<InteractionRef> load(const QString &origin);
/// The reference of a result: its key, description and provider-state names.
InteractionRef refOf(const InteractionResult &result);

/**
 * The interactions a verification report in the reference's JSON shape (`-j/--json`) lists as
 * failed, as the reference's `--last-failed` reads them: each `interactionResults` entry whose
 * `result` is "Error", by `interactionKey`, else by `description` (and the provider states our own
 * reports add under `pactbench.providerStates`; a reference report has none: description alone). False with `error` set when the file cannot be read or has
 * no `interactionResults`.
 */
bool fromReport(const QString &path, QList<InteractionRef> *refs, QString *error);

} // namespace Pactbench::LastFailed
