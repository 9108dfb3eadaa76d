// SPDX-License-Identifier: MIT
#pragma once

#include "brokernotice.h"

#include <QList>
#include <QUrl>

namespace Pactbench {

/// What BrokerClient::recordPacticipantVersion() did: the URLs PUT to, and what it had to leave out.
struct RecordVersionResult
{
    QList<QUrl> urls; ///< the branch PUT, then the tag PUTs, in that order
    /**
     * One `warning` notice for a branch, and one for the tags, that were not recorded because the
     * broker's index has no relation for them (a broker before 2.86.0 has no branches). The call
     * still succeeds: a verifier warns and publishes its results without them.
     */
    QList<BrokerNotice> notices;
};

} // namespace Pactbench
