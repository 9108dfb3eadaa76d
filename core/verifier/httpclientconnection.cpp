// SPDX-License-Identifier: MIT
#include "httpclientconnection.h"

#include "responseparser.h"
#include "wirerequest.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace Pactbench {

namespace {

using Failure = HttpExchange::Failure;

Failure failureOf(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return Failure::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return Failure::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return Failure::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Failure::Tls;
    default:
        return Failure::Other;
    }
}

// The request says the connection ends with its response.
bool asksToClose(const Headers &headers)
{
    for (const QString &value : headers.values(QStringLiteral("Connection"))) {
        for (const QString &option : value.split(u','))
            if (option.trimmed().compare(QLatin1String("close"), Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

} // namespace

HttpClientConnection::HttpClientConnection(const QUrl &url, bool ignoreTlsErrors, QObject *parent)
    : QObject(parent)
    , m_origin(originKey(url))
    , m_host(url.host())
    , m_port(quint16(url.port(url.scheme() == u"https" ? 443 : 80)))
    , m_tls(url.scheme() == u"https")
    , m_ignoreTls(ignoreTlsErrors)
    , m_timer(this) // a child, so moveToThread() takes it along
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout, QStringLiteral("timed out: nothing sent or received for %1 ms").arg(m_timer.interval()));
    });
}

HttpClientConnection::~HttpClientConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString HttpClientConnection::originKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + u"://" + url.host(QUrl::FullyEncoded).toLower() + u':'
        + QString::number(url.port(scheme == u"https" ? 443 : 80));
}

bool HttpClientConnection::isIdle() const
{
    return m_socket && !m_done && m_reusable && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->bytesAvailable() == 0;
}

void HttpClientConnection::send(const WireRequest &request, qint64 maxBodyBytes, int timeoutMs, Done done)
{
    m_done = std::move(done);
    m_parser = std::make_unique<ResponseParser>(maxBodyBytes, request.head);
    m_pending = request.bytes;
    m_closeAfterResponse = asksToClose(request.headers);
    m_timer.setInterval(timeoutMs);
    touch();
    if (!m_socket)
        connectSocket();
    else
        writeRequest();
}

QSslSocket *HttpClientConnection::newTlsSocket()
{
    auto *ssl = new QSslSocket(this);
    QSslConfiguration config = ssl->sslConfiguration();
    config.setAllowedNextProtocols({ QByteArray(QSslConfiguration::NextProtocolHttp1_1) });
    ssl->setSslConfiguration(config);
    connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        onSslErrors(texts);
    });
    connect(ssl, &QSslSocket::encrypted, this, &HttpClientConnection::writeRequest);
    return ssl;
}

void HttpClientConnection::connectSocket()
{
    if (m_tls) {
        m_socket = newTlsSocket();
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpClientConnection::writeRequest);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpClientConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpClientConnection::touch);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpClientConnection::onError);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpClientConnection::onClosed);
    if (m_tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_host, m_port);
    else
        m_socket->connectToHost(m_host, m_port);
}

void HttpClientConnection::writeRequest()
{
    if (!m_done || m_pending.isEmpty())
        return;
    touch();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // one write per request: no need to wait
    m_socket->write(std::exchange(m_pending, {}));
}

void HttpClientConnection::onSslErrors(const QStringList &errors)
{
    if (m_ignoreTls)
        static_cast<QSslSocket *>(m_socket)->ignoreSslErrors();
    else
        m_tlsErrors = errors.join(QStringLiteral("; "));
}

void HttpClientConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!m_done) {
        m_reusable = false; // bytes nobody asked for: this connection carries no more requests
        return;
    }
    process(data);
}

void HttpClientConnection::process(const QByteArray &data)
{
    qsizetype used = 0;
    switch (m_parser->feed(data.constData(), data.size(), &used)) {
    case ResponseParser::Event::NeedMoreData:
        touch();
        return;
    case ResponseParser::Event::Complete:
        complete(used < data.size());
        return;
    case ResponseParser::Event::TooLarge:
        fail(Failure::TooLarge, QString());
        return;
    case ResponseParser::Event::Error:
        fail(Failure::Protocol, m_parser->errorText());
        return;
    }
}

void HttpClientConnection::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed(); // the end of the connection (a FIN or a reset): the parser decides
        return;
    }
    if (!m_done) {
        m_reusable = false;
        return;
    }
    QString text = m_socket->errorString();
    if (error == QAbstractSocket::SslHandshakeFailedError && !m_tlsErrors.isEmpty())
        text = QStringLiteral("TLS handshake failed: ") + m_tlsErrors;
    fail(failureOf(error), text);
}

void HttpClientConnection::onClosed()
{
    m_reusable = false;
    if (!m_done)
        return; // idle, or already reported
    if (m_socket->bytesAvailable() > 0) {
        process(m_socket->readAll());
        if (!m_done)
            return;
    }
    switch (m_parser->finish()) {
    case ResponseParser::Event::Complete:
        complete(false);
        return;
    case ResponseParser::Event::TooLarge:
        fail(Failure::TooLarge, QString());
        return;
    case ResponseParser::Event::NeedMoreData:
    case ResponseParser::Event::Error:
        fail(Failure::Protocol, m_parser->errorText(), !m_parser->started());
        return;
    }
}

void HttpClientConnection::complete(bool bytesLeft)
{
    ++m_responses;
    // Not again after an answer that came before the whole request was sent, or with bytes after it.
    m_reusable = m_reusable && m_parser->keepAlive() && !bytesLeft && !m_closeAfterResponse
        && m_socket->bytesToWrite() == 0 && m_pending.isEmpty();
    Result r;
    r.status = m_parser->status();
    r.headers = m_parser->headers();
    r.body = m_parser->takeBody();
    finish(r);
}

void HttpClientConnection::fail(Failure failure, const QString &error, bool nothingReceived)
{
    m_reusable = false;
    Result r;
    r.failure = failure;
    r.error = error;
    r.nothingReceived = nothingReceived;
    if (m_parser)
        r.status = m_parser->status();
    finish(r);
}

void HttpClientConnection::finish(const Result &result)
{
    m_timer.stop();
    const Done done = std::exchange(m_done, {});
    m_parser.reset();
    m_pending.clear();
    if (!m_reusable && m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort(); // its signals find no request under way
    if (done)
        done(result);
}

void HttpClientConnection::abort()
{
    m_done = {};
    m_reusable = false;
    finish(Result());
}

void HttpClientConnection::touch()
{
    if (m_done && m_timer.interval() > 0)
        m_timer.start();
}

} // namespace Pactbench
