// SPDX-License-Identifier: MIT
#pragma once

#include "brokerconnection.h"
#include "brokerpact.h"
#include "deployments.h"
#include "environment.h"
#include "integrationsummary.h"
#include "matrix.h"
#include "brokerreply.h"
#include "latestpactsummary.h"
#include "pacticipantsummary.h"
#include "pactforverification.h"
#include "pactselection.h"
#include "pactsforverificationrequest.h"
#include "pactversions.h"
#include "publishpactsrequest.h"
#include "publishpactsresult.h"
#include "publishedverification.h"
#include "recordversionresult.h"
#include "verificationresults.h"

#include <QObject>
#include <memory>

namespace Pactbench {

class BrokerTransport;

/**
 * An asynchronous Pact Broker client. Every call returns a BrokerReply (owned by the client)
 * that finishes from the event loop with a value or a typed BrokerError. URLs come from the
 * broker's HAL index relations (fetched once and cached), never from hard-coded paths.
 *
 * For a provider verifier: pactsToVerify() (or pactsForVerification() + fetchPact(entry)),
 * then recordPacticipantVersion() once for the provider version's branch/tags, then
 * publishVerificationResults() per verified pact.
 */
class BrokerClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerClient)

public:
    explicit BrokerClient(const BrokerConnection &connection, QObject *parent = nullptr);
    ~BrokerClient() override;

    const BrokerConnection &connection() const;
    /// Page size asked of paginated lists (default 100).
    void setPageSize(int size) { m_pageSize = size; }

    /// The index document (`GET` base URL), cached after the first call.
    BrokerReply<QJsonObject> *index();
    /// Every pacticipant, following `next` links through all pages.
    BrokerReply<QList<PacticipantSummary>> *pacticipants();
    /// The latest pact of each consumer/provider pair (`pb:latest-pact-versions`).
    BrokerReply<QList<LatestPactSummary>> *latestPacts();

    /// Fetches a pact document by URL; broker keys are split off (BrokerPact).
    BrokerReply<BrokerPact> *fetchPact(const QUrl &url);
    /// Fetches a pact listed by pacts-for-verification, carrying its notices and pending/wip flags.
    BrokerReply<BrokerPact> *fetchPact(const PactForVerification &entry);
    /// Fetches the latest pact, or the one for a branch, tag or consumer version.
    BrokerReply<BrokerPact> *fetchPact(const PactSelection &selection);
    /**
     * Every published version of one consumer → provider pact, in the broker's order (newest
     * consumer version first). Fetches the pact at `pactUrl` (any version of it, e.g. a
     * LatestPactSummary's) and follows its `pb:all-pact-versions` link; a pact without that link
     * fails with a MissingRelation error naming it.
     */
    BrokerReply<QList<PactVersionSummary>> *pactVersions(const QUrl &pactUrl);

    /// `POST pb:provider-pacts-for-verification`: the list, without the pact documents.
    BrokerReply<QList<PactForVerification>> *pactsForVerification(const PactsForVerificationRequest &request);
    /// pactsForVerification() and then every pact fetched, in the broker's order.
    BrokerReply<QList<BrokerPact>> *pactsToVerify(const PactsForVerificationRequest &request);

    /// Publishes pacts through `pb:publish-contracts`, or the legacy PUT route when absent.
    BrokerReply<PublishPactsResult> *publishPacts(const PublishPactsRequest &request);
    /**
     * Records a pacticipant version's branch (`pb:pacticipant-branch-version`) and tags
     * (`pb:pacticipant-version-tag`); gives the URLs PUT to. Call once before publishing results.
     * A broker whose index lacks one of the two relations (older than 2.86.0 for branches) is no
     * failure: that PUT is skipped and the result carries a `warning` notice saying what was not
     * recorded, for the caller to show before it publishes the results anyway.
     */
    BrokerReply<RecordVersionResult> *recordPacticipantVersion(const QString &pacticipant, const QString &version,
                                                               const QString &branch, const QStringList &tags);
    /// `POST` results to a pact's `pb:publish-verification-results`; gives the new resource's URL.
    BrokerReply<QUrl> *publishVerificationResults(const QUrl &resultsUrl, const VerificationResults &results);
    /// Same, with the URL taken from a fetched pact (MissingRelation error when it has none).
    BrokerReply<QUrl> *publishVerificationResults(const BrokerPact &pact, const VerificationResults &results);

    /**
     * A published verification result (a matrix row's verification link), its `testResults` read
     * whatever verifier wrote them (brokerclientverification.cpp). An answer that is not JSON fails
     * with an InvalidResponse error saying where (line and column).
     */
    BrokerReply<PublishedVerification> *fetchVerification(const QUrl &url);

    // Deployments (brokerclientmatrix.cpp, brokerclientdeploy.cpp)
    /// `GET /matrix` with the query's `q[]` selectors, `latestby`, `latest`, `tag`, `environment`, `ignore[]`.
    BrokerReply<Matrix> *matrix(const MatrixQuery &query);
    /**
     * The can-i-deploy question: one selector with `toEnvironment` or `toTag` goes through
     * `pb:can-i-deploy-pacticipant-version-to-environment` / `-to-tag` when the index has it, anything
     * else through `/matrix` (as the reference client does).
     */
    BrokerReply<Matrix> *canIDeploy(const MatrixQuery &query);
    /// Every environment (`pb:environments`).
    BrokerReply<QList<Environment>> *environments();
    /**
     * Every consumer → provider integration with its latest pact and latest verification, for the
     * contract network. With `branch` or `environment`, the status is that of the provider versions
     * on that branch / deployed there.
     */
    BrokerReply<QList<IntegrationSummary>> *integrations(const QString &branch = {}, const QString &environment = {});

    /**
     * Records that `version` of `pacticipant` is deployed to `environment` (optionally one application
     * instance of several): `pb:pacticipant-version`, then its `pb:record-deployment` link named after
     * the environment (NotFound naming the environments the broker offers when there is none).
     */
    BrokerReply<DeployedVersion> *recordDeployment(const QString &pacticipant, const QString &version,
                                                   const QString &environment, const QString &applicationInstance = {});
    /// Records a release of `version` to `environment` (`pb:record-release`), as recordDeployment().
    BrokerReply<DeployedVersion> *recordRelease(const QString &pacticipant, const QString &version, const QString &environment);
    /**
     * Marks the version of `pacticipant` currently deployed to `environment` as no longer deployed
     * (the deployment to `applicationInstance`; without one, the deployment without an instance, as the
     * reference client does); gives it. NotFound when there is none, naming the instances there.
     */
    BrokerReply<QList<DeployedVersion>> *recordUndeployment(const QString &pacticipant, const QString &environment,
                                                            const QString &applicationInstance = {});
    /// Marks the supported release of `version` in `environment` as no longer supported; NotFound when there is none.
    BrokerReply<QList<DeployedVersion>> *recordSupportEnded(const QString &pacticipant, const QString &version,
                                                            const QString &environment);
    /**
     * A version with its branches, tags and the environments it is deployed/released to. With an
     * empty `version`, the latest version (with tag `latestTag` when given).
     */
    BrokerReply<VersionDescription> *describeVersion(const QString &pacticipant, const QString &version,
                                                     const QString &latestTag = {});
    /**
     * The versions of `pacticipant` currently deployed to `environment` (`deployed`) and/or whose
     * release there is currently supported (`released`), deployed ones first: the environment's
     * `pb:currently-deployed-deployed-versions` and `pb:currently-supported-released-versions` lists,
     * asked with `?pacticipant=` and filtered here too. NotFound when the environment does not exist.
     */
    BrokerReply<QList<DeployedVersion>> *currentVersions(const QString &pacticipant, const QString &environment,
                                                         bool deployed, bool released);

Q_SIGNALS:
    /// A request failed and is sent again after a wait (BrokerConnection::maxAttempts): why, and the wait.
    void retrying(const QString &message);

private:
    void fetchPactInto(BrokerReply<BrokerPact> *reply, const QUrl &url, const QString &what,
                       const PactForVerification *entry);
    void fetchPacticipantPage(BrokerReply<QList<PacticipantSummary>> *reply, const QUrl &url,
                              QList<PacticipantSummary> soFar, int pages);
    void fetchAllForVerification(BrokerReply<QList<BrokerPact>> *reply, const QList<PactForVerification> &entries);
    void fetchPactVersions(BrokerReply<QList<PactVersionSummary>> *reply, const QUrl &url, const QString &consumer,
                           const QString &provider);
    void fetchConsumerPact(BrokerReply<BrokerPact> *reply, const QUrl &listUrl, const PactSelection &selection);
    void publishContracts(BrokerReply<PublishPactsResult> *reply, const QUrl &url, const PublishPactsRequest &request);
    void nextIntegrationQuery(BrokerReply<QList<IntegrationSummary>> *reply, const std::shared_ptr<void> &state,
                              const QString &branch, const QString &environment);
    void recordVia(BrokerReply<DeployedVersion> *reply, const QString &relation, const QString &pacticipant,
                   const QString &version, const QString &environment, const QByteArray &body);
    void endCurrent(BrokerReply<QList<DeployedVersion>> *reply, bool released, const QString &pacticipant,
                    const QString &version, const QString &environment, const QString &applicationInstance);
    void addEnvironmentsTo(BrokerReply<VersionDescription> *reply, VersionDescription description);
    void publishLegacy(BrokerReply<PublishPactsResult> *reply, const QJsonObject &index,
                       const PublishPactsRequest &request);

    BrokerTransport *m_transport;
    int m_pageSize = 100;
};

} // namespace Pactbench
