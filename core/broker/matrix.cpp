// SPDX-License-Identifier: MIT
#include "matrix.h"

#include "hallink.h"

#include <QJsonArray>
#include <QUrl>

namespace Pactbench {

namespace {

QString param(const QString &key, const QString &value)
{
    return key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QUrl selfLink(const QJsonObject &json, const QUrl &base)
{
    const HalLink self = HalLink::first(json, u"self"_qs);
    return self.isValid() ? base.resolved(QUrl(self.href)) : QUrl();
}

MatrixVersion versionFromJson(const QJsonValue &value, const QUrl &base)
{
    MatrixVersion v;
    if (!value.isObject())
        return v;
    const QJsonObject o = value.toObject();
    v.number = o.value(u"number").toString();
    v.branch = o.value(u"branch").toString();
    for (const QJsonValue &t : o.value(u"tags").toArray())
        v.tags << t.toObject().value(u"name").toString();
    v.url = selfLink(o, base);
    return v;
}

MatrixRow rowFromJson(const QJsonObject &o, const QUrl &base)
{
    MatrixRow row;
    const QJsonObject consumer = o.value(u"consumer").toObject();
    const QJsonObject provider = o.value(u"provider").toObject();
    row.consumer = consumer.value(u"name").toString();
    row.consumerVersion = versionFromJson(consumer.value(u"version"), base);
    row.consumerUrl = selfLink(consumer, base);
    row.provider = provider.value(u"name").toString();
    row.providerVersion = versionFromJson(provider.value(u"version"), base);
    row.providerUrl = selfLink(provider, base);
    const QJsonObject pact = o.value(u"pact").toObject();
    row.pactCreatedAt = QDateTime::fromString(pact.value(u"createdAt").toString(), Qt::ISODate);
    row.pactUrl = selfLink(pact, base);
    const QJsonValue verification = o.value(u"verificationResult");
    if (verification.isObject()) {
        const QJsonObject v = verification.toObject();
        if (v.value(u"success").isBool())
            row.success = v.value(u"success").toBool();
        row.verifiedAt = QDateTime::fromString(v.value(u"verifiedAt").toString(), Qt::ISODate);
        row.verificationUrl = selfLink(v, base);
    }
    row.ignored = o.value(u"ignored").toBool();
    return row;
}

} // namespace

QString MatrixSelector::describe() const
{
    if (!version.isEmpty())
        return pacticipant + u' ' + version;
    if (latest && !tag.isEmpty())
        return u"the latest "_qs + pacticipant + u" with tag "_qs + tag;
    if (!tag.isEmpty())
        return pacticipant + u" with tag "_qs + tag;
    if (mainBranch)
        return (latest ? u"the latest "_qs : QString()) + pacticipant + u" on its main branch"_qs;
    if (!branch.isEmpty())
        return (latest ? u"the latest "_qs : QString()) + pacticipant + u" on branch "_qs + branch;
    if (!environment.isEmpty())
        return pacticipant + u" in "_qs + environment;
    return latest ? u"the latest "_qs + pacticipant : pacticipant;
}

QString MatrixQuery::toQueryString() const
{
    QStringList parts;
    for (const MatrixSelector &s : selectors) {
        parts << param(u"q[][pacticipant]"_qs, s.pacticipant);
        if (!s.version.isEmpty())
            parts << param(u"q[][version]"_qs, s.version);
        if (s.latest)
            parts << u"q[][latest]=true"_qs;
        if (!s.tag.isEmpty())
            parts << param(u"q[][tag]"_qs, s.tag);
        if (!s.branch.isEmpty())
            parts << param(u"q[][branch]"_qs, s.branch);
        if (s.mainBranch)
            parts << u"q[][mainBranch]=true"_qs;
        if (!s.environment.isEmpty())
            parts << param(u"q[][environment]"_qs, s.environment);
    }
    for (const MatrixIgnore &i : ignore) {
        parts << param(u"ignore[][pacticipant]"_qs, i.pacticipant);
        if (!i.version.isEmpty())
            parts << param(u"ignore[][version]"_qs, i.version);
    }
    // The reference client's order: tag, latestby, environment, latest.
    if (!toTag.isEmpty())
        parts << param(u"tag"_qs, toTag);
    if (!latestBy.isEmpty())
        parts << param(u"latestby"_qs, latestBy);
    if (!toEnvironment.isEmpty())
        parts << param(u"environment"_qs, toEnvironment);
    if (latest)
        parts << (*latest ? u"latest=true"_qs : u"latest=false"_qs);
    if (limit > 0)
        parts << u"limit="_qs + QString::number(limit);
    return parts.join(u'&');
}

QString MatrixQuery::problem() const
{
    if (selectors.isEmpty())
        return u"no pacticipant given: a matrix query needs at least one selector"_qs;
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        if (selectors.at(i).pacticipant.isEmpty())
            return u"selector "_qs + QString::number(i + 1) + u" has no pacticipant name"_qs;
    }
    for (qsizetype i = 0; i < ignore.size(); ++i) {
        if (ignore.at(i).pacticipant.isEmpty())
            return u"ignore selector "_qs + QString::number(i + 1) + u" has no pacticipant name"_qs;
    }
    if (!toEnvironment.isEmpty() && !toTag.isEmpty())
        return u"give a target environment or a target tag, not both"_qs;
    if (!latestBy.isEmpty() && latestBy != u"cvp" && latestBy != u"cvpv")
        return u"latestby must be 'cvp' or 'cvpv', not '"_qs + latestBy + u'\'';
    return {};
}

Matrix Matrix::fromJson(const QJsonObject &json, const QUrl &base)
{
    Matrix m;
    m.document = json;
    const QJsonObject summary = json.value(u"summary").toObject();
    if (summary.value(u"deployable").isBool())
        m.summary.deployable = summary.value(u"deployable").toBool();
    m.summary.reason = summary.value(u"reason").toString();
    m.summary.success = summary.value(u"success").toInt();
    m.summary.failed = summary.value(u"failed").toInt();
    m.summary.unknown = summary.value(u"unknown").toInt();
    m.summary.ignored = summary.value(u"ignored").toInt();
    for (const QJsonValue &n : json.value(u"notices").toArray())
        m.notices << BrokerNotice::fromJson(n.toObject());
    for (const QJsonValue &r : json.value(u"matrix").toArray())
        m.rows << rowFromJson(r.toObject(), base);
    return m;
}

} // namespace Pactbench
