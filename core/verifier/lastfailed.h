// SPDX-License-Identifier: MIT
#pragma once

#include "verificationresult.h"

#include <QStringList>

namespace Pactbench::LastFailed {

/// Where the failures of the last run against a pact are kept: beside a pact file, else in the cache folder.
QString storePath(const QString &origin);
/// Remembers which interactions of `origin` failed (an empty list clears it).
bool save(const QString &origin, const QList<InteractionResult> &results);
/// The descriptions that failed last time (empty when none or never run).
QStringList load(const QString &origin);

} // namespace Pactbench::LastFailed
