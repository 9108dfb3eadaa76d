// SPDX-License-Identifier: MIT
#pragma once
// Internal to core/broker: the two continuations BrokerClient's calls are written with.

#include "brokererror.h"
#include "brokertransport.h"

#include <QPointer>

namespace Pactbench::BrokerSupport {

/// Runs `f(reply, index)` once the index is there, or fails `reply` with the index error.
template<typename R, typename F>
void onIndex(BrokerTransport *transport, R *reply, F f)
{
    QPointer<R> guard(reply);
    const auto handler = [guard, f](const QJsonObject &index, const BrokerError &error) {
        if (!guard || guard->isCancelled())
            return;
        if (error.isError())
            guard->fail(error);
        else
            f(guard.data(), index);
    };
    transport->withIndex(handler, reply);
}

/// Sends `request`; on success runs `f(reply, response)`, else fails `reply`.
template<typename R, typename F>
void sendFor(BrokerTransport *transport, R *reply, const BrokerTransport::Request &request, F f)
{
    QPointer<R> guard(reply);
    const auto handler = [guard, f](const BrokerTransport::Response &response) {
        if (!guard || guard->isCancelled())
            return;
        if (response.error.isError())
            guard->fail(response.error);
        else
            f(guard.data(), response);
    };
    transport->send(request, handler, reply);
}

inline BrokerError invalidResponse(const QString &resource, const QString &message)
{
    return {BrokerError::Kind::InvalidResponse, 0, resource, message, {}, {}};
}

} // namespace Pactbench::BrokerSupport
