// SPDX-License-Identifier: MIT
// RecordingProxy end to end: a client (QNetworkAccessManager, or ProviderClient for many requests at
// once) → the proxy → CaptureProvider. The client gets the provider's answer, the provider gets the
// client's request (hop-by-hop headers left out, Host its own), and exchanges() hold what was seen.

#include "captureprovider.h"
#include "proxytestclient.h"

#include <core/capture/record/recordingproxy.h>
#include <core/verifier/contentdecoding.h>
#include <core/verifier/providerclient.h>

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::ProxyTestBase;
using Pactbench::Test::CaptureProvider;
using Pactbench::Test::ClientReply;
using Pactbench::Test::RawHeaders;
using Pactbench::Test::sendRequest;
using Pactbench::Test::startProxy;

using Pairs = QList<QPair<QString, QString>>;

namespace {

Pairs pairsOf(const OrderedMultiMap &map)
{
    Pairs out;
    for (const auto &entry : map.entries())
        out.append(entry);
    return out;
}

// The kind of a recorded body: missing, json, text or bytes.
QString kindOf(const Body &body)
{
    if (body.state == Body::State::Missing)
        return QStringLiteral("missing");
    switch (body.encoding) {
    case Body::Encoding::Json:
        return QStringLiteral("json");
    case Body::Encoding::Text:
        return QStringLiteral("text");
    default:
        return QStringLiteral("bytes");
    }
}

void compareBody(const Body &recorded, const QByteArray &seen)
{
    if (recorded.encoding == Body::Encoding::Json)
        QCOMPARE(recorded.json, QJsonDocument::fromJson(seen).isObject()
                                    ? QJsonValue(QJsonDocument::fromJson(seen).object())
                                    : QJsonValue(QJsonDocument::fromJson(seen).array()));
    else
        QCOMPARE(recorded.bytes, seen);
}

} // namespace

class TestRecordingProxy : public QObject, protected ProxyTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void forwardsAndRecords_data();
    void forwardsAndRecords();
    void hopByHopHeadersStay();
    void basePathOfTarget();
    void gzip_data();
    void gzip();
    void manyAtOnce();
    void signalsAndClear();

};

void TestRecordingProxy::init()
{
    QVERIFY(setUpProxy(this));
}

void TestRecordingProxy::cleanup()
{
    tearDownProxy();
}

void TestRecordingProxy::forwardsAndRecords_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("requestKind");
    QTest::addColumn<QString>("responseKind");
    QTest::addColumn<Pairs>("query");

    const RawHeaders none;
    const RawHeaders json{ { "Content-Type", "application/json" } };
    QTest::newRow("JSON order") << QByteArray("GET") << u"/orders/7"_qs << none << QByteArray() << 200 << u"missing"_qs
                                << u"json"_qs << Pairs();
    QTest::newRow("query kept in order, un-encoded")
        << QByteArray("GET") << u"/orders?status=OPEN&page=2&tag=a%20b&tag=c%26d"_qs << none << QByteArray() << 200
        << u"missing"_qs << u"json"_qs
        << Pairs{ { u"status"_qs, u"OPEN"_qs }, { u"page"_qs, u"2"_qs }, { u"tag"_qs, u"a b"_qs }, { u"tag"_qs, u"c&d"_qs } };
    QTest::newRow("XML as text") << QByteArray("GET") << u"/orders/7/invoice"_qs << none << QByteArray() << 200
                                 << u"missing"_qs << u"text"_qs << Pairs();
    QTest::newRow("binary PNG with zero bytes") << QByteArray("GET") << u"/images/logo.png"_qs << none << QByteArray()
                                                << 200 << u"missing"_qs << u"bytes"_qs << Pairs();
    QTest::newRow("404 problem JSON") << QByteArray("GET") << u"/orders/999"_qs << none << QByteArray() << 404
                                      << u"missing"_qs << u"json"_qs << Pairs();
    QTest::newRow("500 text") << QByteArray("GET") << u"/fail"_qs << none << QByteArray() << 500 << u"missing"_qs
                              << u"text"_qs << Pairs();
    QTest::newRow("POST JSON → 201") << QByteArray("POST") << u"/orders"_qs << json
                                     << QByteArray(R"({"customer":{"email":"bo@example.com"},"items":[{"sku":"A-100"}]})")
                                     << 201 << u"json"_qs << u"json"_qs << Pairs();
    QTest::newRow("POST not JSON → 400") << QByteArray("POST") << u"/orders"_qs << json << QByteArray("{oops")
                                         << 400 << u"bytes"_qs << u"text"_qs << Pairs();
    QTest::newRow("bearer accepted") << QByteArray("GET") << u"/account"_qs
                                     << RawHeaders{ { "Authorization", "Bearer abc.def" } } << QByteArray() << 200
                                     << u"missing"_qs << u"json"_qs << Pairs();
    QTest::newRow("no bearer → 401") << QByteArray("GET") << u"/account"_qs << none << QByteArray() << 401
                                     << u"missing"_qs << u"json"_qs << Pairs();
    QTest::newRow("Set-Cookie") << QByteArray("POST") << u"/login"_qs << RawHeaders{ { "Content-Type", "text/plain" } }
                                << QByteArray("user=ada") << 200 << u"text"_qs << u"json"_qs << Pairs();
    QTest::newRow("unknown verb") << QByteArray("BREW") << u"/echo?x=1"_qs << none << QByteArray() << 200
                                  << u"missing"_qs << u"json"_qs << Pairs{ { u"x"_qs, u"1"_qs } };
}

void TestRecordingProxy::forwardsAndRecords()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(RawHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, requestKind);
    QFETCH(QString, responseKind);
    QFETCH(Pairs, query);
    QVERIFY(startProxy(*m_proxy, config()));

    const ClientReply reply = sendRequest(*m_nam, method, at(target), headers, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(m_provider->requests().size(), 1);
    const HttpServerRequest &received = m_provider->requests().constFirst();
    const HttpServerResponse answered = CaptureProvider::answer(received);
    QCOMPARE(reply.body, answered.body); // the client gets the provider's answer
    QCOMPARE(reply.header("Content-Type"), answered.headers.value(u"Content-Type"_qs).toUtf8());
    QCOMPARE(received.method, QString::fromLatin1(method));
    QCOMPARE(received.body, body);

    const QList<CapturedExchange> exchanges = m_proxy->exchanges(); // recorded before the answer went out
    QCOMPARE(exchanges.size(), 1);
    const CapturedExchange &e = exchanges.constFirst();
    QCOMPARE(e.source, u"recorded #1"_qs);
    QCOMPARE(e.request.method, QString::fromLatin1(method));
    QCOMPARE(e.request.path, received.path);
    QCOMPARE(pairsOf(e.request.query), query);
    QCOMPARE(e.request.hasQuery, !query.isEmpty());
    for (const auto &[name, value] : headers)
        QCOMPARE(e.request.headers.value(QString::fromLatin1(name)), QString::fromLatin1(value));
    QCOMPARE(e.request.headers.value(u"Host"_qs), m_proxy->url().authority());
    QCOMPARE(kindOf(e.request.body), requestKind);
    if (!body.isEmpty())
        compareBody(e.request.body, body);
    QCOMPARE(e.response.status, status);
    for (const auto &[name, value] : answered.headers.entries())
        QCOMPARE(e.response.headers.values(name), answered.headers.values(name));
    QCOMPARE(kindOf(e.response.body), responseKind);
    compareBody(e.response.body, answered.body);
    QCOMPARE(e.response.body.contentType, answered.headers.value(u"Content-Type"_qs));
}

void TestRecordingProxy::hopByHopHeadersStay()
{
    QVERIFY(startProxy(*m_proxy, config()));
    const QByteArray answer = Pactbench::Test::rawExchange(
        m_proxy->url(), "GET /echo HTTP/1.1\r\nHost: example.com\r\nConnection: close, X-Hop\r\nX-Hop: 1\r\n"
                        "Keep-Alive: timeout=5\r\nProxy-Authorization: Basic eA==\r\nX-Trace: abc\r\n"
                        "X-Trace: def\r\nUpgrade: h2c\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QCOMPARE(m_provider->requests().size(), 1);
    const Headers &got = m_provider->requests().constFirst().headers;
    for (const char *name : { "Connection", "X-Hop", "Keep-Alive", "Proxy-Authorization", "Upgrade" })
        QVERIFY2(!got.contains(QString::fromLatin1(name)), name);
    QCOMPARE(got.values(u"X-Trace"_qs), (QStringList{ u"abc"_qs, u"def"_qs }));
    QCOMPARE(got.values(u"Host"_qs), QStringList{ m_provider->url().authority() });
    const Headers &recorded = m_proxy->exchanges().constFirst().request.headers; // as the client sent them
    QCOMPARE(recorded.value(u"X-Hop"_qs), u"1"_qs);
    QCOMPARE(recorded.value(u"Host"_qs), u"example.com"_qs);
    QCOMPARE(recorded.value(u"Proxy-Authorization"_qs), u"Basic eA=="_qs);
}

void TestRecordingProxy::basePathOfTarget()
{
    RecordingProxy::Config c = config();
    c.target.setPath(u"/base/"_qs);
    QVERIFY(startProxy(*m_proxy, c));
    const ClientReply reply = sendRequest(*m_nam, "GET", at(u"/a%20b?q=x%2By"_qs), {}, {});
    QCOMPARE(reply.status, 404);
    QCOMPARE(m_provider->requests().constFirst().target, QByteArray("/base/a%20b?q=x%2By"));
    const CapturedExchange e = m_proxy->exchanges().constFirst();
    QCOMPARE(e.request.path, u"/a b"_qs);
    QCOMPARE(pairsOf(e.request.query), (Pairs{ { u"q"_qs, u"x+y"_qs } }));
}

void TestRecordingProxy::gzip_data()
{
    QTest::addColumn<QByteArray>("acceptEncoding");
    QTest::addColumn<bool>("coded");
    QTest::newRow("client accepts gzip") << QByteArray("gzip") << true;
    QTest::newRow("client wants identity") << QByteArray("identity") << false;
}

void TestRecordingProxy::gzip()
{
    QFETCH(QByteArray, acceptEncoding);
    QFETCH(bool, coded);
    QVERIFY(startProxy(*m_proxy, config()));
    // An Accept-Encoding of our own: QNetworkAccessManager then hands out the bytes as received.
    const ClientReply reply
        = sendRequest(*m_nam, "GET", at(u"/orders/7/summary"_qs), { { "Accept-Encoding", acceptEncoding } }, {});
    QCOMPARE(reply.status, 200);
    const HttpServerResponse answered = CaptureProvider::answer(m_provider->requests().constFirst());
    QCOMPARE(reply.body, answered.body); // the original bytes
    QCOMPARE(reply.header("Content-Encoding"), coded ? QByteArray("gzip") : QByteArray());
    const QByteArray plain = coded ? ContentDecoding::decode(reply.body, ContentDecoding::Coding::Gzip, 1 << 20).body
                                   : reply.body;
    QVERIFY(QJsonDocument::fromJson(plain).isObject());

    const CapturedExchange e = m_proxy->exchanges().constFirst();
    QCOMPARE(kindOf(e.response.body), u"json"_qs);
    compareBody(e.response.body, plain); // decoded
    QVERIFY(!e.response.headers.contains(u"Content-Encoding"_qs));
    QCOMPARE(e.response.headers.value(u"Vary"_qs), u"Accept-Encoding"_qs);
    QCOMPARE(e.request.headers.value(u"Accept-Encoding"_qs), QString::fromLatin1(acceptEncoding));
}

void TestRecordingProxy::manyAtOnce()
{
    QVERIFY(startProxy(*m_proxy, config()));
    constexpr int N = 200;
    ProviderClient client;
    client.setTimeoutMs(60000);
    int done = 0;
    int ok = 0;
    for (int i = 1; i <= N; ++i) {
        client.send(u"GET"_qs, at(QStringLiteral("/orders/%1").arg(i)), Headers(), {}, [&](const HttpExchange &x) {
            ++done;
            ok += x.ok() && x.status == 200 && QJsonDocument::fromJson(x.responseBody).isObject();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, N, 120000);
    QCOMPARE(ok, N);
    const QList<CapturedExchange> exchanges = m_proxy->exchanges();
    QCOMPARE(exchanges.size(), N);
    QSet<QString> paths;
    QSet<QString> sources;
    for (const CapturedExchange &e : exchanges) {
        paths.insert(e.request.path);
        sources.insert(e.source);
        QCOMPARE(e.response.body.json.toObject().value(u"id"_qs).toInteger(), e.request.path.mid(8).toLongLong());
    }
    QCOMPARE(paths.size(), N);
    QCOMPARE(sources.size(), N);
    QVERIFY(sources.contains(u"recorded #1"_qs) && sources.contains(QStringLiteral("recorded #%1").arg(N)));
}

void TestRecordingProxy::signalsAndClear()
{
    QVERIFY(startProxy(*m_proxy, config()));
    QSignalSpy recorded(m_proxy.get(), &RecordingProxy::exchangeRecorded);
    QCOMPARE(sendRequest(*m_nam, "GET", at(u"/orders/1"_qs), {}, {}).status, 200);
    QCOMPARE(sendRequest(*m_nam, "GET", at(u"/orders/2"_qs), {}, {}).status, 200);
    QTRY_COMPARE(recorded.size(), 2);
    const auto second = recorded.at(1).first().value<CapturedExchange>();
    QCOMPARE(second.source, u"recorded #2"_qs);
    QCOMPARE(second.request.path, u"/orders/2"_qs);
    m_proxy->clear();
    QCOMPARE(m_proxy->count(), 0);
    QCOMPARE(sendRequest(*m_nam, "GET", at(u"/fail"_qs), {}, {}).status, 500);
    QCOMPARE(m_proxy->exchanges().constFirst().source, u"recorded #1"_qs);
    QVERIFY(!m_proxy->start(config())); // running already
    QVERIFY(m_proxy->errorString().contains(u"already running"_qs));
}

QTEST_MAIN(TestRecordingProxy)
#include "tst_recordingproxy.moc"
