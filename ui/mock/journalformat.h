// SPDX-License-Identifier: MIT
#pragma once

#include <core/mockserver/journalentry.h>
#include <core/mockserver/mismatchrule.h>
#include <core/mockserver/overlaps.h>

#include <QColor>
#include <QString>

namespace Pactbench {

/// How the mock server panel words journal values (the core keeps them typed).
namespace JournalFormat {

/// "matched", "mismatch", "unexpected" (translated).
QString verdict(JournalVerdict verdict);
/// A text colour for the verdict; invalid for Matched (the view's own).
QColor verdictColor(JournalVerdict verdict);
/// Local time of the request, "14:03:22.517".
QString time(const QDateTime &timestamp);
/// "body $.age", "header 'Accept'", "path", "query 'id'" … where a mismatch is.
QString where(const Mismatch &mismatch);
/// "integer", "regex ^\d+$", "type (min 1)", "regex ^a$ OR type"; or "no rule: equal to the example".
QString rule(const MismatchRule &rule);
/// "matchingRules.body['$.age']" — where the rule is in the pact file; empty when none.
QString ruleLocation(const MismatchRule &rule);
/**
 * The overlap lint in words: "GET /orders/9999", the request of “missing order”, is answered with
 * “any order”, which comes first and matches it too; then what would separate the two.
 */
QString overlap(const InteractionOverlap &overlap, const Pact &pact);
/**
 * The journal's note on a matched request that later interactions match too (JournalEntry::alsoMatched):
 * which ones, why they were not served, and what would separate them. Empty when there are none.
 */
QString alsoMatchedNote(const JournalEntry &entry, const Pact &pact);
/// "R request(s): M matched, X mismatched, U unexpected; K missing".
QString summary(const JournalCounters &counters, qsizetype missing);

} // namespace JournalFormat

} // namespace Pactbench
