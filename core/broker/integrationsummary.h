// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace Pactbench {

/**
 * One consumer → provider integration for the contract network: the latest pact and the result of
 * its latest verification (for a branch or environment when the caller asked for one).
 */
struct IntegrationSummary
{
    enum class Status { Unverified, Verified, Failed, Pending };

    QString consumer;
    QString provider;
    QUrl pactUrl; ///< the latest pact of the pair (or of the branch/environment asked for)
    QString consumerVersion;
    QString providerVersion; ///< the verifying provider version; empty when unverified
    Status status = Status::Unverified;
    QDateTime verifiedAt;
    QUrl verificationUrl;
    QUrl matrixUrl; ///< the matrix of this pair (`/matrix/provider/P/consumer/C`)

    bool operator==(const IntegrationSummary &) const = default;
};

} // namespace Pactbench
