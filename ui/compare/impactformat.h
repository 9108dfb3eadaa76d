// SPDX-License-Identifier: MIT
#pragma once

#include <core/diff/impact.h>
#include <ui/models/roles.h>

#include <QColor>
#include <QString>

namespace Pactbench::ImpactFormat {

/// "breaking", "review", "safe", "cosmetic" (translated).
QString name(Diff::Impact impact);
/// The tree's mark for an impact.
Roles::EditImpact editImpact(Diff::Impact impact);
/// An interaction's changes in a few lines: the impact, then each change's place and reason (at most `lines`).
QString interactionText(const Diff::InteractionDiff &diff, int lines = 4);
/// "2 breaking, 1 review, 3 cosmetic": the changes by impact, zero counts left out; empty when none.
QString counts(const Diff::PactDiff &diff);
/// "2 breaking, 1 review: 3 changes since the last save" (zero counts left out); empty when nothing changed.
QString summary(const Diff::PactDiff &diff);

} // namespace Pactbench::ImpactFormat
