// SPDX-License-Identifier: MIT
#pragma once

#include "consumerversionselector.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Pactbench {

/**
 * The body of `POST pb:provider-pacts-for-verification`. Empty optional fields are left out,
 * so the minimal request is `{"consumerVersionSelectors": [], "includePendingStatus": false}`,
 * exactly what the compatibility suite's broker mock expects.
 */
struct PactsForVerificationRequest
{
    QString providerName; ///< fills `{provider}` in the relation's template
    QList<ConsumerVersionSelector> consumerVersionSelectors;
    QString providerVersionBranch; ///< needed by matchingBranch selectors and pending calculation
    QStringList providerVersionTags; ///< legacy
    bool includePendingStatus = false; ///< ask for each pact's `pending` flag
    QString includeWipPactsSince; ///< ISO date ("2020-01-01"); empty: no work-in-progress pacts

    QJsonObject toJson() const;
};

} // namespace Pactbench
