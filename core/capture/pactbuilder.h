// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"
#include "secrets.h"

#include <core/capture/inference/inference.h>
#include <core/model/pact.h>

#include <QList>

namespace Pactbench {

/// How captured exchanges become interactions.
struct CaptureOptions
{
    QString consumer = QStringLiteral("consumer");
    QString provider = QStringLiteral("provider");
    SpecVersion version = SpecVersion::V4; ///< V3 or V4
    bool inferMatchers = true; ///< false: exact values (`--no-matchers`)
    SecretPolicy secrets = SecretPolicy::defaults();
    InferenceLimits limits;
};

/**
 * A captured exchange made an interaction: volatile headers left out, secrets replaced (their
 * matchers are part of the interaction, not proposals), the description set. The inferred rules
 * are proposals beside it, for the user to accept or reject; interactionWithProposals() applies
 * the accepted ones.
 */
struct CapturedInteraction
{
    Interaction interaction;
    QList<RuleProposal> proposals;
    QString source;
};

namespace Capture {

/**
 * Turns exchanges into interactions: cleans each (volatile headers, secrets), merges identical
 * ones (a Merged note), generates descriptions ("GET /orders/7 → 200", made unique with " (2)"),
 * and, with inferMatchers, proposes rules from every exchange of the same method, path shape and
 * status. Notes go to `notes`.
 */
QList<CapturedInteraction> interactions(const QList<CapturedExchange> &exchanges, const CaptureOptions &options,
                                        QList<CaptureNote> *notes);
/// The interaction with its accepted proposals applied.
Interaction interactionWithProposals(const CapturedInteraction &captured);
/// A new pact (consumer, provider, version from `options`) of the interactions with their accepted proposals.
Pact pact(const QList<CapturedInteraction> &captured, const CaptureOptions &options);
/// "GET /orders/7?page=2 → 200".
QString describe(const HttpRequest &request, const HttpResponse &response);

} // namespace Capture

} // namespace Pactbench
