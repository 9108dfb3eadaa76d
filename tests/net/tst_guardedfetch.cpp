// SPDX-License-Identifier: MIT
// GuardedFetch against local scripted servers: which hop of a redirect chain gets the credentials,
// refused downgrades and loops, user info in the URL, error texts without the password, and the
// body limit with Content-Length, chunked and unframed bodies.

#include "rawserver.h"

#include <core/http/httpserver.h>
#include <core/net/guardedfetch.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTimer>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::RawServer;
using Framing = RawServer::Framing;

Q_DECLARE_METATYPE(Pactbench::Test::RawServer::Framing)

namespace {

FetchResult fetch(const FetchRequest &request)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    FetchResult out;
    out.errorText = QStringLiteral("no answer within 20 s");
    GuardedFetch::start(&nam, request, [&](const FetchResult &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

FetchRequest get(const QUrl &url, const QByteArray &authorization = {})
{
    FetchRequest r;
    r.request = QNetworkRequest(url);
    r.request.setTransferTimeout(10000);
    r.authorization = authorization;
    return r;
}

const QByteArray kPassword = "s3cret-pw";

/// A URL on 127.0.0.1 where nothing listens: a port bound, then let go.
QUrl refusedUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:"_qs + QString::number(port) + u"/x"_qs);
}

} // namespace

class TestGuardedFetch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RawServer> m_a;
    std::unique_ptr<RawServer> m_b;

    /// Hop `i` of a route: server a or b, or a addressed as "localhost" (another host).
    QUrl hopUrl(const QString &where, int i) const
    {
        const QString path = u'/' + QString::number(i);
        if (where == u"localhost")
            return m_a->url(path, u"localhost"_qs);
        return (where == u"b" ? m_b : m_a)->url(path);
    }
    const RawServer::Seen *received(const QString &where, int i) const
    {
        const QByteArray target = '/' + QByteArray::number(i);
        for (const RawServer::Seen &s : (where == u"b" ? m_b : m_a)->requests()) {
            if (s.target == target)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_a = std::make_unique<RawServer>();
        m_b = std::make_unique<RawServer>();
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
    }
    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void credentialsStayWithTheirOrigin_data()
    {
        QTest::addColumn<QStringList>("route");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QList<bool>>("authorized"); // per hop
        QTest::addColumn<QByteArray>("finalVerb");
        using L = QList<bool>;
        QTest::addRow("no redirect") << QStringList{ u"a"_qs } << 302 << QByteArray("GET") << L{ true }
                                     << QByteArray("GET");
        QTest::addRow("same origin") << QStringList{ u"a"_qs, u"a"_qs } << 302 << QByteArray("GET") << L{ true, true }
                                     << QByteArray("GET");
        QTest::addRow("other port") << QStringList{ u"a"_qs, u"b"_qs } << 302 << QByteArray("GET") << L{ true, false }
                                    << QByteArray("GET");
        QTest::addRow("other host") << QStringList{ u"a"_qs, u"localhost"_qs } << 301 << QByteArray("GET")
                                    << L{ true, false } << QByteArray("GET");
        QTest::addRow("not back after leaving") << QStringList{ u"a"_qs, u"b"_qs, u"a"_qs } << 302 << QByteArray("GET")
                                                << L{ true, false, false } << QByteArray("GET");
        QTest::addRow("307 keeps POST, not credentials")
            << QStringList{ u"a"_qs, u"b"_qs } << 307 << QByteArray("POST") << L{ true, false } << QByteArray("POST");
        QTest::addRow("308 same origin") << QStringList{ u"a"_qs, u"a"_qs } << 308 << QByteArray("PUT")
                                         << L{ true, true } << QByteArray("PUT");
        QTest::addRow("303 turns POST into GET")
            << QStringList{ u"a"_qs, u"a"_qs } << 303 << QByteArray("POST") << L{ true, true } << QByteArray("GET");
    }
    void credentialsStayWithTheirOrigin()
    {
        QFETCH(QStringList, route);
        QFETCH(int, status);
        QFETCH(QByteArray, verb);
        QFETCH(QList<bool>, authorized);
        QFETCH(QByteArray, finalVerb);
        for (int i = 0; i + 1 < route.size(); ++i)
            (route[i] == u"b" ? m_b : m_a)->redirect('/' + QByteArray::number(i), status, hopUrl(route[i + 1], i + 1));
        const int last = int(route.size()) - 1;
        (route[last] == u"b" ? m_b : m_a)
            ->answer('/' + QByteArray::number(last), { 200, {}, "done", Framing::Length, 0 });
        FetchRequest request = get(hopUrl(route[0], 0), "Bearer tok-" + kPassword);
        request.originHeaders = {{"X-Api-Key", "key-1"}}; // as --custom-header: kept to the origin like credentials
        QList<HttpHop> hops;
        request.observer = [&hops](const HttpHop &hop) { hops << hop; };
        request.verb = verb;
        if (verb != "GET")
            request.body = QByteArray("{\"n\":1}");
        const FetchResult r = fetch(request);
        QVERIFY2(r.failure == FetchResult::Failure::None, qPrintable(r.errorText));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("done"));
        QCOMPARE(r.redirects, last);
        QCOMPARE(r.credentialsDropped, authorized.contains(false));
        QCOMPARE(r.url, hopUrl(route[last], last));
        for (int i = 0; i <= last; ++i) {
            const RawServer::Seen *seen = received(route[i], i);
            QVERIFY2(seen, qPrintable(u"hop "_qs + QString::number(i) + u" was not requested"_qs));
            QCOMPARE(seen->header("Authorization").isEmpty(), !authorized[i]);
            QCOMPARE(seen->header("X-Api-Key"), authorized[i] ? QByteArray("key-1") : QByteArray());
            if (authorized[i])
                QCOMPARE(seen->header("Authorization"), "Bearer tok-" + kPassword);
        }
        QCOMPARE(hops.size(), last + 1); // the observer saw every hop, secrets redacted
        for (int i = 0; i <= last; ++i) {
            QCOMPARE(hops.at(i).url, hopUrl(route[i], i));
            QCOMPARE(hops.at(i).status, i == last ? 200 : status);
            const auto auth = std::find_if(hops.at(i).requestHeaders.cbegin(), hops.at(i).requestHeaders.cend(),
                                           [](const auto &h) { return h.first == "Authorization"; });
            QCOMPARE(auth != hops.at(i).requestHeaders.cend(), bool(authorized[i]));
            if (authorized[i])
                QCOMPARE(auth->second, QByteArray("***"));
        }
        const RawServer::Seen *final = received(route[last], last);
        QCOMPARE(final->method, finalVerb);
        QCOMPARE(final->body.isEmpty(), finalVerb == "GET");
    }

    void userInfoIsBasicAuthForItsOriginOnly()
    {
        m_a->redirect("/0", 302, m_b->url(u"/1"_qs));
        m_b->answer("/1", { 404, {}, "gone", Framing::Length, 0 });
        QUrl url = m_a->url(u"/0"_qs);
        url.setUserName(u"ci"_qs);
        url.setPassword(QString::fromLatin1(kPassword));
        const FetchResult r = fetch(get(url));
        QCOMPARE(r.failure, FetchResult::Failure::None);
        QCOMPARE(r.status, 404);
        QVERIFY(r.credentialsDropped);
        QCOMPARE(m_a->requests().value(0).header("Authorization"), "Basic " + QByteArray("ci:" + kPassword).toBase64());
        QVERIFY(m_b->requests().value(0).header("Authorization").isEmpty());
        QVERIFY(!r.url.toString().contains(QString::fromLatin1(kPassword)));
        QVERIFY(m_a->requests().value(0).target == "/0"); // the user info is not in the request line either
    }

    void errorTextsNeverHoldThePassword_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("refused after a redirect") << u"refused"_qs;
        QTest::addRow("refused at once") << u"direct-refused"_qs;
        QTest::addRow("too large") << u"large"_qs;
        QTest::addRow("redirect loop") << u"loop"_qs;
    }
    void errorTextsNeverHoldThePassword()
    {
        QFETCH(QString, how);
        const QUrl goneUrl = refusedUrl();
        QUrl url = how == u"direct-refused" ? goneUrl : m_a->url(u"/0"_qs);
        url.setUserName(u"ci"_qs);
        url.setPassword(QString::fromLatin1(kPassword));
        if (how == u"refused")
            m_a->redirect("/0", 302, goneUrl);
        else if (how == u"large")
            m_a->answer("/0", { 200, {}, QByteArray(4096, 'x'), Framing::Length, 0 });
        else if (how == u"loop")
            m_a->redirect("/0", 302, m_a->url(u"/0"_qs));
        FetchRequest request = get(url);
        request.maxBodyBytes = 1024;
        const FetchResult r = fetch(request);
        QVERIFY(r.failure != FetchResult::Failure::None);
        QVERIFY(!r.errorText.isEmpty());
        QVERIFY2(!r.errorText.contains(QString::fromLatin1(kPassword)), qPrintable(r.errorText));
        QVERIFY2(!r.errorText.contains(u"ci:"), qPrintable(r.errorText));
        QVERIFY(!r.url.toString().contains(QString::fromLatin1(kPassword)));
    }

    void downgradeToHttpIsRefused()
    {
        HttpServer tls;
        const QUrl target = m_b->url(u"/plain"_qs);
        tls.setHandler([target](const HttpServerRequest &, const HttpResponder &responder) {
            HttpServerResponse response;
            response.status = 302;
            response.headers.append(u"Location"_qs, target.toString());
            responder.respond(response);
        });
        HttpServerConfig config;
        config.tls = true;
        QVERIFY(tls.start(config));
        FetchRequest request = get(tls.url().resolved(QUrl(u"/start"_qs)), "Bearer tok");
        request.ignoreTlsErrors = true;
        const FetchResult r = fetch(request);
        QCOMPARE(r.failure, FetchResult::Failure::RedirectRefused);
        QCOMPARE(r.refusedRedirect, target);
        QCOMPARE(r.errorText, u"redirected to "_qs + target.toString() + u"; not followed"_qs);
        QVERIFY(m_b->requests().isEmpty());
    }

    void redirectLoopsEnd()
    {
        m_a->redirect("/0", 302, m_a->url(u"/0"_qs));
        FetchRequest request = get(m_a->url(u"/0"_qs));
        request.maxRedirects = 5;
        const FetchResult r = fetch(request);
        QCOMPARE(r.failure, FetchResult::Failure::TooManyRedirects);
        QCOMPARE(r.errorText, u"more than 5 redirects"_qs);
        QCOMPARE(m_a->requests().size(), 6);
    }

    void bodyLimit_data()
    {
        QTest::addColumn<Framing>("framing");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("streamed");
        QTest::addColumn<bool>("fits");
        const qint64 big = RawServer::Endless; // only an early stop ends the stream
        QTest::addRow("length, under") << Framing::Length << qint64(1000) << false << true;
        QTest::addRow("length, exactly the limit") << Framing::Length << qint64(1024) << false << true;
        QTest::addRow("length, one over") << Framing::Length << qint64(1025) << false << false;
        QTest::addRow("length, 1 TiB announced") << Framing::Length << big << true << false;
        QTest::addRow("chunked, under") << Framing::Chunked << qint64(1000) << false << true;
        QTest::addRow("chunked, one over") << Framing::Chunked << qint64(1025) << false << false;
        QTest::addRow("chunked, endless") << Framing::Chunked << big << true << false;
        QTest::addRow("no length, under") << Framing::Close << qint64(1024) << false << true;
        QTest::addRow("no length, endless") << Framing::Close << big << true << false;
    }
    void bodyLimit()
    {
        QFETCH(Framing, framing);
        QFETCH(qint64, size);
        QFETCH(bool, streamed);
        QFETCH(bool, fits);
        RawServer::Answer answer{ 200, {}, {}, framing, 0 };
        if (streamed)
            answer.streamBytes = size;
        else
            answer.body = QByteArray(size, 'x');
        m_a->answer("/pact", answer);
        FetchRequest request = get(m_a->url(u"/pact"_qs));
        request.maxBodyBytes = 1024;
        request.limitHint = u"--max-response-size"_qs;
        const FetchResult r = fetch(request);
        if (fits) {
            QVERIFY2(r.failure == FetchResult::Failure::None, qPrintable(r.errorText));
            QCOMPARE(r.body.size(), size);
            return;
        }
        QCOMPARE(r.failure, FetchResult::Failure::TooLarge);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.errorText,
            u"the answer is larger than the 1 KiB limit on responses (change it with --max-response-size)"_qs);
        if (streamed) // the transfer was stopped, not read to its end
            QTRY_VERIFY_WITH_TIMEOUT(m_a->streamAborted(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestGuardedFetch)
#include "tst_guardedfetch.moc"
