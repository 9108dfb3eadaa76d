// SPDX-License-Identifier: MIT
#pragma once

#include "verificationresult.h"

#include <QStringList>

namespace Pactbench::LastFailed {

/// Where the failures of the last run against a pact (a file or a URL) are kept: in the user's cache folder.
QString storePath(const QString &origin);
/// Remembers which interactions of `origin` failed (an empty list clears it).
bool save(const QString &origin, const QList<InteractionResult> &results);
/// The descriptions that failed last time (empty when none or never run).
QStringList load(const QString &origin);

} // namespace Pactbench::LastFailed
