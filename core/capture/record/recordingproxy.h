// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Pactbench {

class HttpServerThread;
class RecordLog;
class UpstreamPool;

/**
 * A recording HTTP proxy in front of a real provider: clients talk to url() as they would to the
 * provider; every request is forwarded to `target` and its answer given back, and each completed
 * exchange is recorded exactly as seen (see ProxyMessages for what is forwarded and recorded).
 *
 * Forwarding: the client's method, raw path and query (after the target's base path), headers
 * but hop-by-hop ones and Host (set to the target's), and body. The client gets the provider's
 * status, headers (but hop-by-hop ones) and body bytes as received — a gzip answer stays gzip —
 * while the recorded response holds the decoded body (Content-Encoding and Content-Length left
 * out then). When the provider cannot be reached, times out (`timeoutMs` without progress) or
 * answers a body over `maxBodyBytes`, the client gets `502 Bad Gateway` with a text naming the
 * target and the limit, nothing is recorded, and forwardFailed() tells why. Request bodies over
 * `maxBodyBytes` get `413` from the server.
 *
 * Threads: the server and the upstream connections run on their own thread (HttpServerThread),
 * so a busy GUI never slows the traffic. Create and use this object on one thread (the GUI's):
 * its signals arrive there, queued. exchanges(), count() and clear() are also safe from any
 * thread. An exchange is in exchanges() before its client gets the answer; exchangeRecorded()
 * follows a little later. start() and stop() return at once; started()/failed() and stopped()
 * follow. Destroying the proxy never waits for the worker; requests under way are then dropped.
 */
class RecordingProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingProxy)

public:
    struct Config
    {
        QUrl target; ///< http or https URL of the provider; its path is a base path for every request
        QString host = QStringLiteral("127.0.0.1"); ///< address to listen on (an IP address or "localhost")
        quint16 port = 0; ///< 0: a free port, see url()
        qint64 maxBodyBytes = 64 * 1024 * 1024; ///< request and (decoded) response bodies
        int timeoutMs = 30000; ///< provider silent for so long: 502 (0: no timeout)
        bool ignoreTlsErrors = false; ///< for an https target with a self-signed certificate
        int maxExchanges = 10000; ///< recorded at most; later exchanges are forwarded only
    };

    explicit RecordingProxy(QObject *parent = nullptr);
    ~RecordingProxy() override;

    /// Checks the configuration (false and errorString() when it is unusable) and starts listening
    /// on the server thread: started(url) or failed(error) follows. False too while running.
    bool start(const Config &config);
    /// Drops the requests under way and closes the listener and every connection; stopped() follows
    /// (nothing happens when not running). Start again once stopped() came.
    void stop();
    /// Between start() and stopped() (or failed()).
    bool isRunning() const { return m_running; }
    /// "http://127.0.0.1:PORT" once started() came, else empty.
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    const Config &config() const { return m_config; }

    /// The exchanges recorded, in the order they completed; source "recorded #N".
    QList<CapturedExchange> exchanges() const;
    qsizetype count() const;
    /// Exchanges forwarded but not recorded since the last clear() (over Config::maxExchanges).
    int droppedCount() const;
    /// Forgets the exchanges recorded; numbering starts again at 1.
    void clear();

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);
    void stopped();
    void exchangeRecorded(const Pactbench::CapturedExchange &exchange);
    /// A request the provider did not answer usefully: its client got 502 with this text.
    void forwardFailed(const QString &reason);

private:
    void createServer();
    static QString checkConfig(const Config &config);

    std::shared_ptr<RecordLog> m_log;
    HttpServerThread *m_server = nullptr;
    UpstreamPool *m_pool = nullptr; ///< lives on the server thread
    Config m_config;
    QUrl m_url;
    QString m_error;
    bool m_running = false;
};

} // namespace Pactbench

Q_DECLARE_METATYPE(Pactbench::CapturedExchange)
