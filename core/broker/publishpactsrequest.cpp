// SPDX-License-Identifier: MIT
#include "publishpactsrequest.h"

#include <QJsonArray>

namespace Pactbench {

QJsonObject PublishPactsRequest::toJson() const
{
    QJsonArray list;
    for (const Contract &c : contracts) {
        list.append(QJsonObject{{u"consumerName"_qs, c.consumerName},
                                {u"providerName"_qs, c.providerName},
                                {u"specification"_qs, u"pact"_qs},
                                {u"contentType"_qs, u"application/json"_qs},
                                {u"content"_qs, QString::fromLatin1(c.content.toBase64())}});
    }
    QJsonObject o{{u"pacticipantName"_qs, pacticipantName},
                  {u"pacticipantVersionNumber"_qs, pacticipantVersionNumber},
                  {u"contracts"_qs, list}};
    if (!branch.isEmpty())
        o.insert(u"branch"_qs, branch);
    if (!tags.isEmpty())
        o.insert(u"tags"_qs, QJsonArray::fromStringList(tags));
    if (!buildUrl.isEmpty())
        o.insert(u"buildUrl"_qs, buildUrl);
    return o;
}

QString PublishPactsRequest::problem() const
{
    if (pacticipantVersionNumber.trimmed().isEmpty())
        return QStringLiteral("no consumer version number");
    if (contracts.isEmpty())
        return QStringLiteral("no pacts to publish");
    for (const Contract &c : contracts) {
        if (c.consumerName.isEmpty() || c.providerName.isEmpty())
            return QStringLiteral("a pact without consumer or provider name");
        if (c.consumerName != pacticipantName)
            return u"pacts of more than one consumer ('"_qs + pacticipantName + u"' and '"_qs + c.consumerName
                + u"'); publish each consumer's pacts on their own"_qs;
    }
    return {};
}

} // namespace Pactbench
