// SPDX-License-Identifier: MIT
#pragma once

#include "brokernotice.h"

#include <QList>
#include <QUrl>

namespace Pactbench {

/// What publishing gave: the broker's notices and where each pact now lives.
struct PublishPactsResult
{
    QList<BrokerNotice> notices; ///< publish-contracts notices (the legacy route has none)
    QList<QUrl> pactUrls; ///< `pb:contracts[]` hrefs, or the URLs PUT to on the legacy route
    bool usedLegacyRoute = false; ///< the index had no `pb:publish-contracts`
};

} // namespace Pactbench
