// SPDX-License-Identifier: MIT
// What the recording proxy forwards and records, without sockets: the request sent to the provider,
// the answer the client gets, and bodies as recorded (JSON, text, binary, coded).

#include "captureprovider.h"

#include <core/capture/record/proxymessages.h>

#include <QJsonObject>
#include <QtTest>


using namespace Pactbench;
using Result = HttpClientConnection::Result;
using Pairs = QList<QPair<QString, QString>>;

namespace {

Headers headersOf(const Pairs &pairs)
{
    Headers h;
    for (const auto &[n, v] : pairs)
        h.append(n, v);
    return h;
}


} // namespace

class TestProxyMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturedBody_data();
    void capturedBody();
    void upstreamRequest_data();
    void upstreamRequest();
    void clientResponseDropsHopByHop();
    void capturedResponse_data();
    void capturedResponse();
};

void TestProxyMessages::capturedBody_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("encoding");

    const int present = int(Body::State::Present);
    QTest::newRow("empty: missing") << QByteArray() << u"application/json"_qs << int(Body::State::Missing)
                                    << int(Body::Encoding::Json);
    QTest::newRow("JSON") << QByteArray(R"({"a":[1,2.50]})") << u"application/json; charset=utf-8"_qs << present
                          << int(Body::Encoding::Json);
    QTest::newRow("problem+json") << QByteArray(R"({"status":404})") << u"application/problem+json"_qs << present
                                  << int(Body::Encoding::Json);
    QTest::newRow("JSON type, not JSON: bytes") << QByteArray("{oops") << u"application/json"_qs << present
                                                << int(Body::Encoding::Base64);
    QTest::newRow("no type, JSON bytes") << QByteArray("[1,2]") << QString() << present << int(Body::Encoding::Json);
    QTest::newRow("text") << QByteArray("Zoë") << u"text/plain"_qs << present << int(Body::Encoding::Text);
    QTest::newRow("XML") << QByteArray("<a>1</a>") << u"application/xml"_qs << present << int(Body::Encoding::Text);
    QTest::newRow("form") << QByteArray("a=1&b=2") << u"application/x-www-form-urlencoded"_qs << present
                          << int(Body::Encoding::Text);
    QTest::newRow("text, not UTF-8: bytes") << QByteArray("\xff\xfe", 2) << u"text/plain"_qs << present
                                            << int(Body::Encoding::Base64);
    QTest::newRow("PNG with zero bytes") << QByteArray("\x89PNG\0\0\x01", 7) << u"image/png"_qs << present
                                         << int(Body::Encoding::Base64);
}

void TestProxyMessages::capturedBody()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, contentType);
    QFETCH(int, state);
    QFETCH(int, encoding);
    const Body body = ProxyMessages::capturedBody(bytes, contentType);
    QCOMPARE(int(body.state), state);
    if (body.state != Body::State::Present)
        return;
    QCOMPARE(int(body.encoding), encoding);
    QCOMPARE(body.contentType, contentType);
    if (body.encoding == Body::Encoding::Json)
        QCOMPARE(body.content(), bytes); // numbers as written (2.50)
    else
        QCOMPARE(body.bytes, bytes);
}

void TestProxyMessages::upstreamRequest_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Pairs>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QUrl>("upstream");
    QTest::addColumn<QByteArray>("expected");

    const QUrl local(u"http://127.0.0.1:8080"_qs);
    QTest::newRow("GET, raw query kept")
        << u"GET"_qs << QByteArray("/a%20b?x=1&x=%2F") << Pairs{ { u"Host"_qs, u"proxy:1"_qs }, { u"Accept"_qs, u"*/*"_qs } }
        << QByteArray() << local << QByteArray("GET /a%20b?x=1&x=%2F HTTP/1.1\r\nAccept: */*\r\nHost: 127.0.0.1:8080\r\n\r\n");
    QTest::newRow("hop-by-hop out, named ones too")
        << u"get"_qs << QByteArray("/")
        << Pairs{ { u"Connection"_qs, u"keep-alive, X-Hop"_qs }, { u"X-Hop"_qs, u"1"_qs },
                                           { u"TE"_qs, u"trailers"_qs }, { u"Proxy-Connection"_qs, u"x"_qs },
                                           { u"X-Keep"_qs, u"2"_qs } }
        << QByteArray() << QUrl(u"https://api.example.com"_qs)
        << QByteArray("get / HTTP/1.1\r\nX-Keep: 2\r\nHost: api.example.com\r\n\r\n");
    QTest::newRow("body: Content-Length of ours, base path")
        << u"POST"_qs << QByteArray("/orders")
        << Pairs{ { u"Transfer-Encoding"_qs, u"chunked"_qs }, { u"Content-Type"_qs, u"text/plain"_qs },
                                           { u"Expect"_qs, u"100-continue"_qs } }
        << QByteArray("abc") << QUrl(u"http://127.0.0.1:8080/api/"_qs)
        << QByteArray("POST /api/orders HTTP/1.1\r\nContent-Type: text/plain\r\nHost: 127.0.0.1:8080\r\n"
                      "Content-Length: 3\r\n\r\nabc");
    QTest::newRow("empty body the client framed")
        << u"PUT"_qs << QByteArray("/x") << Pairs{ { u"Content-Length"_qs, u"0"_qs } }
        << QByteArray() << local << QByteArray("PUT /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("absolute-form target") << u"GET"_qs << QByteArray("http://elsewhere:9/p?q=1")
                                          << Pairs{} << QByteArray() << local
                                          << QByteArray("GET /p?q=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n");
}

void TestProxyMessages::upstreamRequest()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, target);
    QFETCH(Pairs, headers);
    QFETCH(QByteArray, body);
    QFETCH(QUrl, upstream);
    QFETCH(QByteArray, expected);
    HttpServerRequest request;
    request.method = method;
    request.target = target;
    request.headers = headersOf(headers);
    request.body = body;
    const WireRequest wire = ProxyMessages::upstreamRequest(request, upstream);
    QCOMPARE(wire.bytes, expected);
    QVERIFY(wire.error.isEmpty());
    QVERIFY(!wire.headers.contains(u"Connection"_qs));
}

void TestProxyMessages::clientResponseDropsHopByHop()
{
    Result r;
    r.status = 201;
    r.headers = headersOf({ { u"Content-Type"_qs, u"application/json"_qs }, { u"Connection"_qs, u"close"_qs },
                            { u"Transfer-Encoding"_qs, u"chunked"_qs }, { u"Set-Cookie"_qs, u"a=1"_qs },
                            { u"Set-Cookie"_qs, u"b=2"_qs }, { u"Content-Encoding"_qs, u"gzip"_qs } });
    r.body = QByteArray("\x1f\x8b\0", 3);
    const HttpServerResponse answer = ProxyMessages::clientResponse(r);
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.body, r.body);
    QCOMPARE(answer.headers.names(), (QStringList{ u"Content-Type"_qs, u"Set-Cookie"_qs, u"Content-Encoding"_qs }));
    QCOMPARE(answer.headers.values(u"Set-Cookie"_qs), (QStringList{ u"a=1"_qs, u"b=2"_qs }));
}

void TestProxyMessages::capturedResponse_data()
{
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("decoded");
    const QByteArray json = R"({"id":7,"note":"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"})";
    QTest::newRow("plain") << QByteArray() << json << qint64(1000) << QString() << false;
    QTest::newRow("gzip decoded") << QByteArray("gzip") << Test::CaptureProvider::gzip(json) << qint64(1000) << QString() << true;
    QTest::newRow("gzip decoded over limit") << QByteArray("GZIP") << Test::CaptureProvider::gzip(json) << qint64(40)
                                             << u"the response, decoded from gzip, is larger than the 40 bytes limit"_qs
                                             << true;
    QTest::newRow("corrupt gzip kept as received") << QByteArray("gzip") << QByteArray("not gzip") << qint64(1000)
                                                   << QString() << false;
    QTest::newRow("br passed through") << QByteArray("br") << QByteArray("\x0b\x02\x80", 3) << qint64(1000) << QString()
                                       << false;
}

void TestProxyMessages::capturedResponse()
{
    QFETCH(QByteArray, coding);
    QFETCH(QByteArray, body);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, error);
    QFETCH(bool, decoded);
    Result r;
    r.status = 200;
    r.headers.append(u"Content-Type"_qs, u"application/json"_qs);
    if (!coding.isEmpty())
        r.headers.append(u"Content-Encoding"_qs, QString::fromLatin1(coding));
    r.headers.append(u"Content-Length"_qs, QString::number(body.size()));
    r.body = body;
    QString got;
    const std::optional<HttpResponse> response = ProxyMessages::capturedResponse(r, maxBytes, &got);
    QVERIFY2(got.startsWith(error), qPrintable(got));
    QCOMPARE(response.has_value(), error.isEmpty());
    if (!response)
        return;
    QCOMPARE(response->status, 200);
    QCOMPARE(response->headers.contains(u"Content-Encoding"_qs), !coding.isEmpty() && !decoded);
    QCOMPARE(response->headers.contains(u"Content-Length"_qs), !decoded);
    if (decoded || coding.isEmpty())
        QCOMPARE(response->body.json.toObject().value(u"id"_qs).toInt(), 7);
    else
        QCOMPARE(response->body.bytes, body); // kept as received: binary
}

QTEST_MAIN(TestProxyMessages)
#include "tst_proxymessages.moc"
