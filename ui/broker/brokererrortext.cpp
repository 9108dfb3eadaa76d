// SPDX-License-Identifier: MIT
#include "brokererrortext.h"

#include <core/broker/brokerconnection.h>

namespace Pactbench {

QString BrokerErrorText::headline(const BrokerError &error)
{
    using Kind = BrokerError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::InvalidArgument:
        return tr("The connection settings cannot be used.");
    case Kind::Unreachable:
        return tr("The broker cannot be reached.");
    case Kind::Timeout:
        return tr("The broker did not answer in time.");
    case Kind::Tls:
        return tr("The secure connection (TLS) failed. For a broker with a self-signed certificate, "
                  "tick “Allow self-signed certificate”.");
    case Kind::Unauthorized:
        return tr("The broker did not accept the credentials.");
    case Kind::Forbidden:
        return tr("The credentials are not allowed to do this.");
    case Kind::NotFound:
        return tr("Not found on the broker.");
    case Kind::Conflict:
    case Kind::Validation:
        return tr("The broker rejected the request.");
    case Kind::Server:
        return tr("The broker failed.");
    case Kind::InvalidResponse:
        return tr("The broker's answer cannot be read.");
    case Kind::MissingRelation:
        return tr("The broker does not offer this.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString BrokerErrorText::describe(const BrokerError &error)
{
    if (error.kind == BrokerError::Kind::Cancelled)
        return headline(error);
    return headline(error) + u'\n' + error.toString();
}

QString BrokerErrorText::authLabel(BrokerConnection::Auth auth)
{
    switch (auth) {
    case BrokerConnection::Auth::None:
        return tr("no credentials");
    case BrokerConnection::Auth::Basic:
        return tr("basic auth");
    case BrokerConnection::Auth::Bearer:
        return tr("a bearer token");
    }
    return {};
}

} // namespace Pactbench
