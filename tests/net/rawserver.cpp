// SPDX-License-Identifier: MIT
#include "rawserver.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace Pactbench::Test {

namespace {
constexpr qint64 Piece = 64 * 1024;
} // namespace

RawServer::RawServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

RawServer::~RawServer() = default;

bool RawServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 RawServer::port() const
{
    return m_server->serverPort();
}

QUrl RawServer::url(const QString &path, const QString &host) const
{
    return QUrl(u"http://"_qs + host + u':' + QString::number(port()) + path);
}

void RawServer::redirect(const QByteArray &path, int status, const QUrl &to)
{
    answer(path, { status, { { "Location", to.toEncoded() } }, {}, Framing::Length, 0 });
}

void RawServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Seen seen;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    seen.method = requestLine.value(0);
    seen.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            seen.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = seen.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return; // the body is still coming
    seen.body = buffer.mid(end + 4, length);
    m_buffers.remove(socket); // `buffer` is gone from here on
    socket->disconnect(this, nullptr); // one request per connection
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_requests.append(seen);
    const QByteArray path
        = seen.target.left(seen.target.indexOf('?') < 0 ? seen.target.size() : seen.target.indexOf('?'));
    respond(socket, m_answers.value(path, Answer{ 404, {}, "no such path\n", Framing::Length, 0 }));
}

void RawServer::respond(QTcpSocket *socket, const Answer &answer)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    const qint64 size = answer.streamBytes > 0 ? answer.streamBytes : answer.body.size();
    if (answer.framing == Framing::Length)
        head += "Content-Length: " + QByteArray::number(size) + "\r\n";
    else if (answer.framing == Framing::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (answer.streamBytes <= 0) {
        socket->write(answer.framing == Framing::Chunked
                ? QByteArray::number(answer.body.size(), 16) + "\r\n" + answer.body + "\r\n0\r\n\r\n"
                : answer.body);
        socket->disconnectFromHost();
        return;
    }
    m_streamAborted = false;
    m_streamed = 0;
    auto left = std::make_shared<qint64>(answer.streamBytes);
    // `this` is the context of these handlers, not the socket: the socket is a child of m_server and
    // says disconnected() when ~QObject deletes it, after ~RawServer has ended (UBSan saw the write to
    // m_streamAborted there); a handler with context `this` is disconnected before that.
    connect(
        socket, &QTcpSocket::bytesWritten, this, [this, socket, answer, left] { pump(socket, answer, left.get()); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, left] {
        if (*left > 0)
            m_streamAborted = true;
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, left] {
        if (*left > 0)
            m_streamAborted = true;
    });
    pump(socket, answer, left.get());
}

void RawServer::pump(QTcpSocket *socket, const Answer &answer, qint64 *left)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (*left > 0 && socket->bytesToWrite() < 4 * Piece) {
        const qint64 n = std::min(*left, Piece);
        const QByteArray piece(n, 'x');
        socket->write(answer.framing == Framing::Chunked ? QByteArray::number(n, 16) + "\r\n" + piece + "\r\n" : piece);
        *left -= n;
        m_streamed += n;
    }
    if (*left == 0 && socket->bytesToWrite() < 4 * Piece) {
        if (answer.framing == Framing::Chunked)
            socket->write("0\r\n\r\n");
        *left = -1; // done
        socket->disconnectFromHost();
    }
}

} // namespace Pactbench::Test
