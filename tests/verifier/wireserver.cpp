// SPDX-License-Identifier: MIT
#include "wireserver.h"

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>

namespace Pactbench::Test {

namespace {

const QByteArray kHeaderEnd = "\r\n\r\n";

// The body of a chunked request, when all of it is in `data` (from `from`); *end after the last chunk.
bool dechunk(const QByteArray &data, qsizetype from, QByteArray *body, qsizetype *end)
{
    qsizetype at = from;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qsizetype size = data.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        at = lineEnd + 2;
        if (size == 0) {
            const qsizetype trailerEnd = data.indexOf("\r\n", at);
            if (trailerEnd < 0)
                return false;
            *end = trailerEnd + 2;
            return true;
        }
        if (data.size() < at + size + 2)
            return false;
        body->append(data.mid(at, size));
        at += size + 2;
    }
}

} // namespace

QByteArray WireServer::Request::header(const QByteArray &name) const
{
    for (const auto &[n, v] : lowerCased()) {
        if (n == name.toLower())
            return v;
    }
    return {};
}

WireServer::HeaderLines WireServer::Request::lowerCased() const
{
    HeaderLines out;
    for (const QByteArray &line : headerLines) {
        const qsizetype colon = line.indexOf(':');
        out.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }
    return out;
}

WireServer::WireServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_handler = [](QTcpSocket *socket, const Request &) {
        socket->write(answer(200, "{}", { { "Content-Type", "application/json" } }));
    };
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setProperty("connection", ++m_connections);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

WireServer::~WireServer() = default;

bool WireServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void WireServer::stopListening()
{
    m_server->close();
}

quint16 WireServer::port() const
{
    return m_server->serverPort();
}

QUrl WireServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:"_qs + QString::number(port()) + path);
}

QByteArray WireServer::answer(int status, const QByteArray &body, const HeaderLines &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void WireServer::reset(QTcpSocket *socket)
{
    const linger hard{ 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

void WireServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    Request request;
    QPointer<QTcpSocket> alive(socket);
    while (takeRequest(buffer, &request)) {
        request.connection = socket->property("connection").toInt();
        m_requests.append(request);
        Q_EMIT requestReceived(int(m_requests.size() - 1));
        m_handler(socket, request);
        if (!alive || socket->state() != QAbstractSocket::ConnectedState)
            return;
        request = Request();
    }
    socket->setProperty("buffer", buffer);
}

bool WireServer::takeRequest(QByteArray &buffer, Request *request)
{
    const qsizetype headEnd = buffer.indexOf(kHeaderEnd);
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    Request r;
    r.requestLine = lines.value(0).chopped(lines.value(0).endsWith('\r') ? 1 : 0);
    for (qsizetype i = 1; i < lines.size(); ++i)
        r.headerLines.append(lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i]);
    const qsizetype bodyStart = headEnd + kHeaderEnd.size();
    qsizetype end = bodyStart;
    if (r.header("Transfer-Encoding").toLower().contains("chunked")) {
        if (!dechunk(buffer, bodyStart, &r.body, &end))
            return false;
    } else {
        end = bodyStart + r.header("Content-Length").toLongLong();
        if (buffer.size() < end)
            return false;
        r.body = buffer.mid(bodyStart, end - bodyStart);
    }
    r.raw = buffer.left(end);
    buffer.remove(0, end);
    *request = r;
    return true;
}

} // namespace Pactbench::Test
