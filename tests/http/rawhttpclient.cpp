// SPDX-License-Identifier: MIT
#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawHttpClient::RawHttpClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}

bool RawHttpClient::waitConnected(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        QEventLoop loop;
        QObject::connect(&m_socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(qMax<qint64>(1, deadline.remainingTime())), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &bytes)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        waitConnected();
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawHttpClient::waitForActivity(int timeoutMs)
{
    if (m_socket.bytesAvailable() > 0)
        return true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return false;
    QEventLoop loop;
    bool timedOut = false;
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}

std::optional<RawResponse> RawHttpClient::readResponse(bool head, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_buffer.append(m_socket.readAll());
        if (auto r = takeResponse(m_buffer, head))
            return r;
        if (deadline.hasExpired() || !waitForActivity(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    m_buffer.append(m_socket.readAll());
    return takeResponse(m_buffer, head);
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        waitForActivity(int(qMax<qint64>(1, deadline.remainingTime())));
        m_buffer.append(m_socket.readAll());
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

std::optional<RawResponse> RawHttpClient::takeResponse(QByteArray &buffer, bool head)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    RawResponse r;
    const QByteArray statusLine = lines.value(0).trimmed();
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
    r.status = statusLine.mid(firstSpace + 1, secondSpace - firstSpace - 1).toInt();
    r.reason = secondSpace < 0 ? QByteArray() : statusLine.mid(secondSpace + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const bool hasBody = !head && r.status >= 200 && r.status != 204 && r.status != 304;
    const qsizetype length = hasBody ? r.header("Content-Length").toLongLong() : 0;
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return r;
}
