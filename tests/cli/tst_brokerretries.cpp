// SPDX-License-Identifier: MIT
// Retries of broker requests (`verify --retries N`, PACT_BROKER_HTTP_RETRIES): which failures are
// tried again, the waits (back-off, Retry-After in seconds or as an HTTP date, the cap), and runs
// against the local test broker that fails N times and then answers. Waits are shortened through
// BrokerConnection::retrySecondMs (PACTBENCH_BROKER_RETRY_SECOND_MS for the CLI): no real seconds.

#include "../broker/testbroker.h"
#include "../verifier/testprovider.h"

#include "clirun.h"

#include <core/broker/brokerclient.h>
#include <core/broker/brokerretry.h>
#include <core/net/guardedfetch.h>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;
using Pactbench::Test::TestProvider;

namespace {

using Run = Test::CliRun;

QByteArray pactFor(const QString &consumer)
{
    return QStringLiteral(R"({"consumer":{"name":"%1"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
        "interactions":[{"description":"get order","request":{"method":"GET","path":"/orders/7"},
        "response":{"status":200,"body":{"id":7}}}]})")
        .arg(consumer)
        .toUtf8();
}

const char *const kVariables[] = {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD",
                                  "PACT_BROKER_TOKEN", "PACT_BROKER_HTTP_RETRIES", "PACT_PROVIDER_NAME",
                                  "PACT_WEBHOOK_CALLBACK_URL", "PACTBENCH_BROKER_RETRY_SECOND_MS"};

} // namespace

class TestBrokerRetries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<TestProvider> m_provider;
    QByteArray m_index;

    /// The broker's index answers `failures` times with `failure`, then as the broker normally does.
    void failIndex(int failures, const TestBroker::Override &failure)
    {
        m_broker->setOverride("GET", u"/"_qs, failure);
        auto count = std::make_shared<int>(0);
        connect(m_broker.get(), &TestBroker::requestReceived, m_broker.get(), [this, count, failures] {
            const Test::RecordedRequest &r = m_broker->requests().constLast();
            if (r.method == "GET" && r.path == u"/" && ++*count == failures + 1)
                m_broker->setOverride("GET", u"/"_qs, {200, m_index, "application/hal+json", 0, {}});
        });
    }

    int indexGets() const
    {
        const QList<Test::RecordedRequest> gets = m_broker->requests("GET");
        return int(std::count_if(gets.cbegin(), gets.cend(), [](const Test::RecordedRequest &r) { return r.path == u"/"; }));
    }

    QStringList verifyArgs() const
    {
        return {u"-b"_qs, m_broker->baseUrl().toString(), u"-n"_qs, u"orders"_qs, u"-h"_qs, u"127.0.0.1"_qs,
                u"-p"_qs, QString::number(m_provider->url().port())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit()); // --last-failed state: never the user's
    }

    void init()
    {
        for (const char *v : kVariables)
            qunsetenv(v);
        qputenv("PACTBENCH_BROKER_RETRY_SECOND_MS", "1"); // a "second" of waiting is 1 ms here
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        m_broker->addPacticipant(u"web"_qs, u"main"_qs);
        m_broker->addPacticipant(u"orders"_qs, u"main"_qs);
        m_broker->addPact({u"web"_qs, u"orders"_qs, u"1.0.0"_qs, pactFor(u"web"_qs), u"main"_qs, {}});
        BrokerConnection c;
        c.baseUrl = m_broker->baseUrl();
        BrokerClient client(c);
        BrokerReply<QJsonObject> *index = client.index();
        index->waitForFinished();
        QVERIFY(index->ok());
        m_index = QJsonDocument(index->value()).toJson();
        m_broker->clearRequests();
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
        m_provider->route(u"GET"_qs, u"/orders/7"_qs, Test::jsonResponse(200, R"({"id":7})"));
    }

    void cleanup()
    {
        for (const char *v : kVariables)
            qunsetenv(v);
    }

    void retryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("retryable");
        const int none = QNetworkReply::NoError;
        for (int status : {500, 502, 503, 504, 599, 408, 429})
            QTest::addRow("%d", status) << status << none << true;
        for (int status : {200, 301, 400, 401, 403, 404, 409, 422})
            QTest::addRow("%d", status) << status << none << false;
        QTest::addRow("connection refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << true;
        QTest::addRow("connection closed") << 0 << int(QNetworkReply::RemoteHostClosedError) << true;
        QTest::addRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << false;
        QTest::addRow("TLS") << 0 << int(QNetworkReply::SslHandshakeFailedError) << false;
        QTest::addRow("aborted (timeout, cancel)") << 0 << int(QNetworkReply::OperationCanceledError) << false;
    }
    void retryable()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(bool, retryable);
        FetchResult f;
        f.status = status;
        if (networkError != QNetworkReply::NoError) {
            f.failure = FetchResult::Failure::Network;
            f.networkError = QNetworkReply::NetworkError(networkError);
        }
        QCOMPARE(BrokerRetry::retryable(f), retryable);
    }

    void waits_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("fromRetryAfter");
        QTest::addRow("first retry") << 1 << 503 << QByteArray() << qint64(1) << false;
        QTest::addRow("second") << 2 << 500 << QByteArray() << qint64(2) << false;
        QTest::addRow("third") << 3 << 408 << QByteArray() << qint64(4) << false;
        QTest::addRow("seventh: 64 s") << 7 << 500 << QByteArray() << qint64(64) << false;
        QTest::addRow("capped at 64 s") << 8 << 500 << QByteArray() << qint64(64) << false;
        QTest::addRow("far retry capped") << 200 << 500 << QByteArray() << qint64(64) << false;
        QTest::addRow("429 Retry-After seconds") << 1 << 429 << QByteArray("7") << qint64(7) << true;
        QTest::addRow("503 Retry-After seconds") << 3 << 503 << QByteArray(" 3 ") << qint64(3) << true;
        QTest::addRow("Retry-After 0") << 2 << 429 << QByteArray("0") << qint64(0) << true;
        QTest::addRow("Retry-After capped") << 1 << 429 << QByteArray("3600") << qint64(64) << true;
        QTest::addRow("Retry-After huge") << 1 << 429 << QByteArray("99999999999999999999") << qint64(64) << true;
        QTest::addRow("Retry-After IMF date") << 1 << 429 << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << qint64(30) << true;
        QTest::addRow("Retry-After RFC 850 date") << 1 << 503 << QByteArray("Sunday, 06-Nov-94 08:49:47 GMT") << qint64(10) << true;
        QTest::addRow("Retry-After asctime date") << 1 << 429 << QByteArray("Sun Nov  6 08:49:57 1994") << qint64(20) << true;
        QTest::addRow("Retry-After date in the past") << 1 << 429 << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0) << true;
        QTest::addRow("Retry-After date far ahead: capped") << 1 << 429 << QByteArray("Thu, 01 Jan 2099 00:00:00 GMT")
                                                            << qint64(64) << true;
        QTest::addRow("Retry-After unreadable: back-off") << 2 << 429 << QByteArray("soon") << qint64(2) << false;
        QTest::addRow("Retry-After on 500: back-off") << 1 << 500 << QByteArray("9") << qint64(1) << false;
        QTest::addRow("Retry-After on 408: back-off") << 2 << 408 << QByteArray("9") << qint64(2) << false;
    }
    void waits()
    {
        QFETCH(int, retry);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, seconds);
        QFETCH(bool, fromRetryAfter);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
        const BrokerRetry::Wait w = BrokerRetry::wait(retry, status, retryAfter, now, BrokerConnection{});
        QCOMPARE(w.seconds, seconds);
        QCOMPARE(w.fromRetryAfter, fromRetryAfter);
    }

    // verify --retries N: N attempts in all, as the reference verifier makes them.
    void failsThenSucceeds_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QStringList>("retries"); // the option, or empty for the default (8)
        QTest::addColumn<QByteArray>("variable"); // PACT_BROKER_HTTP_RETRIES
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("indexRequests");
        QTest::addRow("503 twice, --retries 3") << 2 << 503 << QByteArray() << QStringList{u"--retries"_qs, u"3"_qs}
                                                << QByteArray() << 0 << 3;
        QTest::addRow("503 three times, --retries 3") << 3 << 503 << QByteArray() << QStringList{u"--retries"_qs, u"3"_qs}
                                                      << QByteArray() << 1 << 3;
        QTest::addRow("500 seven times, default 8") << 7 << 500 << QByteArray() << QStringList{} << QByteArray() << 0 << 8;
        QTest::addRow("500 eight times, default 8") << 8 << 500 << QByteArray() << QStringList{} << QByteArray() << 1 << 8;
        QTest::addRow("429 with Retry-After, --retries 2") << 1 << 429 << QByteArray("5") << QStringList{u"--retries"_qs, u"2"_qs}
                                                           << QByteArray() << 0 << 2;
        QTest::addRow("408 once, --retries 1: no retry") << 1 << 408 << QByteArray() << QStringList{u"--retries"_qs, u"1"_qs}
                                                         << QByteArray() << 1 << 1;
        QTest::addRow("503 once, --retries 0: one attempt") << 1 << 503 << QByteArray() << QStringList{u"--retries"_qs, u"0"_qs}
                                                            << QByteArray() << 1 << 1;
        QTest::addRow("PACT_BROKER_HTTP_RETRIES=2") << 1 << 502 << QByteArray() << QStringList{} << QByteArray("2") << 0 << 2;
        QTest::addRow("--retries wins over the variable") << 2 << 502 << QByteArray() << QStringList{u"--retries"_qs, u"3"_qs}
                                                          << QByteArray("1") << 0 << 3;
        QTest::addRow("404 is not retried") << 1 << 404 << QByteArray() << QStringList{u"--retries"_qs, u"5"_qs}
                                            << QByteArray() << 1 << 1;
    }
    void failsThenSucceeds()
    {
        QFETCH(int, failures);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QStringList, retries);
        QFETCH(QByteArray, variable);
        QFETCH(int, code);
        QFETCH(int, indexRequests);
        TestBroker::Override failure{status, "{}", "application/json", 0, {}};
        if (!retryAfter.isEmpty())
            failure.headers.append({"Retry-After", retryAfter});
        failIndex(failures, failure);
        if (!variable.isEmpty())
            qputenv("PACT_BROKER_HTTP_RETRIES", variable);
        const Run r = Test::runCli(u"verify"_qs, verifyArgs() + retries);
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        QCOMPARE(indexGets(), indexRequests);
        const int retried = std::min(failures, indexRequests - 1);
        QCOMPARE(r.err.count(u"trying again in"_qs), retried);
        if (retried > 0) {
            const QString first = retryAfter.isEmpty()
                ? u"the broker answered %1 to GET %2/; trying again in 1 s (attempt 2 of %3)"_qs
                      .arg(status).arg(m_broker->baseUrl().toString()).arg(indexRequests)
                : u"the broker answered %1 to GET %2/; trying again in %3 s, as its Retry-After asks (attempt 2 of %4)"_qs
                      .arg(status).arg(m_broker->baseUrl().toString(), QString::fromLatin1(retryAfter)).arg(indexRequests);
            QVERIFY2(r.err.contains(u"verify: "_qs + first), qPrintable(r.err));
        }
        if (code == 0)
            QVERIFY2(r.out.contains(u"Verifying a pact between web and orders"), qPrintable(r.out));
    }

    void retriesAreQuietAtLogLevelError()
    {
        failIndex(1, {503, "{}", "application/json", 0, {}});
        const Run r = Test::runCli(u"verify"_qs, verifyArgs() + QStringList{u"-l"_qs, u"error"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(u"trying again"), qPrintable(r.err));
        QCOMPARE(indexGets(), 2);
    }

    void connectionRefusedIsRetried()
    {
        const Run r = Test::runCli(u"verify"_qs, {u"-b"_qs, TestBroker::refusedUrl().toString(), u"-n"_qs, u"orders"_qs,
                                                  u"-p"_qs, u"1"_qs, u"--retries"_qs, u"3"_qs});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u"connection refused; trying again in"_qs), 2);
        QVERIFY2(r.out.contains(u"Failed to load pact - cannot reach the broker"), qPrintable(r.out));
    }

    // Publishing goes through the same request path: a results POST answered 503 is tried again.
    void publishingIsRetried()
    {
        // Find the results URL of the pact (a dry run), then make it fail.
        QCOMPARE(Test::runCli(u"verify"_qs, verifyArgs() + QStringList{u"--publish"_qs, u"--provider-version"_qs,
                                                                        u"1.2.2"_qs}).code, 0);
        const QList<Test::RecordedRequest> posted = m_broker->requests("POST");
        const auto results = std::find_if(posted.cbegin(), posted.cend(), [](const Test::RecordedRequest &r) {
            return r.path.endsWith(u"/verification-results"_qs);
        });
        QVERIFY(results != posted.cend());
        m_broker->setOverride("POST", results->path, {503, "{}", "application/json", 0, {}});
        m_broker->clearRequests();
        const Run r = Test::runCli(u"verify"_qs, verifyArgs() + QStringList{u"--publish"_qs, u"--provider-version"_qs,
                                                                            u"1.2.3"_qs, u"--retries"_qs, u"3"_qs});
        QCOMPARE(r.code, 1); // the results could not be published
        QCOMPARE(m_broker->requests("POST", results->path).size(), 3);
        QCOMPARE(r.err.count(u"trying again in"_qs), 2);
    }

    // A call cancelled while it waits to try again ends at once and sends nothing more.
    void cancelDuringTheWait()
    {
        m_broker->setOverride("GET", u"/"_qs, {503, "{}", "application/json", 0, {}});
        BrokerConnection c;
        c.baseUrl = m_broker->baseUrl();
        c.maxAttempts = 5;
        c.retrySecondMs = 60000; // a minute per "second": only a cancel ends this wait in time
        BrokerClient client(c);
        QSignalSpy retrying(&client, &BrokerClient::retrying);
        BrokerReply<QJsonObject> *index = client.index();
        QVERIFY(retrying.wait(10000));
        index->cancel();
        index->waitForFinished();
        QCOMPARE(index->error().kind, BrokerError::Kind::Cancelled);
        QCoreApplication::processEvents();
        QCOMPARE(indexGets(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBrokerRetries)
#include "tst_brokerretries.moc"
