// SPDX-License-Identifier: MIT
// The test broker's HAL answers, shaped like the real broker's (docs/broker-api.md, compat fixtures).
#include "testbroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace Pactbench::Test {

namespace {

const QString kMetadata = u"c1tdW2xdPXRydWU"_qs; // the broker's base64 selector metadata segment

QJsonObject link(const QString &href, const QString &title = {}, const QString &name = {})
{
    QJsonObject o{{u"href"_qs, href}};
    if (!title.isEmpty())
        o.insert(u"title"_qs, title);
    if (!name.isEmpty())
        o.insert(u"name"_qs, name);
    return o;
}

QJsonObject templated(const QString &href, const QString &title)
{
    return QJsonObject{{u"href"_qs, href}, {u"title"_qs, title}, {u"templated"_qs, true}};
}

} // namespace

QString TestBroker::href(const QString &path) const
{
    return baseUrl().toString() + path;
}

QString TestBroker::enc(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

TestBroker::Answer TestBroker::json(const QJsonObject &object, int status) const
{
    return Answer{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/hal+json", {}};
}

TestBroker::Answer TestBroker::notFound(const QString &what) const
{
    Q_UNUSED(what)
    return Answer{404, {}, "text/plain", {}};
}

TestBroker::Answer TestBroker::route(const RecordedRequest &request)
{
    if (request.path == u"/" || request.path.isEmpty())
        return request.method == "GET" ? index() : notFound(request.path);
    QStringList s = request.path.split(u'/');
    s.removeFirst();
    return routeSegments(s, request);
}

TestBroker::Answer TestBroker::routeSegments(const QStringList &s, const RecordedRequest &request)
{
    const QByteArray &m = request.method;
    if (const std::optional<Answer> deploy = routeDeploy(s, request))
        return *deploy;
    if (m == "GET" && s == QStringList{u"pacticipants"_qs})
        return pacticipants(request);
    if (m == "GET" && s.size() == 2 && s.at(0) == u"pacticipants")
        return pacticipant(s.at(1));
    if (m == "GET" && s == QStringList{u"pacts"_qs, u"latest"_qs})
        return latestPacts();
    if (m == "POST" && s == QStringList{u"contracts"_qs, u"publish"_qs})
        return m_publishContracts ? publishContracts(request) : notFound({});
    if (s.value(0) == u"pacts" && s.value(1) == u"provider") {
        const QString provider = s.value(2);
        if (m == "POST" && s.size() == 4 && s.at(3) == u"for-verification")
            return forVerification(provider, request);
        if (m == "GET" && s.size() == 4 && s.at(3) == u"latest")
            return providerPacts(provider, {}, {});
        if (m == "GET" && s.size() == 5 && s.at(3) == u"latest")
            return providerPacts(provider, s.at(4), {});
        if (m == "GET" && s.size() == 6 && s.at(3) == u"branch" && s.at(5) == u"latest")
            return providerPacts(provider, {}, s.at(4));
        if (m == "GET" && s.size() == 6 && s.at(3) == u"consumer" && s.at(5) == u"versions")
            return pactVersions(s.at(4), provider);
        if (s.value(3) == u"consumer" && s.value(5) == u"version" && s.size() == 7) {
            if (m == "PUT")
                return putPact(s, request);
            const StoredPact *p = findPact(s.at(4), provider, s.at(6));
            return p ? pactDocument(*p) : notFound({});
        }
        if (s.value(3) == u"consumer" && s.value(5) == u"pact-version") {
            const StoredPact *p = findBySha(s.value(6));
            if (m == "POST" && s.constLast() == u"verification-results")
                return p ? verificationResult(request) : notFound({});
            if (m == "GET" && s.size() == 9 && s.at(7) == u"verification-results")
                return verificationDocument(s);
            return p && m == "GET" ? pactDocument(*p) : notFound({});
        }
    }
    if (m == "PUT" && s.value(0) == u"pacticipants" && s.size() == 6 && s.at(2) == u"versions" && s.at(4) == u"tags")
        return json(QJsonObject{{u"name"_qs, s.at(5)}, {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(request.path))}}}}, 201);
    if (m == "PUT" && s.value(0) == u"pacticipants" && s.size() == 6 && s.at(2) == u"branches" && s.at(4) == u"versions")
        return json(QJsonObject{{u"_links"_qs, QJsonObject{{u"self"_qs, link(href(request.path))}}}}, 200);
    return notFound({});
}

TestBroker::Answer TestBroker::index() const
{
    if (!m_indexOverride.isEmpty())
        return Answer{200, m_indexOverride, "application/hal+json", {}};
    const QString base = baseUrl().toString();
    QJsonObject links{
        {u"self"_qs, link(base, u"Index"_qs)},
        {u"pb:publish-pact"_qs, templated(base + u"/pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}"_qs, u"Publish a pact"_qs)},
        {u"pb:latest-pact-versions"_qs, link(base + u"/pacts/latest"_qs, u"Latest pact versions"_qs)},
        {u"pb:pacticipants"_qs, link(base + u"/pacticipants"_qs, u"Pacticipants"_qs)},
        {u"pb:latest-provider-pacts"_qs, templated(base + u"/pacts/provider/{provider}/latest"_qs, u"Latest pacts by provider"_qs)},
        {u"pb:latest-provider-pacts-with-tag"_qs, templated(base + u"/pacts/provider/{provider}/latest/{tag}"_qs, u"Latest pacts by provider with the specified tag"_qs)},
        {u"pb:latest-provider-pacts-with-branch"_qs, templated(base + u"/pacts/provider/{provider}/branch/{branch}/latest"_qs, u"Latest pacts for provider with the specified branch"_qs)},
        {u"pb:provider-pacts-for-verification"_qs, templated(base + u"/pacts/provider/{provider}/for-verification"_qs, u"Pact versions to be verified for the specified provider"_qs)},
        {u"pb:pacticipant-version-tag"_qs, templated(base + u"/pacticipants/{pacticipant}/versions/{version}/tags/{tag}"_qs, u"Get, create or delete a tag for a pacticipant version"_qs)},
        {u"pb:pacticipant-branch-version"_qs, templated(base + u"/pacticipants/{pacticipant}/branches/{branch}/versions/{version}"_qs, u"Get or add/create a pacticipant version for a branch"_qs)},
        {u"pb:pacticipant"_qs, templated(base + u"/pacticipants/{pacticipant}"_qs, u"Fetch pacticipant by name"_qs)},
        {u"pb:pacticipant-version"_qs, templated(base + u"/pacticipants/{pacticipant}/versions/{version}"_qs, u"Get, create or delete a pacticipant version"_qs)},
        {u"pb:latest-version"_qs, templated(base + u"/pacticipants/{pacticipant}/latest-version"_qs, u"Latest pacticipant version"_qs)},
        {u"pb:latest-tagged-version"_qs, templated(base + u"/pacticipants/{pacticipant}/latest-version/{tag}"_qs, u"Latest pacticipant version with the specified tag"_qs)},
        {u"pb:environments"_qs, link(base + u"/environments"_qs, u"Environments"_qs)},
        {u"pb:environment"_qs, templated(base + u"/environments/{uuid}"_qs, u"Environment"_qs)},
        {u"pb:can-i-deploy-pacticipant-version-to-tag"_qs, templated(base + u"/can-i-deploy?pacticipant={pacticipant}&version={version}&to={tag}"_qs, u"Determine if an application version can be safely deployed to an environment identified by the given tag"_qs)},
        {u"pb:can-i-deploy-pacticipant-version-to-environment"_qs, templated(base + u"/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}"_qs, u"Determine if an application version can be safely deployed to an environment"_qs)},
        {u"curies"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"pb"_qs}, {u"href"_qs, QString(base + u"/doc/{rel}?context=index"_qs)}, {u"templated"_qs, true}}}},
    };
    if (m_publishContracts)
        links.insert(u"pb:publish-contracts"_qs, link(base + u"/contracts/publish"_qs, u"Publish contracts"_qs));
    for (const QString &rel : m_dropped)
        links.remove(rel);
    return json(QJsonObject{{u"_links"_qs, links}});
}

TestBroker::Answer TestBroker::pacticipant(const QString &name) const
{
    // As the broker's pacticipant decorator (and the reference verifier's own test of it).
    if (!m_pacticipants.contains(name))
        return notFound(name);
    const QString self = href(u"/pacticipants/"_qs + enc(name));
    QJsonObject links{
        {u"self"_qs, link(self)},
        {u"pb:versions"_qs, link(self + u"/versions"_qs)},
        {u"pb:version"_qs, templated(self + u"/versions/{version}"_qs, u"Get, create or delete a pacticipant version"_qs)},
        {u"pb:version-tag"_qs, templated(self + u"/versions/{version}/tags/{tag}"_qs, u"Get, create or delete a tag for a version of "_qs + name)},
        {u"pb:branch-version"_qs, templated(self + u"/branches/{branch}/versions/{version}"_qs, u"Get or add/create a version for a branch of "_qs + name)},
        {u"curies"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"pb"_qs}, {u"href"_qs, href(u"/doc/{rel}?context=pacticipant"_qs)}, {u"templated"_qs, true}}}},
    };
    if (m_dropped.contains(u"pb:pacticipant-branch-version"))
        links.remove(u"pb:branch-version"_qs);
    if (m_dropped.contains(u"pb:pacticipant-version-tag"))
        links.remove(u"pb:version-tag"_qs);
    QJsonObject doc{{u"name"_qs, name}, {u"displayName"_qs, name}, {u"_links"_qs, links}};
    if (!m_pacticipants.value(name).isEmpty())
        doc.insert(u"mainBranch"_qs, m_pacticipants.value(name));
    return json(doc);
}

TestBroker::Answer TestBroker::pacticipants(const RecordedRequest &request) const
{
    const QStringList names = m_pacticipants.keys();
    const int size = qMax(1, request.query.queryItemValue(u"pageSize"_qs).toInt());
    const int number = qMax(1, request.query.queryItemValue(u"pageNumber"_qs).toInt());
    const bool paged = request.query.hasQueryItem(u"pageSize"_qs);
    const qsizetype from = paged ? qsizetype(number - 1) * size : 0;
    const qsizetype to = paged ? qMin(names.size(), from + size) : names.size();
    QJsonArray embedded;
    QJsonArray links;
    for (qsizetype i = from; i < to; ++i) {
        const QString &n = names.at(i);
        QJsonObject p{{u"name"_qs, n}, {u"displayName"_qs, n}, {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/pacticipants/"_qs + enc(n)))}}}};
        if (!m_pacticipants.value(n).isEmpty())
            p.insert(u"mainBranch"_qs, m_pacticipants.value(n));
        embedded.append(p);
        links.append(link(href(u"/pacticipants/"_qs + enc(n)), u"Pacticipant"_qs, n));
    }
    QJsonObject l{{u"self"_qs, link(href(u"/pacticipants"_qs))}, {u"pb:pacticipants"_qs, links}};
    const auto page = [&](int n) { return href(u"/pacticipants?pageNumber="_qs + QString::number(n) + u"&pageSize="_qs + QString::number(size)); };
    if (paged && to < names.size())
        l.insert(u"next"_qs, link(page(number + 1), u"Next page"_qs));
    if (paged && number > 1)
        l.insert(u"previous"_qs, link(page(number - 1), u"Previous page"_qs));
    return json(QJsonObject{{u"_embedded"_qs, QJsonObject{{u"pacticipants"_qs, embedded}}}, {u"_links"_qs, l},
                            {u"page"_qs, QJsonObject{{u"size"_qs, size}, {u"totalElements"_qs, names.size()}, {u"number"_qs, number}}}});
}

QList<TestBroker::StoredPact> TestBroker::latestPerConsumer(const QString &provider, const QString &tag, const QString &branch) const
{
    QMap<QString, StoredPact> latest; // later additions are newer
    for (const StoredPact &p : m_pacts) {
        if ((provider.isEmpty() || p.provider == provider) && (tag.isEmpty() || p.tags.contains(tag))
            && (branch.isEmpty() || p.branch == branch))
            latest.insert(p.consumer + u'\n' + p.provider, p);
    }
    return latest.values();
}

TestBroker::Answer TestBroker::latestPacts() const
{
    QJsonArray pacts;
    QJsonArray links;
    for (const StoredPact &p : latestPerConsumer({}, {}, {})) {
        const QString latest = href(u"/pacts/provider/"_qs + enc(p.provider) + u"/consumer/"_qs + enc(p.consumer) + u"/latest"_qs);
        const QString version = href(u"/pacts/provider/"_qs + enc(p.provider) + u"/consumer/"_qs + enc(p.consumer) + u"/version/"_qs + enc(p.version));
        pacts.append(QJsonObject{
            {u"_embedded"_qs, QJsonObject{{u"consumer"_qs, QJsonObject{{u"name"_qs, p.consumer}, {u"_embedded"_qs, QJsonObject{{u"version"_qs, QJsonObject{{u"number"_qs, p.version}}}}}}},
                                           {u"provider"_qs, QJsonObject{{u"name"_qs, p.provider}}}}},
            {u"_links"_qs, QJsonObject{{u"self"_qs, QJsonArray{link(latest), link(version)}}}},
            {u"createdAt"_qs, u"2024-05-01T10:00:00+00:00"_qs}});
        links.append(link(latest, u"Latest pact between "_qs + p.consumer + u" and "_qs + p.provider));
    }
    return json(QJsonObject{{u"pacts"_qs, pacts}, {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/pacts/latest"_qs))}, {u"pb:pacts"_qs, links}}}});
}

TestBroker::Answer TestBroker::providerPacts(const QString &provider, const QString &tag, const QString &branch) const
{
    QJsonArray links;
    for (const StoredPact &p : latestPerConsumer(provider, tag, branch)) {
        const QString url = href(u"/pacts/provider/"_qs + enc(p.provider) + u"/consumer/"_qs + enc(p.consumer) + u"/version/"_qs + enc(p.version));
        links.append(link(url, u"Pact between "_qs + p.consumer + u" ("_qs + p.version + u") and "_qs + p.provider, p.consumer));
    }
    return json(QJsonObject{{u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/pacts/provider/"_qs + enc(provider) + u"/latest"_qs))},
                                                        {u"pb:provider"_qs, link(href(u"/pacticipants/"_qs + enc(provider)))},
                                                        {u"pb:pacts"_qs, links}}}});
}

TestBroker::Answer TestBroker::pactDocument(const StoredPact &p) const
{
    QJsonObject doc = QJsonDocument::fromJson(p.content).object();
    const QString pacts = u"/pacts/provider/"_qs + enc(p.provider) + u"/consumer/"_qs + enc(p.consumer);
    const QString permalink = href(pacts + u"/pact-version/"_qs + p.sha());
    doc.insert(u"createdAt"_qs, u"2024-05-01T10:00:00+00:00"_qs);
    doc.insert(u"_links"_qs, QJsonObject{
        {u"self"_qs, link(href(pacts + u"/version/"_qs + enc(p.version)), u"Pact"_qs, u"Pact between "_qs + p.consumer + u" ("_qs + p.version + u") and "_qs + p.provider)},
        {u"pb:consumer"_qs, link(href(u"/pacticipants/"_qs + enc(p.consumer)), u"Consumer"_qs, p.consumer)},
        {u"pb:consumer-version"_qs, link(href(u"/pacticipants/"_qs + enc(p.consumer) + u"/versions/"_qs + enc(p.version)), u"Consumer version"_qs, p.version)},
        {u"pb:provider"_qs, link(href(u"/pacticipants/"_qs + enc(p.provider)), u"Provider"_qs, p.provider)},
        {u"pb:pact-version"_qs, link(permalink, u"Pact content version permalink"_qs)},
        {u"pb:publish-verification-results"_qs, link(permalink + u"/metadata/"_qs + kMetadata + u"/verification-results"_qs, u"Publish verification results"_qs)},
        {u"curies"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"pb"_qs}, {u"href"_qs, href(u"/doc/{rel}?context=pact"_qs)}, {u"templated"_qs, true}}}}});
    if (!m_dropped.contains(u"pb:all-pact-versions")) {
        QJsonObject links = doc.value(u"_links"_qs).toObject();
        links.insert(u"pb:all-pact-versions"_qs, link(href(pacts + u"/versions"_qs), u"All versions of this pact"_qs));
        doc.insert(u"_links"_qs, links);
    }
    return json(doc);
}

TestBroker::Answer TestBroker::pactVersions(const QString &consumer, const QString &provider) const
{
    // As the broker's pact versions decorator: newest consumer version first (later additions are newer).
    QJsonArray embedded;
    QJsonArray links;
    for (qsizetype i = m_pacts.size() - 1; i >= 0; --i) {
        const StoredPact &p = m_pacts.at(i);
        if (p.consumer != consumer || p.provider != provider)
            continue;
        const QString url = href(u"/pacts/provider/"_qs + enc(provider) + u"/consumer/"_qs + enc(consumer) + u"/version/"_qs + enc(p.version));
        QJsonObject version{{u"number"_qs, p.version},
                            {u"_links"_qs, QJsonObject{{u"self"_qs, link(href(u"/pacticipants/"_qs + enc(consumer) + u"/versions/"_qs + enc(p.version)), u"Version"_qs, p.version)}}}};
        if (!p.branch.isEmpty())
            version.insert(u"branch"_qs, p.branch);
        embedded.append(QJsonObject{{u"createdAt"_qs, QString(u"2024-05-"_qs + QString::number(10 + i) + u"T10:00:00+00:00"_qs)},
                                    {u"_embedded"_qs, QJsonObject{{u"consumerVersion"_qs, version}}},
                                    {u"_links"_qs, QJsonObject{{u"self"_qs, link(url, u"Pact between "_qs + consumer + u" ("_qs + p.version + u") and "_qs + provider)}}}});
        links.append(link(url, p.version));
    }
    if (embedded.isEmpty())
        return notFound({});
    const QString self = href(u"/pacts/provider/"_qs + enc(provider) + u"/consumer/"_qs + enc(consumer) + u"/versions"_qs);
    return json(QJsonObject{{u"_embedded"_qs, QJsonObject{{u"pacts"_qs, embedded}}},
                            {u"_links"_qs, QJsonObject{{u"self"_qs, link(self, u"All versions of the pact between "_qs + consumer + u" and "_qs + provider)},
                                                       {u"consumer"_qs, link(href(u"/pacticipants/"_qs + enc(consumer)), consumer)},
                                                       {u"provider"_qs, link(href(u"/pacticipants/"_qs + enc(provider)), provider)},
                                                       {u"pact-versions"_qs, links}}}});
}

const TestBroker::StoredPact *TestBroker::findPact(const QString &consumer, const QString &provider, const QString &version) const
{
    for (const StoredPact &p : m_pacts) {
        if (p.consumer == consumer && p.provider == provider && p.version == version)
            return &p;
    }
    return nullptr;
}

const TestBroker::StoredPact *TestBroker::findBySha(const QString &sha) const
{
    for (const StoredPact &p : m_pacts) {
        if (p.sha() == sha)
            return &p;
    }
    return nullptr;
}

} // namespace Pactbench::Test
