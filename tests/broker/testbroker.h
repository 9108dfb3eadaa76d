// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace Pactbench::Test {

/// One request as the test broker received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: "/pacts/provider/Bar/consumer/Consumer%202/version/1"
    QString path; ///< decoded per segment, "%2F" kept as "%2F"
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
};

/**
 * A Pact Broker stand-in for tests, on 127.0.0.1 and a free port. It answers with the HAL
 * documents the real broker documents (index, pacticipants with pagination and each one, latest pacts, pact
 * documents with `_links`, pacts for verification with notices/pending/wip, publish-contracts,
 * the legacy PUT route, tags, branches, verification results), and the deployment side
 * (testbrokerdeploy.cpp, testbrokermatrix*.cpp): version resources with branches and tags (and
 * `latest-version`), verification results kept and shown in the matrix, environments (`test` and
 * `production` seeded as the real broker seeds them), deployed and released versions (record,
 * currently deployed/supported lists, PATCH to end them), `/matrix` with `q[]` selectors,
 * `latestby`, `latest`, `tag`, `environment`, `ignore[]`, and `/can-i-deploy`, answering with the
 * real broker's rows, summary reasons and notices. It checks basic or bearer auth, and can be told
 * to fail a route (any status and body, invalid JSON, a slow answer). Every request is recorded.
 * Minimal HTTP: one request per connection, `Connection: close`.
 */
class TestBroker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestBroker)

public:
    struct StoredPact
    {
        QString consumer;
        QString provider;
        QString version;
        QByteArray content;
        QString branch;
        QStringList tags;
        QString sha() const;
    };
    /// A pacticipant version (created by pacts, verifications, tags, branches or addVersion()); in creation order.
    struct StoredVersion
    {
        QString pacticipant;
        QString number;
        QString branch;
        QStringList tags;
    };
    /// A verification result of a pact (by content: every consumer version with that content).
    struct StoredVerification
    {
        QString consumer;
        QString provider;
        QString sha; ///< the pact content verified
        QString providerVersion;
        bool success = true;
        int number = 0; ///< 1, 2, … in publication order
    };
    struct StoredEnvironment
    {
        QString uuid;
        QString name;
        QString displayName;
        bool production = false;
    };
    /// A deployed version (`released` false) or a released version of a pacticipant in an environment.
    struct StoredDeployment
    {
        QString uuid;
        QString pacticipant;
        QString version;
        QString environment; ///< its name
        QString applicationInstance;
        bool released = false;
        bool current = true; ///< currentlyDeployed / currentlySupported
    };
    /// A canned answer for one method + path, instead of the normal route.
    struct Override
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/hal+json";
        int delayMs = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    explicit TestBroker(QObject *parent = nullptr);
    ~TestBroker() override;

    /// Listens on 127.0.0.1, port 0; with `tls`, serves HTTPS with tests/data/broker's
    /// self-signed certificate (its PEM file is certificateFile()). False when it cannot.
    bool start(bool tls = false);
    static QString certificateFile();
    QUrl baseUrl() const;
    /// A URL on 127.0.0.1 where nothing listens (connection refused).
    static QUrl refusedUrl();

    void requireBasic(const QString &user, const QString &password) { m_basic = user + u':' + password; }
    void addReadOnlyBasic(const QString &user, const QString &password) { m_readOnly = user + u':' + password; }
    void requireBearer(const QString &token) { m_bearer = token; }
    void setPublishContracts(bool on) { m_publishContracts = on; }
    void setIndexAnswer(const QByteArray &body) { m_indexOverride = body; }
    /**
     * An older broker: `rel` is left out of the index (e.g. `pb:pacticipant-branch-version`, which
     * brokers before 2.86.0 lack). The two version relations leave the pacticipant resource
     * (`GET /pacticipants/{name}`) too: `pb:pacticipant-branch-version` takes `pb:branch-version`
     * with it, `pb:pacticipant-version-tag` takes `pb:version-tag` (what the reference verifier
     * follows from a pact's `pb:provider`). `pb:all-pact-versions` leaves the pact documents.
     */
    void dropRelation(const QString &rel) { m_dropped << rel; }

    void addPacticipant(const QString &name, const QString &mainBranch = {});
    void addPact(const StoredPact &pact);
    /// The pact for `(consumer, provider)` counts as pending / WIP in pacts for verification.
    void setPending(const QString &consumer, bool pending) { m_pending[consumer] = pending; }
    void setWip(const QString &consumer) { m_wip << consumer; }
    void setOverride(const QByteArray &method, const QString &path, const Override &answer);
    /// The normal route again for `method` + `path`.
    void clearOverride(const QByteArray &method, const QString &path) { m_overrides.remove(QString::fromLatin1(method) + u' ' + path); }
    /**
     * Answers the next `times` matrix and can-i-deploy requests as if the verification were still
     * running: every row without a verification, `deployable: null` (for --retry-while-unknown).
     */
    void setUnknownFor(int times) { m_unknownAnswers = times; }

    // The deployment side (testbrokerdeploy.cpp)
    /// Adds (or updates: branch set when given, tags added) a version of `pacticipant`.
    void addVersion(const QString &pacticipant, const QString &number, const QString &branch = {},
                    const QStringList &tags = {});
    /// Records a verification of the pact `consumer` `consumerVersion` → `provider` by `providerVersion`.
    bool addVerification(const QString &consumer, const QString &consumerVersion, const QString &provider,
                         const QString &providerVersion, bool success);
    /// Adds an environment (`test` and `production` are there from the start, as on the real broker).
    void addEnvironment(const QString &name, const QString &displayName, bool production);
    /// Records a deployment (`released` false) or release of a version to an environment; gives its uuid.
    QString addDeployment(const QString &pacticipant, const QString &version, const QString &environment,
                          bool released = false, const QString &applicationInstance = {});
    /**
     * Fills the broker with `pacticipants` services ("service-001", …) and `integrations` pacts
     * between them (consumer i → provider j, no cycles, each pair once), each consumer version 1.0.0
     * on branch main, each pact verified by its provider's 1.0.0 (every seventh failed), every
     * service's 1.0.0 deployed to production. For the contract network at scale (200 / 1,000).
     */
    void populate(int pacticipants, int integrations);
    const QList<StoredVersion> &versions() const { return m_versions; }
    const QList<StoredVerification> &verifications() const { return m_verifications; }
    const QList<StoredEnvironment> &environments() const { return m_environments; }
    const QList<StoredDeployment> &deployments() const { return m_deployments; }
    bool hasPacticipant(const QString &name) const { return m_pacticipants.contains(name); }
    QString mainBranchOf(const QString &name) const { return m_pacticipants.value(name); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requests(const QByteArray &method, const QString &pathPrefix = {}) const;
    void clearRequests() { m_requests.clear(); }
    const QList<StoredPact> &pacts() const { return m_pacts; }
    /// Verification results received: (path, body).
    const QList<QPair<QString, QJsonObject>> &verificationResults() const { return m_results; }

Q_SIGNALS:
    void requestReceived();

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/hal+json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void onReadyRead(QTcpSocket *socket);
    bool parse(QByteArray &buffer, RecordedRequest *request) const;
    void respond(QTcpSocket *socket, const Answer &answer) const;
    std::optional<Answer> authAnswer(const RecordedRequest &request) const;
    Answer route(const RecordedRequest &request);

    // testbrokerroutes.cpp
    QString href(const QString &path) const;
    static QString enc(const QString &name);
    Answer json(const QJsonObject &object, int status = 200) const;
    Answer notFound(const QString &what) const;
    Answer index() const;
    Answer pacticipants(const RecordedRequest &request) const;
    Answer pacticipant(const QString &name) const;
    Answer latestPacts() const;
    Answer providerPacts(const QString &provider, const QString &tag, const QString &branch) const;
    Answer pactDocument(const StoredPact &pact) const;
    Answer pactVersions(const QString &consumer, const QString &provider) const;
    Answer forVerification(const QString &provider, const RecordedRequest &request) const;
    Answer publishContracts(const RecordedRequest &request);
    Answer putPact(const QStringList &segments, const RecordedRequest &request);
    Answer verificationResult(const RecordedRequest &request);
    Answer routeSegments(const QStringList &s, const RecordedRequest &request);
    QList<StoredPact> latestPerConsumer(const QString &provider, const QString &tag, const QString &branch) const;
    const StoredPact *findPact(const QString &consumer, const QString &provider, const QString &version) const;
    const StoredPact *findBySha(const QString &sha) const;
    QJsonObject verifiableEntry(const StoredPact &pact, bool includePending, bool includeWip, const QString &why) const;

    void acceptConnections();

    // testbrokerdeploy.cpp
    std::optional<Answer> routeDeploy(const QStringList &s, const RecordedRequest &request);
    Answer environmentsAnswer() const;
    Answer environmentAnswer(const StoredEnvironment &environment) const;
    QJsonObject environmentJson(const StoredEnvironment &environment) const;
    Answer versionAnswer(const QString &pacticipant, const QString &number) const;
    Answer latestVersionAnswer(const QString &pacticipant, const QString &tag) const;
    Answer recordDeploymentAnswer(const QStringList &s, const RecordedRequest &request);
    Answer currentDeploymentsAnswer(const StoredEnvironment &environment, bool released, const RecordedRequest &request) const;
    Answer patchDeploymentAnswer(const QString &uuid, const RecordedRequest &request);
    QJsonObject deploymentJson(const StoredDeployment &d) const;
    QJsonObject versionJson(const StoredVersion &v) const;
    const StoredVersion *findVersion(const QString &pacticipant, const QString &number) const;
    const StoredEnvironment *findEnvironment(const QString &nameOrUuid) const;
    void storeVerification(const QString &path, const QJsonObject &body);
    // testbrokerverification.cpp: a verification result as served, `testResults` as posted
    void keepVerificationBody(const QJsonObject &body);
    Answer verificationDocument(const QStringList &segments) const;
    // testbrokermatrix.cpp
    Answer matrixAnswer(const QUrlQuery &query);
    Answer canIDeployAnswer(const QUrlQuery &query);

    int m_unknownAnswers = 0;
    QList<StoredVersion> m_versions;
    QList<StoredVerification> m_verifications;
    QList<StoredEnvironment> m_environments;
    QList<StoredDeployment> m_deployments;

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QList<RecordedRequest> m_requests;
    QString m_basic;
    QString m_readOnly;
    QString m_bearer;
    bool m_publishContracts = true;
    QByteArray m_indexOverride;
    QStringList m_dropped; ///< relations an older broker lacks (dropRelation())
    QMap<QString, QString> m_pacticipants; ///< name → main branch
    QList<StoredPact> m_pacts;
    QHash<QString, bool> m_pending;
    QStringList m_wip;
    QHash<QString, Override> m_overrides; ///< "METHOD path" → answer
    QList<QPair<QString, QJsonObject>> m_results;
    QHash<int, QJsonObject> m_verificationBodies; ///< verification number → the body posted
};

} // namespace Pactbench::Test
