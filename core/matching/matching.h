// SPDX-License-Identifier: MIT
#pragma once

#include "mismatch.h"

#include <core/model/interaction.h>
#include <core/model/specversion.h>

#include <QJsonValue>
#include <QStringList>

namespace Pactbench {

/**
 * The matching engine: pure functions from (expected part, actual part, spec version) to a
 * MatchResult holding every mismatch and a score. They follow Pact's reference
 * implementation (pact_matching): request bodies reject unexpected keys, response and
 * message bodies allow them; bodies are compared by the expected content type.
 *
 * The actual part may come from a pact file or from a socket: a Body built with
 * Body::fromBytes() and a Content-Type header is matched the same way. All functions are
 * thread-safe (regexes are compiled once, in a shared cache).
 */
MatchResult matchRequest(const HttpRequest &expected, const HttpRequest &actual,
                         SpecVersion version = SpecVersion::V4);
MatchResult matchResponse(const HttpResponse &expected, const HttpResponse &actual,
                          SpecVersion version = SpecVersion::V4);
/// Contents (rules under "content" or "body") and metadata (rules under "metadata").
MatchResult matchMessage(const MessageContents &expected, const MessageContents &actual,
                         SpecVersion version = SpecVersion::V4);

/**
 * One matcher against one value, for a playground: the failure sentences (empty when the
 * value passes). `expected` is the example value (used by type and equality matchers).
 * Objects and arrays are compared with the matcher applied at their root.
 */
QStringList evaluateMatcher(const Matcher &matcher, const QJsonValue &actual, const QJsonValue &expected = {});
/**
 * The same with what the values' text said of their numbers (NumberLexemes from each value's root,
 * as JsonReader or a Body gives them), so that `1.0` is a decimal and `10` ≠ `10.0` as in the reference.
 */
QStringList evaluateMatcher(const Matcher &matcher, const QJsonValue &actual, const NumberLexemes &actualLexemes,
    const QJsonValue &expected, const NumberLexemes &expectedLexemes);
/**
 * The same with the values as typed: each is read as JSON with JsonReader (text that is not JSON is
 * a string); an empty `expected` is the actual value.
 */
QStringList evaluateMatcherOnText(const Matcher &matcher, const QByteArray &actual, const QByteArray &expected = {});

/// Matchers of a rule set that cannot be used (bad regex, missing attribute), located as Rule mismatches.
QList<Mismatch> ruleProblems(const MatchingRules &rules);

} // namespace Pactbench
