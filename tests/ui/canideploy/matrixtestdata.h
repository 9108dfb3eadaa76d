// SPDX-License-Identifier: MIT
// Matrix rows built in code for the Can I Deploy tests: OrderWeb 1.4.2 against three providers.
#pragma once

#include <core/broker/matrix.h>

#include <QDateTime>

#include <optional>

namespace Pactbench::Test {

inline const QUrl matrixBase{ u"http://broker.test"_qs };

/// A row; `providerVersion` empty means no verification (then `success` is ignored).
inline MatrixRow matrixRow(const QString &consumer, const QString &consumerVersion, const QString &provider,
    const QString &providerVersion, std::optional<bool> success, bool ignored = false)
{
    MatrixRow row;
    row.consumer = consumer;
    row.consumerVersion.number = consumerVersion;
    row.consumerVersion.branch = u"main"_qs;
    row.consumerVersion.tags = QStringList{ u"prod"_qs };
    row.provider = provider;
    row.pactCreatedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    row.pactUrl = matrixBase.resolved(
        QUrl(u"/pacts/provider/"_qs + provider + u"/consumer/"_qs + consumer + u"/version/"_qs + consumerVersion));
    row.ignored = ignored;
    if (providerVersion.isEmpty())
        return row;
    row.providerVersion.number = providerVersion;
    row.success = success;
    row.verifiedAt = QDateTime(QDate(2026, 12, 1), QTime(14, 30), Qt::UTC);
    row.verificationUrl = matrixBase.resolved(QUrl(u"/pacts/provider/"_qs + provider + u"/consumer/"_qs + consumer
        + u"/pact-version/abc/verification-results/"_qs + providerVersion));
    return row;
}

/// OrderWeb 1.4.2 → OrderService (verified), → Billing (failed), → Inventory (no verification).
inline Matrix notDeployableMatrix()
{
    Matrix matrix;
    matrix.rows = { matrixRow(u"OrderWeb"_qs, u"1.4.2"_qs, u"OrderService"_qs, u"2.0.1"_qs, true),
        matrixRow(u"OrderWeb"_qs, u"1.4.2"_qs, u"Billing"_qs, u"3.1.0"_qs, false),
        matrixRow(u"OrderWeb"_qs, u"1.4.2"_qs, u"Inventory"_qs, {}, std::nullopt) };
    matrix.summary.deployable = false;
    matrix.summary.reason = u"The verification for the pact between OrderWeb (1.4.2) and Billing (3.1.0) failed"_qs;
    matrix.summary.success = 1;
    matrix.summary.failed = 1;
    matrix.summary.unknown = 1;
    return matrix;
}

/// The same question answered with every row verified.
inline Matrix deployableMatrix()
{
    Matrix matrix;
    matrix.rows = { matrixRow(u"OrderWeb"_qs, u"1.4.2"_qs, u"OrderService"_qs, u"2.0.1"_qs, true) };
    matrix.summary.deployable = true;
    matrix.summary.reason = u"All required verification results are published and successful"_qs;
    matrix.summary.success = 1;
    return matrix;
}

} // namespace Pactbench::Test
