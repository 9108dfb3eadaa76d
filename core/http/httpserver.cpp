// SPDX-License-Identifier: MIT
#include "httpserver.h"

#include "httpconnection.h"
#include "selfsignedcertificate.h"
#include "tcplistener.h"

#include <QLocale>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

namespace Pactbench {

namespace {
constexpr qsizetype ReadChunk = 64 * 1024;
constexpr int ListenBacklog = 511; // as nginx: bursts of connects are not dropped (Qt's default is 50)
constexpr int MaxRejecting = 64; // 503 answers under way at once; more excess connections are closed at once
constexpr int AcceptRetryMs = 100; // after accept() failed (e.g. out of file descriptors)
constexpr rlim_t SpareDescriptors = 64; // files, listeners, pipes besides the connections

/// Raises the soft limit of open files towards what maxConnections needs (never above the hard
/// limit, never lowers it), as Go's runtime does: the default soft limit (1024) is for select().
void raiseDescriptorLimit(int maxConnections)
{
    rlimit limit{};
    if (maxConnections <= 0 || ::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(maxConnections) + SpareDescriptors;
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    ::setrlimit(RLIMIT_NOFILE, &limit);
}
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_listener(new TcpListener([this](qintptr d) { accept(d); }, this))
    , m_idleTimer(this) // a child, so moveToThread() takes it along
    , m_readBuffer(ReadChunk, Qt::Uninitialized)
{
    m_idleTimer.callOnTimeout(this, &HttpServer::sweepIdle);
    // Qt stops accepting for good when accept() fails (EMFILE): try again shortly instead.
    connect(m_listener, &QTcpServer::acceptError, this, &HttpServer::resumeAfterAcceptError);
}

HttpServer::~HttpServer()
{
    // Connections are children; make sure none calls back while being destroyed.
    while (!m_connections.empty())
        m_connections.front()->abort(); // removes itself from the list
}

void HttpServer::setHandler(HttpHandler handler)
{
    m_handler = std::move(handler);
}

bool HttpServer::start(const HttpServerConfig &config)
{
    stop();
    m_config = config;
    m_error.clear();
    if (m_config.tls && !setupTls())
        return false;
    raiseDescriptorLimit(m_config.maxConnections);
    m_listener->setListenBacklogSize(ListenBacklog);
    if (!m_listener->listen(m_config.bindAddress, m_config.port)) {
        return fail(QStringLiteral("Cannot listen on %1:%2: %3")
                        .arg(m_config.bindAddress.toString())
                        .arg(m_config.port)
                        .arg(m_listener->errorString()));
    }
    m_clock.start();
    if (m_config.idleTimeoutMs > 0)
        m_idleTimer.start(qBound(10, m_config.idleTimeoutMs / 4, 1000));
    Q_EMIT started(url());
    return true;
}

bool HttpServer::setupTls()
{
    if (!QSslSocket::supportsSsl())
        return fail(QStringLiteral("TLS is not available: Qt found no TLS backend"));
    QSslCertificate certificate = m_config.certificate;
    QSslKey key = m_config.privateKey;
    if (certificate.isNull() || key.isNull()) {
        const SelfSignedCertificate generated =
            SelfSignedCertificate::generate({QStringLiteral("localhost"), m_config.bindAddress.toString()});
        if (generated.isNull())
            return fail(QStringLiteral("Cannot create a TLS certificate: ") + generated.errorString());
        certificate = generated.certificate();
        key = generated.privateKey();
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setLocalCertificate(certificate);
    m_ssl.setPrivateKey(key);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

bool HttpServer::fail(const QString &error)
{
    m_error = error;
    Q_EMIT failed(error);
    return false;
}

void HttpServer::stop()
{
    const bool wasListening = m_listener->isListening();
    m_listener->close();
    m_idleTimer.stop();
    while (!m_connections.empty())
        m_connections.front()->abort(); // removes itself from the list
    if (wasListening)
        Q_EMIT stopped();
}

bool HttpServer::isListening() const
{
    return m_listener->isListening();
}

QUrl HttpServer::url() const
{
    QUrl url;
    url.setScheme(m_config.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_config.bindAddress.toString());
    url.setPort(m_listener->serverPort());
    return url;
}

void HttpServer::resumeAfterAcceptError()
{
    QTimer::singleShot(AcceptRetryMs, this, [this] {
        if (m_listener->isListening())
            m_listener->resumeAccepting();
    });
}

void HttpServer::accept(qintptr descriptor)
{
    if (m_config.maxConnections > 0 && connectionCount() >= m_config.maxConnections) {
        refuse(descriptor);
        return;
    }
    // Plain sockets are unbuffered: bytes go from the kernel straight into our read buffer and
    // answers straight to the kernel, with no Qt-side copies or notifier toggling per answer.
    // TLS sockets must stay buffered.
    QTcpSocket *socket = m_config.tls ? new QSslSocket : new QTcpSocket;
    const auto mode = m_config.tls ? QIODevice::ReadWrite : QIODevice::ReadWrite | QIODevice::Unbuffered;
    if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState, mode)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    auto *connection = new HttpConnection(socket, this);
    m_connections.push_back(connection);
    connection->setPosition(std::prev(m_connections.end()));
    connection->setLastActivity(m_clock.elapsed());
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(m_ssl);
        connection->start();
        ssl->startServerEncryption();
        return;
    }
    connection->start();
}

void HttpServer::refuse(qintptr descriptor)
{
    // Over maxConnections: a short 503 + Connection: close from a connection that reads nothing,
    // so the client learns why. With TLS (no handshake for it) or too many such answers under way
    // the connection is just closed.
    if (m_config.tls || m_rejecting >= MaxRejecting) {
        ::close(int(descriptor));
        return;
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(
            descriptor, QAbstractSocket::ConnectedState, QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    auto *connection = new HttpConnection(socket, this);
    m_connections.push_back(connection);
    connection->setPosition(std::prev(m_connections.end()));
    connection->setLastActivity(m_clock.elapsed());
    ++m_rejecting;
    connection->reject(503, QStringLiteral("Too many connections; try again later"));
}

void HttpServer::handle(const HttpServerRequest &request, const HttpResponder &responder)
{
    if (m_handler)
        m_handler(request, responder);
    else
        responder.respond(HttpServerResponse::text(404, QStringLiteral("No handler\n")));
}

void HttpServer::touch(HttpConnection *connection)
{
    // O(1): move to the back of the activity list; the idle sweep only looks at the front.
    connection->setLastActivity(m_clock.elapsed());
    m_connections.splice(m_connections.end(), m_connections, connection->position());
}

void HttpServer::removeConnection(HttpConnection *connection)
{
    if (connection->isRejecting())
        --m_rejecting;
    m_connections.erase(connection->position());
}

void HttpServer::sweepIdle()
{
    const qint64 now = m_clock.elapsed();
    std::vector<HttpConnection *> expired;
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        HttpConnection *c = *it;
        if (now - c->lastActivity() < m_config.idleTimeoutMs)
            break; // the rest were active more recently
        ++it;
        if (c->isBusy())
            touch(c); // waiting for the handler is not idleness
        else
            expired.push_back(c);
    }
    for (HttpConnection *c : expired)
        c->closeIdle();
}

QByteArrayView HttpServer::dateHeader()
{
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return m_date;
}

} // namespace Pactbench
