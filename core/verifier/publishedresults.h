// SPDX-License-Identifier: MIT
#pragma once

#include "verificationresult.h"

#include <core/broker/publishedverification.h>
#include <core/model/pact.h>

namespace Pactbench {

/// One interaction of a published verification, ready for the diff: the result and what the pact expected.
struct PublishedInteraction
{
    InteractionResult result; ///< `interactionIndex`: the pact's index; results for no interaction come after them
    Interaction expected; ///< the pact's interaction (for an unpaired result: only its description)
    QString interactionId; ///< for an unpaired result: the id it named
    QStringList unread; ///< parts of the published result in no known shape, as text
    bool inPact = true; ///< false: the result names an interaction the pact does not have
    bool reported = true; ///< false: the verifier published nothing for this interaction
};

/**
 * Pairs the test results of a published verification with the interactions of the pact it verified,
 * as the broker does: by `interactionId` (the broker's `_id` of the interaction, or its V4 key),
 * else by description (and provider state when the publisher gave one). Publishers send mismatches,
 * never the provider's response: each result's exchange is empty (status 0, no body) and a mismatch's
 * expected/actual are Undefined unless the publisher sent them; exceptions become `errors`. Interactions
 * without a result are Skipped with `reported` false; results for no interaction come last, `inPact` false.
 * A result that says neither success nor failure is Skipped with `reported` true.
 */
QList<PublishedInteraction> pairPublishedResults(const PublishedVerification &verification, const Pact &pact);

/// "StatusMismatch", "HeaderMismatch", "BodyMismatch", … for a published `attribute` ("status", "header", …).
QString mismatchTypeOf(const QString &attribute);

} // namespace Pactbench
