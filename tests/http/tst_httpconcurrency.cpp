// SPDX-License-Identifier: MIT
// Many connections at once against HttpServerThread: every answer arrives, complete and in
// order. Bounded in count and time so it stays cheap on a shared 2-core machine.
#include "rawhttpclient.h"

#include <core/http/httpserverthread.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Pactbench;

namespace {

// One keep-alive client sending `requests` requests, `depth` at a time (depth > 1: pipelined).
struct Client
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray buffer;
    int sent = 0;
    int received = 0;
    int wrong = 0;
};

class Load : public QObject
{
public:
    Load(quint16 port, int connections, int requests, int depth)
        : m_requests(requests)
        , m_depth(depth)
    {
        m_clients.resize(size_t(connections));
        for (size_t i = 0; i < m_clients.size(); ++i) {
            Client &c = m_clients[i];
            connect(c.socket.get(), &QTcpSocket::connected, this, [this, &c, i] { sendMore(c, int(i)); });
            connect(c.socket.get(), &QTcpSocket::readyRead, this, [this, &c, i] { readSome(c, int(i)); });
            c.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        }
    }
    int received() const { return m_received; }
    int wrong() const { return m_wrong; }

private:
    static QByteArray path(int client, int n) { return '/' + QByteArray::number(client) + '/' + QByteArray::number(n); }

    void sendMore(Client &c, int index)
    {
        QByteArray out;
        while (c.sent < m_requests && c.sent - c.received < m_depth)
            out += "GET " + path(index, c.sent++) + " HTTP/1.1\r\nHost: load\r\n\r\n";
        if (!out.isEmpty())
            c.socket->write(out);
    }

    void readSome(Client &c, int index)
    {
        c.buffer.append(c.socket->readAll());
        while (auto r = RawHttpClient::takeResponse(c.buffer, false)) {
            if (r->status != 200 || r->body != path(index, c.received))
                ++m_wrong;
            ++c.received;
            ++m_received;
        }
        if (c.received == m_requests)
            c.socket->disconnectFromHost();
        else
            sendMore(c, index);
    }

    std::vector<Client> m_clients;
    int m_requests;
    int m_depth;
    int m_received = 0;
    int m_wrong = 0;
};

} // namespace

class TestHttpConcurrency : public QObject
{
    Q_OBJECT

private:
    void run(int connections, int requests, int depth, bool asyncHandler)
    {
        HttpServerThread server([asyncHandler](const HttpServerRequest &r, HttpResponder responder) {
            HttpServerResponse response;
            response.body = r.target;
            if (!asyncHandler)
                return responder.respond(response);
            // Answer later, later requests of a connection sooner: order must still hold.
            const int n = r.path.section(u'/', 2).toInt();
            QTimer::singleShot(n % 3, [responder, response] { responder.respond(response); });
        });
        QSignalSpy started(&server, &HttpServerThread::started);
        server.start({});
        QVERIFY(started.wait(5000));
        const quint16 port = quint16(started.first().at(0).toUrl().port());
        QElapsedTimer timer;
        timer.start();
        Load load(port, connections, requests, depth);
        const int expected = connections * requests;
        QTRY_COMPARE_WITH_TIMEOUT(load.received(), expected, 60000);
        QCOMPARE(load.wrong(), 0);
        qInfo("%d connections x %d requests (depth %d): %lld ms, %.0f req/s", connections, requests, depth,
              timer.elapsed(), expected * 1000.0 / qMax<qint64>(1, timer.elapsed()));
    }

private Q_SLOTS:
    void manyConnectionsSequential() { run(200, 20, 1, false); }
    void manyConnectionsPipelinedAsync() { run(50, 40, 8, true); }
};

QTEST_GUILESS_MAIN(TestHttpConcurrency)
#include "tst_httpconcurrency.moc"
