// SPDX-License-Identifier: MIT
// The test broker's deployment side: versions, verification results, environments, deployed and
// released versions, shaped like the real broker's decorators (version, environment, deployed_version).
#include "testbroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Pactbench::Test {

namespace {

const QString kCreatedAt = u"2024-05-01T10:00:00+00:00"_qs;

QJsonObject link(const QString &href, const QString &title = {}, const QString &name = {})
{
    QJsonObject o{{u"href"_qs, href}};
    if (!title.isEmpty())
        o.insert(u"title"_qs, title);
    if (!name.isEmpty())
        o.insert(u"name"_qs, name);
    return o;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

void TestBroker::addVersion(const QString &pacticipant, const QString &number, const QString &branch,
                            const QStringList &tags)
{
    addPacticipant(pacticipant);
    for (StoredVersion &v : m_versions) {
        if (v.pacticipant != pacticipant || v.number != number)
            continue;
        if (!branch.isEmpty())
            v.branch = branch;
        for (const QString &t : tags) {
            if (!v.tags.contains(t))
                v.tags << t;
        }
        return;
    }
    m_versions << StoredVersion{pacticipant, number, branch, tags};
}

bool TestBroker::addVerification(const QString &consumer, const QString &consumerVersion, const QString &provider,
                                 const QString &providerVersion, bool success)
{
    const StoredPact *pact = findPact(consumer, provider, consumerVersion);
    if (!pact)
        return false;
    addVersion(provider, providerVersion);
    m_verifications << StoredVerification{consumer, provider, pact->sha(), providerVersion, success,
                                          int(m_verifications.size()) + 1};
    return true;
}

void TestBroker::addEnvironment(const QString &name, const QString &displayName, bool production)
{
    m_environments << StoredEnvironment{newUuid(), name, displayName, production};
}

QString TestBroker::addDeployment(const QString &pacticipant, const QString &version, const QString &environment,
                                  bool released, const QString &applicationInstance)
{
    addVersion(pacticipant, version);
    // A new deployment to the same application instance replaces the one there (as the real broker does).
    for (StoredDeployment &d : m_deployments) {
        if (!released && !d.released && d.pacticipant == pacticipant && d.environment == environment
            && d.applicationInstance == applicationInstance)
            d.current = false;
    }
    const QString uuid = newUuid();
    m_deployments << StoredDeployment{uuid, pacticipant, version, environment, applicationInstance, released, true};
    return uuid;
}

void TestBroker::populate(int pacticipants, int integrations)
{
    const auto name = [](int i) -> QString { return u"service-"_qs + QString::number(i).rightJustified(3, u'0'); };
    for (int i = 0; i < pacticipants; ++i)
        addPacticipant(name(i), u"main"_qs);
    int made = 0;
    // Consumer i → provider i + step: acyclic, every pair at most once.
    for (int step = 1; step < pacticipants && made < integrations; ++step) {
        for (int i = 0; i + step < pacticipants && made < integrations; ++i, ++made) {
            const QString consumer = name(i);
            const QString provider = name(i + step);
            const QByteArray content = QJsonDocument(QJsonObject{
                {u"consumer"_qs, QJsonObject{{u"name"_qs, consumer}}},
                {u"provider"_qs, QJsonObject{{u"name"_qs, provider}}},
                {u"interactions"_qs, QJsonArray{QJsonObject{
                    {u"description"_qs, QString(u"a request from "_qs + consumer)},
                    {u"request"_qs, QJsonObject{{u"method"_qs, u"GET"_qs}, {u"path"_qs, QString(u"/"_qs + consumer)}}},
                    {u"response"_qs, QJsonObject{{u"status"_qs, 200}}}}}},
                {u"metadata"_qs, QJsonObject{{u"pactSpecification"_qs, QJsonObject{{u"version"_qs, u"3.0.0"_qs}}}}}}).toJson(QJsonDocument::Compact);
            addPact({consumer, provider, u"1.0.0"_qs, content, u"main"_qs, {}});
            addVerification(consumer, u"1.0.0"_qs, provider, u"1.0.0"_qs, made % 7 != 6);
        }
    }
    for (int i = 0; i < pacticipants; ++i) {
        addVersion(name(i), u"1.0.0"_qs, u"main"_qs);
        addDeployment(name(i), u"1.0.0"_qs, u"production"_qs);
    }
}

const TestBroker::StoredVersion *TestBroker::findVersion(const QString &pacticipant, const QString &number) const
{
    for (const StoredVersion &v : m_versions) {
        if (v.pacticipant == pacticipant && v.number == number)
            return &v;
    }
    return nullptr;
}

const TestBroker::StoredEnvironment *TestBroker::findEnvironment(const QString &nameOrUuid) const
{
    for (const StoredEnvironment &e : m_environments) {
        if (e.uuid == nameOrUuid || e.name == nameOrUuid)
            return &e;
    }
    return nullptr;
}

void TestBroker::storeVerification(const QString &path, const QJsonObject &body)
{
    // /pacts/provider/{p}/consumer/{c}/pact-version/{sha}/…
    const QStringList s = path.split(u'/');
    const QString provider = s.value(3);
    const QString version = body.value(u"providerApplicationVersion").toString();
    addVersion(provider, version);
    m_verifications << StoredVerification{s.value(5), provider, s.value(7), version, body.value(u"success").toBool(),
                                          int(m_verifications.size()) + 1};
}

std::optional<TestBroker::Answer> TestBroker::routeDeploy(const QStringList &s, const RecordedRequest &request)
{
    const QByteArray &m = request.method;
    if (m == "GET" && s == QStringList{u"matrix"_qs})
        return matrixAnswer(request.query);
    if (m == "GET" && s == QStringList{u"can-i-deploy"_qs})
        return canIDeployAnswer(request.query);
    if (m == "GET" && s == QStringList{u"environments"_qs})
        return environmentsAnswer();
    if (s.value(0) == u"environments" && s.size() >= 2) {
        const StoredEnvironment *e = findEnvironment(s.at(1));
        if (!e || e->uuid != s.at(1))
            return notFound({});
        if (m == "GET" && s.size() == 2)
            return environmentAnswer(*e);
        if (m == "GET" && s.size() == 4 && s.at(2) == u"deployed-versions" && s.at(3) == u"currently-deployed")
            return currentDeploymentsAnswer(*e, false, request);
        if (m == "GET" && s.size() == 4 && s.at(2) == u"released-versions" && s.at(3) == u"currently-supported")
            return currentDeploymentsAnswer(*e, true, request);
        return notFound({});
    }
    if (m == "PATCH" && s.size() == 2 && (s.at(0) == u"deployed-versions" || s.at(0) == u"released-versions"))
        return patchDeploymentAnswer(s.at(1), request);
    if (s.value(0) != u"pacticipants")
        return std::nullopt;
    if (m == "GET" && s.size() == 4 && s.at(2) == u"versions")
        return versionAnswer(s.at(1), s.at(3));
    if (m == "GET" && (s.size() == 3 || s.size() == 4) && s.at(2) == u"latest-version")
        return latestVersionAnswer(s.at(1), s.value(3));
    if (m == "POST" && s.size() == 7 && s.at(2) == u"versions" && s.at(5) == u"environment")
        return recordDeploymentAnswer(s, request);
    if (m == "PUT" && s.size() == 6 && s.at(2) == u"versions" && s.at(4) == u"tags")
        addVersion(s.at(1), s.at(3), {}, {s.at(5)});
    if (m == "PUT" && s.size() == 6 && s.at(2) == u"branches" && s.at(4) == u"versions")
        addVersion(s.at(1), s.at(5), s.at(3));
    return std::nullopt; // the tag and branch answers stay with routeSegments()
}

TestBroker::Answer TestBroker::environmentsAnswer() const
{
    QJsonArray list;
    for (const StoredEnvironment &e : m_environments)
        list.append(environmentJson(e));
    return json(QJsonObject{{u"_embedded"_qs, QJsonObject{{u"environments"_qs, list}}},
                            {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/environments"_qs), u"Environments"_qs)}}}});
}

TestBroker::Answer TestBroker::environmentAnswer(const StoredEnvironment &e) const
{
    return json(environmentJson(e));
}

QJsonObject TestBroker::environmentJson(const StoredEnvironment &e) const
{
    const QString self = href(u"/environments/"_qs + e.uuid);
    return QJsonObject{
        {u"uuid"_qs, e.uuid}, {u"name"_qs, e.name}, {u"displayName"_qs, e.displayName}, {u"production"_qs, e.production},
        {u"createdAt"_qs, kCreatedAt},
        {u"_links"_qs, QJsonObject{
            {u"self"_qs, link(self, u"Environment"_qs, e.name)},
            {u"pb:currently-deployed-deployed-versions"_qs, link(self + u"/deployed-versions/currently-deployed"_qs, u"Versions currently deployed to "_qs + e.displayName + u" environment"_qs)},
            {u"pb:currently-supported-released-versions"_qs, link(self + u"/released-versions/currently-supported"_qs, u"Versions released and supported in "_qs + e.displayName + u" environment"_qs)},
            {u"pb:environments"_qs, link(href(u"/environments"_qs), u"Environments"_qs)}}}};
}

QJsonObject TestBroker::versionJson(const StoredVersion &v) const
{
    const QString self = href(u"/pacticipants/"_qs + enc(v.pacticipant) + u"/versions/"_qs + enc(v.number));
    QJsonArray branches;
    if (!v.branch.isEmpty())
        branches.append(QJsonObject{{u"name"_qs, v.branch}, {u"latest"_qs, true},
                                    {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/pacticipants/"_qs + enc(v.pacticipant) + u"/branches/"_qs + enc(v.branch) + u"/versions/"_qs + enc(v.number)), u"Branch version"_qs, v.branch)}}}});
    QJsonArray tags;
    for (const QString &t : v.tags)
        tags.append(QJsonObject{{u"name"_qs, t}, {u"_links"_qs, QJsonObject{{u"self"_qs, link(self + u"/tags/"_qs + enc(t), u"Tag"_qs, t)}}}});
    QJsonArray deploy;
    QJsonArray release;
    for (const StoredEnvironment &e : m_environments) {
        deploy.append(link(self + u"/deployed-versions/environment/"_qs + e.uuid, u"Record deployment to "_qs + e.displayName, e.name));
        release.append(link(self + u"/released-versions/environment/"_qs + e.uuid, u"Record release to "_qs + e.displayName, e.name));
    }
    return QJsonObject{
        {u"number"_qs, v.number}, {u"createdAt"_qs, kCreatedAt},
        {u"_embedded"_qs, QJsonObject{{u"branchVersions"_qs, branches}, {u"tags"_qs, tags}}},
        {u"_links"_qs, QJsonObject{
            {u"self"_qs, link(self, u"Version"_qs, v.number)},
            {u"pb:pacticipant"_qs, link(href(u"/pacticipants/"_qs + enc(v.pacticipant)), u"Pacticipant"_qs, v.pacticipant)},
            {u"pb:record-deployment"_qs, deploy},
            {u"pb:record-release"_qs, release}}}};
}

TestBroker::Answer TestBroker::versionAnswer(const QString &pacticipant, const QString &number) const
{
    const StoredVersion *v = findVersion(pacticipant, number);
    return v ? json(versionJson(*v)) : notFound({});
}

TestBroker::Answer TestBroker::latestVersionAnswer(const QString &pacticipant, const QString &tag) const
{
    for (qsizetype i = m_versions.size() - 1; i >= 0; --i) {
        const StoredVersion &v = m_versions.at(i);
        if (v.pacticipant == pacticipant && (tag.isEmpty() || v.tags.contains(tag)))
            return json(versionJson(v));
    }
    return notFound({});
}

QJsonObject TestBroker::deploymentJson(const StoredDeployment &d) const
{
    const StoredEnvironment *e = findEnvironment(d.environment);
    const QString kind = d.released ? u"released-versions"_qs : u"deployed-versions"_qs;
    QJsonObject o{{u"uuid"_qs, d.uuid}, {u"createdAt"_qs, kCreatedAt},
                  {u"_embedded"_qs, QJsonObject{
                       {u"pacticipant"_qs, QJsonObject{{u"name"_qs, d.pacticipant}, {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/pacticipants/"_qs + enc(d.pacticipant)))}}}}},
                       {u"version"_qs, QJsonObject{{u"number"_qs, d.version}, {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/pacticipants/"_qs + enc(d.pacticipant) + u"/versions/"_qs + enc(d.version)))}}}}},
                       {u"environment"_qs, e ? environmentJson(*e) : QJsonObject()}}},
                  {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u'/' + kind + u'/' + d.uuid))}}}};
    if (d.released) {
        o.insert(u"currentlySupported"_qs, d.current);
    } else {
        o.insert(u"currentlyDeployed"_qs, d.current);
        o.insert(u"applicationInstance"_qs, d.applicationInstance.isEmpty() ? QJsonValue() : QJsonValue(d.applicationInstance));
        o.insert(u"target"_qs, d.applicationInstance.isEmpty() ? QJsonValue() : QJsonValue(d.applicationInstance));
    }
    return o;
}

TestBroker::Answer TestBroker::recordDeploymentAnswer(const QStringList &s, const RecordedRequest &request)
{
    // /pacticipants/{p}/versions/{v}/deployed-versions|released-versions/environment/{uuid}
    const StoredEnvironment *e = findEnvironment(s.at(6));
    const bool released = s.at(4) == u"released-versions";
    if (!e || e->uuid != s.at(6) || !findVersion(s.at(1), s.at(3)) || (!released && s.at(4) != u"deployed-versions"))
        return notFound({});
    const QJsonObject body = request.json();
    QString instance = body.value(u"applicationInstance").toString();
    if (instance.isEmpty())
        instance = body.value(u"target").toString();
    const QString uuid = addDeployment(s.at(1), s.at(3), e->name, released, instance);
    return json(deploymentJson(m_deployments.constLast()), uuid.isEmpty() ? 200 : 201);
}

TestBroker::Answer TestBroker::currentDeploymentsAnswer(const StoredEnvironment &e, bool released,
                                                        const RecordedRequest &request) const
{
    const QString pacticipant = request.query.queryItemValue(u"pacticipant"_qs, QUrl::FullyDecoded);
    QJsonArray list;
    for (const StoredDeployment &d : m_deployments) {
        if (d.released == released && d.current && d.environment == e.name
            && (pacticipant.isEmpty() || d.pacticipant == pacticipant))
            list.append(deploymentJson(d));
    }
    const QString key = released ? u"releasedVersions"_qs : u"deployedVersions"_qs;
    return json(QJsonObject{{u"_embedded"_qs, QJsonObject{{key, list}}},
                            {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(request.path))}}}});
}

TestBroker::Answer TestBroker::patchDeploymentAnswer(const QString &uuid, const RecordedRequest &request)
{
    for (StoredDeployment &d : m_deployments) {
        if (d.uuid != uuid)
            continue;
        const QJsonObject body = request.json();
        const QString field = d.released ? u"currentlySupported"_qs : u"currentlyDeployed"_qs;
        if (body.value(field) == QJsonValue(false))
            d.current = false;
        return json(deploymentJson(d));
    }
    return notFound({});
}

} // namespace Pactbench::Test
