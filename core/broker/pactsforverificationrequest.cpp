// SPDX-License-Identifier: MIT
#include "pactsforverificationrequest.h"

#include <QJsonArray>

namespace Pactbench {

QJsonObject PactsForVerificationRequest::toJson() const
{
    QJsonArray selectors;
    for (const ConsumerVersionSelector &s : consumerVersionSelectors)
        selectors.append(s.toJson());
    QJsonObject o{{u"consumerVersionSelectors"_qs, selectors}, {u"includePendingStatus"_qs, includePendingStatus}};
    if (!providerVersionBranch.isEmpty())
        o.insert(u"providerVersionBranch"_qs, providerVersionBranch);
    if (!providerVersionTags.isEmpty())
        o.insert(u"providerVersionTags"_qs, QJsonArray::fromStringList(providerVersionTags));
    if (!includeWipPactsSince.isEmpty())
        o.insert(u"includeWipPactsSince"_qs, includeWipPactsSince);
    return o;
}

} // namespace Pactbench
