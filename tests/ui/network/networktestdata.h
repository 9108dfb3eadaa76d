// SPDX-License-Identifier: MIT
// A small contract network built in code for the network tests: seven services, seven integrations, every status.
#pragma once

#include <core/broker/integrationsummary.h>

#include <QList>
#include <QTimeZone>

namespace Pactbench::Test {

inline IntegrationSummary integration(const char *consumer, const char *provider, IntegrationSummary::Status status)
{
    IntegrationSummary i;
    i.consumer = QString::fromLatin1(consumer);
    i.provider = QString::fromLatin1(provider);
    i.pactUrl = QUrl(QStringLiteral("http://127.0.0.1/pacts/provider/%1/consumer/%2/latest").arg(i.provider, i.consumer));
    i.matrixUrl = QUrl(QStringLiteral("http://127.0.0.1/matrix/provider/%1/consumer/%2").arg(i.provider, i.consumer));
    i.consumerVersion = QStringLiteral("1.0.0");
    i.status = status;
    if (status != IntegrationSummary::Status::Unverified) {
        i.providerVersion = QStringLiteral("2.0.1");
        i.verifiedAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    }
    return i;
}

/// OrderWeb and MobileApp use OrderService; it uses PaymentService and StockService; OrderWeb also uses
/// CustomerService, which uses AuditStore (services sorted: AuditStore, CustomerService, MobileApp,
/// OrderService, OrderWeb, PaymentService, StockService).
inline QList<IntegrationSummary> smallNetwork()
{
    using Status = IntegrationSummary::Status;
    return {
        integration("OrderWeb", "OrderService", Status::Verified),
        integration("OrderWeb", "CustomerService", Status::Failed),
        integration("MobileApp", "OrderService", Status::Verified),
        integration("OrderService", "PaymentService", Status::Pending),
        integration("OrderService", "StockService", Status::Unverified),
        integration("CustomerService", "AuditStore", Status::Verified),
        integration("StockService", "AuditStore", Status::Failed),
    };
}

} // namespace Pactbench::Test
