// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerconnection.h>

#include <QString>
#include <QUrl>

#include <optional>

namespace Pactbench {

/**
 * Where a pact opened from a Pact Broker came from: the connection it was fetched with (its
 * secrets live in memory only, never in settings), the pact's URL and the link verification
 * results are published to. Saving such a pact writes a local copy; publishing is the broker's.
 */
struct BrokerSource
{
    BrokerConnection connection;
    QUrl pactUrl; ///< where the pact was fetched from
    QUrl verificationResultsUrl; ///< `pb:publish-verification-results`; empty when the broker gave none
    QString consumerVersion;
    std::optional<bool> pending; ///< from pacts-for-verification
    bool wip = false;
};

} // namespace Pactbench
