// SPDX-License-Identifier: MIT
#include "loadclient.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>

#include <memory>
#include <vector>

namespace Pactbench::Bench {

namespace {

struct Connection
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray buffer;
    int outstanding = 0;
};

/// Removes complete responses from the front of `buffer`; how many.
int takeResponses(QByteArray &buffer)
{
    int count = 0;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        qsizetype length = 0;
        const QByteArray head = buffer.mid(pos, end - pos).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        if (cl >= 0)
            length = head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            break;
        pos = end + 4 + length;
        ++count;
    }
    buffer.remove(0, pos);
    return count;
}

} // namespace

QByteArray rawRequest(const QUrl &url, const QByteArray &method, const QByteArray &target,
    const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':'
        + QByteArray::number(url.port()) + "\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    if (!body.isEmpty())
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

LoadClient::LoadClient(const QUrl &url, QList<QByteArray> mix, int connections, int depth)
    : m_url(url), m_mix(std::move(mix)), m_connections(qMax(1, connections)), m_depth(qMax(1, depth))
{ }

LoadResult LoadClient::run(double ratePerSecond, double seconds)
{
    LoadResult result;
    std::vector<Connection> connections(static_cast<size_t>(m_connections));
    for (Connection &c : connections) {
        c.socket = std::make_unique<QTcpSocket>();
        c.socket->connectToHost(m_url.host(), quint16(m_url.port()));
        if (!c.socket->waitForConnected(5000))
            ++result.errors;
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(seconds * 1000);
    size_t next = 0;
    quint64 mixIndex = 0;
    while (!m_cancel && (clock.elapsed() < endMs || result.answered < result.sent)) {
        if (clock.elapsed() > endMs + 5000)
            break; // answers stopped coming
        const quint64 due
            = clock.elapsed() < endMs ? quint64(ratePerSecond * double(clock.elapsed()) / 1000.0) : result.sent;
        for (int tries = 0; result.sent < due && tries < m_connections; ++tries) {
            Connection &c = connections[next++ % connections.size()];
            QByteArray chunk;
            while (result.sent < due && c.outstanding < m_depth) {
                chunk += m_mix.at(qsizetype(mixIndex++ % quint64(m_mix.size())));
                ++c.outstanding;
                ++result.sent;
            }
            if (!chunk.isEmpty())
                c.socket->write(chunk);
        }
        bool read = false;
        for (Connection &c : connections) {
            c.socket->waitForBytesWritten(0);
            if (c.outstanding > 0 && c.socket->waitForReadyRead(0)) {
                c.buffer += c.socket->readAll();
                const int n = takeResponses(c.buffer);
                c.outstanding -= n;
                result.answered += quint64(n);
                read = true;
            }
        }
        if (!read)
            QThread::usleep(200); // nothing arrived: do not spin a core the server and the GUI need
    }
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

} // namespace Pactbench::Bench
