// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace Pactbench {

class HttpClientConnection;

/**
 * Sends requests to the provider (interactions, message triggers, state-change calls) with our own
 * HTTP/1.1 client, as the reference verifier sends them (WireRequest: the pact's headers plus
 * `accept`, `user-agent`, `accept-encoding: gzip,deflate`, `host`, `content-length` only with a
 * body); gzip and deflate answers are decoded (ContentDecoding), the headers kept as received. No
 * redirect following, TLS verified unless told otherwise. Response bodies are read up to a limit
 * (64 MiB unless set), decoded ones too: a larger one stops the transfer and fails the exchange
 * (Failure::TooLarge). One idle connection per origin is kept for the next request; a kept one the
 * provider closed before answering is retried once on a new connection. Each call's callback runs
 * exactly once, on this object's thread, never from inside send().
 */
class ProviderClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderClient)

public:
    using Callback = std::function<void(const HttpExchange &)>;

    explicit ProviderClient(QObject *parent = nullptr);
    ~ProviderClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setIgnoreTlsErrors(bool ignore);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    void send(const QString &method, const QUrl &url, const Headers &headers, const QByteArray &body, Callback done);
    /// Aborts every request under way; their callbacks report Cancelled.
    void cancelAll();

    /// base + path (un-encoded, as in pacts) + query, keeping the base URL's own path.
    static QUrl requestUrl(const QUrl &base, const QString &path, const QueryParams &query);

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void attempt(const CallPtr &call, bool fresh);
    void failLater(const CallPtr &call, HttpExchange::Failure failure, const QString &error);
    void finish(const CallPtr &call, HttpExchange exchange);
    HttpClientConnection *takeIdle(const QString &origin);
    void park(HttpClientConnection *connection);
    void dropIdle();

    QHash<QString, HttpClientConnection *> m_idle;
    QList<CallPtr> m_calls;
    int m_timeoutMs = 5000;
    bool m_ignoreTls = false;
    qint64 m_maxBodyBytes = 64 * 1024 * 1024;
};

} // namespace Pactbench
