// SPDX-License-Identifier: MIT
// BrokerClient's failures against the local test broker: each kind typed, each message readable,
// and no credential in any of them.

#include "brokertestwait.h"
#include "brokertestdata.h"
#include "rawserver.h"
#include "testbroker.h"

#include <core/broker/brokerclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::finishes;
using Pactbench::Test::RawServer;
using Pactbench::Test::TestBroker;
using Kind = BrokerError::Kind;

Q_DECLARE_METATYPE(Pactbench::BrokerError::Kind)
Q_DECLARE_METATYPE(Pactbench::Test::RawServer::Framing)

class TestBrokerErrors : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;

    BrokerConnection connection() const { return Test::connectionTo(*m_broker); }

private Q_SLOTS:
    void init()
    {
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        Test::fillBroker(*m_broker);
    }
    void cleanup() { m_broker.reset(); }

    void authFailuresNameTheKindNotTheSecret_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("no credentials") << int(BrokerConnection::Auth::None) << false << Kind::Unauthorized
                                        << u"the broker requires credentials (401 Unauthorized); none were given"_qs;
        QTest::addRow("wrong password") << int(BrokerConnection::Auth::Basic) << false << Kind::Unauthorized
                                        << u"the broker refused basic auth (username and password) (401 Unauthorized)"_qs;
        QTest::addRow("wrong token") << int(BrokerConnection::Auth::Bearer) << false << Kind::Unauthorized
                                     << u"the broker refused a bearer token (401 Unauthorized)"_qs;
        QTest::addRow("read-only user writes") << int(BrokerConnection::Auth::Basic) << true << Kind::Forbidden
                                               << u"the broker does not allow this with basic auth (username and password) (403 Forbidden)"_qs;
    }
    void authFailuresNameTheKindNotTheSecret()
    {
        QFETCH(int, auth);
        QFETCH(bool, readOnly);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        m_broker->requireBasic(u"admin"_qs, u"right-password"_qs);
        if (readOnly)
            m_broker->addReadOnlyBasic(u"reader"_qs, u"Wr0ng-Secret"_qs);
        BrokerConnection c = connection();
        c.auth = BrokerConnection::Auth(auth);
        c.username = readOnly ? u"reader"_qs : u"admin"_qs;
        c.password = u"Wr0ng-Secret"_qs;
        c.token = u"T0ken-Secret"_qs;
        BrokerClient client(c);
        BrokerReplyBase *reply = nullptr;
        if (readOnly)
            reply = client.recordPacticipantVersion(u"Bar"_qs, u"1"_qs, {}, {u"prod"_qs});
        else
            reply = client.latestPacts();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, kind);
        QVERIFY2(reply->error().message.startsWith(message), qPrintable(reply->error().message));
        const QString all = reply->error().toString() + reply->error().resource;
        QVERIFY(!all.contains(u"Wr0ng-Secret"));
        QVERIFY(!all.contains(u"T0ken-Secret"));
        QVERIFY(!all.contains(QString::fromLatin1(QByteArray("admin:Wr0ng-Secret").toBase64())));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messageStart");
        const QByteArray post = "POST";
        const QString fv = u"/pacts/provider/Bar/for-verification"_qs;
        QTest::addRow("404") << post << fv << 404 << QByteArray() << Kind::NotFound
                             << u"pacts for verification of provider 'Bar' not found on the broker (404) (POST http://127.0.0.1:"_qs;
        QTest::addRow("409") << post << fv << 409 << QByteArray("{}") << Kind::Conflict
                             << u"the broker refused pacts for verification of provider 'Bar': conflict"_qs;
        QTest::addRow("400 with errors") << post << fv << 400
                                         << QByteArray(R"({"errors": {"consumerVersionSelectors": ["must not be empty"]}})")
                                         << Kind::Validation << u"the broker rejected pacts for verification of provider 'Bar' (400)"_qs;
        QTest::addRow("422") << post << fv << 422 << QByteArray() << Kind::Validation << u"the broker rejected"_qs;
        QTest::addRow("500") << post << fv << 500 << QByteArray(R"({"error": {"message": "database is down"}})") << Kind::Server
                             << u"the broker failed (500) (POST http://127.0.0.1:"_qs;
        QTest::addRow("503 html") << post << fv << 503 << QByteArray("<html>busy</html>") << Kind::Server << u"the broker failed (503)"_qs;
        QTest::addRow("invalid JSON") << post << fv << 200 << QByteArray("{\"_embedded\": ") << Kind::InvalidResponse
                                      << u"the broker's answer to POST http://127.0.0.1:"_qs;
        QTest::addRow("JSON array") << post << fv << 200 << QByteArray("[1, 2]") << Kind::InvalidResponse << u"the broker's answer to"_qs;
        QTest::addRow("no _embedded") << post << fv << 200 << QByteArray("{\"_links\": {}}") << Kind::InvalidResponse
                                      << u"the broker's list of pacts for verification of provider 'Bar' has no _embedded.pacts"_qs;
        QTest::addRow("index not JSON") << QByteArray("GET") << u"/"_qs << 200 << QByteArray("<html>") << Kind::InvalidResponse
                                        << u"the broker's answer to GET http://127.0.0.1:"_qs;
    }
    void failures()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, messageStart);
        m_broker->setOverride(method, path, {status, body, "application/hal+json", 0, {}});
        PactsForVerificationRequest request;
        request.providerName = u"Bar"_qs;
        BrokerClient client(connection());
        auto *reply = client.pactsForVerification(request);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, kind);
        QVERIFY2(reply->error().message.startsWith(messageStart), qPrintable(reply->error().message));
        if (status == 400)
            QCOMPARE(reply->error().toString().section(u'\n', 1), u"  consumerVersionSelectors: must not be empty"_qs);
        if (status == 500)
            QVERIFY(reply->error().message.endsWith(u": database is down"));
        if (status != 200)
            QCOMPARE(reply->error().httpStatus, status);
    }

    void missingRelation()
    {
        m_broker->setIndexAnswer(R"({"_links": {"self": {"href": "http:\/\/x/"}}})");
        BrokerClient client(connection());
        PactsForVerificationRequest request;
        request.providerName = u"Bar"_qs;
        auto *reply = client.pactsForVerification(request);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::MissingRelation);
        QVERIFY(reply->error().message.contains(u"does not offer 'pb:provider-pacts-for-verification'"));
    }

    void timeout()
    {
        m_broker->setOverride("GET", u"/pacts/latest"_qs, {200, "{}", "application/hal+json", 20000, {}});
        BrokerConnection c = connection();
        c.timeoutMs = 300;
        BrokerClient client(c);
        QElapsedTimer clock;
        clock.start();
        auto *reply = client.latestPacts();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Timeout);
        // Typically 0.3 s (the timeout); the broker would answer after 20 s. The bound only tells the two
        // apart, with a margin (30x) that a loaded 2-core machine keeps.
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(reply->error().message.startsWith(u"no answer from the broker within 0.3 s (GET http://127.0.0.1:"));
    }

    void cancelAbortsTheRequest_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("slowPath");
        QTest::addColumn<int>("call");
        QTest::addRow("waiting for the index") << QByteArray("GET") << u"/"_qs << 0;
        QTest::addRow("latest pacts") << QByteArray("GET") << u"/pacts/latest"_qs << 0;
        QTest::addRow("pacticipants") << QByteArray("GET") << u"/pacticipants"_qs << 1;
        QTest::addRow("pacts to verify") << QByteArray("POST") << u"/pacts/provider/Bar/for-verification"_qs << 2;
    }

    void cancelAbortsTheRequest()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, slowPath);
        QFETCH(int, call);
        m_broker->setOverride(method, slowPath, {200, "{}", "application/hal+json", 20000, {}});
        BrokerClient client(connection());
        BrokerReplyBase *reply = call == 0 ? static_cast<BrokerReplyBase *>(client.latestPacts())
            : call == 1                    ? static_cast<BrokerReplyBase *>(client.pacticipants())
                                           : static_cast<BrokerReplyBase *>(client.pactsToVerify({u"Bar"_qs, {}, {}, {}, false, {}}));
        QTRY_VERIFY(!m_broker->requests(method, slowPath).isEmpty());
        QElapsedTimer clock;
        clock.start();
        reply->cancel();
        QVERIFY(!reply->isFinished()); // finished() still comes from the event loop
        QVERIFY(finishes(reply));
        // Typically a few ms; the broker would answer after 20 s. The bound only tells the two apart.
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QVERIFY(reply->isCancelled());
        // The HTTP request itself was aborted, not left running until the broker answers.
        QTRY_COMPARE_WITH_TIMEOUT(client.findChildren<QNetworkReply *>().size(), 0, 10000);
        reply->cancel(); // a second cancel changes nothing
        QCOMPARE(reply->error().kind, Kind::Cancelled);
    }

    void cancellingOneCallKeepsTheIndexForAnother()
    {
        m_broker->setOverride("GET", u"/"_qs, {200, {}, "application/hal+json", 300, {}});
        BrokerClient client(connection());
        auto *cancelled = client.latestPacts();
        auto *kept = client.latestPacts();
        cancelled->cancel();
        QVERIFY(finishes(kept));
        // The override answers an empty body: the kept call sees the real index fetch's outcome.
        QCOMPARE(kept->error().kind, Kind::InvalidResponse);
        QCOMPARE(cancelled->error().kind, Kind::Cancelled);
    }

    void connectionRefused()
    {
        BrokerConnection c = connection();
        c.baseUrl = TestBroker::refusedUrl();
        c.password = u"never-shown"_qs;
        BrokerClient client(c);
        auto *reply = client.pacticipants();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Unreachable);
        QVERIFY2(reply->error().message.endsWith(u": connection refused"), qPrintable(reply->error().message));
    }

    void tls_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<Kind>("kind");
        QTest::addRow("self-signed refused by default") << QString() << false << Kind::Tls;
        QTest::addRow("trusted through the CA file") << TestBroker::certificateFile() << false << Kind::None;
        QTest::addRow("explicitly insecure") << QString() << true << Kind::None;
    }
    void tls()
    {
        QFETCH(QString, caFile);
        QFETCH(bool, insecure);
        QFETCH(Kind, kind);
        TestBroker https;
        QVERIFY(https.start(true));
        Test::fillBroker(https);
        BrokerConnection c = connection();
        c.baseUrl = https.baseUrl();
        c.caFile = caFile;
        c.insecure = insecure;
        BrokerClient client(c);
        auto *reply = client.latestPacts();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, kind);
        if (kind == Kind::Tls)
            QVERIFY2(reply->error().message.startsWith(u"TLS failure talking to the broker (GET https://127.0.0.1:"),
                     qPrintable(reply->error().message));
        else
            QCOMPARE(reply->value().size(), 3);
    }

    void unusableSettings_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("message");
        QTest::addRow("no base URL") << QString() << QString() << u"no usable broker base URL (expected e.g. https://broker.example.com)"_qs;
        QTest::addRow("no scheme") << u"broker.example.com"_qs << QString() << u"no usable broker base URL (expected e.g. https://broker.example.com)"_qs;
        QTest::addRow("CA file missing") << u"https://broker.example.com"_qs << u"/nonexistent/ca.pem"_qs
                                         << u"cannot read CA certificates from '/nonexistent/ca.pem' (PEM expected)"_qs;
    }
    void unusableSettings()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, caFile);
        QFETCH(QString, message);
        BrokerConnection c;
        c.baseUrl = QUrl(baseUrl);
        c.caFile = caFile;
        BrokerClient client(c);
        auto *reply = client.latestPacts();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::InvalidArgument);
        QCOMPARE(reply->error().message, message);
    }

    void redirectsKeepCredentialsOnlyOnTheBrokersOrigin_data()
    {
        QTest::addColumn<QString>("target"); // where GET / is redirected to
        QTest::addColumn<bool>("authorized"); // whether the redirected request carries Authorization
        QTest::addRow("same origin") << u"same"_qs << true;
        QTest::addRow("another port") << u"port"_qs << false;
        QTest::addRow("another host (localhost)") << u"host"_qs << false;
    }
    void redirectsKeepCredentialsOnlyOnTheBrokersOrigin()
    {
        QFETCH(QString, target);
        QFETCH(bool, authorized);
        TestBroker other;
        QVERIFY(other.start());
        QUrl to = target == u"same" ? m_broker->baseUrl().resolved(QUrl(u"/moved"_qs))
                                    : other.baseUrl().resolved(QUrl(u"/"_qs));
        if (target == u"host")
            to.setHost(u"localhost"_qs);
        m_broker->setOverride("GET", u"/"_qs, { 302, {}, "text/plain", 0, { { "Location", to.toEncoded() } } });
        m_broker->setOverride("GET", u"/moved"_qs, { 200, R"({"_links": {}})", "application/hal+json", 0, {} });
        BrokerConnection c = connection();
        c.auth = BrokerConnection::Auth::Bearer;
        c.token = u"tok-secret"_qs;
        BrokerClient client(c);
        auto *reply = client.index();
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        const QList<Test::RecordedRequest> seen = target == u"same" ? m_broker->requests() : other.requests();
        QCOMPARE(m_broker->requests().constFirst().header("Authorization"), QByteArray("Bearer tok-secret"));
        QCOMPARE(seen.constLast().header("Authorization").isEmpty(), !authorized);
    }

    void refusalAfterLeavingTheOriginSaysWhy()
    {
        TestBroker other;
        QVERIFY(other.start());
        other.requireBearer(u"tok-secret"_qs);
        const QUrl to = other.baseUrl().resolved(QUrl(u"/"_qs));
        m_broker->setOverride("GET", u"/"_qs, { 302, {}, "text/plain", 0, { { "Location", to.toEncoded() } } });
        BrokerConnection c = connection();
        c.auth = BrokerConnection::Auth::Bearer;
        c.token = u"tok-secret"_qs;
        BrokerClient client(c);
        auto *reply = client.index();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Unauthorized);
        QCOMPARE(reply->error().message,
            u"the server requires credentials (401 Unauthorized); a bearer token is only sent to the broker's own "
            "origin (GET "_qs
                + m_broker->baseUrl().resolved(QUrl(u"/"_qs)).toString() + u"); redirected to "_qs + to.toString()
                + u", another origin, so without credentials"_qs);
        QVERIFY(other.requests().constFirst().header("Authorization").isEmpty());
    }

    void downgradeRedirectIsRefused()
    {
        TestBroker https;
        QVERIFY(https.start(true));
        const QUrl plain = m_broker->baseUrl().resolved(QUrl(u"/"_qs));
        https.setOverride("GET", u"/"_qs, { 302, {}, "text/plain", 0, { { "Location", plain.toEncoded() } } });
        BrokerConnection c = connection();
        c.baseUrl = https.baseUrl();
        c.caFile = TestBroker::certificateFile();
        c.auth = BrokerConnection::Auth::Bearer;
        c.token = u"tok"_qs;
        BrokerClient client(c);
        auto *reply = client.index();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Unreachable);
        QVERIFY2(reply->error().message.endsWith(u": redirected to "_qs + plain.toString() + u"; not followed"_qs),
            qPrintable(reply->error().message));
        QVERIFY(m_broker->requests().isEmpty());
    }

    void linksToAnotherOriginGetNoCredentials()
    {
        TestBroker other;
        QVERIFY(other.start());
        Test::fillBroker(other);
        const QString elsewhere = other.baseUrl().toString() + u"/pacts/latest"_qs;
        m_broker->setIndexAnswer(
            QByteArray(R"({"_links": {"pb:latest-pact-versions": {"href": ")") + elsewhere.toUtf8() + "\"}}}");
        m_broker->requireBearer(u"tok-secret"_qs);
        BrokerConnection c = connection();
        c.auth = BrokerConnection::Auth::Bearer;
        c.token = u"tok-secret"_qs;
        BrokerClient client(c);
        auto *reply = client.latestPacts();
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        QCOMPARE(m_broker->requests().size(), 1);
        QCOMPARE(m_broker->requests().constFirst().header("Authorization"), QByteArray("Bearer tok-secret"));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().constFirst().header("Authorization").isEmpty());
    }

    void answersOverTheLimitFail_data()
    {
        QTest::addColumn<RawServer::Framing>("framing");
        QTest::addColumn<qint64>("size");
        QTest::addRow("Content-Length") << RawServer::Framing::Length << qint64(4096);
        QTest::addRow("chunked, 64 MiB") << RawServer::Framing::Chunked << qint64(64) * 1024 * 1024;
        QTest::addRow("no length, 64 MiB") << RawServer::Framing::Close << qint64(64) * 1024 * 1024;
    }
    void answersOverTheLimitFail()
    {
        QFETCH(RawServer::Framing, framing);
        QFETCH(qint64, size);
        RawServer raw;
        QVERIFY(raw.start());
        raw.answer("/", { 200, { { "Content-Type", "application/hal+json" } }, {}, framing, size });
        BrokerConnection c = connection();
        c.baseUrl = raw.url(u"/"_qs);
        c.maxResponseBytes = 1024;
        c.auth = BrokerConnection::Auth::Basic;
        c.username = u"ci"_qs;
        c.password = u"pw-secret"_qs;
        BrokerClient client(c);
        auto *reply = client.index();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::InvalidResponse);
        QCOMPARE(reply->error().message,
            u"the broker's answer to GET "_qs + raw.url(u"/"_qs).toString()
                + u" is larger than the 1 KiB limit on responses (change it with --max-response-size)"_qs);
        if (size > 1024 * 1024) // too much for socket buffers: it was stopped, not read to the end
            QTRY_VERIFY_WITH_TIMEOUT(raw.streamAborted(), 10000);
    }

    void theDefaultLimit() { QCOMPARE(BrokerConnection().maxResponseBytes, qint64(64) * 1024 * 1024); }

    void unreadablePact()
    {
        m_broker->setOverride("GET", u"/pacts/provider/Bar/consumer/Foo/version/1.0.0"_qs,
                              {200, R"({"interactions": "not a list"})", "application/hal+json", 0, {}});
        BrokerClient client(connection());
        auto *reply = client.fetchPact(PactSelection{u"Foo"_qs, u"Bar"_qs, {}, {}, u"1.0.0"_qs});
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::InvalidResponse);
        QVERIFY2(reply->error().message.startsWith(
                     u"the pact from 'Foo' to 'Bar' for consumer version '1.0.0' is not a readable pact: "),
                 qPrintable(reply->error().message));
    }
};

QTEST_GUILESS_MAIN(TestBrokerErrors)
#include "tst_brokererrors.moc"
