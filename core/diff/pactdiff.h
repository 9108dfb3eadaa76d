// SPDX-License-Identifier: MIT
#pragma once

#include "impact.h"

#include <core/model/pact.h>

namespace Pactbench::Diff {

/**
 * Compares two pacts semantically and classifies each difference by its impact on a provider that
 * honours OLD (see impact.h and README.md).
 *
 * Interactions are paired by V4 `key` when both have one, else by kind + description + provider-state
 * names (in order, for repeats); of what is left, an OLD and a NEW interaction of the same kind whose
 * parts differ at most cosmetically are a rename. The order of interactions, the formatting, the
 * specification version (V3 and its V4 conversion compare equal) and the pact's `metadata` are never
 * changes. Pairing uses hash maps, and an interaction equal to its pair is skipped without further work.
 */
PactDiff diffPacts(const Pact &oldPact, const Pact &newPact);

} // namespace Pactbench::Diff
