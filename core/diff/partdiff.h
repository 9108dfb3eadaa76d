// SPDX-License-Identifier: MIT
#pragma once

// The comparisons of one part (request, response, message) of a paired interaction, by category.

#include "diffcontext.h"

namespace Pactbench::Diff {

/// Every difference between two parts of the same kind: fields, body, matching rules, generators.
void diffPart(PartContext &c);

// The pieces diffPart() runs, one file each.
void diffHeaderFields(PartContext &c); ///< status, method, path, query, headers, metadata (partfields.cpp)
void diffBody(PartContext &c); ///< body state, content type, example values (bodydiff.cpp)
void diffRules(PartContext &c); ///< matching rules, compared as matchers (rulediff.cpp)
void diffGenerators(PartContext &c); ///< generators (rulediff.cpp)

/// The rule category of `name` in the part, keys made canonical (rulediff.cpp).
MatchingRules::Category canonicalRules(const PartView &part, const QString &category);
/// Whether the matchers deciding `place` differ between OLD and NEW (rulediff.cpp).
bool rulesDifferAt(const PartContext &c, const Place &place);

} // namespace Pactbench::Diff
