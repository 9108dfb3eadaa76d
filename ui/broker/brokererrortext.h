// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerconnection.h>
#include <core/broker/brokererror.h>

#include <QCoreApplication>

namespace Pactbench {

/// Broker failures in words for the dialog: a translated headline per kind, then the details.
class BrokerErrorText
{
    Q_DECLARE_TR_FUNCTIONS(BrokerErrorText)

public:
    /// One sentence saying what went wrong ("The broker did not accept the credentials.").
    static QString headline(const BrokerError &error);
    /// The headline followed by the client's message (which names the credential kind, never a value).
    static QString describe(const BrokerError &error);
    /// "no credentials", "basic auth", "a bearer token", translated.
    static QString authLabel(BrokerConnection::Auth auth);
};

} // namespace Pactbench
