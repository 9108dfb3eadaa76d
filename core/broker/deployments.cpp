// SPDX-License-Identifier: MIT
#include "deployments.h"

#include "hallink.h"

#include <QJsonArray>

namespace Pactbench {

DeployedVersion DeployedVersion::fromJson(const QJsonObject &json, const QUrl &base)
{
    DeployedVersion d;
    d.document = json;
    d.uuid = json.value(u"uuid").toString();
    const QJsonObject embedded = json.value(u"_embedded").toObject();
    d.pacticipant = embedded.value(u"pacticipant").toObject().value(u"name").toString();
    d.version = embedded.value(u"version").toObject().value(u"number").toString();
    d.environment = embedded.value(u"environment").toObject().value(u"name").toString();
    d.applicationInstance = json.value(u"applicationInstance").toString();
    if (d.applicationInstance.isEmpty())
        d.applicationInstance = json.value(u"target").toString();
    d.released = json.contains(u"currentlySupported");
    d.current = d.released ? json.value(u"currentlySupported").toBool(true) : json.value(u"currentlyDeployed").toBool(true);
    const HalLink self = HalLink::first(json, u"self"_qs);
    if (self.isValid())
        d.url = base.resolved(QUrl(self.href));
    return d;
}

VersionDescription VersionDescription::fromJson(const QJsonObject &json, const QUrl &base)
{
    VersionDescription v;
    v.document = json;
    v.number = json.value(u"number").toString();
    const QJsonObject embedded = json.value(u"_embedded").toObject();
    for (const QJsonValue &b : embedded.value(u"branchVersions").toArray())
        v.branches << b.toObject().value(u"name").toString();
    v.branch = v.branches.isEmpty() ? json.value(u"branch").toString() : v.branches.constLast();
    for (const QJsonValue &t : embedded.value(u"tags").toArray())
        v.tags << t.toObject().value(u"name").toString();
    v.pacticipant = HalLink::first(json, u"pb:pacticipant"_qs).name;
    const HalLink self = HalLink::first(json, u"self"_qs);
    if (self.isValid())
        v.url = base.resolved(QUrl(self.href));
    return v;
}

} // namespace Pactbench
