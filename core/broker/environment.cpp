// SPDX-License-Identifier: MIT
#include "environment.h"

#include "hallink.h"

namespace Pactbench {

Environment Environment::fromJson(const QJsonObject &json, const QUrl &base)
{
    Environment e;
    e.uuid = json.value(u"uuid").toString();
    e.name = json.value(u"name").toString();
    e.displayName = json.value(u"displayName").toString();
    e.production = json.value(u"production").toBool();
    const HalLink self = HalLink::first(json, u"self"_qs);
    if (self.isValid())
        e.url = base.resolved(QUrl(self.href));
    const HalLink deployed = HalLink::first(json, u"pb:currently-deployed-deployed-versions"_qs);
    if (deployed.isValid())
        e.currentlyDeployedUrl = base.resolved(QUrl(deployed.href));
    const HalLink supported = HalLink::first(json, u"pb:currently-supported-released-versions"_qs);
    if (supported.isValid())
        e.currentlySupportedUrl = base.resolved(QUrl(supported.href));
    return e;
}

} // namespace Pactbench
