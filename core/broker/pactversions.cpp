// SPDX-License-Identifier: MIT
#include "pactversions.h"

#include "hallink.h"

#include <QJsonArray>

namespace Pactbench {

namespace {

/// The number in a pact URL's `/version/{number}` segment (brokers that only list links).
QString versionFromPactUrl(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const qsizetype at = path.lastIndexOf(u"/version/");
    return at < 0 ? QString() : path.mid(at + 9);
}

QStringList names(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &item : list.toArray()) {
        const QString name = item.toObject().value(u"name").toString();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

} // namespace

QString PactVersionSummary::label() const
{
    return consumer + u" \u2192 "_qs + provider + u' ' + consumerVersion;
}

PactVersionSummary PactVersionSummary::fromJson(const QJsonObject &json, const QUrl &base)
{
    PactVersionSummary v;
    const QJsonObject version = json.value(u"_embedded").toObject().value(u"consumerVersion").toObject();
    v.consumerVersion = version.value(u"number").toString();
    v.branch = version.value(u"branch").toString();
    const QJsonObject versionEmbedded = version.value(u"_embedded").toObject();
    if (v.branch.isEmpty()) // newer brokers embed the branch versions instead
        v.branch = names(versionEmbedded.value(u"branchVersions")).value(0);
    v.tags = names(versionEmbedded.value(u"tags"));
    if (v.tags.isEmpty())
        v.tags = names(json.value(u"_embedded").toObject().value(u"tags"));
    v.createdAt = json.value(u"createdAt").toString();
    const HalLink self = HalLink::first(json, u"self"_qs);
    if (self.isValid())
        v.url = base.resolved(QUrl(self.href));
    if (v.consumerVersion.isEmpty())
        v.consumerVersion = versionFromPactUrl(v.url);
    return v;
}

QList<PactVersionSummary> PactVersionSummary::listFromJson(const QJsonObject &document, const QUrl &base,
                                                           const QString &consumer, const QString &provider, bool *ok)
{
    QList<PactVersionSummary> list;
    const QJsonValue embedded = document.value(u"_embedded").toObject().value(u"pacts");
    const QList<HalLink> links = HalLink::all(document, u"pact-versions"_qs);
    *ok = embedded.isArray() || !links.isEmpty();
    if (embedded.isArray()) {
        for (const QJsonValue &entry : embedded.toArray())
            list << fromJson(entry.toObject(), base);
    } else {
        for (const HalLink &link : links) {
            PactVersionSummary v;
            v.url = base.resolved(QUrl(link.href));
            v.consumerVersion = versionFromPactUrl(v.url);
            list << v;
        }
    }
    for (PactVersionSummary &v : list) {
        v.consumer = consumer;
        v.provider = provider;
    }
    return list;
}

} // namespace Pactbench
