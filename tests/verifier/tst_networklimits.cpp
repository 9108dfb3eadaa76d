// SPDX-License-Identifier: MIT
// The verifier's network edges against scripted local servers: pact URLs (credentials only for
// each URL's origin, no password in any message, the size limit) and provider responses over the
// size limit, through ProviderClient and through a whole verification run.

#include "rawserver.h"

#include <core/model/pactreader.h>
#include <core/verifier/matchingengine.h>
#include <core/verifier/pactsource.h>
#include <core/verifier/providerclient.h>
#include <core/verifier/verifier.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::RawServer;
using Framing = RawServer::Framing;

Q_DECLARE_METATYPE(Pactbench::Test::RawServer::Framing)

namespace {

const QByteArray kPact
    = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
 "interactions":[{"description":"list orders","request":{"method":"GET","path":"/orders"},"response":{"status":200}}]})";
const QString kPassword = QStringLiteral("s3cret-pw");
const QString kLimitText
    = QStringLiteral("larger than the 1 KiB limit on responses (change it with --max-response-size)");

QUrl withUserInfo(QUrl url)
{
    url.setUserName(QStringLiteral("ci"));
    url.setPassword(kPassword);
    return url;
}

QUrl refusedUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:"_qs + QString::number(port) + u"/pact"_qs);
}

struct Loaded
{
    QList<VerificationTarget> targets;
    QStringList errors;
};

Loaded load(const PactSources &sources)
{
    PactSourceLoader loader;
    QSignalSpy spy(&loader, &PactSourceLoader::loaded);
    loader.load(sources);
    if (!spy.wait(20000))
        return { {}, { u"not loaded within 20 s"_qs } };
    return { loader.targets(), loader.errors() };
}

RawServer::Answer bodyAnswer(Framing framing, qint64 size)
{
    RawServer::Answer a{ 200, { { "Content-Type", "application/json" } }, {}, framing, 0 };
    if (size > 1024 * 1024)
        a.streamBytes = size;
    else
        a.body = QByteArray(size, ' ') + "{}";
    return a;
}

} // namespace

class TestNetworkLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RawServer> m_a;
    std::unique_ptr<RawServer> m_b;

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

    void pactUrlCredentialsStayWithTheirOrigin_data()
    {
        QTest::addColumn<QString>("target"); // where /pact is redirected: "" (nowhere), "a", "b", "localhost"
        QTest::addColumn<bool>("userInfo"); // credentials in the URL, else --user/--password
        QTest::addColumn<bool>("authorizedThere");
        QTest::addRow("no redirect, user info") << QString() << true << true;
        QTest::addRow("same origin, user info") << u"a"_qs << true << true;
        QTest::addRow("same origin, --user") << u"a"_qs << false << true;
        QTest::addRow("another port, user info") << u"b"_qs << true << false;
        QTest::addRow("another port, --user") << u"b"_qs << false << false;
        QTest::addRow("another host, user info") << u"localhost"_qs << true << false;
    }
    void pactUrlCredentialsStayWithTheirOrigin()
    {
        QFETCH(QString, target);
        QFETCH(bool, userInfo);
        QFETCH(bool, authorizedThere);
        RawServer *final = target == u"b" ? m_b.get() : m_a.get();
        if (!target.isEmpty()) {
            const QUrl to = target == u"localhost" ? m_a->url(u"/final"_qs, u"localhost"_qs) : final->url(u"/final"_qs);
            m_a->redirect("/pact", 302, to);
        }
        final->answer(target.isEmpty() ? "/pact" : "/final", { 200, {}, kPact, Framing::Length, 0 });
        PactSources sources;
        const QUrl url = m_a->url(u"/pact"_qs);
        sources.urls = { (userInfo ? withUserInfo(url) : url).toString() };
        if (!userInfo) {
            sources.user = u"ci"_qs;
            sources.password = kPassword;
        }
        const Loaded loaded = load(sources);
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.targets.size(), 1);
        QCOMPARE(loaded.targets[0].origin, url.toString()); // never with the user info
        const QByteArray basic = "Basic " + (u"ci:"_qs + kPassword).toUtf8().toBase64();
        QCOMPARE(m_a->requests().constFirst().header("Authorization"), basic);
        QCOMPARE(final->requests().constLast().header("Authorization"), authorizedThere ? basic : QByteArray());
    }

    void pactUrlErrorsNeverShowThePassword_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected"); // after "URL: "
        QTest::addRow("404 after leaving the origin")
            << u"404"_qs << u"the server answered 404 (redirected to %1, another origin, so without credentials)"_qs;
        QTest::addRow("connection refused") << u"refused"_qs << u"Connection refused"_qs;
        QTest::addRow("too large") << u"large"_qs << u"the answer is "_qs + kLimitText;
        QTest::addRow("not a pact") << u"garbage"_qs << QString();
        QTest::addRow("not http") << u"ftp"_qs << u"not an http or https URL"_qs;
    }
    void pactUrlErrorsNeverShowThePassword()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        QUrl url = how == u"refused" ? refusedUrl() : m_a->url(u"/pact"_qs);
        if (how == u"ftp")
            url.setScheme(u"ftp"_qs);
        if (how == u"404")
            m_a->redirect("/pact", 302, m_b->url(u"/gone"_qs));
        else if (how == u"large")
            m_a->answer("/pact", bodyAnswer(Framing::Chunked, 4096));
        else if (how == u"garbage")
            m_a->answer("/pact", { 200, {}, "{\"consumer\": [", Framing::Length, 0 });
        PactSources sources;
        sources.urls = { withUserInfo(url).toString() };
        sources.maxBodyBytes = 1024;
        const Loaded loaded = load(sources);
        QVERIFY(loaded.targets.isEmpty());
        QVERIFY(!loaded.errors.isEmpty());
        const QString all = loaded.errors.join(u'\n');
        QVERIFY2(!all.contains(kPassword), qPrintable(all));
        QVERIFY2(!all.contains(u"ci:"), qPrintable(all));
        QVERIFY2(all.startsWith(url.toString() + u": "), qPrintable(all));
        if (expected.contains(u"%1"))
            expected = expected.arg(m_b->url(u"/gone"_qs).toString());
        if (!expected.isEmpty())
            QCOMPARE(loaded.errors.constFirst(), url.toString() + u": "_qs + expected);
    }

    void pactOverTheLimit_data()
    {
        QTest::addColumn<Framing>("framing");
        QTest::addColumn<qint64>("size");
        QTest::addRow("Content-Length") << Framing::Length << qint64(2000);
        QTest::addRow("chunked") << Framing::Chunked << qint64(2000);
        QTest::addRow("no length, 64 MiB") << Framing::Close << qint64(64) * 1024 * 1024;
    }
    void pactOverTheLimit()
    {
        QFETCH(Framing, framing);
        QFETCH(qint64, size);
        m_a->answer("/pact", bodyAnswer(framing, size));
        PactSources sources;
        sources.urls = { m_a->url(u"/pact"_qs).toString() };
        sources.maxBodyBytes = 1024;
        const Loaded loaded = load(sources);
        QCOMPARE(loaded.errors, QStringList{ m_a->url(u"/pact"_qs).toString() + u": the answer is "_qs + kLimitText });
        QCOMPARE(PactSources().maxBodyBytes, qint64(64) * 1024 * 1024);
    }

    void providerResponseOverTheLimit_data()
    {
        QTest::addColumn<Framing>("framing");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("fits");
        QTest::addRow("Content-Length, fits") << Framing::Length << qint64(1000) << true;
        QTest::addRow("Content-Length, over") << Framing::Length << qint64(1100) << false;
        QTest::addRow("Content-Length, 1 TiB") << Framing::Length << RawServer::Endless << false;
        QTest::addRow("chunked, fits") << Framing::Chunked << qint64(1000) << true;
        QTest::addRow("chunked, endless") << Framing::Chunked << RawServer::Endless << false;
        QTest::addRow("no length, over") << Framing::Close << qint64(1100) << false;
    }
    void providerResponseOverTheLimit()
    {
        QFETCH(Framing, framing);
        QFETCH(qint64, size);
        QFETCH(bool, fits);
        m_a->answer("/orders", bodyAnswer(framing, size));
        ProviderClient client;
        client.setMaxBodyBytes(1024);
        HttpExchange exchange;
        bool done = false;
        client.send(u"GET"_qs, m_a->url(u"/orders"_qs), {}, {}, [&](const HttpExchange &e) {
            exchange = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        if (fits) {
            QVERIFY2(exchange.ok(), qPrintable(exchange.error));
            QCOMPARE(exchange.responseBody.size(), size + 2);
            return;
        }
        QCOMPARE(exchange.failure, HttpExchange::Failure::TooLarge);
        QCOMPARE(
            exchange.error, u"GET "_qs + m_a->url(u"/orders"_qs).toString() + u": the response is "_qs + kLimitText);
        QVERIFY(exchange.responseBody.isEmpty());
        if (size > 1024 * 1024)
            QTRY_VERIFY_WITH_TIMEOUT(m_a->streamAborted(), 10000);
    }

    void verificationReportsTheLimit()
    {
        m_a->answer("/orders", bodyAnswer(Framing::Chunked, 4096));
        const ReadResult pact = PactReader::read(kPact);
        QVERIFY(pact.ok());
        VerificationTarget target;
        target.pact = *pact.pact;
        target.origin = u"test"_qs;
        const std::unique_ptr<VerificationEngine> engine = createMatchingEngine();
        Verifier verifier(engine.get());
        VerificationOptions options;
        options.providerBaseUrl = m_a->url(QString());
        options.maxResponseBytes = 1024;
        verifier.setOptions(options);
        QSignalSpy finished(&verifier, &Verifier::finished);
        verifier.start({ target });
        QVERIFY(finished.wait(20000));
        QCOMPARE(verifier.results().size(), 1);
        const InteractionResult &r = verifier.results().constFirst();
        QCOMPARE(r.outcome, InteractionOutcome::Error);
        QVERIFY2(r.errors.join(u'\n').contains(kLimitText), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(VerificationOptions().maxResponseBytes, qint64(64) * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestNetworkLimits)
#include "tst_networklimits.moc"
