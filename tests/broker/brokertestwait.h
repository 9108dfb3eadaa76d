// SPDX-License-Identifier: MIT
// Waiting for a broker client call in tests.
#pragma once

#include <core/broker/brokerreply.h>

#include <QSignalSpy>

namespace Pactbench::Test {

/// True once `reply` has finished (at once when it already has); false after `timeoutMs` without an answer.
inline bool finishes(BrokerReplyBase *reply, int timeoutMs = 20000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &BrokerReplyBase::finished);
    return spy.wait(timeoutMs);
}

} // namespace Pactbench::Test
