// SPDX-License-Identifier: MIT
// ProviderClient on the wire, against a raw TCP server that records every byte: the exact headers
// sent (those of the pact plus what the reference verifier adds, nothing from the locale), response
// framing and decoding, limits, keep-alive and its retry, and every way a request can fail.

#include "wireserver.h"

#include <core/verifier/contentdecoding.h>
#include <core/verifier/providerclient.h>
#include <core/verifier/wirerequest.h>

#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <zlib.h>

using namespace Pactbench;
using Pactbench::Test::WireServer;
using Failure = HttpExchange::Failure;

Q_DECLARE_METATYPE(Pactbench::Headers)

namespace {

const QByteArray kJson = R"({"id":7,"name":"Zoë"})";
const QString kLimitText = u"larger than the 1 KiB limit on responses (change it with --max-response-size)"_qs;

QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream s{};
    deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))) + 32, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    return compress(data, 16 + MAX_WBITS);
}
QByteArray zlibWrapped(const QByteArray &data)
{
    return compress(data, MAX_WBITS);
}
QByteArray rawDeflate(const QByteArray &data)
{
    return compress(data, -MAX_WBITS);
}

Headers headersOf(const QList<QPair<QString, QString>> &pairs)
{
    Headers h;
    for (const auto &[n, v] : pairs)
        h.append(n, v);
    return h;
}

QUrl refusedUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:"_qs + QString::number(port) + u"/orders"_qs);
}

struct Sent
{
    HttpExchange exchange;
    int calls = 0;
};

// Sends and waits for the callback (and a moment more, so a second call would be seen); calls is -1
// when the callback ran inside send(), 0 when it never ran.
Sent sendAndWait(ProviderClient &client, const QString &method, const QUrl &url, const Headers &headers = {},
    const QByteArray &body = {})
{
    auto sent = std::make_shared<Sent>();
    client.send(method, url, headers, body, [sent](const HttpExchange &e) {
        sent->exchange = e;
        ++sent->calls;
    });
    if (sent->calls != 0)
        return { sent->exchange, -1 };
    if (!QTest::qWaitFor([&] { return sent->calls > 0; }, 20000))
        return *sent; // calls == 0: the test says so
    QTest::qWait(20);
    return *sent;
}

// A handler writing these pieces one after another, each in its own write and event-loop turn.
WireServer::Handler piecewise(const QList<QByteArray> &pieces, bool closeAfter = false)
{
    return [pieces, closeAfter](QTcpSocket *socket, const WireServer::Request &) {
        QPointer<QTcpSocket> s(socket);
        for (int i = 0; i < pieces.size(); ++i) {
            QTimer::singleShot(5 * i, socket, [s, piece = pieces[i], last = i == pieces.size() - 1, closeAfter] {
                if (!s)
                    return;
                s->write(piece);
                s->flush();
                if (last && closeAfter)
                    s->disconnectFromHost();
            });
        }
    };
}

} // namespace

class TestProviderClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WireServer> m_server;

    QByteArray hostOf() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }

private Q_SLOTS:
    void initTestCase()
    {
        // Nothing the client sends may depend on the machine's language.
        qputenv("LANG", "de_DE.UTF-8");
        qputenv("LANGUAGE", "de");
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void init()
    {
        m_server = std::make_unique<WireServer>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void exactHeadersOnTheWire_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<QByteArray>>("expected"); // header lines; HOST stands for host:port
        QTest::addColumn<QByteArray>("expectedBody");
        const QByteArray accept = "accept: */*";
        const QByteArray agent = "user-agent: pact_verifier/1.4.7";
        const QByteArray encoding = "accept-encoding: gzip,deflate";
        const QByteArray host = "host: HOST";
        QTest::addRow("GET without headers") << u"GET"_qs << Headers() << QByteArray()
                                             << QList<QByteArray>{ accept, agent, encoding, host } << QByteArray();
        QTest::addRow("GET with X-Test: 1")
            << u"GET"_qs << headersOf({ { u"X-Test"_qs, u"1"_qs } }) << QByteArray()
            << QList<QByteArray>{ "X-Test: 1", accept, agent, encoding, host } << QByteArray();
        QTest::addRow("POST with a JSON body")
            << u"POST"_qs << headersOf({ { u"Content-Type"_qs, u"application/json"_qs } }) << QByteArray(R"({"a":1})")
            << QList<QByteArray>{ "Content-Type: application/json", accept, agent, encoding, host, "content-length: 7" }
            << QByteArray(R"({"a":1})");
        QTest::addRow("the pact's Accept, User-Agent, Accept-Encoding")
            << u"GET"_qs
            << headersOf({ { u"Accept"_qs, u"application/json"_qs }, { u"User-Agent"_qs, u"mine/1"_qs },
                   { u"Accept-Encoding"_qs, u"br"_qs } })
            << QByteArray()
            << QList<QByteArray>{ "Accept: application/json", "User-Agent: mine/1", "Accept-Encoding: br", host }
            << QByteArray();
        QTest::addRow("POST without a body: no Content-Length")
            << u"post"_qs << headersOf({ { u"Content-Type"_qs, u"application/json"_qs } }) << QByteArray()
            << QList<QByteArray>{ "Content-Type: application/json", accept, agent, encoding, host } << QByteArray();
        QTest::addRow("two values: two lines")
            << u"GET"_qs
            << headersOf({ { u"X-Multi"_qs, u"a"_qs }, { u"X-Multi"_qs, u"b"_qs }, { u"X-One"_qs, u"c, d"_qs } })
            << QByteArray()
            << QList<QByteArray>{ "X-Multi: a", "X-Multi: b", "X-One: c, d", accept, agent, encoding, host }
            << QByteArray();
        QTest::addRow("the pact's Host") << u"GET"_qs << headersOf({ { u"Host"_qs, u"example.com"_qs } })
                                         << QByteArray()
                                         << QList<QByteArray>{ "Host: example.com", accept, agent, encoding }
                                         << QByteArray();
        QTest::addRow("the pact's Content-Length cuts the body, as hyper does")
            << u"PUT"_qs << headersOf({ { u"Content-Length"_qs, u"3"_qs } }) << QByteArray("hello")
            << QList<QByteArray>{ "Content-Length: 3", accept, agent, encoding, host } << QByteArray("hel");
        QTest::addRow("the pact's Transfer-Encoding: chunked")
            << u"POST"_qs << headersOf({ { u"Transfer-Encoding"_qs, u"chunked"_qs } }) << QByteArray("hello")
            << QList<QByteArray>{ "Transfer-Encoding: chunked", accept, agent, encoding, host } << QByteArray("hello");
    }
    void exactHeadersOnTheWire()
    {
        QFETCH(QString, method);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(QList<QByteArray>, expected);
        QFETCH(QByteArray, expectedBody);
        ProviderClient client;
        const Sent sent = sendAndWait(client, method, m_server->url(u"/orders/7"_qs), headers, body);
        QCOMPARE(sent.calls, 1);
        QVERIFY2(sent.exchange.ok(), qPrintable(sent.exchange.error));
        QCOMPARE(m_server->requests().size(), 1);
        const WireServer::Request &r = m_server->requests().constFirst();
        QCOMPARE(r.requestLine, method.toUpper().toLatin1() + " /orders/7 HTTP/1.1");
        for (QByteArray &line : expected)
            line.replace("HOST", hostOf());
        QCOMPARE(r.headerLines, expected);
        QCOMPARE(r.body, expectedBody);
        for (const auto &[name, value] : r.lowerCased())
            QVERIFY2(name != "accept-language" && name != "connection", name.constData());
        // The exchange shows what was sent, without the framing headers (Host, Content-Length) we add.
        QVERIFY(!sent.exchange.requestHeaders.contains(u"Accept-Language"_qs));
        QCOMPARE(sent.exchange.requestHeaders.contains(u"Host"_qs), headers.contains(u"Host"_qs));
    }

    void invalidHeaderIsRefusedBeforeSending_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("error");
        QTest::addRow("CRLF in a value") << headersOf({ { u"X-Bad"_qs, u"a\r\nX-Injected: 1"_qs } })
                                         << u"Invalid header value of X-Bad"_qs;
        QTest::addRow("space in a name") << headersOf({ { u"X Bad"_qs, u"1"_qs } })
                                         << u"Invalid header name: 'X Bad'"_qs;
    }
    void invalidHeaderIsRefusedBeforeSending()
    {
        QFETCH(Headers, headers);
        QFETCH(QString, error);
        ProviderClient client;
        const Sent sent = sendAndWait(client, u"GET"_qs, m_server->url(u"/x"_qs), headers);
        QCOMPARE(sent.calls, 1);
        QCOMPARE(sent.exchange.failure, Failure::Other);
        QVERIFY2(sent.exchange.error.contains(error), qPrintable(sent.exchange.error));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void responses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QList<QByteArray>>("pieces"); // written one after another
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        const QByteArray json = "Content-Type: application/json\r\n";
        QTest::addRow("Content-Length") << u"GET"_qs
                                        << QList<QByteArray>{ "HTTP/1.1 200 OK\r\n" + json
                                               + "Content-Length: 22\r\n\r\n" + kJson }
                                        << false << 200 << kJson;
        QTest::addRow("Content-Length, split everywhere")
            << u"GET"_qs
            << QList<QByteArray>{ "HTT", "P/1.1 20", "1 Created\r\nContent-Le", "ngth: 22\r", "\n\r\n{\"id\":7,",
                   "\"name\":\"Zoë\"}" }
            << false << 201 << kJson;
        QTest::addRow("chunked, across reads")
            << u"GET"_qs
            << QList<QByteArray>{ "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "8\r\n{\"id\":7,\r\n",
                   "e\r\n\"name\":\"Zo", "ë\"}\r\n", "0\r\n", "\r\n" }
            << false << 200 << kJson;
        QTest::addRow("until the connection closes")
            << u"GET"_qs << QList<QByteArray>{ "HTTP/1.1 200 OK\r\n\r\n{\"id\":7,", "\"name\":\"Zoë\"}" } << true << 200
            << kJson;
        QTest::addRow("HTTP/1.0, until the connection closes")
            << u"GET"_qs << QList<QByteArray>{ "HTTP/1.0 200 OK\r\n" + json + "\r\n" + kJson } << true << 200 << kJson;
        QTest::addRow("100 Continue, then 200") << u"POST"_qs
                                                << QList<QByteArray>{ "HTTP/1.1 100 Continue\r\n\r\n",
                                                       "HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\n" + kJson }
                                                << false << 200 << kJson;
        QTest::addRow("103 Early Hints and 100 in one read, then 200")
            << u"GET"_qs
            << QList<QByteArray>{ "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 100 "
                                  "Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                                  "Content-Length: 22\r\n\r\n"
                   + kJson }
            << false << 200 << kJson;
        QTest::addRow("HEAD: no body despite Content-Length")
            << u"HEAD"_qs << QList<QByteArray>{ "HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\n" } << false << 200
            << QByteArray();
        QTest::addRow("204: no body") << u"DELETE"_qs << QList<QByteArray>{ "HTTP/1.1 204 No Content\r\n\r\n" } << false
                                      << 204 << QByteArray();
        QTest::addRow("304: no body") << u"GET"_qs
                                      << QList<QByteArray>{ "HTTP/1.1 304 Not Modified\r\nContent-Length: 22\r\n\r\n" }
                                      << false << 304 << QByteArray();
        QTest::addRow("gzip") << u"GET"_qs
                              << QList<QByteArray>{ "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: "
                                     + QByteArray::number(gzip(kJson).size()) + "\r\n\r\n" + gzip(kJson) }
                              << false << 200 << kJson;
        QTest::addRow("gzip, two members, chunked")
            << u"GET"_qs
            << QList<QByteArray>{ "HTTP/1.1 200 OK\r\nContent-Encoding: GZIP\r\nTransfer-Encoding: chunked\r\n\r\n",
                   QByteArray::number(gzip("{\"id\":7,").size(), 16) + "\r\n" + gzip("{\"id\":7,") + "\r\n",
                   QByteArray::number(gzip("\"name\":\"Zoë\"}").size(), 16) + "\r\n" + gzip("\"name\":\"Zoë\"}")
                       + "\r\n0\r\n\r\n" }
            << false << 200 << kJson;
        QTest::addRow("deflate (zlib format)")
            << u"GET"_qs
            << QList<QByteArray>{ "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + zlibWrapped(kJson) } << true
            << 200 << kJson;
        QTest::addRow("br: passed through")
            << u"GET"_qs
            << QList<
                   QByteArray>{ "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 4\r\n\r\n\x0b\x02\x80\x03" }
            << false << 200 << QByteArray("\x0b\x02\x80\x03");
        QTest::addRow("gzip, empty body")
            << u"GET"_qs
            << QList<QByteArray>{ "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 0\r\n\r\n" } << false
            << 200 << QByteArray();
    }
    void responses()
    {
        QFETCH(QString, method);
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(bool, closeAfter);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_server->setHandler(piecewise(pieces, closeAfter));
        ProviderClient client;
        const Sent sent = sendAndWait(client, method, m_server->url(u"/r"_qs));
        QCOMPARE(sent.calls, 1);
        QVERIFY2(sent.exchange.ok(), qPrintable(sent.exchange.error));
        QCOMPARE(sent.exchange.status, status);
        QCOMPARE(sent.exchange.responseBody, body);
    }

    void responseHeadersKeptAsReceived()
    {
        const QByteArray gz = gzip(kJson);
        m_server->setHandler([gz](QTcpSocket *s, const WireServer::Request &) {
            s->write("HTTP/1.1 200 OK\r\nX-First: 1\r\nset-cookie: a=1\r\nContent-Encoding: gzip\r\nSet-Cookie: b=2\r\n"
                     "X-Folded:  spaced value  \r\nContent-Length: "
                + QByteArray::number(gz.size()) + "\r\n\r\n" + gz);
        });
        ProviderClient client;
        const Sent sent = sendAndWait(client, u"GET"_qs, m_server->url(u"/h"_qs));
        QVERIFY2(sent.exchange.ok(), qPrintable(sent.exchange.error));
        const QList<QPair<QString, QString>> expected{ { u"X-First"_qs, u"1"_qs }, { u"set-cookie"_qs, u"a=1"_qs },
            { u"Content-Encoding"_qs, u"gzip"_qs }, { u"Set-Cookie"_qs, u"b=2"_qs },
            { u"X-Folded"_qs, u"spaced value"_qs }, { u"Content-Length"_qs, QString::number(gz.size()) } };
        QCOMPARE(sent.exchange.responseHeaders.entries(), expected);
        QCOMPARE(sent.exchange.responseBody, kJson);
    }

    void badResponses_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("error"); // after "GET URL: "
        QTest::addColumn<int>("limitKiB");
        const QByteArray bomb = gzip(QByteArray(32 * 1024 * 1024, '\0')); // 32 MiB of zeros in ~32 KB
        QTest::addRow("gzip bomb over the limit (64 KiB)")
            << "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + QByteArray::number(bomb.size())
                + "\r\n\r\n" + bomb
            << int(Failure::TooLarge)
            << u"the response, decoded from gzip, is larger than the 64 KiB limit on responses (change it with --max-response-size)"_qs
            << 64;
        QTest::addRow("deflate over the limit")
            << "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + zlibWrapped(QByteArray(2000, 'x'))
            << int(Failure::TooLarge) << u"the response, decoded from deflate, is "_qs + kLimitText << 1;
        QTest::addRow("body over the limit")
            << "HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n" + QByteArray(1025, 'x') << int(Failure::TooLarge)
            << u"the response is "_qs + kLimitText << 1;
        QTest::addRow("chunked body over the limit")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n" + QByteArray(1024, 'x')
                + "\r\n1\r\nx\r\n0\r\n\r\n"
            << int(Failure::TooLarge) << u"the response is "_qs + kLimitText << 1;
        QTest::addRow("malformed status line")
            << QByteArray("HTTP/1.1 OK 200\r\nContent-Length: 0\r\n\r\n") << int(Failure::Protocol)
            << u"not a valid HTTP response (invalid HTTP status code); it begins \"HTTP/1.1 OK 200\""_qs << 1;
        QTest::addRow("garbage")
            << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\x01\xff") << int(Failure::Protocol)
            << u"not a valid HTTP response (invalid constant string); it begins \"SSH-2.0-OpenSSH_9.2\""_qs << 1;
        QTest::addRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << int(Failure::Protocol)
            << u"not a valid HTTP response (invalid character in chunk size header); it begins \"HTTP/1.1 200 OK\""_qs
            << 1;
        QTest::addRow("Content-Encoding gzip, not gzip")
            << "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 22\r\n\r\n" + kJson
            << int(Failure::Protocol)
            << u"the response body is not valid gzip (Content-Encoding): incorrect header check"_qs << 1;
        QTest::addRow("raw deflate: refused, as by the reference")
            << "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + rawDeflate(kJson) << int(Failure::Protocol)
            << u"the response body is not valid deflate (Content-Encoding): incorrect header check"_qs << 1;
        QTest::addRow("gzip cut short")
            << "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gzip(kJson).left(12) << int(Failure::Protocol)
            << u"the response body is not valid gzip (Content-Encoding): the compressed data ends early"_qs << 1;
        QTest::addRow("headers over 64 KiB")
            << "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(70 * 1024, 'b') + "\r\n\r\n"
            << int(Failure::Protocol) << u"the response's status line and headers are over 65536 bytes"_qs << 1;
        QTest::addRow("closed in the middle of the body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\n{\"id\":") << int(Failure::Protocol)
            << u"the connection was closed or reset before the response was complete (45 bytes received)"_qs << 1;
    }
    void badResponses()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, failure);
        QFETCH(QString, error);
        QFETCH(int, limitKiB);
        m_server->setHandler([response](QTcpSocket *s, const WireServer::Request &) {
            s->write(response);
            s->disconnectFromHost();
        });
        ProviderClient client;
        client.setMaxBodyBytes(qint64(limitKiB) * 1024);
        const QUrl url = m_server->url(u"/bad"_qs);
        const Sent sent = sendAndWait(client, u"GET"_qs, url);
        QCOMPARE(sent.calls, 1);
        QCOMPARE(int(sent.exchange.failure), failure);
        QCOMPARE(sent.exchange.error, u"GET "_qs + url.toString() + u": "_qs + error);
        QVERIFY(sent.exchange.responseBody.isEmpty());
        QCOMPARE(m_server->requests().size(), 1); // never retried
    }

    void keepAliveReusesOneConnection()
    {
        ProviderClient client;
        for (const QString &path : { u"/a"_qs, u"/b"_qs, u"/c"_qs }) {
            const Sent sent = sendAndWait(client, u"GET"_qs, m_server->url(path));
            QVERIFY2(sent.exchange.ok(), qPrintable(sent.exchange.error));
        }
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->connectionCount(), 1);
        for (const WireServer::Request &r : m_server->requests())
            QCOMPARE(r.header("Connection"), QByteArray()); // HTTP/1.1 keeps alive without asking
    }

    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<bool>("fromServer"); // else the pact's request says Connection: close
        QTest::addRow("the response says close") << true;
        QTest::addRow("the request says close") << false;
    }
    void connectionCloseIsHonoured()
    {
        QFETCH(bool, fromServer);
        if (fromServer)
            m_server->setHandler([](QTcpSocket *s, const WireServer::Request &) {
                s->write(WireServer::answer(200, "{}", { { "Connection", "close" } }));
            });
        ProviderClient client;
        const Headers headers = fromServer ? Headers() : headersOf({ { u"Connection"_qs, u"close"_qs } });
        for (int i = 0; i < 2; ++i) {
            const Sent sent = sendAndWait(client, u"GET"_qs, m_server->url(u"/a"_qs), headers);
            QVERIFY2(sent.exchange.ok(), qPrintable(sent.exchange.error));
        }
        QCOMPARE(m_server->connectionCount(), 2);
    }

    void idleConnectionClosedByTheServer()
    {
        // The server answers, then closes the kept-alive connection while it is idle.
        m_server->setHandler([](QTcpSocket *s, const WireServer::Request &) {
            s->write(WireServer::answer(200, "{}"));
            s->disconnectFromHost();
        });
        ProviderClient client;
        QVERIFY(sendAndWait(client, u"GET"_qs, m_server->url(u"/a"_qs)).exchange.ok());
        const Sent second = sendAndWait(client, u"GET"_qs, m_server->url(u"/b"_qs));
        QVERIFY2(second.exchange.ok(), qPrintable(second.exchange.error));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->connectionCount(), 2);
    }

    void keptConnectionClosedBeforeAnswerIsRetriedOnce_data()
    {
        QTest::addColumn<bool>("resetIt"); // a TCP reset, else a FIN
        QTest::addRow("closed") << false;
        QTest::addRow("reset") << true;
    }
    void keptConnectionClosedBeforeAnswerIsRetriedOnce()
    {
        // The race of a server timing out an idle connection just as the next request goes out.
        QFETCH(bool, resetIt);
        m_server->setHandler([resetIt](QTcpSocket *s, const WireServer::Request &r) {
            if (r.target() == "/second" && r.connection == 1) {
                if (resetIt)
                    WireServer::reset(s);
                else
                    s->disconnectFromHost();
                return;
            }
            s->write(WireServer::answer(200, "{}"));
        });
        ProviderClient client;
        QVERIFY(sendAndWait(client, u"GET"_qs, m_server->url(u"/first"_qs)).exchange.ok());
        const Sent second = sendAndWait(client, u"POST"_qs, m_server->url(u"/second"_qs), {}, "x");
        QCOMPARE(second.calls, 1);
        QVERIFY2(second.exchange.ok(), qPrintable(second.exchange.error));
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests().at(2).connection, 2);
        QCOMPARE(m_server->requests().at(2).body, QByteArray("x"));
    }

    void retryThatFailsReportsTheFirstFailure()
    {
        // The provider resets the kept-alive connection mid-request and is gone: not "Connection refused".
        m_server->setHandler([this](QTcpSocket *s, const WireServer::Request &r) {
            if (r.target() == "/first") {
                s->write(WireServer::answer(200, "{}"));
                return;
            }
            m_server->stopListening();
            WireServer::reset(s);
        });
        ProviderClient client;
        QVERIFY(sendAndWait(client, u"GET"_qs, m_server->url(u"/first"_qs)).exchange.ok());
        const QUrl url = m_server->url(u"/second"_qs);
        const Sent second = sendAndWait(client, u"GET"_qs, url);
        QCOMPARE(second.exchange.failure, Failure::Protocol);
        QCOMPARE(second.exchange.error,
            u"GET "_qs + url.toString()
                + u": the connection was closed or reset before any response arrived (a kept-alive connection); "
                  u"on a new connection: Connection refused"_qs);
    }

    void resetMidResponseIsReportedAsSuch_data()
    {
        QTest::addColumn<QByteArray>("partial"); // written before the reset
        QTest::addColumn<QString>("error");
        QTest::addRow("before any byte") << QByteArray()
                                         << u"the connection was closed or reset before any response arrived"_qs;
        QTest::addRow("in the headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-")
                                        << u"the connection was closed or reset"_qs;
        QTest::addRow("in the body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"a\"")
                                     << u"the connection was closed or reset"_qs;
    }
    void resetMidResponseIsReportedAsSuch()
    {
        QFETCH(QByteArray, partial);
        QFETCH(QString, error);
        m_server->setHandler([partial](QTcpSocket *s, const WireServer::Request &) {
            if (!partial.isEmpty()) {
                s->write(partial);
                s->flush();
            }
            QPointer<QTcpSocket> p(s);
            QTimer::singleShot(50, s, [p] {
                if (p)
                    WireServer::reset(p);
            });
        });
        ProviderClient client;
        const Sent sent = sendAndWait(client, u"GET"_qs, m_server->url(u"/r"_qs));
        QCOMPARE(sent.calls, 1);
        QCOMPARE(sent.exchange.failure, Failure::Protocol);
        QVERIFY2(sent.exchange.error.contains(error), qPrintable(sent.exchange.error));
        QVERIFY2(!sent.exchange.error.contains(u"refused"), qPrintable(sent.exchange.error));
        QCOMPARE(m_server->requests().size(), 1); // a fresh connection: never retried
    }

    void connectionRefused()
    {
        ProviderClient client;
        const QUrl url = refusedUrl();
        const Sent sent = sendAndWait(client, u"GET"_qs, url);
        QCOMPARE(sent.exchange.failure, Failure::ConnectionRefused);
        QCOMPARE(sent.exchange.error, u"GET "_qs + url.toString() + u": Connection refused"_qs);
    }

    void timeout()
    {
        m_server->setHandler([](QTcpSocket *, const WireServer::Request &) {}); // never answers
        ProviderClient client;
        client.setTimeoutMs(200);
        const Sent sent = sendAndWait(client, u"GET"_qs, m_server->url(u"/slow"_qs));
        QCOMPARE(sent.calls, 1);
        QCOMPARE(sent.exchange.failure, Failure::Timeout);
        QVERIFY2(sent.exchange.error.contains(u"timed out"), qPrintable(sent.exchange.error));
        // The timed-out connection is not used again.
        m_server->setHandler(
            [](QTcpSocket *s, const WireServer::Request &) { s->write(WireServer::answer(200, "{}")); });
        QVERIFY(sendAndWait(client, u"GET"_qs, m_server->url(u"/next"_qs)).exchange.ok());
        QCOMPARE(m_server->connectionCount(), 2);
    }

    void cancelAllReportsCancelledOnce()
    {
        m_server->setHandler([](QTcpSocket *, const WireServer::Request &) {}); // never answers
        ProviderClient client;
        QList<HttpExchange> seen;
        client.send(u"GET"_qs, m_server->url(u"/a"_qs), {}, {}, [&](const HttpExchange &e) { seen.append(e); });
        client.send(u"POST"_qs, m_server->url(u"/b"_qs), {}, "x", [&](const HttpExchange &e) { seen.append(e); });
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), qsizetype(2), 20000);
        client.cancelAll();
        QCOMPARE(seen.size(), 2);
        for (const HttpExchange &e : std::as_const(seen)) {
            QCOMPARE(e.failure, Failure::Cancelled);
            QVERIFY(e.error.endsWith(u": cancelled"));
        }
        QTest::qWait(50);
        QCOMPARE(seen.size(), 2);
        // The client goes on working.
        m_server->setHandler(
            [](QTcpSocket *s, const WireServer::Request &) { s->write(WireServer::answer(200, "{}")); });
        QVERIFY(sendAndWait(client, u"GET"_qs, m_server->url(u"/c"_qs)).exchange.ok());
    }

    void callbacksNeverRunInsideSend()
    {
        ProviderClient client;
        bool called = false;
        client.send(u"GET"_qs, QUrl(u"ftp://127.0.0.1/x"_qs), {}, {}, [&](const HttpExchange &e) {
            called = true;
            QCOMPARE(e.failure, Failure::Other);
            QVERIFY(e.error.endsWith(u"not an http or https URL"));
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void hostHeaderForms_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("host");
        QTest::addRow("explicit port") << u"http://localhost:8080/x"_qs << QByteArray("localhost:8080");
        QTest::addRow("default http port") << u"http://localhost:80/x"_qs << QByteArray("localhost");
        QTest::addRow("default https port") << u"https://example.com/x"_qs << QByteArray("example.com");
        QTest::addRow("https on 80") << u"https://example.com:80/x"_qs << QByteArray("example.com:80");
        QTest::addRow("IPv6") << u"http://[::1]:9000/x"_qs << QByteArray("[::1]:9000");
        QTest::addRow("IDN") << u"http://bücher.example:81/"_qs << QByteArray("xn--bcher-kva.example:81");
    }
    void hostHeaderForms()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, host);
        QCOMPARE(WireRequest::hostHeader(QUrl(url)), host);
    }

    void requestTargets_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("target");
        QTest::addRow("root") << QString() << QString() << QByteArray("/");
        QTest::addRow("space and ü") << u"/a b/ü"_qs << QString() << QByteArray("/a%20b/%C3%BC");
        QTest::addRow("query") << u"/q"_qs << u"a=1 2&b=%C3%BC"_qs << QByteArray("/q?a=1%202&b=%C3%BC");
        QTest::addRow("dot segments") << u"/a/../b/./c"_qs << QString() << QByteArray("/b/c");
    }
    void requestTargets()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, target);
        QUrl url(u"http://127.0.0.1:1"_qs);
        url.setPath(path, QUrl::DecodedMode);
        if (!query.isEmpty())
            url.setQuery(query);
        QCOMPARE(WireRequest::target(url), target);
    }
};

QTEST_GUILESS_MAIN(TestProviderClient)
#include "tst_providerclient.moc"
