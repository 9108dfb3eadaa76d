// SPDX-License-Identifier: MIT
// The HTTP options every deployment command (can-i-deploy, record-*, list-environments,
// describe-version) shares with the reference `pact broker`: --custom-header (only to the broker's
// origin), --retries / PACT_BROKER_HTTP_RETRIES (0.5 s doubling, capped), --log-level,
// --ssl-trust-store / SSL_TRUST_STORE and the OpenTelemetry options (stdout exporter on stderr).
// Retry waits are shortened through PACTBENCH_BROKER_RETRY_SECOND_MS: no real seconds.

#include "../broker/deploytestdata.h"
#include "../broker/testbroker.h"

#include "clirun.h"

#include <core/broker/brokerretry.h>
#include <core/broker/brokertransport.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;

namespace {

const char *const kVariables[] = {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD", "PACT_BROKER_TOKEN",
                                  "PACT_BROKER_HTTP_RETRIES", "SSL_TRUST_STORE", "OTEL_TRACES_EXPORTER",
                                  "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "SSL_CERT_FILE",
                                  "SSL_SKIP_VERIFICATION"};

/// Every deployment command with arguments that succeed against fillOrders().
QList<QPair<QString, QStringList>> allCommands()
{
    return {{u"can-i-deploy"_qs, {u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs, u"--to-environment"_qs, u"production"_qs}},
            {u"record-deployment"_qs, {u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.1.0"_qs, u"--environment"_qs, u"test"_qs}},
            {u"record-undeployment"_qs, {u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"production"_qs}},
            {u"record-release"_qs, {u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.1.0"_qs, u"--environment"_qs, u"test"_qs}},
            {u"record-support-ended"_qs, {u"-a"_qs, u"Payments"_qs, u"-e"_qs, u"3.0.0"_qs, u"--environment"_qs, u"production"_qs}},
            {u"list-environments"_qs, {}},
            {u"describe-version"_qs, {u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.0.0"_qs}}};
}

} // namespace

class TestDeployHttpOptions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;

    Test::CliRun run(const QString &sub, const QStringList &args, const TestBroker *broker = nullptr)
    {
        const TestBroker *b = broker ? broker : m_broker.get();
        return Test::runCli(u"broker"_qs, QStringList{sub} + args + QStringList{u"-b"_qs, b->baseUrl().toString()});
    }
    /// The broker's index answers 503 (with `headers`) `failures` times, then normally.
    void failIndex(int failures, int status = 503, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        m_broker->setOverride("GET", u"/"_qs, {status, "{}", "application/json", 0, headers});
        auto count = std::make_shared<int>(0);
        connect(m_broker.get(), &TestBroker::requestReceived, m_broker.get(), [this, count, failures] {
            const Test::RecordedRequest &r = m_broker->requests().constLast();
            if (r.method == "GET" && r.path == u"/" && ++*count == failures + 1)
                m_broker->clearOverride("GET", u"/"_qs); // before this request is answered
        });
    }
    int indexGets() const
    {
        const QList<Test::RecordedRequest> gets = m_broker->requests("GET");
        return int(std::count_if(gets.cbegin(), gets.cend(), [](const Test::RecordedRequest &r) { return r.path == u"/"; }));
    }

private Q_SLOTS:
    void initTestCase() { qputenv("PACTBENCH_BROKER_RETRY_SECOND_MS", "1"); }
    void init()
    {
        for (const char *v : kVariables)
            qunsetenv(v);
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        QVERIFY(Test::fillOrders(*m_broker));
        m_broker->addDeployment(u"Payments"_qs, u"3.0.0"_qs, u"production"_qs, true); // for record-support-ended
    }
    void cleanup() { m_broker.reset(); }

    // The reference's TLS variables: SSL_CERT_FILE for -c, SSL_SKIP_VERIFICATION for --skip-ssl-verification,
    // against a broker with a self-signed certificate.
    void tlsVariables_data()
    {
        QTest::addColumn<QByteArray>("certFile");
        QTest::addColumn<QByteArray>("skip");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QByteArray cert = TestBroker::certificateFile().toUtf8();
        QTest::newRow("nothing: self-signed refused") << QByteArray() << QByteArray() << QStringList() << 1;
        QTest::newRow("SSL_CERT_FILE") << cert << QByteArray() << QStringList() << 0;
        QTest::newRow("SSL_CERT_FILE, no system store") << cert << QByteArray() << QStringList{u"--ssl-trust-store"_qs, u"false"_qs} << 0;
        QTest::newRow("-c wins over SSL_CERT_FILE") << QByteArray("/nonexistent.pem") << QByteArray()
                                                    << QStringList{u"-c"_qs, QString::fromUtf8(cert)} << 0;
        QTest::newRow("SSL_SKIP_VERIFICATION=true") << QByteArray() << QByteArray("true") << QStringList() << 0;
        QTest::newRow("SSL_SKIP_VERIFICATION=1") << QByteArray() << QByteArray("1") << QStringList() << 0;
        QTest::newRow("SSL_SKIP_VERIFICATION=false") << QByteArray() << QByteArray("false") << QStringList() << 1;
        QTest::newRow("SSL_SKIP_VERIFICATION=0") << QByteArray() << QByteArray("0") << QStringList() << 1;
    }
    void tlsVariables()
    {
        QFETCH(QByteArray, certFile);
        QFETCH(QByteArray, skip);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        TestBroker tls;
        QVERIFY(tls.start(true));
        if (!certFile.isEmpty())
            qputenv("SSL_CERT_FILE", certFile);
        if (!skip.isEmpty())
            qputenv("SSL_SKIP_VERIFICATION", skip);
        const Test::CliRun r = run(u"list-environments"_qs, args + QStringList{u"--retries"_qs, u"1"_qs}, &tls);
        QVERIFY2(r.code == exitCode, qPrintable(r.err));
        if (exitCode == 0)
            QVERIFY2(r.out.contains(u"production"_qs), qPrintable(r.out));
    }

    void customHeaderReachesBroker_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        for (const auto &[command, args] : allCommands())
            QTest::newRow(qPrintable(command)) << command << args;
    }
    void customHeaderReachesBroker()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        const Test::CliRun r = run(command, args + QStringList{u"--custom-header"_qs, u"X-Api-Key: abc 123"_qs,
                                                               u"--custom-header"_qs, u"X-Tenant:t1"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(!m_broker->requests().isEmpty());
        for (const Test::RecordedRequest &req : m_broker->requests()) {
            QCOMPARE(req.header("X-Api-Key"), QByteArray("abc 123"));
            QCOMPARE(req.header("X-Tenant"), QByteArray("t1"));
        }
    }

    void customHeaderStaysWithOrigin()
    {
        // The broker's origin redirects to another port: the headers (and credentials) stay behind.
        TestBroker other;
        QVERIFY(other.start());
        m_broker->setOverride("GET", u"/"_qs, {302, {}, "text/plain", 0, {{"Location", other.baseUrl().toString().toUtf8()}}});
        const Test::CliRun r = run(u"list-environments"_qs, {u"--custom-header"_qs, u"X-Api-Key: abc"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err)); // the other broker answered
        QCOMPARE(m_broker->requests().size(), 1);
        QCOMPARE(m_broker->requests().constFirst().header("X-Api-Key"), QByteArray("abc"));
        QVERIFY(!other.requests().isEmpty());
        for (const Test::RecordedRequest &req : other.requests())
            QVERIFY2(req.header("X-Api-Key").isEmpty(), req.target.constData());
    }

    void customHeaderMalformed_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("message");
        QTest::newRow("no colon") << u"X-Api-Key abc"_qs << u"must be 'Name: Value'"_qs;
        QTest::newRow("empty name") << u": abc"_qs << u"the header name is empty"_qs;
        QTest::newRow("space in name") << u"X Api: abc"_qs << u"'X Api' is not a valid header name"_qs;
        QTest::newRow("non-ASCII name") << u"Schl\u00fcssel: abc"_qs << u"is not a valid header name"_qs;
        QTest::newRow("CR LF in value") << u"X-A: abc\r\nX-Injected: 1"_qs << u"contains a line break"_qs;
        QTest::newRow("no value") << u"X-A:"_qs << u"needs a value"_qs;
    }
    void customHeaderMalformed()
    {
        QFETCH(QString, header);
        QFETCH(QString, message);
        const Test::CliRun r = run(u"list-environments"_qs, {u"--custom-header"_qs, header});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--custom-header"_qs) && r.err.contains(message), qPrintable(r.err));
        QVERIFY(m_broker->requests().isEmpty());
    }

    void retries_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("variable"); ///< PACT_BROKER_HTTP_RETRIES
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("gets"); ///< GET / requests the broker saw
        // --retries N: N attempts in all, as the reference counts them.
        QTest::newRow("3 attempts, 503 twice") << QStringList{u"--retries"_qs, u"3"_qs} << QByteArray() << 503 << 2 << 0 << 3;
        QTest::newRow("2 attempts, 503 twice") << QStringList{u"--retries"_qs, u"2"_qs} << QByteArray() << 503 << 2 << 1 << 2;
        QTest::newRow("0: one attempt") << QStringList{u"--retries"_qs, u"0"_qs} << QByteArray() << 500 << 1 << 1 << 1;
        QTest::newRow("1: one attempt") << QStringList{u"--retries"_qs, u"1"_qs} << QByteArray() << 500 << 1 << 1 << 1;
        QTest::newRow("from the variable") << QStringList{} << QByteArray("3") << 408 << 2 << 0 << 3;
        QTest::newRow("429 without Retry-After") << QStringList{u"--retries"_qs, u"2"_qs} << QByteArray() << 429 << 1 << 0 << 2;
        QTest::newRow("option beats variable") << QStringList{u"--retries"_qs, u"2"_qs} << QByteArray("5") << 503 << 2 << 1 << 2;
        QTest::newRow("default 8") << QStringList{} << QByteArray() << 502 << 7 << 0 << 8;
        QTest::newRow("default 8, all fail") << QStringList{} << QByteArray() << 502 << 8 << 1 << 8;
        QTest::newRow("404 is not retried") << QStringList{} << QByteArray() << 404 << 1 << 1 << 1;
        // 0.5 + 1 + 2 + 4 + 8 + 16 + 30 + 30 s = 91.5 s; one more 30 s would pass the 120 s cap.
        QTest::newRow("total cap") << QStringList{u"--retries"_qs, u"20"_qs} << QByteArray() << 503 << 100 << 1 << 9;
    }
    void retries()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, variable);
        QFETCH(int, status);
        QFETCH(int, failures);
        QFETCH(int, code);
        QFETCH(int, gets);
        if (!variable.isEmpty())
            qputenv("PACT_BROKER_HTTP_RETRIES", variable);
        failIndex(failures, status);
        const Test::CliRun r = run(u"list-environments"_qs, args);
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        QCOMPARE(indexGets(), gets);
        QCOMPARE(r.err.count(u"trying again in"_qs), gets - 1);
        if (gets > 1)
            QVERIFY2(r.err.contains(u"trying again in 0.5 s (attempt 2 of"_qs), qPrintable(r.err));
    }

    void retryAfterHonoured()
    {
        failIndex(1, 429, {{"Retry-After", "3"}});
        const Test::CliRun r = run(u"list-environments"_qs, {u"--retries"_qs, u"2"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"trying again in 3 s, as its Retry-After asks (attempt 2 of 2)"_qs), qPrintable(r.err));
    }

    void backOffWaits_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("first") << 1 << qint64(500);
        QTest::newRow("second") << 2 << qint64(1000);
        QTest::newRow("fifth") << 5 << qint64(8000);
        QTest::newRow("capped") << 8 << qint64(30000);
    }
    void backOffWaits()
    {
        QFETCH(int, retry);
        QFETCH(qint64, ms);
        BrokerConnection c;
        c.firstRetryWaitMs = 500;
        c.maxRetryWaitSeconds = 30;
        QCOMPARE(BrokerRetry::wait(retry, 503, {}, QDateTime::currentDateTimeUtc(), c).ms, ms);
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("retries") << QStringList{u"--retries"_qs, u"many"_qs} << u"--retries must be a whole number from 0 to 20"_qs;
        QTest::newRow("retries over 20") << QStringList{u"--retries"_qs, u"21"_qs} << u"--retries must be a whole number from 0 to 20"_qs;
        QTest::newRow("log level") << QStringList{u"--log-level"_qs, u"loud"_qs} << u"--log-level must be off, none, error, warn, info, debug or trace"_qs;
        QTest::newRow("trust store") << QStringList{u"--ssl-trust-store"_qs, u"maybe"_qs} << u"--ssl-trust-store must be true or false"_qs;
        QTest::newRow("otlp protobuf") << QStringList{u"--enable-otel"_qs, u"--otel-exporter"_qs, u"otlp"_qs, u"--otel-exporter-protocol"_qs, u"http/protobuf"_qs}
                                       << u"--otel-exporter-protocol http/protobuf is not supported: use http"_qs;
        QTest::newRow("otlp endpoint") << QStringList{u"--enable-otel-traces"_qs, u"--otel-exporter"_qs, u"stdout,otlp"_qs, u"--otel-exporter-endpoint"_qs, u"ftp://x"_qs}
                                       << u"--otel-exporter-endpoint must be an http(s) URL, not 'ftp://x'"_qs;
        QTest::newRow("exporter") << QStringList{u"--otel-exporter"_qs, u"zipkin"_qs} << u"--otel-exporter must be stdout or otlp"_qs;
        QTest::newRow("protocol") << QStringList{u"--otel-exporter-protocol"_qs, u"grpc"_qs} << u"--otel-exporter-protocol must be http or http/protobuf"_qs;
    }
    void badValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (const QString &command : {u"list-environments"_qs, u"can-i-deploy"_qs}) {
            const QStringList extra = command == u"can-i-deploy" ? QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs} : QStringList{};
            const Test::CliRun r = run(command, extra + args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
        QVERIFY(m_broker->requests().isEmpty());
    }

    void logLevel_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("lines");
        QTest::addColumn<bool>("headers");
        QTest::newRow("off") << u"off"_qs << false << false;
        QTest::newRow("warn") << u"warn"_qs << false << false;
        QTest::newRow("info") << u"info"_qs << true << false;
        QTest::newRow("debug") << u"debug"_qs << true << false;
        QTest::newRow("trace") << u"trace"_qs << true << true;
    }
    void logLevel()
    {
        QFETCH(QString, level);
        QFETCH(bool, lines);
        QFETCH(bool, headers);
        m_broker->requireBasic(u"admin"_qs, u"S3cret-pass"_qs);
        const Test::CliRun r = run(u"list-environments"_qs, {u"--log-level"_qs, level, u"-u"_qs, u"admin"_qs, u"-p"_qs,
                                                             u"S3cret-pass"_qs, u"-o"_qs, u"json"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject()); // logs never on standard output
        const QString index = u"GET "_qs + m_broker->baseUrl().toString() + u"/ -> 200 ("_qs;
        QCOMPARE(r.err.contains(index), lines);
        QCOMPARE(r.err.contains(u"/environments -> 200 ("_qs), lines);
        QCOMPARE(r.err.contains(u"  > Authorization: ***"_qs), headers);
        QCOMPARE(r.err.contains(u"  < Content-Type: application/hal+json"_qs, Qt::CaseInsensitive), headers);
        QVERIFY(!r.err.contains(u"S3cret-pass"_qs));
        QVERIFY(!r.err.contains(QString::fromLatin1(QByteArray("admin:S3cret-pass").toBase64())));
    }

    void otelSpans()
    {
        const Test::CliRun r = run(u"list-environments"_qs, {u"--enable-otel-traces"_qs, u"-o"_qs, u"json"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the index, the environments
        const QJsonObject span = QJsonDocument::fromJson(lines.constLast().toUtf8()).object();
        QCOMPARE(span.value(u"name").toString(), u"HTTP GET"_qs);
        QCOMPARE(span.value(u"http.method").toString(), u"GET"_qs);
        QCOMPARE(span.value(u"url").toString(), m_broker->baseUrl().toString() + u"/environments"_qs);
        QCOMPARE(span.value(u"status").toInt(), 200);
        QVERIFY(span.value(u"duration_ms").isDouble());
        QVERIFY(QDateTime::fromString(span.value(u"start").toString(), Qt::ISODateWithMs).isValid());
    }

    void otelLogs()
    {
        qputenv("OTEL_TRACES_EXPORTER", "stdout");
        const Test::CliRun r = run(u"list-environments"_qs, {u"--enable-otel"_qs, u"--enable-otel-logs"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // a log record and a span per request
        const QJsonObject record = QJsonDocument::fromJson(lines.constFirst().toUtf8()).object();
        QCOMPARE(record.value(u"severity").toString(), u"INFO"_qs);
        QVERIFY(record.value(u"body").toString().startsWith(u"GET "_qs));
    }

    void otlpExport_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("variable"); ///< OTEL_TRACES_EXPORTER
        QTest::addColumn<int>("spans"); ///< in the export; 0: no export
        QTest::newRow("options") << QStringList{u"--enable-otel"_qs, u"--otel-exporter"_qs, u"otlp"_qs} << QByteArray() << 2;
        QTest::newRow("variable") << QStringList{u"--enable-otel-traces"_qs} << QByteArray("otlp") << 2;
        // A CI-wide OTEL_TRACES_EXPORTER=otlp alone does not turn tracing on (as the reference).
        QTest::newRow("not enabled") << QStringList{} << QByteArray("otlp") << 0;
    }
    void otlpExport()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, variable);
        QFETCH(int, spans);
        TestBroker collector;
        QVERIFY(collector.start());
        collector.setOverride("POST", u"/otel/v1/traces"_qs, {200, "{}", "application/json", 0, {}});
        qputenv("OTEL_EXPORTER_OTLP_ENDPOINT", (collector.baseUrl().toString() + u"/otel"_qs).toUtf8());
        if (!variable.isEmpty())
            qputenv("OTEL_TRACES_EXPORTER", variable);
        const Test::CliRun r = run(u"list-environments"_qs, args + QStringList{u"-o"_qs, u"json"_qs});
        QVERIFY2(r.code == 0 && r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
        QCOMPARE(collector.requests().size(), spans > 0 ? 1 : 0);
        if (spans == 0)
            return;
        const Test::RecordedRequest &post = collector.requests().constFirst();
        QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject scope = post.json().value(u"resourceSpans").toArray().at(0).toObject().value(u"scopeSpans").toArray().at(0).toObject();
        const QJsonArray list = scope.value(u"spans").toArray();
        QCOMPARE(list.size(), spans);
        const QJsonObject last = list.at(1).toObject();
        QCOMPARE(last.value(u"name").toString(), u"HTTP GET"_qs);
        QCOMPARE(last.value(u"traceId").toString().size(), 32);
        QCOMPARE(last.value(u"traceId"), list.at(0).toObject().value(u"traceId"));
        QCOMPARE(last.value(u"spanId").toString().size(), 16);
        const QByteArray attributes = QJsonDocument(last.value(u"attributes").toArray()).toJson(QJsonDocument::Compact);
        QVERIFY2(attributes.contains("{\"key\":\"http.response.status_code\",\"value\":{\"intValue\":\"200\"}}"), attributes.constData());
        QVERIFY2(attributes.contains((m_broker->baseUrl().toString() + u"/environments"_qs).toUtf8()), attributes.constData());
    }

    void otlpCollectorDown()
    {
        const QString refused = TestBroker::refusedUrl().toString(QUrl::StripTrailingSlash);
        qputenv("OTEL_EXPORTER_OTLP_ENDPOINT", refused.toUtf8());
        const Test::CliRun r = run(u"list-environments"_qs, {u"--enable-otel"_qs, u"--otel-exporter"_qs, u"otlp"_qs});
        QCOMPARE(r.code, 0); // the command did its work; the export failure is said, not hidden
        QVERIFY2(r.err.contains(u"could not export 2 trace spans to "_qs + refused + u"/v1/traces: Connection refused"_qs), qPrintable(r.err));
    }

    void trustStoreConfiguration()
    {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(TestBroker::certificateFile());
        QCOMPARE(ca.size(), 1);
        BrokerConnection c;
        c.useSystemCaStore = false;
        QCOMPARE(BrokerTransport::tlsConfiguration(c, ca).caCertificates(), ca);
        QVERIFY(BrokerTransport::tlsConfiguration(c, {}).caCertificates().isEmpty());
        c.useSystemCaStore = true;
        const QList<QSslCertificate> all = BrokerTransport::tlsConfiguration(c, ca).caCertificates();
        QVERIFY(all.contains(ca.constFirst()));
        QCOMPARE(BrokerTransport::tlsConfiguration(c, {}).caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
    }

    void trustStoreOverTls_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("variable"); ///< SSL_TRUST_STORE
        QTest::addColumn<int>("code");
        const QString cert = TestBroker::certificateFile();
        QTest::newRow("no store, -c") << QStringList{u"--ssl-trust-store"_qs, u"false"_qs, u"-c"_qs, cert} << QByteArray() << 0;
        QTest::newRow("no store from variable, --ca-file") << QStringList{u"--ca-file"_qs, cert} << QByteArray("false") << 0;
        QTest::newRow("store and -c") << QStringList{u"-c"_qs, cert} << QByteArray() << 0;
        QTest::newRow("no store, no certificate") << QStringList{u"--ssl-trust-store"_qs, u"false"_qs} << QByteArray() << 1;
        QTest::newRow("store only: self-signed refused") << QStringList{} << QByteArray("true") << 1;
    }
    void trustStoreOverTls()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, variable);
        QFETCH(int, code);
        if (!variable.isEmpty())
            qputenv("SSL_TRUST_STORE", variable);
        TestBroker tls;
        if (!tls.start(true))
            QSKIP("no TLS backend");
        const Test::CliRun r = run(u"list-environments"_qs, args + QStringList{u"--retries"_qs, u"0"_qs}, &tls);
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        if (code != 0)
            QVERIFY2(r.err.contains(u"TLS failure"_qs), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDeployHttpOptions)
#include "tst_deployhttpoptions.moc"
