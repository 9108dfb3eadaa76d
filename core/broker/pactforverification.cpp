// SPDX-License-Identifier: MIT
#include "pactforverification.h"

#include "hallink.h"

#include <QJsonArray>

namespace Pactbench {

PactForVerification PactForVerification::fromJson(const QJsonObject &json, const QUrl &base)
{
    PactForVerification p;
    const HalLink self = HalLink::first(json, u"self"_qs);
    p.url = self.isValid() ? base.resolved(QUrl(self.href)) : QUrl();
    p.name = self.name;
    p.shortDescription = json.value(u"shortDescription").toString();
    const QJsonObject props = json.value(u"verificationProperties").toObject();
    if (props.value(u"pending").isBool())
        p.pending = props.value(u"pending").toBool();
    p.wip = props.value(u"wip").toBool();
    for (const QJsonValue &n : props.value(u"notices").toArray())
        p.notices << BrokerNotice::fromJson(n.toObject());
    return p;
}

} // namespace Pactbench
