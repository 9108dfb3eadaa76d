// SPDX-License-Identifier: MIT
// The HTTP/1.1 points of issue 4, each driven byte by byte through a raw QTcpSocket.
#include "rawhttpclient.h"

#include <core/http/httpserver.h>

#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Pactbench;

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;
    QList<HttpServerRequest> m_requests;

    // Echo handler: answers "METHOD PATH" and keeps the request for inspection.
    void startServer(HttpServerConfig config = {})
    {
        m_server = std::make_unique<HttpServer>();
        m_server->setHandler([this](const HttpServerRequest &r, HttpResponder responder) {
            m_requests.append(r);
            HttpServerResponse response;
            response.headers.append(QStringLiteral("X-Method"), r.method);
            response.body = (r.method + u' ' + r.path).toUtf8();
            if (!r.body.isEmpty())
                response.body += "\n" + r.body;
            responder.respond(response);
        });
        QVERIFY2(m_server->start(config), qPrintable(m_server->errorString()));
    }
    quint16 port() const { return quint16(m_server->url().port()); }

private Q_SLOTS:
    void init() { m_requests.clear(); }
    void cleanup() { m_server.reset(); }

    void requestValues()
    {
        startServer();
        RawHttpClient c(port());
        c.send("GET /a%20b/c?x=1&y=z%20w&x=2&flag HTTP/1.1\r\nHost: here\r\nX-One: 1\r\nx-two:  two \r\n"
               "X-One: 3\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->reason, QByteArray("OK"));
        QCOMPARE(r->body, QByteArray("GET /a b/c"));
        QVERIFY(!r->header("Date").isEmpty());
        QCOMPARE(r->header("Content-Length"), QByteArray("10"));
        QCOMPARE(m_requests.size(), 1);
        const HttpServerRequest &q = m_requests.first();
        QCOMPARE(q.target, QByteArray("/a%20b/c?x=1&y=z%20w&x=2&flag"));
        QCOMPARE(q.rawQuery, QByteArray("x=1&y=z%20w&x=2&flag"));
        QCOMPARE(q.query.values(QStringLiteral("x")), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(q.query.value(QStringLiteral("y")), QStringLiteral("z w"));
        QCOMPARE(q.query.entries().size(), 4);
        QCOMPARE(q.headers.names(), QStringList({QStringLiteral("Host"), QStringLiteral("X-One"), QStringLiteral("x-two")}));
        QCOMPARE(q.headers.values(QStringLiteral("x-one")), QStringList({QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(q.headers.value(QStringLiteral("X-TWO")), QStringLiteral("two"));
        QCOMPARE(q.httpVersion(), QStringLiteral("HTTP/1.1"));
        QCOMPARE(q.peerAddress, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(q.peerPort != 0);
        QVERIFY(q.received.isValid());
        QVERIFY(qAbs(q.received.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void methods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        for (const char *m : {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "M-SEARCH", "PURGE"})
            QTest::addRow("%s", m) << QByteArray(m) << 200;
        // Any RFC 9110 token is a method: verbs libhttp-parser does not know arrive raw.
        for (const char *m : {"get", "Post", "FOO", "BREW", "GETX", "X-Custom.v1", "A!#$%&'*+^_`|~9"})
            QTest::addRow("%s (unknown to the library)", m) << QByteArray(m) << 200;
        // Not a token: still a 400.
        for (const char *m : {"GE\"T", "GE(T", "GE/T", "G\x7fT"})
            QTest::addRow("%s rejected", m) << QByteArray(m) << 400;
        QTest::addRow("over 256 characters rejected") << QByteArray(300, 'Q') << 400;
    }
    void methods()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        startServer();
        RawHttpClient c(port());
        c.send(method + " /m HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, status);
        if (status == 200) {
            QCOMPARE(r->header("X-Method"), method);
            QCOMPARE(m_requests.first().method, QString::fromLatin1(method));
        } else {
            QVERIFY(r->body.startsWith("Bad request"));
            QVERIFY(c.waitClosed());
            QVERIFY(m_requests.isEmpty());
        }
    }

    // An unknown verb split over reads (byte by byte), with blank lines before it and a body.
    void unknownMethodAcrossReads()
    {
        startServer();
        RawHttpClient c(port());
        const QByteArray bytes("\r\nBREW /pot HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\ntea");
        for (char ch : bytes) {
            c.send(QByteArray(1, ch));
            c.socket().waitForBytesWritten(1000);
            QTest::qWait(1);
        }
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("BREW /pot\ntea"));
    }

    // Pipelined: the raw verb is restored at every message start, and only there.
    void unknownMethodsPipelined()
    {
        startServer();
        RawHttpClient c(port());
        c.send("BREW /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n"
               "get /3 HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nBREWPROPFIND /4 HTTP/1.1\r\nHost: h\r\n\r\n");
        for (const QByteArray expected : {"BREW /1", "GET /2", "get /3\nBREW", "PROPFIND /4"}) {
            const auto r = c.readResponse();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QCOMPARE(r->body, expected);
        }
        QCOMPARE(c.socket().state(), QAbstractSocket::ConnectedState);
    }

    void keepAliveByDefault()
    {
        startServer();
        RawHttpClient c(port());
        for (int i = 0; i < 3; ++i) {
            c.send("GET /k HTTP/1.1\r\nHost: h\r\n\r\n");
            const auto r = c.readResponse();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QVERIFY(r->header("Connection").isNull());
        }
        QCOMPARE(c.socket().state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void connectionClose()
    {
        startServer();
        RawHttpClient c(port());
        c.send("GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 5000);
    }

    void http10()
    {
        startServer();
        RawHttpClient closing(port());
        closing.send("GET /old HTTP/1.0\r\n\r\n");
        auto r = closing.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->header("Connection"), QByteArray("close"));
        QVERIFY(closing.waitClosed());
        QCOMPARE(m_requests.last().httpVersion(), QStringLiteral("HTTP/1.0"));

        RawHttpClient keeping(port());
        for (int i = 0; i < 2; ++i) {
            keeping.send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            r = keeping.readResponse();
            QVERIFY(r);
            QCOMPARE(r->header("Connection"), QByteArray("keep-alive"));
        }
        QCOMPARE(keeping.socket().state(), QAbstractSocket::ConnectedState);
    }

    void headHasNoBody()
    {
        startServer();
        RawHttpClient c(port());
        // HEAD then GET on one connection: the GET's answer must start right after the HEAD's headers.
        c.send("HEAD /h HTTP/1.1\r\nHost: h\r\n\r\nGET /after HTTP/1.1\r\nHost: h\r\n\r\n");
        const auto head = c.readResponse(true);
        QVERIFY(head);
        QCOMPARE(head->header("Content-Length"), QByteArray("7")); // length of "HEAD /h"
        QVERIFY(head->body.isEmpty());
        const auto get = c.readResponse();
        QVERIFY(get);
        QCOMPARE(get->body, QByteArray("GET /after"));
    }

    void statusWithoutBody()
    {
        startServer();
        m_server->setHandler([](const HttpServerRequest &, HttpResponder responder) {
            HttpServerResponse response;
            response.status = 204;
            response.body = "ignored";
            responder.respond(response);
        });
        RawHttpClient c(port());
        c.send("DELETE /x HTTP/1.1\r\nHost: h\r\n\r\nDELETE /y HTTP/1.1\r\nHost: h\r\n\r\n");
        for (int i = 0; i < 2; ++i) {
            const auto r = c.readResponse();
            QVERIFY(r);
            QCOMPARE(r->status, 204);
            QVERIFY(r->header("Content-Length").isNull());
        }
        QVERIFY(c.pending().isEmpty());
    }

    void chunkedBody()
    {
        startServer();
        RawHttpClient c(port());
        c.send("POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        QVERIFY(!c.readResponse(false, 200)); // incomplete: no answer yet
        c.send("7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->body, QByteArray("POST /up\nhello, world"));
        QCOMPARE(m_requests.first().body, QByteArray("hello, world"));
        QVERIFY(!m_requests.first().headers.contains(QStringLiteral("X-Trailer")));
    }

    void expectContinue()
    {
        startServer();
        RawHttpClient c(port());
        c.send("PUT /e HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
        const auto interim = c.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        QVERIFY(m_requests.isEmpty());
        c.send("abcde");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("PUT /e\nabcde"));
    }

    void expectContinueOverLimit()
    {
        HttpServerConfig config;
        config.maxBodyBytes = 100;
        startServer(config);
        RawHttpClient c(port());
        c.send("PUT /e HTTP/1.1\r\nHost: h\r\nContent-Length: 101\r\nExpect: 100-continue\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QCOMPARE(r->header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        QVERIFY(m_requests.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("binary garbage") << QByteArray("\x01\x02\x03 nonsense\r\n\r\n", 17);
        QTest::addRow("junk after version") << QByteArray("GET / HTTP/1.1 junk\r\n\r\n");
        QTest::addRow("bad version") << QByteArray("GET / HTTP/x.y\r\n\r\n");
        QTest::addRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n");
        QTest::addRow("NUL in header value") << QByteArray("GET / HTTP/1.1\r\nX-A: a\0b\r\n\r\n", 28);
        QTest::addRow("two content-lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        QTest::addRow("bad content-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n");
        QTest::addRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::addRow("unsupported transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n");
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        startServer();
        RawHttpClient c(port());
        c.send(bytes);
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 400);
        QCOMPARE(r->header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QVERIFY2(r->body.startsWith("Bad request: "), r->body.constData());
        QVERIFY(c.waitClosed());
        QVERIFY(m_requests.isEmpty());
    }

    void headersTooLarge_data()
    {
        QTest::addColumn<QByteArray>("request");
        const QByteArray big(9000, 'a');
        QTest::addRow("one long value") << "GET / HTTP/1.1\r\nX-Big: " + big + "\r\n\r\n";
        QTest::addRow("long target") << "GET /" + big + " HTTP/1.1\r\n\r\n";
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 500; ++i)
            many += "X-H" + QByteArray::number(i) + ": 0123456789\r\n";
        QTest::addRow("many headers") << many + "\r\n";
        QTest::addRow("whitespace padding") << "GET / HTTP/1.1\r\nX-Pad:" + QByteArray(70000, ' ') + "x\r\n\r\n";
    }
    void headersTooLarge()
    {
        QFETCH(QByteArray, request);
        HttpServerConfig config;
        config.maxHeaderBytes = 8192;
        startServer(config);
        RawHttpClient c(port());
        c.send(request);
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 431);
        QVERIFY(c.waitClosed());
        QVERIFY(m_requests.isEmpty());
    }

    void largeHeadersUnderLimit()
    {
        // Qt 6.4's QHttpServer drops every header past ~120 KB; ours keeps them up to the limit.
        HttpServerConfig config;
        config.maxHeaderBytes = 1024 * 1024;
        startServer(config);
        RawHttpClient c(port());
        const QByteArray big(300 * 1024, 'v');
        c.send("GET / HTTP/1.1\r\nX-Big: " + big + "\r\nX-After: yes\r\n\r\n");
        const auto r = c.readResponse(false, 10000);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(m_requests.first().headers.value(QStringLiteral("X-Big")).size(), big.size());
        QCOMPARE(m_requests.first().headers.value(QStringLiteral("X-After")), QStringLiteral("yes"));
    }

    void bodyTooLarge_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addRow("content-length") << "POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n" + QByteArray(1001, 'x');
        QTest::addRow("chunked") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n" + QByteArray(512, 'x')
                + "\r\n200\r\n" + QByteArray(512, 'y') + "\r\n0\r\n\r\n";
    }
    void bodyTooLarge()
    {
        QFETCH(QByteArray, request);
        HttpServerConfig config;
        config.maxBodyBytes = 1000;
        startServer(config);
        RawHttpClient c(port());
        c.send(request);
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY(c.waitClosed());
        QVERIFY(m_requests.isEmpty());
    }

    void bodyAtLimit()
    {
        HttpServerConfig config;
        config.maxBodyBytes = 1000;
        startServer(config);
        RawHttpClient c(port());
        c.send("POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'x'));
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(m_requests.first().body.size(), 1000);
    }

    void idleTimeout()
    {
        HttpServerConfig config;
        config.idleTimeoutMs = 150;
        startServer(config);
        // The clock starts before the request, so the server's idle timer (armed after it answered)
        // cannot start before it: a loaded machine can only lengthen the measured wait, never shorten
        // it. 100 ms leaves slack below 150 for coarse timers; the close itself may take up to 20 s
        // (typically 150 ms): a bound against hanging only.
        QElapsedTimer t;
        t.start();
        RawHttpClient idle(port());
        idle.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QVERIFY(idle.readResponse());
        QVERIFY(idle.waitClosed(20000));
        QVERIFY2(t.elapsed() >= 100, qPrintable(QString::number(t.elapsed())));

        RawHttpClient half(port()); // a request that never completes gets 408
        half.send("GET / HTTP/1.1\r\nHost: h\r\n");
        const auto r = half.readResponse(false, 5000);
        QVERIFY(r);
        QCOMPARE(r->status, 408);
        QVERIFY(half.waitClosed());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 5000);
    }

    void idleTimeoutSparesPendingAnswers()
    {
        HttpServerConfig config;
        config.idleTimeoutMs = 100;
        startServer(config);
        m_server->setHandler([](const HttpServerRequest &, HttpResponder responder) {
            QTimer::singleShot(400, [responder] { responder.respond(HttpServerResponse::text(200, QStringLiteral("late"))); });
        });
        RawHttpClient c(port());
        c.send("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->body, QByteArray("late"));
    }

    void pipelinedAnsweredInOrder()
    {
        startServer();
        const int count = 12;
        // Later requests are answered sooner: the server must still write them in request order.
        m_server->setHandler([](const HttpServerRequest &r, HttpResponder responder) {
            const int i = r.path.mid(1).toInt();
            QTimer::singleShot((count - i) * 15, [responder, i] {
                responder.respond(HttpServerResponse::text(200, QString::number(i)));
            });
        });
        RawHttpClient c(port());
        QByteArray all;
        for (int i = 0; i < count; ++i)
            all += "GET /" + QByteArray::number(i) + " HTTP/1.1\r\nHost: h\r\n\r\n";
        c.send(all);
        for (int i = 0; i < count; ++i) {
            const auto r = c.readResponse();
            QVERIFY(r);
            QCOMPARE(r->body, QByteArray::number(i));
        }
    }

    void pipelineBeyondWindow()
    {
        HttpServerConfig config;
        config.maxPipelinedRequests = 4; // reading pauses while 4 wait, then resumes
        startServer(config);
        m_server->setHandler([](const HttpServerRequest &r, HttpResponder responder) {
            QTimer::singleShot(5, [responder, p = r.path] { responder.respond(HttpServerResponse::text(200, p)); });
        });
        RawHttpClient c(port());
        QByteArray all;
        for (int i = 0; i < 50; ++i)
            all += "GET /" + QByteArray::number(i) + " HTTP/1.1\r\nHost: h\r\n\r\n";
        c.send(all);
        for (int i = 0; i < 50; ++i) {
            const auto r = c.readResponse();
            QVERIFY(r);
            QCOMPARE(r->body, "/" + QByteArray::number(i));
        }
    }

    void droppedResponderGives500()
    {
        startServer();
        m_server->setHandler([](const HttpServerRequest &, HttpResponder) {});
        RawHttpClient c(port());
        c.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 500);
    }

    void handlerClosesConnection()
    {
        startServer();
        m_server->setHandler([](const HttpServerRequest &, HttpResponder responder) {
            HttpServerResponse response = HttpServerResponse::text(200, QStringLiteral("bye"));
            response.headers.append(QStringLiteral("Connection"), QStringLiteral("close"));
            responder.respond(response);
            responder.respond(HttpServerResponse::text(500, QStringLiteral("second answer is ignored")));
        });
        RawHttpClient c(port());
        c.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->body, QByteArray("bye"));
        QCOMPARE(r->header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
    }

    void headerInjectionIsNeutralised()
    {
        startServer();
        m_server->setHandler([](const HttpServerRequest &, HttpResponder responder) {
            HttpServerResponse response;
            response.headers.append(QStringLiteral("X-Evil"), QStringLiteral("a\r\nSet-Cookie: b"));
            responder.respond(response);
        });
        RawHttpClient c(port());
        c.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QVERIFY(r->header("Set-Cookie").isNull());
        QCOMPARE(r->header("X-Evil"), QByteArray("a  Set-Cookie: b"));
    }

    void unsendableStatusBecomes500_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("two digits") << 42;
        QTest::addRow("four digits") << 1000;
        QTest::addRow("negative") << -200;
    }
    void unsendableStatusBecomes500()
    {
        QFETCH(int, status);
        startServer();
        m_server->setHandler([status](const HttpServerRequest &, HttpResponder responder) {
            HttpServerResponse response;
            response.status = status;
            response.reason = "Made Up";
            response.body = "body";
            responder.respond(response);
        });
        RawHttpClient c(port());
        c.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        const auto r = c.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 500); // a status line always carries three digits
        QCOMPARE(r->body, QByteArray("body"));
    }

    void portBusy()
    {
        startServer();
        HttpServer second;
        QSignalSpy failed(&second, &HttpServer::failed);
        HttpServerConfig config;
        config.port = port();
        QVERIFY(!second.start(config));
        QCOMPARE(failed.count(), 1);
        const QString error = second.errorString();
        QVERIFY2(error.startsWith(QStringLiteral("Cannot listen on 127.0.0.1:%1: ").arg(port())), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("in use"), Qt::CaseInsensitive), qPrintable(error));
    }

    void stopClosesConnections()
    {
        startServer();
        QSignalSpy stopped(m_server.get(), &HttpServer::stopped);
        RawHttpClient c(port());
        c.send("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QVERIFY(c.readResponse());
        m_server->stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(c.waitClosed());
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(!m_server->isListening());
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
