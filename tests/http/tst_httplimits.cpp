// SPDX-License-Identifier: MIT
// HttpServer's connection limit: connections over maxConnections get 503 + Connection: close (or,
// past the answers it gives at once and with TLS, are closed), the connections being served go
// on, and once one of them leaves a new client is served again.
#include "rawhttpclient.h"

#include <core/http/httpserver.h>

#include <QSslSocket>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Pactbench;

namespace {

const QByteArray kGet = "GET /ping HTTP/1.1\r\nHost: test\r\n\r\n";

std::unique_ptr<RawHttpClient> servedClient(quint16 port)
{
    auto c = std::make_unique<RawHttpClient>(port);
    c->send(kGet);
    const auto r = c->readResponse();
    if (!r || r->status != 200)
        return nullptr;
    return c;
}

} // namespace

class TestHttpLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;

    void startServer(int maxConnections, bool tls = false)
    {
        m_server = std::make_unique<HttpServer>();
        m_server->setHandler([](const HttpServerRequest &, HttpResponder responder) {
            responder.respond(HttpServerResponse::text(200, QStringLiteral("pong\n")));
        });
        HttpServerConfig config;
        config.maxConnections = maxConnections;
        config.tls = tls;
        QVERIFY2(m_server->start(config), qPrintable(m_server->errorString()));
    }
    quint16 port() const { return quint16(m_server->url().port()); }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void connectionsOverTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("extra");
        QTest::addColumn<bool>("sendFirst"); // the extra clients send a request before reading
        QTest::addRow("1 + 1") << 1 << 1 << false;
        QTest::addRow("3 + 4, requests sent") << 3 << 4 << true;
        QTest::addRow("2 + 70, more than answered at once") << 2 << 70 << true;
    }
    void connectionsOverTheLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, extra);
        QFETCH(bool, sendFirst);
        startServer(limit);
        std::vector<std::unique_ptr<RawHttpClient>> served;
        for (int i = 0; i < limit; ++i) {
            served.push_back(servedClient(port()));
            QVERIFY(served.back());
        }
        QCOMPARE(m_server->connectionCount(), limit);

        std::vector<std::unique_ptr<RawHttpClient>> turnedAway;
        for (int i = 0; i < extra; ++i) {
            turnedAway.push_back(std::make_unique<RawHttpClient>(port()));
            if (sendFirst)
                turnedAway.back()->send(kGet);
        }
        int answered503 = 0;
        for (const auto &c : turnedAway) {
            const auto r = c->readResponse(false, 10000);
            if (r) { // else it was closed without an answer: also allowed past the answers given at once
                QCOMPARE(r->status, 503);
                QCOMPARE(r->header("Connection"), QByteArray("close"));
                QVERIFY(r->body.startsWith("Too many connections"));
                ++answered503;
            }
            QVERIFY(c->waitClosed(10000));
        }
        QVERIFY(answered503 >= std::min(extra, 64));
        QCOMPARE(m_server->connectionCount(), limit);

        // The connections being served were not disturbed.
        for (const auto &c : served) {
            c->send(kGet);
            const auto r = c->readResponse();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
        }
        // One leaves: a new client is served.
        served.pop_back();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), limit - 1, 10000);
        const auto again = servedClient(port());
        QVERIFY(again);
        QCOMPARE(m_server->connectionCount(), limit);
    }

    void tlsConnectionsOverTheLimitAreClosed()
    {
        // Non-blocking waits: the server runs on this thread.
        startServer(1, true);
        QSslSocket first;
        first.setPeerVerifyMode(QSslSocket::VerifyNone);
        first.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port());
        QTRY_VERIFY_WITH_TIMEOUT(first.isEncrypted(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 1, 10000);

        QSslSocket second;
        second.setPeerVerifyMode(QSslSocket::VerifyNone);
        second.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port());
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(!second.isEncrypted());
        QCOMPARE(m_server->connectionCount(), 1);

        first.write(kGet);
        QTRY_VERIFY_WITH_TIMEOUT(first.bytesAvailable() > 0, 10000);
        QVERIFY(first.readAll().startsWith("HTTP/1.1 200"));
    }

    void defaultLimit() { QCOMPARE(HttpServerConfig().maxConnections, 1024); }
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_httplimits.moc"
