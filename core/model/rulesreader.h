// SPDX-License-Identifier: MIT
#pragma once

// Private to the reader: matching rules and generators in V2 and V3/V4 form.

#include "generators.h"
#include "matchingrules.h"
#include "readcontext.h"

namespace Pactbench::detail {

/// Reads a `matchingRules` object in either form (V2 flat `$.body.x` keys or V3+ categories).
MatchingRules readMatchingRules(const QJsonObject &json, const QString &path, ReadContext &ctx);
/// Reads one matcher object (`{"match": "type", …}`; V2 objects without `match` are inferred).
Matcher readMatcher(const QJsonObject &json, const QString &path, ReadContext &ctx);
Generators readGenerators(const QJsonObject &json, const QString &path, ReadContext &ctx);
/// Known matcher type names, aliases included.
bool isKnownMatcherType(const QString &type);
bool isKnownGeneratorType(const QString &type);

} // namespace Pactbench::detail
