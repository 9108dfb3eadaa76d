// SPDX-License-Identifier: MIT
#include "brokerclient.h"

#include "brokerclientsupport.h"
#include "brokertransport.h"
#include "hallink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

namespace Pactbench {

using Kind = BrokerError::Kind;

using BrokerSupport::onIndex;
using BrokerSupport::sendFor;

namespace {

BrokerError invalid(const QString &resource, const QString &message)
{
    return BrokerSupport::invalidResponse(resource, message);
}

} // namespace

BrokerClient::BrokerClient(const BrokerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_transport(new BrokerTransport(connection, this))
{
    connect(m_transport, &BrokerTransport::retrying, this, &BrokerClient::retrying);
}

BrokerClient::~BrokerClient() = default;

const BrokerConnection &BrokerClient::connection() const
{
    return m_transport->connection();
}

BrokerReply<QJsonObject> *BrokerClient::index()
{
    auto *reply = new BrokerReply<QJsonObject>(this);
    onIndex(m_transport, reply, [](auto *r, const QJsonObject &index) { r->succeed(index); });
    return reply;
}

BrokerReply<QList<PacticipantSummary>> *BrokerClient::pacticipants()
{
    auto *reply = new BrokerReply<QList<PacticipantSummary>>(this);
    onIndex(m_transport, reply, [this](auto *r, const QJsonObject &index) {
        BrokerError error;
        QUrl url = m_transport->relation(index, u"pb:pacticipants"_qs, {}, &error);
        if (error.isError())
            return r->fail(error);
        QUrlQuery query(url);
        query.addQueryItem(u"pageNumber"_qs, u"1"_qs);
        query.addQueryItem(u"pageSize"_qs, QString::number(m_pageSize));
        url.setQuery(query);
        fetchPacticipantPage(r, url, {}, 1);
    });
    return reply;
}

void BrokerClient::fetchPacticipantPage(BrokerReply<QList<PacticipantSummary>> *reply, const QUrl &url,
                                        QList<PacticipantSummary> soFar, int pages)
{
    const BrokerTransport::Request request{"GET", url, {}, QStringLiteral("the pacticipant list"), true};
    sendFor(m_transport, reply, request, [this, soFar, pages](auto *r, const BrokerTransport::Response &response) {
        QList<PacticipantSummary> all = soFar;
        const QJsonValue embedded = response.json.value(u"_embedded").toObject().value(u"pacticipants");
        if (embedded.isArray()) {
            for (const QJsonValue &p : embedded.toArray())
                all << PacticipantSummary::fromJson(p.toObject(), response.url);
        } else {
            // Brokers without embedded pacticipants still list them as links.
            for (const HalLink &link : HalLink::all(response.json, u"pb:pacticipants"_qs))
                all << PacticipantSummary{link.name, link.title, {}, {}, {}, response.url.resolved(QUrl(link.href))};
        }
        const HalLink next = HalLink::first(response.json, u"next"_qs);
        const QUrl nextUrl = next.isValid() ? response.url.resolved(QUrl(next.href)) : QUrl();
        // A page limit and a self-link check keep a misbehaving broker from looping forever.
        if (nextUrl.isEmpty() || nextUrl == response.url || pages >= 10000)
            return r->succeed(all);
        fetchPacticipantPage(r, nextUrl, all, pages + 1);
    });
}

BrokerReply<QList<LatestPactSummary>> *BrokerClient::latestPacts()
{
    auto *reply = new BrokerReply<QList<LatestPactSummary>>(this);
    onIndex(m_transport, reply, [this](auto *r, const QJsonObject &index) {
        BrokerError error;
        const QUrl url = m_transport->relation(index, u"pb:latest-pact-versions"_qs, {}, &error);
        if (error.isError())
            return r->fail(error);
        const BrokerTransport::Request request{"GET", url, {}, QStringLiteral("the latest pacts"), true};
        sendFor(m_transport, r, request, [](auto *rr, const BrokerTransport::Response &response) {
            QList<LatestPactSummary> list;
            for (const QJsonValue &p : response.json.value(u"pacts").toArray())
                list << LatestPactSummary::fromJson(p.toObject(), response.url);
            rr->succeed(list);
        });
    });
    return reply;
}

BrokerReply<BrokerPact> *BrokerClient::fetchPact(const QUrl &url)
{
    auto *reply = new BrokerReply<BrokerPact>(this);
    fetchPactInto(reply, url, u"the pact at "_qs + url.toDisplayString(QUrl::RemoveUserInfo), nullptr);
    return reply;
}

BrokerReply<BrokerPact> *BrokerClient::fetchPact(const PactForVerification &entry)
{
    auto *reply = new BrokerReply<BrokerPact>(this);
    const QString what = entry.name.isEmpty()
        ? QString(u"the pact at "_qs + entry.url.toDisplayString(QUrl::RemoveUserInfo))
        : QString(u"the pact '"_qs + entry.name + u'\'');
    fetchPactInto(reply, entry.url, what, &entry);
    return reply;
}

void BrokerClient::fetchPactInto(BrokerReply<BrokerPact> *reply, const QUrl &url, const QString &what,
                                 const PactForVerification *entry)
{
    std::optional<PactForVerification> properties;
    if (entry)
        properties = *entry;
    const BrokerTransport::Request request{"GET", url, {}, what, true};
    sendFor(m_transport, reply, request, [properties, what](auto *r, const BrokerTransport::Response &response) {
        BrokerPact pact = BrokerPact::fromDocument(response.json, response.url);
        if (!pact.isReadable()) {
            QStringList problems;
            for (const Diagnostic &d : pact.diagnostics)
                problems << d.toString();
            return r->fail(invalid(what, what + u" is not a readable pact: "_qs + problems.join(u"; ")));
        }
        if (properties) {
            pact.shortDescription = properties->shortDescription;
            pact.pending = properties->pending;
            pact.wip = properties->wip;
            pact.notices = properties->notices;
        }
        r->succeed(pact);
    });
}

BrokerReply<BrokerPact> *BrokerClient::fetchPact(const PactSelection &selection)
{
    auto *reply = new BrokerReply<BrokerPact>(this);
    onIndex(m_transport, reply, [this, selection](auto *r, const QJsonObject &index) {
        BrokerError error;
        QMap<QString, QString> values{{u"provider"_qs, selection.provider}, {u"consumer"_qs, selection.consumer}};
        if (!selection.version.isEmpty()) {
            values.insert(u"consumerApplicationVersion"_qs, selection.version);
            const QUrl url = m_transport->relation(index, u"pb:publish-pact"_qs, values, &error);
            return error.isError() ? r->fail(error) : fetchPactInto(r, url, selection.describe(), nullptr);
        }
        QString rel = u"pb:latest-provider-pacts"_qs;
        if (!selection.branch.isEmpty()) {
            rel = u"pb:latest-provider-pacts-with-branch"_qs;
            values.insert(u"branch"_qs, selection.branch);
        } else if (!selection.tag.isEmpty()) {
            rel = u"pb:latest-provider-pacts-with-tag"_qs;
            values.insert(u"tag"_qs, selection.tag);
        }
        const QUrl listUrl = m_transport->relation(index, rel, values, &error);
        if (error.isError())
            return r->fail(error);
        fetchConsumerPact(r, listUrl, selection);
    });
    return reply;
}

BrokerReply<QList<PactVersionSummary>> *BrokerClient::pactVersions(const QUrl &pactUrl)
{
    auto *reply = new BrokerReply<QList<PactVersionSummary>>(this);
    const QString what = u"the pact at "_qs + pactUrl.toDisplayString(QUrl::RemoveUserInfo);
    const BrokerTransport::Request request{"GET", pactUrl, {}, what, true};
    sendFor(m_transport, reply, request, [this, what](auto *r, const BrokerTransport::Response &response) {
        const QString rel = u"pb:all-pact-versions"_qs;
        const HalLink link = HalLink::first(response.json, rel);
        if (!link.isValid()) {
            return r->fail({Kind::MissingRelation, 0, rel,
                            what + u" has no '"_qs + rel
                                + u"' link, so the versions of this pact cannot be listed (an older or restricted broker?)"_qs,
                            {}, {}});
        }
        const QString consumer = response.json.value(u"consumer").toObject().value(u"name").toString();
        const QString provider = response.json.value(u"provider").toObject().value(u"name").toString();
        fetchPactVersions(r, response.url.resolved(QUrl(link.href)), consumer, provider);
    });
    return reply;
}

void BrokerClient::fetchPactVersions(BrokerReply<QList<PactVersionSummary>> *reply, const QUrl &url,
                                     const QString &consumer, const QString &provider)
{
    const QString what = u"the versions of the pact from '"_qs + consumer + u"' to '"_qs + provider + u'\'';
    const BrokerTransport::Request request{"GET", url, {}, what, true};
    sendFor(m_transport, reply, request, [what, consumer, provider](auto *r, const BrokerTransport::Response &response) {
        bool ok = false;
        QList<PactVersionSummary> list = PactVersionSummary::listFromJson(response.json, response.url, consumer, provider, &ok);
        if (!ok)
            return r->fail(invalid(what, u"the broker's list of "_qs + what + u" has neither _embedded.pacts nor pact-versions links"_qs));
        r->succeed(list);
    });
}

void BrokerClient::fetchConsumerPact(BrokerReply<BrokerPact> *reply, const QUrl &listUrl, const PactSelection &selection)
{
    const QString what = u"pacts for provider '"_qs + selection.provider + u'\'';
    const BrokerTransport::Request request{"GET", listUrl, {}, what, true};
    sendFor(m_transport, reply, request, [this, selection](auto *r, const BrokerTransport::Response &response) {
        for (const HalLink &link : HalLink::all(response.json, u"pb:pacts"_qs)) {
            if (link.name == selection.consumer)
                return fetchPactInto(r, response.url.resolved(QUrl(link.href)), selection.describe(), nullptr);
        }
        r->fail({Kind::NotFound, 404, selection.describe(), selection.describe() + u" not found on the broker"_qs,
                 {}, {}});
    });
}

BrokerReply<QList<PactForVerification>> *BrokerClient::pactsForVerification(const PactsForVerificationRequest &request)
{
    auto *reply = new BrokerReply<QList<PactForVerification>>(this);
    onIndex(m_transport, reply, [this, request](auto *r, const QJsonObject &index) {
        BrokerError error;
        const QUrl url = m_transport->relation(index, u"pb:provider-pacts-for-verification"_qs,
                                               {{u"provider"_qs, request.providerName}}, &error);
        if (error.isError())
            return r->fail(error);
        const QString what = u"pacts for verification of provider '"_qs + request.providerName + u'\'';
        const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
        sendFor(m_transport, r, {"POST", url, body, what, true}, [what](auto *rr, const BrokerTransport::Response &response) {
            const QJsonValue pacts = response.json.value(u"_embedded").toObject().value(u"pacts");
            if (!pacts.isArray())
                return rr->fail(invalid(what, u"the broker's list of "_qs + what + u" has no _embedded.pacts"_qs));
            QList<PactForVerification> list;
            for (const QJsonValue &p : pacts.toArray())
                list << PactForVerification::fromJson(p.toObject(), response.url);
            rr->succeed(list);
        });
    });
    return reply;
}

BrokerReply<QList<BrokerPact>> *BrokerClient::pactsToVerify(const PactsForVerificationRequest &request)
{
    auto *reply = new BrokerReply<QList<BrokerPact>>(this);
    auto *list = pactsForVerification(request);
    connect(reply, &BrokerReplyBase::cancelRequested, list, &BrokerReplyBase::cancel);
    QPointer<BrokerReply<QList<BrokerPact>>> guard(reply);
    connect(list, &BrokerReplyBase::finished, this, [this, list, guard] {
        list->deleteLater();
        if (!guard)
            return;
        if (!list->ok())
            return guard->fail(list->error());
        fetchAllForVerification(guard, list->value());
    });
    return reply;
}

void BrokerClient::fetchAllForVerification(BrokerReply<QList<BrokerPact>> *reply,
                                           const QList<PactForVerification> &entries)
{
    // Fetched in parallel (QNetworkAccessManager limits connections per host); kept in order.
    auto results = std::make_shared<QList<BrokerPact>>(entries.size());
    auto remaining = std::make_shared<qsizetype>(entries.size());
    QPointer<BrokerReply<QList<BrokerPact>>> guard(reply);
    if (entries.isEmpty())
        return reply->succeed({});
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto *one = fetchPact(entries.at(i));
        connect(reply, &BrokerReplyBase::cancelRequested, one, &BrokerReplyBase::cancel);
        connect(one, &BrokerReplyBase::finished, this, [one, i, results, remaining, guard] {
            one->deleteLater();
            if (!guard || guard->isFinished())
                return;
            if (!one->ok())
                return guard->fail(one->error());
            (*results)[i] = one->value();
            if (--*remaining == 0)
                guard->succeed(*results);
        });
    }
}

} // namespace Pactbench
