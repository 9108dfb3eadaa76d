// SPDX-License-Identifier: MIT
#include "latestpactsummary.h"

#include "hallink.h"

namespace Pactbench {

LatestPactSummary LatestPactSummary::fromJson(const QJsonObject &json, const QUrl &base)
{
    LatestPactSummary p;
    const QJsonObject embedded = json.value(u"_embedded").toObject();
    const QJsonObject consumer = embedded.value(u"consumer").toObject();
    p.consumer = consumer.value(u"name").toString();
    p.consumerVersion =
        consumer.value(u"_embedded").toObject().value(u"version").toObject().value(u"number").toString();
    p.provider = embedded.value(u"provider").toObject().value(u"name").toString();
    p.createdAt = json.value(u"createdAt").toString();
    const HalLink self = HalLink::first(json, u"self"_qs);
    if (self.isValid())
        p.url = base.resolved(QUrl(self.href));
    return p;
}

} // namespace Pactbench
