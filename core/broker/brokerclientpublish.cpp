// SPDX-License-Identifier: MIT
// BrokerClient's writing calls: publish pacts, record versions, publish verification results.
#include "brokerclient.h"

#include "brokertransport.h"
#include "hallink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace Pactbench {

using Kind = BrokerError::Kind;
using Request = BrokerTransport::Request;

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString quotedList(const QStringList &names)
{
    return u'\'' + names.join(u"', '"_qs) + u'\'';
}

/**
 * The branch PUT and tag PUTs of a pacticipant version, in that order (empty when none). A relation
 * the index lacks is an error, or, with `skipped`, a `warning` notice there and no PUT (a verifier
 * publishes its results without the branch or tags an older broker cannot record).
 */
QList<Request> versionRequests(BrokerTransport *transport, const QJsonObject &index, const QString &pacticipant,
                               const QString &version, const QString &branch, const QStringList &tags,
                               BrokerError *error, QList<BrokerNotice> *skipped = nullptr)
{
    static const QString branchRelation = u"pb:pacticipant-branch-version"_qs;
    static const QString tagRelation = u"pb:pacticipant-version-tag"_qs;
    QList<Request> requests;
    const QString what = u"version '"_qs + version + u"' of '"_qs + pacticipant + u'\'';
    if (!branch.isEmpty() && skipped && !HalLink::first(index, branchRelation).isValid()) {
        // Where the reference verifier gives up publishing (an error, "Can't publish provider branch as there
        // is no 'pb:branch-version' link. Please ugrade to Pact Broker version 2.86.0 or later for branch
        // support", no results sent, exit code untouched), we warn and publish without the branch.
        skipped->append({{}, u"warning"_qs,
                         u"the broker does not support branches (its index has no '"_qs + branchRelation
                             + u"'): branch '"_qs + branch + u"' of "_qs + what
                             + u" was not recorded; upgrade to Pact Broker 2.86.0 or later for branch support"_qs});
    } else if (!branch.isEmpty()) {
        const QUrl url = transport->relation(index, branchRelation,
                                             {{u"pacticipant"_qs, pacticipant}, {u"branch"_qs, branch},
                                              {u"version"_qs, version}},
                                             error);
        if (error->isError())
            return {};
        requests << Request{"PUT", url, QByteArray("{}"), u"branch '"_qs + branch + u"' of "_qs + what, false};
    }
    if (!tags.isEmpty() && skipped && !HalLink::first(index, tagRelation).isValid()) {
        // The same for tags (the reference: "Can't publish provider tags as there is no 'pb:version-tag' link").
        skipped->append({{}, u"warning"_qs,
                         u"the broker does not support version tags (its index has no '"_qs + tagRelation
                             + u"'): "_qs + (tags.size() == 1 ? u"tag "_qs : u"tags "_qs) + quotedList(tags)
                             + u" of "_qs + what + (tags.size() == 1 ? u" was"_qs : u" were"_qs)
                             + u" not recorded"_qs});
        return requests;
    }
    for (const QString &tag : tags) {
        const QUrl url = transport->relation(index, tagRelation,
                                             {{u"pacticipant"_qs, pacticipant}, {u"version"_qs, version},
                                              {u"tag"_qs, tag}},
                                             error);
        if (error->isError())
            return {};
        requests << Request{"PUT", url, QByteArray("{}"), u"tag '"_qs + tag + u"' of "_qs + what, false};
    }
    return requests;
}

} // namespace

BrokerReply<PublishPactsResult> *BrokerClient::publishPacts(const PublishPactsRequest &request)
{
    auto *reply = new BrokerReply<PublishPactsResult>(this);
    if (const QString problem = request.problem(); !problem.isEmpty()) {
        reply->fail({Kind::InvalidArgument, 0, QStringLiteral("publish pacts"), u"cannot publish: "_qs + problem, {}, {}});
        return reply;
    }
    QPointer<BrokerReply<PublishPactsResult>> guard(reply);
    m_transport->withIndex([this, guard, request](const QJsonObject &index, const BrokerError &error) {
        if (!guard)
            return;
        if (error.isError())
            return guard->fail(error);
        const HalLink contracts = HalLink::first(index, u"pb:publish-contracts"_qs);
        if (contracts.isValid())
            publishContracts(guard, contracts.expand({}, connection().baseUrl), request);
        else
            publishLegacy(guard, index, request);
    });
    return reply;
}

void BrokerClient::publishContracts(BrokerReply<PublishPactsResult> *reply, const QUrl &url,
                                    const PublishPactsRequest &request)
{
    const QString what = u"the pacts of '"_qs + request.pacticipantName + u"' version '"_qs
        + request.pacticipantVersionNumber + u'\'';
    QPointer<BrokerReply<PublishPactsResult>> guard(reply);
    m_transport->send({"POST", url, compact(request.toJson()), what, true}, [guard](const BrokerTransport::Response &r) {
        if (!guard)
            return;
        if (r.error.isError())
            return guard->fail(r.error);
        PublishPactsResult result;
        for (const QJsonValue &n : r.json.value(u"notices").toArray())
            result.notices << BrokerNotice::fromJson(n.toObject());
        for (const HalLink &link : HalLink::all(r.json, u"pb:contracts"_qs))
            result.pactUrls << r.url.resolved(QUrl(link.href));
        guard->succeed(result);
    });
}

void BrokerClient::publishLegacy(BrokerReply<PublishPactsResult> *reply, const QJsonObject &index,
                                 const PublishPactsRequest &request)
{
    // The pre-2.86 flow: tag (and branch) the consumer version first, then PUT each pact.
    BrokerError error;
    QList<Request> requests = versionRequests(m_transport, index, request.pacticipantName,
                                              request.pacticipantVersionNumber, request.branch, request.tags, &error);
    PublishPactsResult result;
    result.usedLegacyRoute = true;
    for (const PublishPactsRequest::Contract &c : request.contracts) {
        const QUrl url = m_transport->relation(index, u"pb:publish-pact"_qs,
                                               {{u"provider"_qs, c.providerName}, {u"consumer"_qs, c.consumerName},
                                                {u"consumerApplicationVersion"_qs, request.pacticipantVersionNumber}},
                                               &error);
        if (error.isError())
            break;
        requests << Request{"PUT", url, c.content,
                            u"the pact from '"_qs + c.consumerName + u"' to '"_qs + c.providerName + u'\'', false};
        result.pactUrls << url;
    }
    if (error.isError())
        return reply->fail(error);
    if (!request.buildUrl.isEmpty())
        result.notices << BrokerNotice{{}, u"warning"_qs, u"this broker has no publish-contracts; the build URL was not recorded"_qs};
    QPointer<BrokerReply<PublishPactsResult>> guard(reply);
    m_transport->sendAll(requests, [guard, result](const QList<BrokerTransport::Response> &, const BrokerError &e) {
        if (!guard)
            return;
        if (e.isError())
            return guard->fail(e);
        guard->succeed(result);
    });
}

BrokerReply<RecordVersionResult> *BrokerClient::recordPacticipantVersion(const QString &pacticipant,
                                                                         const QString &version, const QString &branch,
                                                                         const QStringList &tags)
{
    auto *reply = new BrokerReply<RecordVersionResult>(this);
    QPointer<BrokerReply<RecordVersionResult>> guard(reply);
    m_transport->withIndex([=, this](const QJsonObject &index, const BrokerError &indexError) {
        if (!guard)
            return;
        if (indexError.isError())
            return guard->fail(indexError);
        BrokerError error;
        RecordVersionResult result;
        const QList<Request> requests
            = versionRequests(m_transport, index, pacticipant, version, branch, tags, &error, &result.notices);
        if (error.isError())
            return guard->fail(error);
        for (const Request &r : requests)
            result.urls << r.url;
        m_transport->sendAll(requests, [guard, result](const QList<BrokerTransport::Response> &, const BrokerError &e) {
            if (!guard)
                return;
            if (e.isError())
                return guard->fail(e);
            guard->succeed(result);
        });
    });
    return reply;
}

BrokerReply<QUrl> *BrokerClient::publishVerificationResults(const QUrl &resultsUrl, const VerificationResults &results)
{
    auto *reply = new BrokerReply<QUrl>(this);
    if (results.providerApplicationVersion.trimmed().isEmpty()) {
        reply->fail({Kind::InvalidArgument, 0, QStringLiteral("verification results"),
                     QStringLiteral("cannot publish verification results without a provider version"), {}, {}});
        return reply;
    }
    const QString what = u"verification results for "_qs + resultsUrl.toDisplayString(QUrl::RemoveUserInfo);
    QPointer<BrokerReply<QUrl>> guard(reply);
    m_transport->send({"POST", resultsUrl, compact(results.toJson()), what, false},
                      [guard](const BrokerTransport::Response &r) {
                          if (!guard)
                              return;
                          if (r.error.isError())
                              return guard->fail(r.error);
                          const HalLink self = HalLink::first(r.json, u"self"_qs);
                          if (!r.location.isEmpty())
                              guard->succeed(r.url.resolved(QUrl::fromEncoded(r.location)));
                          else
                              guard->succeed(self.isValid() ? r.url.resolved(QUrl(self.href)) : QUrl());
                      });
    return reply;
}

BrokerReply<QUrl> *BrokerClient::publishVerificationResults(const BrokerPact &pact, const VerificationResults &results)
{
    if (pact.verificationResultsUrl.isEmpty()) {
        auto *reply = new BrokerReply<QUrl>(this);
        reply->fail({Kind::MissingRelation, 0, pact.url.toDisplayString(QUrl::RemoveUserInfo),
                     u"the pact at "_qs + pact.url.toDisplayString(QUrl::RemoveUserInfo)
                         + u" has no 'pb:publish-verification-results' link"_qs,
                     {}, {}});
        return reply;
    }
    return publishVerificationResults(pact.verificationResultsUrl, results);
}

} // namespace Pactbench
