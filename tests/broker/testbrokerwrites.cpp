// SPDX-License-Identifier: MIT
// The test broker's answers to pacts for verification and to writes (publish, results).
#include "testbroker.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench::Test {

QJsonObject TestBroker::verifiableEntry(const StoredPact &p, bool includePending, bool includeWip, const QString &why) const
{
    const QString url = href(u"/pacts/provider/"_qs + enc(p.provider) + u"/consumer/"_qs + enc(p.consumer)
                             + u"/pact-version/"_qs + p.sha() + u"/metadata/c1tdW2xdPXRydWU"_qs);
    const bool wip = includeWip && m_wip.contains(p.consumer);
    QJsonObject props{{u"notices"_qs, QJsonArray{QJsonObject{
                           {u"when"_qs, u"before_verification"_qs},
                           {u"text"_qs, QString(u"The pact at "_qs + url + u" is being verified because it matches the following configured selection criterion: "_qs + why)}}}}};
    if (includePending)
        props.insert(u"pending"_qs, wip || m_pending.value(p.consumer));
    if (wip)
        props.insert(u"wip"_qs, true);
    return QJsonObject{{u"shortDescription"_qs, why},
                       {u"verificationProperties"_qs, props},
                       {u"_links"_qs, QJsonObject{{u"self"_qs, QJsonObject{{u"href"_qs, url}, {u"name"_qs, QString(u"Pact between "_qs + p.consumer + u" ("_qs + p.version + u") and "_qs + p.provider)}}}}}};
}

TestBroker::Answer TestBroker::forVerification(const QString &provider, const RecordedRequest &request) const
{
    if (!request.header("content-type").startsWith("application/json"))
        return Answer{415, {}, "text/plain", {}};
    const QJsonObject body = request.json();
    const bool pending = body.value(u"includePendingStatus").toBool();
    const bool wip = body.contains(u"includeWipPactsSince");
    QJsonArray pacts;
    QStringList seen;
    QJsonArray selectors = body.value(u"consumerVersionSelectors").toArray();
    if (selectors.isEmpty())
        selectors.append(QJsonObject{{u"latest"_qs, true}});
    for (const QJsonValue &v : selectors) {
        const QJsonObject sel = v.toObject();
        QString branch = sel.value(u"branch").toString();
        QString why = u"latest"_qs;
        if (sel.value(u"mainBranch").toBool()) {
            branch = u"main"_qs;
            why = u"latest from main branch"_qs;
        } else if (!branch.isEmpty()) {
            why = u"latest from branch "_qs + branch;
        } else if (!sel.value(u"tag").toString().isEmpty()) {
            why = u"latest with tag "_qs + sel.value(u"tag").toString();
        }
        for (const StoredPact &p : latestPerConsumer(provider, sel.value(u"tag").toString(), branch)) {
            if ((sel.contains(u"consumer") && sel.value(u"consumer").toString() != p.consumer) || seen.contains(p.sha()))
                continue;
            seen << p.sha();
            if (!m_wip.contains(p.consumer) || wip)
                pacts.append(verifiableEntry(p, pending, wip, why));
        }
    }
    return json(QJsonObject{{u"_embedded"_qs, QJsonObject{{u"pacts"_qs, pacts}}},
                            {u"_links"_qs, QJsonObject{{u"self"_qs, QJsonObject{{u"href"_qs, href(request.path)}, {u"title"_qs, u"Pacts to be verified"_qs}}}}}});
}

TestBroker::Answer TestBroker::publishContracts(const RecordedRequest &request)
{
    const QJsonObject body = request.json();
    QJsonObject errors;
    for (const char16_t *key : {u"pacticipantName", u"pacticipantVersionNumber"}) {
        if (body.value(QString::fromUtf16(key)).toString().isEmpty())
            errors.insert(QString::fromUtf16(key), QJsonArray{u"is missing"_qs});
    }
    if (!errors.isEmpty())
        return json(QJsonObject{{u"errors"_qs, errors}}, 400);
    QJsonArray contractLinks;
    QJsonArray notices;
    for (const QJsonValue &v : body.value(u"contracts").toArray()) {
        const QJsonObject c = v.toObject();
        StoredPact p{c.value(u"consumerName").toString(), c.value(u"providerName").toString(),
                     body.value(u"pacticipantVersionNumber").toString(),
                     QByteArray::fromBase64(c.value(u"content").toString().toLatin1()), body.value(u"branch").toString(), {}};
        for (const QJsonValue &t : body.value(u"tags").toArray())
            p.tags << t.toString();
        if (const StoredPact *old = findPact(p.consumer, p.provider, p.version); old && old->content != p.content) {
            return json(QJsonObject{{u"errors"_qs, QJsonObject{{u"content"_qs, QJsonArray{QString(u"Cannot change the content of the pact for "_qs + p.consumer + u" version "_qs + p.version)}}}},
                                    {u"notices"_qs, QJsonArray{QJsonObject{{u"type"_qs, u"error"_qs}, {u"text"_qs, u"Cannot change the content of the pact"_qs}}}}}, 409);
        }
        addPact(p);
        const QString url = href(u"/pacts/provider/"_qs + enc(p.provider) + u"/consumer/"_qs + enc(p.consumer) + u"/version/"_qs + enc(p.version));
        contractLinks.append(QJsonObject{{u"title"_qs, u"Pact"_qs}, {u"name"_qs, QString(u"Pact between "_qs + p.consumer + u" ("_qs + p.version + u") and "_qs + p.provider)}, {u"href"_qs, url}});
        notices.append(QJsonObject{{u"type"_qs, u"success"_qs}, {u"text"_qs, QString(u"Pact published for "_qs + p.consumer + u" version "_qs + p.version + u" and provider "_qs + p.provider + u'.')}});
    }
    return json(QJsonObject{{u"notices"_qs, notices}, {u"_links"_qs, QJsonObject{{u"pb:contracts"_qs, contractLinks}}}});
}

TestBroker::Answer TestBroker::putPact(const QStringList &s, const RecordedRequest &request)
{
    // /pacts/provider/{p}/consumer/{c}/version/{v}
    StoredPact p{s.at(4), s.at(2), s.at(6), request.body, {}, {}};
    if (QJsonDocument::fromJson(p.content).isNull())
        return json(QJsonObject{{u"errors"_qs, QJsonObject{{u"base"_qs, QJsonArray{u"Invalid JSON"_qs}}}}}, 400);
    const StoredPact *old = findPact(p.consumer, p.provider, p.version);
    if (old && old->content != p.content)
        return json(QJsonObject{{u"error"_qs, QJsonObject{{u"message"_qs, u"Cannot change the content of the pact"_qs}}}}, 409);
    const int status = old ? 200 : 201;
    if (!old)
        addPact(p);
    return Answer{status, pactDocument(*findPact(p.consumer, p.provider, p.version)).body, "application/hal+json", {}};
}

TestBroker::Answer TestBroker::verificationResult(const RecordedRequest &request)
{
    const QJsonObject body = request.json();
    if (!body.value(u"success").isBool() || body.value(u"providerApplicationVersion").toString().isEmpty()) {
        QJsonObject errors;
        if (!body.value(u"success").isBool())
            errors.insert(u"success"_qs, QJsonArray{u"must be boolean"_qs});
        if (body.value(u"providerApplicationVersion").toString().isEmpty())
            errors.insert(u"providerApplicationVersion"_qs, QJsonArray{u"can't be blank"_qs});
        return json(QJsonObject{{u"errors"_qs, errors}}, 400);
    }
    m_results.append({request.path, body});
    storeVerification(request.path, body);
    keepVerificationBody(body);
    const QString self = href(request.path + u'/' + QString::number(m_results.size()));
    QJsonObject out = body;
    out.insert(u"providerName"_qs, request.path.section(u'/', 3, 3));
    out.insert(u"verificationDate"_qs, u"2024-05-01T10:00:00+00:00"_qs);
    out.insert(u"_links"_qs, QJsonObject{{u"self"_qs, QJsonObject{{u"href"_qs, self}, {u"title"_qs, u"Verification result"_qs}}}});
    Answer a = json(out, 201);
    a.headers << qMakePair(QByteArray("Location"), self.toUtf8());
    return a;
}

} // namespace Pactbench::Test
