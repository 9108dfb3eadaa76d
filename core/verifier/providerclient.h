// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Pactbench {

/**
 * Sends requests to the provider with QNetworkAccessManager, configured to send what the pact
 * says: no redirect following, no HTTP/2 upgrade, no compression negotiation that would change
 * the body (`Accept-Encoding: identity` unless the pact asks for an encoding), TLS verified unless
 * told otherwise. Response bodies are read up to a limit (BodyReader; 64 MiB unless set): a larger
 * one stops the transfer and fails the exchange (Failure::TooLarge). Each call's callback runs
 * exactly once, on this object's thread.
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
    void setIgnoreTlsErrors(bool ignore) { m_ignoreTls = ignore; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    void send(const QString &method, const QUrl &url, const Headers &headers, const QByteArray &body, Callback done);
    /// Aborts every request under way; their callbacks report Cancelled.
    void cancelAll();

    /// base + path (un-encoded, as in pacts) + query, keeping the base URL's own path.
    static QUrl requestUrl(const QUrl &base, const QString &path, const QueryParams &query);

private:
    void finish(QNetworkReply *reply, HttpExchange exchange, qint64 startedMs, const Callback &done);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 5000;
    bool m_ignoreTls = false;
    qint64 m_maxBodyBytes = 64 * 1024 * 1024;
    bool m_cancelling = false;
};

} // namespace Pactbench
