// SPDX-License-Identifier: MIT
#include "pacticipantsummary.h"

#include "hallink.h"

namespace Pactbench {

PacticipantSummary PacticipantSummary::fromJson(const QJsonObject &json, const QUrl &base)
{
    PacticipantSummary p;
    p.name = json.value(u"name").toString();
    p.displayName = json.value(u"displayName").toString();
    p.mainBranch = json.value(u"mainBranch").toString();
    p.repositoryUrl = json.value(u"repositoryUrl").toString();
    const QJsonObject embedded = json.value(u"_embedded").toObject();
    p.latestVersion = embedded.value(u"latestVersion").toObject().value(u"number").toString();
    const HalLink self = HalLink::first(json, u"self"_qs);
    if (self.isValid())
        p.url = base.resolved(QUrl(self.href));
    return p;
}

} // namespace Pactbench
