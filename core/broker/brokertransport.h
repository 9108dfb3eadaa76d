// SPDX-License-Identifier: MIT
#pragma once

#include "brokerconnection.h"
#include "brokererror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Pactbench {

class BrokerReplyBase;
class GuardedFetch;
struct FetchResult;

/**
 * The HTTP layer of BrokerClient: one QNetworkAccessManager, the Authorization header, TLS
 * settings, a whole-request timeout, a cap on answer bodies (BrokerConnection::maxResponseBytes),
 * and the mapping of every failure to a typed BrokerError whose message never holds a secret.
 * Credentials go only to the base URL's origin: requests (links from the broker's documents,
 * redirects) to another scheme, host or port go without them (GuardedFetch, Origin::redirect()).
 * A request that fails in a way that may pass later (BrokerRetry::retryable()) is sent again, up
 * to BrokerConnection::maxAttempts attempts, after the wait BrokerRetry::wait() gives; retrying()
 * says so before each wait. Also caches the broker's index for relation lookups.
 */
class BrokerTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerTransport)

public:
    struct Request
    {
        QByteArray verb = "GET";
        QUrl url;
        std::optional<QByteArray> body; ///< sent as application/json when set
        QString what; ///< the resource in words, for messages: "the broker index", "pacticipant 'Foo'"
        bool needJson = true; ///< a 2xx answer must be a JSON object
    };
    struct Response
    {
        int status = 0;
        QUrl url; ///< the URL that answered (after redirects)
        QByteArray body;
        QJsonObject json;
        QByteArray location;
        BrokerError error;
    };
    using Handler = std::function<void(const Response &)>;
    using IndexHandler = std::function<void(const QJsonObject &index, const BrokerError &error)>;

    explicit BrokerTransport(const BrokerConnection &connection, QObject *parent = nullptr);
    ~BrokerTransport() override;

    const BrokerConnection &connection() const { return m_connection; }
    /**
     * Sends one request; `handler` runs from the event loop with the response or its error.
     * When `owner` is cancelled (BrokerReplyBase::cancel()) the request is aborted. Gives the
     * transfer under way, or null when the request could not even be sent.
     */
    GuardedFetch *send(const Request &request, const Handler &handler, BrokerReplyBase *owner = nullptr);
    /// Sends requests one after the other, stopping at the first error.
    void sendAll(const QList<Request> &requests, const std::function<void(const QList<Response> &, const BrokerError &)> &done);
    /**
     * The broker's index (`GET base URL`), fetched once and cached. The fetch is aborted when
     * every caller waiting for it passed an `owner` and cancelled it.
     */
    void withIndex(const IndexHandler &handler, BrokerReplyBase *owner = nullptr);
    /// The expanded URL of an index relation; MissingRelation error when the index lacks it.
    QUrl relation(const QJsonObject &index, const QString &rel, const QMap<QString, QString> &values,
                  BrokerError *error) const;
    /// `text` with every credential of the connection replaced by "***".
    QString redact(QString text) const;
    /**
     * The TLS configuration of https requests: Qt's default one (the system CA store) plus `extraCas`,
     * or only `extraCas` when `connection.useSystemCaStore` is false; no peer verification when
     * `connection.insecure`.
     */
    static QSslConfiguration tlsConfiguration(const BrokerConnection &connection, const QList<QSslCertificate> &extraCas);

Q_SIGNALS:
    /// An attempt failed and the request is sent again after a wait: the reason and the wait, in words.
    void retrying(const QString &message);

private:
    struct IndexWaiter
    {
        IndexHandler handler;
        bool cancellable = false;
        QPointer<BrokerReplyBase> owner;
    };
    /// How a transfer was stopped from outside.
    struct Stop
    {
        bool timedOut = false;
        bool cancelled = false;
        QPointer<QTimer> waiting; ///< the wait before the next attempt, while one runs
        qint64 waitedMs = 0; ///< the waits so far (BrokerConnection::maxRetryTotalSeconds)
    };
    GuardedFetch *sendWith(const Request &request, const Handler &handler, BrokerReplyBase *owner,
        const std::shared_ptr<Stop> &stop, int attempt = 1);
    /// After failed attempt `attempt`: waits, then sends again; false when no retry is due.
    bool retryLater(const FetchResult &fetch, const Request &request, const Handler &handler,
        const QPointer<BrokerReplyBase> &owner, const std::shared_ptr<Stop> &stop, int attempt);
    void abortIndexIfUnwanted();
    QByteArray credentialsFor(const QUrl &url) const;
    void finishReply(const FetchResult &fetch, const Request &request, const Stop &stop, const Handler &handler);
    BrokerError networkError(const FetchResult &fetch, const Request &request, const Stop &stop) const;
    BrokerError httpError(const FetchResult &fetch, const Request &request) const;
    QString describe(const Request &request) const;
    void loadCaFile();
    void applyTls(QNetworkRequest &request) const;

    BrokerConnection m_connection;
    QNetworkAccessManager *m_nam;
    std::optional<QJsonObject> m_index;
    QList<IndexWaiter> m_indexWaiters;
    QPointer<GuardedFetch> m_indexFetch;
    std::shared_ptr<Stop> m_indexStop;
    QList<QSslCertificate> m_caCertificates;
    QString m_setupError; ///< e.g. an unreadable CA file: every request fails with it
};

} // namespace Pactbench
