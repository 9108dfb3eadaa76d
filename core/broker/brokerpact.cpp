// SPDX-License-Identifier: MIT
#include "brokerpact.h"

#include "hallink.h"

namespace Pactbench {

const QStringList &BrokerPact::brokerOnlyKeys()
{
    static const QStringList keys{u"_links"_qs, u"_embedded"_qs, u"createdAt"_qs};
    return keys;
}

static QString versionFromLink(const HalLink &link)
{
    // The consumer version resource is /pacticipants/{consumer}/versions/{number}.
    if (!link.isValid())
        return {};
    const QString path = QUrl(link.href).path(QUrl::FullyDecoded);
    const qsizetype at = path.lastIndexOf(u"/versions/");
    return at < 0 ? QString() : path.mid(at + 10);
}

BrokerPact BrokerPact::fromDocument(const QJsonObject &document, const QUrl &url)
{
    BrokerPact p;
    p.url = url;
    QJsonObject pactJson = document;
    for (const QString &key : brokerOnlyKeys()) {
        if (pactJson.contains(key))
            p.brokerKeys.insert(key, pactJson.take(key));
    }
    ReadResult read = PactReader::read(pactJson);
    p.diagnostics = read.diagnostics;
    if (read.pact)
        p.pact = *read.pact;
    const HalLink results = HalLink::first(p.brokerKeys, u"pb:publish-verification-results"_qs);
    if (results.isValid())
        p.verificationResultsUrl = url.resolved(QUrl(results.href));
    p.consumerVersion = versionFromLink(HalLink::first(p.brokerKeys, u"pb:consumer-version"_qs));
    return p;
}

} // namespace Pactbench
