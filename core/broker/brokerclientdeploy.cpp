// SPDX-License-Identifier: MIT
// BrokerClient's deployment calls: environments, record-deployment/-release/-undeployment/-support-ended,
// describe-version.
#include "brokerclient.h"

#include "brokerclientsupport.h"
#include "hallink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace Pactbench {

using namespace BrokerSupport;
using Kind = BrokerError::Kind;
using Request = BrokerTransport::Request;

namespace {

BrokerError notFound(const QString &resource, const QString &message)
{
    return {Kind::NotFound, 404, resource, message, {}, {}};
}

QString versionWords(const QString &pacticipant, const QString &version)
{
    return u"version "_qs + version + u" of "_qs + pacticipant;
}

/// An environment's list of currently deployed (or supported) versions: its link, else the broker's path.
QUrl currentListUrl(const Environment &e, bool released)
{
    const QUrl given = released ? e.currentlySupportedUrl : e.currentlyDeployedUrl;
    if (!given.isEmpty())
        return given;
    QUrl url = e.url;
    url.setPath(url.path() + (released ? u"/released-versions/currently-supported"_qs : u"/deployed-versions/currently-deployed"_qs));
    return url;
}

/**
 * Finds `environment` in the broker's list of environments, then goes on with `then(guard, environment)`;
 * a failed list, or no environment of that name (`missing` says so), fails `reply` instead.
 */
template<typename T, typename Then>
void withEnvironment(BrokerClient *client, BrokerReply<T> *reply, const QString &environment, const QString &missing, Then then)
{
    auto *list = client->environments();
    QObject::connect(reply, &BrokerReplyBase::cancelRequested, list, &BrokerReplyBase::cancel);
    QPointer<BrokerReply<T>> guard(reply);
    QObject::connect(list, &BrokerReplyBase::finished, client, [=] {
        list->deleteLater();
        if (!guard || guard->isFinished())
            return;
        if (!list->ok())
            return guard->fail(list->error());
        const QList<Environment> &all = list->value();
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const Environment &e) { return e.name == environment; });
        if (found == all.cend())
            return guard->fail(notFound(environment, missing));
        then(guard, *found);
    });
}

} // namespace

BrokerReply<QList<Environment>> *BrokerClient::environments()
{
    auto *reply = new BrokerReply<QList<Environment>>(this);
    onIndex(m_transport, reply, [this](auto *r, const QJsonObject &index) {
        BrokerError error;
        const QUrl url = m_transport->relation(index, u"pb:environments"_qs, {}, &error);
        if (error.isError())
            return r->fail(error);
        sendFor(m_transport, r, Request{"GET", url, {}, u"the environments"_qs, true}, [](auto *rr, const BrokerTransport::Response &response) {
            const QJsonValue list = response.json.value(u"_embedded").toObject().value(u"environments");
            if (!list.isArray())
                return rr->fail(invalidResponse(u"the environments"_qs, u"the broker's environment list has no _embedded.environments"_qs));
            QList<Environment> out;
            for (const QJsonValue &e : list.toArray())
                out << Environment::fromJson(e.toObject(), response.url);
            rr->succeed(out);
        });
    });
    return reply;
}

BrokerReply<DeployedVersion> *BrokerClient::recordDeployment(const QString &pacticipant, const QString &version,
                                                             const QString &environment, const QString &applicationInstance)
{
    auto *reply = new BrokerReply<DeployedVersion>(this);
    QJsonObject body;
    if (!applicationInstance.isEmpty())
        body.insert(u"applicationInstance"_qs, applicationInstance);
    recordVia(reply, u"pb:record-deployment"_qs, pacticipant, version, environment,
              QJsonDocument(body).toJson(QJsonDocument::Compact));
    return reply;
}

BrokerReply<DeployedVersion> *BrokerClient::recordRelease(const QString &pacticipant, const QString &version,
                                                          const QString &environment)
{
    auto *reply = new BrokerReply<DeployedVersion>(this);
    recordVia(reply, u"pb:record-release"_qs, pacticipant, version, environment, QByteArray("{}"));
    return reply;
}

void BrokerClient::recordVia(BrokerReply<DeployedVersion> *reply, const QString &relation, const QString &pacticipant,
                             const QString &version, const QString &environment, const QByteArray &body)
{
    onIndex(m_transport, reply, [this, relation, pacticipant, version, environment, body](auto *r, const QJsonObject &index) {
        BrokerError error;
        const QUrl url = m_transport->relation(index, u"pb:pacticipant-version"_qs,
                                               {{u"pacticipant"_qs, pacticipant}, {u"version"_qs, version}}, &error);
        if (error.isError())
            return r->fail(error);
        const QString what = versionWords(pacticipant, version);
        sendFor(m_transport, r, Request{"GET", url, {}, what, true},
                [this, relation, environment, body, what](auto *rr, const BrokerTransport::Response &response) {
            QStringList offered;
            for (const HalLink &link : HalLink::all(response.json, relation)) {
                offered << link.name;
                if (link.name != environment)
                    continue;
                const QUrl target = response.url.resolved(QUrl(link.href));
                const QString verb = relation == u"pb:record-release" ? u"release of "_qs : u"deployment of "_qs;
                return sendFor(m_transport, rr, Request{"POST", target, body, verb + what + u" to "_qs + environment, true},
                               [](auto *r3, const BrokerTransport::Response &created) {
                                   r3->succeed(DeployedVersion::fromJson(created.json, created.url));
                               });
            }
            rr->fail(notFound(environment, u"environment '"_qs + environment + u"' does not exist on the broker (it offers "_qs
                                               + (offered.isEmpty() ? u"none"_qs : offered.join(u", "_qs)) + u") for "_qs + what));
        });
    });
}

BrokerReply<QList<DeployedVersion>> *BrokerClient::recordUndeployment(const QString &pacticipant, const QString &environment,
                                                                      const QString &applicationInstance)
{
    auto *reply = new BrokerReply<QList<DeployedVersion>>(this);
    endCurrent(reply, false, pacticipant, {}, environment, applicationInstance);
    return reply;
}

BrokerReply<QList<DeployedVersion>> *BrokerClient::recordSupportEnded(const QString &pacticipant, const QString &version,
                                                                      const QString &environment)
{
    auto *reply = new BrokerReply<QList<DeployedVersion>>(this);
    endCurrent(reply, true, pacticipant, version, environment, {});
    return reply;
}

void BrokerClient::endCurrent(BrokerReply<QList<DeployedVersion>> *reply, bool released, const QString &pacticipant,
                              const QString &version, const QString &environment, const QString &applicationInstance)
{
    const QString missing = u"environment '"_qs + environment + u"' does not exist on the broker"_qs;
    withEnvironment(this, reply, environment, missing, [=, this](const auto &guard, const Environment &env) {
        const QString what = u"the environment '"_qs + environment + u'\'';
        sendFor(m_transport, guard.data(), Request{"GET", env.url, {}, what, true}, [=, this](auto *r, const BrokerTransport::Response &envDoc) {
            const QString rel = released ? u"pb:currently-supported-released-versions"_qs : u"pb:currently-deployed-deployed-versions"_qs;
            const HalLink link = HalLink::first(envDoc.json, rel);
            if (!link.isValid())
                return r->fail({Kind::MissingRelation, 0, rel, what + u" has no '"_qs + rel + u"' link"_qs, {}, {}});
            QUrl url = envDoc.url.resolved(QUrl(link.href));
            url.setQuery(u"pacticipant="_qs + QString::fromLatin1(QUrl::toPercentEncoding(pacticipant)));
            sendFor(m_transport, r, Request{"GET", url, {}, what, true}, [=, this](auto *rr, const BrokerTransport::Response &current) {
                const QString key = released ? u"releasedVersions"_qs : u"deployedVersions"_qs;
                QList<Request> patches;
                QList<DeployedVersion> ended;
                QStringList instances; // of the pacticipant's deployments there, for the error
                for (const QJsonValue &v : current.json.value(u"_embedded").toObject().value(key).toArray()) {
                    DeployedVersion d = DeployedVersion::fromJson(v.toObject(), current.url);
                    if (d.pacticipant != pacticipant || (!version.isEmpty() && d.version != version))
                        continue;
                    if (!d.applicationInstance.isEmpty())
                        instances << d.applicationInstance;
                    // As the reference: without an instance, only the deployment without one is meant.
                    if (!released && d.applicationInstance != applicationInstance)
                        continue;
                    const QByteArray body = released ? "{\"currentlySupported\":false}" : "{\"currentlyDeployed\":false}";
                    patches << Request{"PATCH", d.url, body, (released ? u"the release of "_qs : u"the deployment of "_qs) + versionWords(pacticipant, d.version), true};
                    d.current = false;
                    ended << d;
                }
                if (ended.isEmpty() && !instances.isEmpty() && !released) {
                    return rr->fail(notFound(pacticipant, pacticipant + u" is not currently deployed to "_qs
                                                              + (applicationInstance.isEmpty() ? QString() : u"application instance '"_qs + applicationInstance + u"' in "_qs)
                                                              + environment + u"; give one of its application instances there: "_qs + instances.join(u", "_qs)));
                }
                if (ended.isEmpty()) {
                    const QString subject = version.isEmpty() ? pacticipant : versionWords(pacticipant, version);
                    const QString instance = applicationInstance.isEmpty() ? QString() : u" (application instance '"_qs + applicationInstance + u"')"_qs;
                    return rr->fail(notFound(subject, subject + (released ? u" is not currently released in "_qs : u" is not currently deployed to "_qs)
                                                          + environment + instance));
                }
                QPointer<BrokerReply<QList<DeployedVersion>>> g(rr);
                m_transport->sendAll(patches, [g, ended](const QList<BrokerTransport::Response> &, const BrokerError &error) {
                    if (!g || g->isFinished())
                        return;
                    if (error.isError())
                        return g->fail(error);
                    g->succeed(ended);
                });
            });
        });
    });
}

BrokerReply<VersionDescription> *BrokerClient::describeVersion(const QString &pacticipant, const QString &version,
                                                               const QString &latestTag)
{
    auto *reply = new BrokerReply<VersionDescription>(this);
    onIndex(m_transport, reply, [this, pacticipant, version, latestTag](auto *r, const QJsonObject &index) {
        BrokerError error;
        const QString rel = !version.isEmpty() ? u"pb:pacticipant-version"_qs
            : latestTag.isEmpty()               ? u"pb:latest-version"_qs
                                                : u"pb:latest-tagged-version"_qs;
        const QUrl url = m_transport->relation(index, rel, {{u"pacticipant"_qs, pacticipant}, {u"version"_qs, version}, {u"tag"_qs, latestTag}}, &error);
        if (error.isError())
            return r->fail(error);
        const QString what = !version.isEmpty() ? versionWords(pacticipant, version)
            : latestTag.isEmpty()               ? QString(u"the latest version of "_qs + pacticipant)
                                                : QString(u"the latest version of "_qs + pacticipant + u" with tag "_qs + latestTag);
        sendFor(m_transport, r, Request{"GET", url, {}, what, true}, [this, pacticipant](auto *rr, const BrokerTransport::Response &response) {
            VersionDescription d = VersionDescription::fromJson(response.json, response.url);
            if (d.pacticipant.isEmpty())
                d.pacticipant = pacticipant;
            addEnvironmentsTo(rr, d);
        });
    });
    return reply;
}

void BrokerClient::addEnvironmentsTo(BrokerReply<VersionDescription> *reply, VersionDescription description)
{
    // Each environment's currently deployed and currently supported versions of the pacticipant.
    auto *list = environments();
    connect(reply, &BrokerReplyBase::cancelRequested, list, &BrokerReplyBase::cancel);
    QPointer<BrokerReply<VersionDescription>> guard(reply);
    connect(list, &BrokerReplyBase::finished, this, [this, list, guard, description] {
        list->deleteLater();
        if (!guard || guard->isFinished())
            return;
        if (!list->ok())
            return guard->succeed(description); // an older broker without environments
        auto result = std::make_shared<VersionDescription>(description);
        QList<Request> requests;
        const QString query = u"pacticipant="_qs + QString::fromLatin1(QUrl::toPercentEncoding(description.pacticipant));
        for (const Environment &e : list->value()) {
            for (QUrl url : {currentListUrl(e, false), currentListUrl(e, true)}) {
                url.setQuery(query);
                requests << Request{"GET", url, {}, u"the versions of "_qs + description.pacticipant + u" in "_qs + e.name, true};
            }
        }
        m_transport->sendAll(requests, [guard, result](const QList<BrokerTransport::Response> &responses, const BrokerError &error) {
            if (!guard || guard->isFinished())
                return;
            if (error.isError())
                return guard->fail(error);
            for (const BrokerTransport::Response &response : responses) {
                const QJsonObject embedded = response.json.value(u"_embedded").toObject();
                for (const QString &key : {u"deployedVersions"_qs, u"releasedVersions"_qs}) {
                    for (const QJsonValue &v : embedded.value(key).toArray()) {
                        const DeployedVersion d = DeployedVersion::fromJson(v.toObject(), response.url);
                        QStringList &into = d.released ? result->releasedTo : result->deployedTo;
                        if (d.version == result->number && d.current && !into.contains(d.environment))
                            into << d.environment;
                    }
                }
            }
            guard->succeed(*result);
        });
    });
}

BrokerReply<QList<DeployedVersion>> *BrokerClient::currentVersions(const QString &pacticipant, const QString &environment,
                                                                    bool deployed, bool released)
{
    auto *reply = new BrokerReply<QList<DeployedVersion>>(this);
    const QString missing = u"environment '"_qs + environment + u"' not found on the broker"_qs;
    withEnvironment(this, reply, environment, missing, [=, this](const auto &guard, const Environment &env) {
        const Environment *found = &env;
        QList<Request> requests;
        for (const bool isRelease : {false, true}) {
            if (!(isRelease ? released : deployed))
                continue;
            QUrl url = currentListUrl(*found, isRelease);
            url.setQuery(u"pacticipant="_qs + QString::fromLatin1(QUrl::toPercentEncoding(pacticipant)));
            requests << Request{"GET", url, {}, (isRelease ? u"the releases in "_qs : u"the deployments to "_qs) + environment, true};
        }
        m_transport->sendAll(requests, [guard, pacticipant](const QList<BrokerTransport::Response> &responses, const BrokerError &error) {
            if (!guard || guard->isFinished())
                return;
            if (error.isError())
                return guard->fail(error);
            QList<DeployedVersion> out;
            for (const BrokerTransport::Response &response : responses) {
                const QJsonObject embedded = response.json.value(u"_embedded").toObject();
                for (const QString &key : {u"deployedVersions"_qs, u"releasedVersions"_qs}) {
                    for (const QJsonValue &v : embedded.value(key).toArray()) {
                        const DeployedVersion d = DeployedVersion::fromJson(v.toObject(), response.url);
                        if (d.pacticipant == pacticipant && d.current) // an older broker may ignore ?pacticipant=
                            out << d;
                    }
                }
            }
            guard->succeed(out);
        });
    });
    return reply;
}

} // namespace Pactbench
