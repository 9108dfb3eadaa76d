// SPDX-License-Identifier: MIT
#pragma once

#include "httpresponder.h"
#include "httpserverconfig.h"
#include "httpserverrequest.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <list>

namespace Pactbench {

class HttpConnection;
class TcpListener;

/**
 * An HTTP/1.1 server (optionally HTTPS) on QTcpServer, parsing with libhttp-parser. Every
 * complete request goes to the handler on this object's thread; answers go out in request
 * order. Lives on one thread: create it there, or moveToThread() before start(), or use
 * HttpServerThread. Owns its connections.
 */
class HttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    /// Set before start(). Without a handler every request gets 404.
    void setHandler(HttpHandler handler);
    /// Listens as configured; emits started() or failed() and returns whether it listens.
    bool start(const HttpServerConfig &config);
    /// Closes the listener and every connection; emits stopped().
    void stop();

    bool isListening() const;
    /// "http://127.0.0.1:PORT" (https with TLS), with the port actually bound.
    QUrl url() const;
    /// Why the last start() failed.
    QString errorString() const { return m_error; }
    /// The certificate served with TLS (the generated one unless the config gave one).
    QSslCertificate certificate() const { return m_ssl.localCertificate(); }
    /// Connections being served (not counting ones being turned away over maxConnections).
    int connectionCount() const { return int(m_connections.size()) - m_rejecting; }
    const HttpServerConfig &config() const { return m_config; }

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);
    void stopped();

private:
    friend class HttpConnection;

    bool setupTls();
    bool fail(const QString &error);
    void accept(qintptr descriptor);
    void refuse(qintptr descriptor);
    void resumeAfterAcceptError();
    void handle(const HttpServerRequest &request, const HttpResponder &responder);
    void touch(HttpConnection *connection);
    void removeConnection(HttpConnection *connection);
    void sweepIdle();
    QByteArrayView dateHeader();
    QByteArray &readBuffer() { return m_readBuffer; }

    TcpListener *m_listener;
    HttpServerConfig m_config;
    HttpHandler m_handler;
    QSslConfiguration m_ssl;
    std::list<HttpConnection *> m_connections; ///< least recently active first
    QElapsedTimer m_clock;
    QTimer m_idleTimer;
    QByteArray m_readBuffer; ///< shared by all connections: they run on one thread
    QByteArray m_date;
    qint64 m_dateSecond = -1;
    int m_rejecting = 0; ///< connections in m_connections that only get a 503
    QString m_error;
};

} // namespace Pactbench
