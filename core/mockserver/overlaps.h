// SPDX-License-Identifier: MIT
#pragma once

#include "mockserverconfig.h"

#include <core/model/pact.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench {

/**
 * Two HTTP interactions of a pact that one request can match. The mock server answers a request
 * with the first interaction (in pact order) that matches it, so the other is never served for
 * such a request and a run that needs both can never be clean.
 */
struct InteractionOverlap
{
    int requested = -1; ///< the interaction whose own request (as the pact writes it) …
    int alsoMatched = -1; ///< … an earlier interaction matches too
    int served = -1; ///< the one the mock server answers it with: `alsoMatched`, the first in the pact
    QString request; ///< "GET /orders/9999"
    QStringList requestedStates; ///< the provider states of `requested`, when the two differ in them
    QStringList otherStates; ///< those of `alsoMatched`, likewise

    /// One sentence: the request, who answers it, and what would separate the two.
    QString text(const Pact &pact) const;
};

/**
 * The interactions the mock server (under `config`: its provider-state and description filters)
 * never serves for their own request, because an earlier interaction matches it too: each
 * interaction's request is matched against the earlier ones that share its method and could share
 * its path. At most `limit` are returned, in pact order.
 */
QList<InteractionOverlap> findOverlaps(const Pact &pact, const MockServerConfig &config = {}, int limit = 100);

} // namespace Pactbench
