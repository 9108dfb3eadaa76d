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
    const QList<HalLink> self = HalLink::all(json, u"self"_qs);
    if (!self.isEmpty())
        p.url = base.resolved(QUrl(self.first().href));
    if (self.size() > 1)
        p.versionUrl = base.resolved(QUrl(self.at(1).href));
    return p;
}

} // namespace Pactbench
