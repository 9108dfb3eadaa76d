// SPDX-License-Identifier: MIT
#pragma once

// Private to the writer: the V1, V1.1 and V2 form, as Pact's reference (pact_models) writes it.

#include "matchingrules.h"
#include "multimap.h"
#include "pact.h"

#include <QJsonObject>

namespace Pactbench::detail {

/**
 * How header and query rule keys are spelt in a V2 `matchingRules` object. pact_models changed it
 * twice; a pact keeps the form of the version named in its `metadata.pactRust`, so a file written by
 * the reference comes back as it was. Pacts that name no pact_models version get the current form.
 */
enum class V2RuleKeys {
    Joined, ///< before pact_models 1.1.13: "$.header." + key as held ("$.header.$.Authorization[0]")
    PathHeader, ///< 1.1.13 – 1.2.2: a path expression under "header" ("$.header['Content-Type']")
    PathHeaders, ///< 1.2.3 and later: a path expression under "headers" ("$.headers['Content-Type']")
};

/// The rule-key form of the pact_models version that `metadata.pactRust` names (see V2RuleKeys).
V2RuleKeys v2RuleKeysFor(const QJsonObject &metadata);

/**
 * The pact as `RequestResponsePact::to_json` writes it for `version` (V1, V1.1 or V2): HTTP
 * interactions only, `providerState` as the first state's name, the query as a string, headers as
 * strings, flat matching rules with the first matcher of each list, `"generators": null` where there
 * were generators. Members a file gave as null or {} (`emptyAsRead`) come back as they were. What this
 * cannot hold is in PactWriter::lossReport.
 */
QJsonObject pactToV2Json(const Pact &pact, SpecVersion version);
QJsonObject interactionToV2Json(const Interaction &interaction, V2RuleKeys keys);
QJsonObject requestToV2Json(const HttpRequest &request, V2RuleKeys keys);
QJsonObject responseToV2Json(const HttpResponse &response, V2RuleKeys keys);

/// "a=1&b=x+y": names sorted (by UTF-8 bytes), each name's values in order, values encoded.
QString v2QueryString(const QueryParams &query);
/// A query value encoded the way the reference does: letters, digits and '-' kept, ' ' as '+', "%2e" …
QString encodeV2QueryValue(const QString &value);

/// The flat V2 `matchingRules` object: "$.body.a", "$.headers.X", "$.query.q", "$.path".
QJsonObject matchingRulesToV2Json(const MatchingRules &rules, V2RuleKeys keys);
/// The V2 key of one rule list.
QString v2RuleKey(const QString &category, const QString &key, V2RuleKeys keys);
/// A matcher in the reference's own spelling ("min-type" → {"match": "type", "min": n}, …).
QJsonObject matcherToV2Json(const Matcher &matcher);
/// Whether the V2 specification knows the matcher type (regex, type and its min/max forms).
bool isV2Matcher(const QString &type);

} // namespace Pactbench::detail
