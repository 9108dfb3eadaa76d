// SPDX-License-Identifier: MIT
#pragma once

// Where the matching rules of a part decide (ruleplaces.cpp), for rulediff.cpp.

#include "diffcontext.h"

namespace Pactbench::Diff {

/// "$.a['b c'][*]": one spelling per rule path, so V2, V3 and V4 keys compare equal.
QString canonicalPath(const QString &key);
/// The place category of a rule category ("header" → Header, "body" → Body, …).
Place::Category placeCategory(const QString &category);
/// The example value the rules of `place` are read with (undefined when the part has none there).
QJsonValue exampleAt(const PartView &part, const Place &place);
/// The rules that decide `place` in `part`, as the matching engine selects them.
RuleGroup groupAt(const PartView &part, const Place &place);
/**
 * Where a rule key decides: the places it selects in either example (the key's own place when none,
 * at most 8) and, since a rule cascades, the places below them (at most 64 looked at) whose deciding
 * matchers differ.
 */
QList<Place> placesOf(const PartContext &c, const QString &category, const QString &key);

} // namespace Pactbench::Diff
