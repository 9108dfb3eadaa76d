// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include "httpresponsewriter.h"
#include "httpserver.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace Pactbench {

namespace {
constexpr qint64 SocketReadBuffer = 64 * 1024; // bounds what Qt buffers before we parse it
constexpr qint64 MaxWriteBacklog = 1024 * 1024; // stop reading while a client does not read our answers
constexpr int LingerMs = 2000; // how long an error answer waits for the client to close first
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_parser(server->config().maxHeaderBytes, server->config().maxBodyBytes)
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBuffer); // only matters for (buffered) TLS sockets
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::start()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        // Handshake failures only end the connection; they never reach a handler.
        connect(ssl, &QSslSocket::sslErrors, this, [this] { abort(); });
        return; // readyRead only fires with decrypted data
    }
    processInput();
}

void HttpConnection::reject(int status, const QString &text)
{
    m_rejecting = true;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput); // drains while lingering
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    queueError(status, text);
}

bool HttpConnection::canRead() const
{
    return !m_closing && m_slots.size() < size_t(m_server->config().maxPipelinedRequests)
        && m_socket->bytesToWrite() < MaxWriteBacklog;
}

void HttpConnection::processInput()
{
    if (m_detached)
        return;
    if (m_lingering || m_closing) {
        discardInput();
        return;
    }
    if (m_processing)
        return; // re-entered from a synchronous answer: the outer loop goes on
    m_processing = true;
    m_server->touch(this);
    QByteArray &buffer = m_server->readBuffer();
    while (canRead()) {
        if (!m_leftover.isEmpty()) {
            m_leftover.remove(0, consume(m_leftover.constData(), m_leftover.size()));
            continue;
        }
        const qint64 n = m_socket->read(buffer.data(), buffer.size());
        if (n < 0) {
            m_processing = false;
            onDisconnected(); // an unbuffered socket reports the peer's close only here
            return;
        }
        if (n == 0)
            break;
        const qsizetype used = consume(buffer.constData(), qsizetype(n));
        if (used < n)
            m_leftover.append(buffer.constData() + used, qsizetype(n) - used);
        if (n < buffer.size())
            break; // drained: a further read would only say EAGAIN; readyRead comes again if not
    }
    m_processing = false;
    sendNow();
}

qsizetype HttpConnection::consume(const char *data, qsizetype size)
{
    qsizetype offset = 0;
    while (offset < size && canRead()) {
        qsizetype used = 0;
        const auto event = m_parser.feed(data + offset, size - offset, &used);
        offset += used;
        switch (event) {
        case HttpRequestParser::Event::NeedMoreData:
            return offset;
        case HttpRequestParser::Event::ContinueExpected:
            m_slots.push_back({HttpResponseWriter::continueResponse(), true, false, false, false});
            flush();
            break;
        case HttpRequestParser::Event::MessageComplete:
            dispatch();
            break;
        case HttpRequestParser::Event::Error:
            queueError(m_parser.errorStatus(), m_parser.errorText());
            return offset;
        }
    }
    return offset;
}

void HttpConnection::dispatch()
{
    HttpServerRequest request = m_parser.takeRequest();
    request.peerAddress = m_peerAddress;
    request.peerPort = m_peerPort;
    Slot &slot = m_slots.emplace_back();
    slot.headRequest = request.isHead();
    slot.close = !m_parser.keepAlive() || m_parser.upgrade();
    slot.keepAliveHeader = !slot.close && request.versionMajor == 1 && request.versionMinor == 0;
    m_closing = slot.close;
    const quint64 sequence = m_firstSequence + m_slots.size() - 1;
    m_server->handle(request, HttpResponder(this, sequence));
}

void HttpConnection::queueError(int status, const QString &text)
{
    Slot slot;
    slot.ready = true;
    slot.close = true;
    serialise(slot.bytes, slot, HttpServerResponse::text(status, text + u'\n'));
    m_slots.push_back(std::move(slot));
    m_closing = true;
    m_failed = true;
    flush();
}

void HttpConnection::serialise(QByteArray &out, const Slot &slot, const HttpServerResponse &response)
{
    const HttpResponseWriter::Framing framing{slot.headRequest, slot.close, slot.keepAliveHeader,
                                              m_server->dateHeader()};
    HttpResponseWriter::write(out, response, framing);
}

void HttpConnection::complete(quint64 sequence, HttpServerResponse response)
{
    if (m_detached || sequence < m_firstSequence || sequence - m_firstSequence >= m_slots.size())
        return;
    Slot &slot = m_slots[size_t(sequence - m_firstSequence)];
    if (slot.ready)
        return;
    if (HttpResponseWriter::asksToClose(response))
        slot.close = true;
    slot.ready = true;
    if (sequence != m_firstSequence) {
        serialise(slot.bytes, slot, response); // waits for the answers before it
        flush();
        return;
    }
    // The common case: the oldest request is answered; its bytes go out from a reused buffer.
    m_scratch.resize(0);
    serialise(m_scratch, slot, response);
    flush(&m_scratch);
}

void HttpConnection::flush(const QByteArray *frontBytes)
{
    if (m_detached)
        return;
    bool wrote = false;
    while (!m_slots.empty() && m_slots.front().ready) {
        const Slot &front = m_slots.front();
        const QByteArray &bytes = frontBytes ? *frontBytes : front.bytes;
        frontBytes = nullptr;
        m_socket->write(bytes.constData(), bytes.size());
        wrote = true;
        const bool close = front.close;
        m_slots.pop_front();
        ++m_firstSequence;
        if (close) {
            m_closing = true;
            m_slots.clear(); // requests pipelined after a closing answer are dropped
            break;
        }
    }
    if (wrote) {
        m_server->touch(this);
        if (!m_processing)
            sendNow();
    }
    if (m_closing && m_slots.empty())
        beginClose();
    else if (wrote && !m_processing && canRead())
        processInput(); // reading had paused on a full pipeline
}

void HttpConnection::sendNow()
{
    // Qt would only send on the next event-loop pass; one write per batch of answers is cheaper.
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void HttpConnection::beginClose()
{
    if (m_lingering)
        return;
    // After an error the client may still be sending: shut our side and drain its bytes, so
    // the kernel does not reset the connection before the client has read our answer.
    if (m_failed && !qobject_cast<QSslSocket *>(m_socket)) {
        m_lingering = true;
        QTimer::singleShot(LingerMs, this, &HttpConnection::abort);
        onBytesWritten();
        return;
    }
    m_socket->disconnectFromHost();
}

void HttpConnection::onBytesWritten()
{
    if (m_detached)
        return;
    if (m_lingering) {
        if (m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        discardInput();
        return;
    }
    m_server->touch(this);
    if (!m_processing && canRead() && (m_socket->bytesAvailable() > 0 || !m_leftover.isEmpty()))
        processInput(); // reading had paused on a write backlog
}

void HttpConnection::discardInput()
{
    m_leftover.clear();
    QByteArray &buffer = m_server->readBuffer();
    qint64 n = 0;
    while ((n = m_socket->read(buffer.data(), buffer.size())) > 0) {
    }
    if (n < 0)
        onDisconnected();
}

void HttpConnection::closeIdle()
{
    if (m_parser.inMessage() && !m_closing) {
        queueError(408, QStringLiteral("Request not completed within the idle timeout"));
        return;
    }
    abort();
}

void HttpConnection::onDisconnected()
{
    m_slots.clear();
    if (!m_detached) {
        m_detached = true;
        m_server->removeConnection(this);
    }
    deleteLater();
}

void HttpConnection::abort()
{
    const bool wasDetached = m_detached;
    m_detached = true;
    if (!wasDetached)
        m_server->removeConnection(this);
    m_socket->disconnect(this);
    m_socket->abort();
    deleteLater();
}

} // namespace Pactbench
