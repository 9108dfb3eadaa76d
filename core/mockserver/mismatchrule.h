// SPDX-License-Identifier: MIT
#pragma once

#include <core/matching/mismatch.h>
#include <core/model/interaction.h>
#include <core/model/matchingrules.h>

#include <QString>

namespace Pactbench {

/**
 * The matching rule behind one mismatch of a request: where it sits in the expected request's
 * matching rules (category and key, as the pact file writes them) and its matchers. When no
 * rule applies, the mismatch came from the default comparison with the pact's example value
 * (equality, or the body's structure) and `rules` is empty. A plain value.
 */
struct MismatchRule
{
    QString category; ///< "body", "header", "query", "path", "method"; empty for a body-type mismatch
    QString key; ///< the rule's key: "$.items[*].id", a header or parameter name, empty for path/method
    RuleList rules; ///< the matchers that decided; empty: the example value decided

    bool found() const { return !rules.matchers.isEmpty(); }
};

/**
 * Finds the rule that decided `mismatch` of `expected` the way the matching engine picks it:
 * for bodies the rule path with the highest weight (a parent rule cascading to the value
 * counts), for headers and query parameters the name (headers case-insensitive), for path
 * and method the single rule list. Cheap enough to run when a journal entry is shown.
 */
MismatchRule ruleForMismatch(const HttpRequest &expected, const Mismatch &mismatch);

} // namespace Pactbench
