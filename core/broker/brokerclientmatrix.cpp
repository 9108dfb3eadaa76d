// SPDX-License-Identifier: MIT
// BrokerClient's matrix calls: /matrix, can-i-deploy and the integrations of the contract network.
#include "brokerclient.h"

#include "brokerclientsupport.h"
#include "hallink.h"

#include <QHash>
#include <QPointer>
#include <memory>

namespace Pactbench {

using namespace BrokerSupport;
using Request = BrokerTransport::Request;

namespace {

constexpr int kParallelMatrixQueries = 4; ///< matrix queries in flight at once for integrations()

QUrl matrixUrl(const QJsonObject &index, const QUrl &fallback, const QString &query)
{
    const HalLink self = HalLink::first(index, u"self"_qs);
    QUrl base = self.isValid() ? fallback.resolved(QUrl(self.href)) : fallback;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + u"/matrix"_qs);
    base.setQuery(query, QUrl::TolerantMode);
    return base;
}

QString describeQuery(const MatrixQuery &query)
{
    QStringList names;
    for (const MatrixSelector &s : query.selectors)
        names << s.describe();
    return u"the matrix for "_qs + names.join(u", "_qs);
}

/// The can-i-deploy defaults of the reference client for what the caller left open.
MatrixQuery withCanIDeployDefaults(MatrixQuery query)
{
    if (query.latestBy.isEmpty())
        query.latestBy = (!query.toEnvironment.isEmpty() || query.selectors.size() > 1) ? u"cvpv"_qs : u"cvp"_qs;
    if (!query.latest && query.toEnvironment.isEmpty() && query.selectors.size() == 1)
        query.latest = true;
    return query;
}

IntegrationSummary::Status statusOf(const MatrixRow &row)
{
    if (!row.success)
        return IntegrationSummary::Status::Unverified;
    return *row.success ? IntegrationSummary::Status::Verified : IntegrationSummary::Status::Failed;
}

QUrl pairMatrixUrl(const QUrl &base, const QString &consumer, const QString &provider)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    url.setPath(path + u"/matrix/provider/"_qs + enc(provider) + u"/consumer/"_qs + enc(consumer), QUrl::TolerantMode);
    url.setQuery(QString());
    return url;
}

/// The latest verification among `rows` of the integration's pact (its consumer version), if any.
void applyLatestVerification(IntegrationSummary &s, const QList<MatrixRow> &rows)
{
    const MatrixRow *best = nullptr;
    for (const MatrixRow &row : rows) {
        if (row.provider != s.provider || row.consumer != s.consumer || row.consumerVersion.number != s.consumerVersion
            || !row.hasVerification())
            continue;
        if (!best || row.verifiedAt > best->verifiedAt)
            best = &row;
    }
    if (!best)
        return;
    s.status = statusOf(*best);
    s.providerVersion = best->providerVersion.number;
    s.verifiedAt = best->verifiedAt;
    s.verificationUrl = best->verificationUrl;
}

/// The state shared by one integrations() call while its matrix queries run.
struct IntegrationsRun
{
    QList<IntegrationSummary> list;
    QHash<QString, QList<qsizetype>> byProvider; ///< provider → indexes into `list`
    QStringList queue; ///< providers whose matrix is still to be asked
    int inFlight = 0;
    bool failed = false;
};

} // namespace

BrokerReply<Matrix> *BrokerClient::matrix(const MatrixQuery &query)
{
    auto *reply = new BrokerReply<Matrix>(this);
    const QString problem = query.problem();
    if (!problem.isEmpty()) {
        reply->fail({BrokerError::Kind::InvalidArgument, 0, u"the matrix"_qs, u"cannot ask the matrix: "_qs + problem, {}, {}});
        return reply;
    }
    onIndex(m_transport, reply, [this, query](auto *r, const QJsonObject &index) {
        const QUrl url = matrixUrl(index, m_transport->connection().baseUrl, query.toQueryString());
        sendFor(m_transport, r, Request{"GET", url, {}, describeQuery(query), true},
                [](auto *rr, const BrokerTransport::Response &response) {
                    if (!response.json.contains(u"summary") || !response.json.value(u"matrix").isArray())
                        return rr->fail(invalidResponse(u"the matrix"_qs,
                                                        u"the broker's matrix answer has no 'summary' and 'matrix' array"_qs));
                    rr->succeed(Matrix::fromJson(response.json, response.url));
                });
    });
    return reply;
}

BrokerReply<Matrix> *BrokerClient::canIDeploy(const MatrixQuery &query)
{
    const MatrixQuery full = withCanIDeployDefaults(query);
    const bool single = query.selectors.size() == 1 && !query.selectors.first().version.isEmpty()
        && query.ignore.isEmpty() && query.toEnvironment.isEmpty() != query.toTag.isEmpty();
    if (!single || !query.problem().isEmpty())
        return matrix(full);
    // One pacticipant version to an environment or tag: the broker's own can-i-deploy resource.
    auto *reply = new BrokerReply<Matrix>(this);
    onIndex(m_transport, reply, [this, query, full](auto *r, const QJsonObject &index) {
        const MatrixSelector &s = query.selectors.first();
        const bool toEnvironment = !query.toEnvironment.isEmpty();
        const QString rel = toEnvironment ? u"pb:can-i-deploy-pacticipant-version-to-environment"_qs
                                          : u"pb:can-i-deploy-pacticipant-version-to-tag"_qs;
        const HalLink link = HalLink::first(index, rel);
        QUrl url;
        if (link.isValid()) {
            url = link.expand({{u"pacticipant"_qs, s.pacticipant}, {u"version"_qs, s.version},
                               {u"environment"_qs, query.toEnvironment}, {u"tag"_qs, query.toTag}},
                              m_transport->connection().baseUrl);
        } else {
            url = matrixUrl(index, m_transport->connection().baseUrl, full.toQueryString());
        }
        sendFor(m_transport, r, Request{"GET", url, {}, u"can-i-deploy for "_qs + s.describe(), true},
                [](auto *rr, const BrokerTransport::Response &response) {
                    if (!response.json.contains(u"summary"))
                        return rr->fail(invalidResponse(u"can-i-deploy"_qs, u"the broker's can-i-deploy answer has no 'summary'"_qs));
                    rr->succeed(Matrix::fromJson(response.json, response.url));
                });
    });
    return reply;
}

BrokerReply<QList<IntegrationSummary>> *BrokerClient::integrations(const QString &branch, const QString &environment)
{
    auto *reply = new BrokerReply<QList<IntegrationSummary>>(this);
    auto *latest = latestPacts();
    connect(reply, &BrokerReplyBase::cancelRequested, latest, &BrokerReplyBase::cancel);
    QPointer<BrokerReply<QList<IntegrationSummary>>> guard(reply);
    connect(latest, &BrokerReplyBase::finished, this, [this, latest, guard, branch, environment] {
        latest->deleteLater();
        if (!guard || guard->isFinished())
            return;
        if (!latest->ok())
            return guard->fail(latest->error());
        auto run = std::make_shared<IntegrationsRun>();
        const QUrl base = m_transport->connection().baseUrl;
        for (const LatestPactSummary &p : latest->value()) {
            IntegrationSummary s;
            s.consumer = p.consumer;
            s.provider = p.provider;
            s.pactUrl = p.url;
            s.consumerVersion = p.consumerVersion;
            s.matrixUrl = pairMatrixUrl(base, p.consumer, p.provider);
            if (!run->byProvider.contains(p.provider))
                run->queue << p.provider;
            run->byProvider[p.provider] << run->list.size();
            run->list << s;
        }
        if (run->queue.isEmpty())
            return guard->succeed(run->list);
        for (int i = 0; i < kParallelMatrixQueries && !run->queue.isEmpty(); ++i)
            nextIntegrationQuery(guard, run, branch, environment);
    });
    return reply;
}

void BrokerClient::nextIntegrationQuery(BrokerReply<QList<IntegrationSummary>> *reply,
                                        const std::shared_ptr<void> &state, const QString &branch,
                                        const QString &environment)
{
    auto run = std::static_pointer_cast<IntegrationsRun>(state);
    const QString provider = run->queue.takeFirst();
    ++run->inFlight;
    MatrixQuery query;
    query.selectors << MatrixSelector{provider, {}, branch, {}, false, false, environment};
    query.latestBy = u"cvp"_qs;
    auto *one = matrix(query);
    connect(reply, &BrokerReplyBase::cancelRequested, one, &BrokerReplyBase::cancel);
    QPointer<BrokerReply<QList<IntegrationSummary>>> guard(reply);
    connect(one, &BrokerReplyBase::finished, this, [this, one, guard, run, provider, branch, environment] {
        one->deleteLater();
        --run->inFlight;
        if (!guard || guard->isFinished() || run->failed)
            return;
        if (!one->ok()) {
            run->failed = true;
            return guard->fail(one->error());
        }
        for (qsizetype i : run->byProvider.value(provider))
            applyLatestVerification(run->list[i], one->value().rows);
        if (!run->queue.isEmpty())
            return nextIntegrationQuery(guard, run, branch, environment);
        if (run->inFlight == 0)
            guard->succeed(run->list);
    });
}

} // namespace Pactbench
