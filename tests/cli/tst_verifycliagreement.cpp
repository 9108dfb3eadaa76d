// SPDX-License-Identifier: MIT
// `pactbench-cli verify` against the reference `pact verifier` (pact-cli 18.1.2, from
// ../shared/oracles/install), as a CI script sees them: for each case — an option or a variable, a
// folder with pacts of several providers, a pact that cannot be loaded, bad arguments, broker
// retries — both run with the same arguments and environment against the same local provider, and
// give the same exit code and send the provider the same requests (and state-change calls the same way).

#include "../broker/testbroker.h"
#include "../verifier/testprovider.h"

#include "clirun.h"

#include <core/broker/brokerclient.h>
#include <core/cli/verifyoptions.h>
#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;
using Pactbench::Test::TestProvider;

namespace {

QByteArray pactBetween(const QString &consumer, const QString &provider, const QString &path)
{
    return QStringLiteral(R"({"consumer":{"name":"%1"},"provider":{"name":"%2"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
        "interactions":[{"description":"%1 to %2","request":{"method":"GET","path":"%3"},"response":{"status":200}}]})")
        .arg(consumer, provider, path)
        .toUtf8();
}

const QByteArray kPact = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
 "interactions":[
  {"description":"get order","providerStates":[{"name":"order 7"}],"request":{"method":"GET","path":"/orders/7"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":7}}},
  {"description":"list orders","request":{"method":"GET","path":"/orders"},"response":{"status":200}}]})";

/// What one tool did in one case.
struct Outcome
{
    int code = -1;
    QStringList requests; ///< "GET /path" the provider received, sorted, state-change calls aside
    QString stateMode; ///< how the state call for "order 7" came: "query", "body" or "none"
    bool teardown = false; ///< a teardown call for "order 7" came
    bool reportWritten = false; ///< the report file of the row exists afterwards
    int brokerIndexRequests = 0;
    QString output; ///< what the tool printed, for a failure's message (not compared)

    bool operator==(const Outcome &o) const
    {
        return code == o.code && requests == o.requests && stateMode == o.stateMode && teardown == o.teardown
            && reportWritten == o.reportWritten && brokerIndexRequests == o.brokerIndexRequests;
    }
};

char *toString(const Outcome &o)
{
    return QTest::toString(QStringLiteral("exit %1, requests [%2], state %3%4, report %5, broker index requests %6")
                               .arg(o.code)
                               .arg(o.requests.join(u", "_qs), o.stateMode, o.teardown ? u" + teardown"_qs : QString(),
                                    o.reportWritten ? u"written"_qs : u"not written"_qs)
                               .arg(o.brokerIndexRequests));
}

} // namespace

class TestVerifyCliAgreement : public QObject
{
    Q_OBJECT

private:
    QString m_reference;
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    std::unique_ptr<TestProvider> m_provider;
    std::unique_ptr<TestBroker> m_broker;
    int m_agreed = 0;

    QString fill(QString s) const
    {
        return s.replace(u"{pact}"_qs, m_dir.filePath(u"pact.json"_qs))
            .replace(u"{port}"_qs, QString::number(m_provider->url().port()))
            .replace(u"{tmp}"_qs, m_dir.path())
            .replace(u"{broker}"_qs, m_broker->baseUrl().toString())
            .replace(u"{url}"_qs, m_provider->url().toString());
    }
    QStringList fill(const QStringList &list) const
    {
        QStringList out;
        for (const QString &s : list)
            out.append(fill(s));
        return out;
    }

    static QStringList referenceVariables()
    {
        QStringList out{u"PACTBENCH_BROKER_RETRY_SECOND_MS"_qs};
        for (const auto &[variable, option] : Cli::VerifyCommandLine::environmentVariables())
            out.append(variable);
        return out;
    }

    void write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    Outcome observe(int code, const QString &report) const
    {
        Outcome o;
        o.code = code;
        o.stateMode = u"none"_qs;
        for (const HttpServerRequest &r : m_provider->requests()) {
            if (r.path != u"/_pact/state") {
                o.requests.append(r.method + u' ' + r.path);
                continue;
            }
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const bool query = QString::fromUtf8(r.rawQuery).contains(u"state=order"_qs);
            const bool json = body.value(u"state").toString() == u"order 7";
            if (!query && !json)
                continue; // the reference also calls for interactions without a state
            const QString action = query ? QString::fromUtf8(r.rawQuery) : body.value(u"action").toString();
            if (action.contains(u"teardown"))
                o.teardown = true;
            else if (o.stateMode == u"none")
                o.stateMode = query ? u"query"_qs : u"body"_qs;
        }
        o.requests.sort();
        if (!report.isEmpty())
            o.reportWritten = QFileInfo::exists(report);
        const QList<Test::RecordedRequest> gets = m_broker->requests("GET");
        o.brokerIndexRequests = int(std::count_if(gets.cbegin(), gets.cend(), [](const Test::RecordedRequest &r) { return r.path == u"/"; }));
        return o;
    }

    Outcome runReference(const QStringList &args, const QStringList &env, const QString &report)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &v : referenceVariables())
            e.remove(v);
        e.insert(u"PACT_DO_NOT_TRACK"_qs, u"true"_qs);
        for (const QString &kv : env)
            e.insert(kv.section(u'=', 0, 0), fill(kv.section(u'=', 1)));
        QProcess p;
        p.setProcessEnvironment(e);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy done(&p, &QProcess::finished); // the provider and broker answer while we wait
        p.start(m_reference, QStringList{u"verifier"_qs} + args);
        if (!done.wait(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        Outcome o = observe(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, report);
        o.output = QString::fromUtf8(p.readAll()).right(3000);
        return o;
    }

    Outcome runOurs(const QStringList &args, const QStringList &env, const QString &report)
    {
        for (const QString &kv : env)
            qputenv(qPrintable(kv.section(u'=', 0, 0)), fill(kv.section(u'=', 1)).toLocal8Bit());
        const Test::CliRun r = Test::runCli(u"verify"_qs, args);
        for (const QString &v : referenceVariables())
            qunsetenv(qPrintable(v));
        qputenv("PACTBENCH_BROKER_RETRY_SECOND_MS", "1"); // our waits are short; the reference's real
        Outcome o = observe(r.code, report);
        o.output = QString(r.out + r.err).right(3000);
        return o;
    }

    /**
     * The reference reads a provider's latest pacts (`-b` without selectors) from the `pacts` links
     * a real broker sends beside `pb:pacts`; the test broker sends only `pb:pacts`: add them.
     */
    void addPactsLinks(const QString &provider)
    {
        const QString path = u"/pacts/provider/"_qs + provider + u"/latest"_qs;
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(m_broker->baseUrl().toString() + path)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QJsonObject doc = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QJsonObject links = doc.value(u"_links").toObject();
        QVERIFY(links.contains(u"pb:pacts"));
        links.insert(u"pacts"_qs, links.value(u"pb:pacts"));
        doc.insert(u"_links"_qs, links);
        m_broker->setOverride("GET", path, {200, QJsonDocument(doc).toJson(), "application/hal+json", 0, {}});
    }

    void reset()
    {
        m_provider->clear();
        m_broker->clearRequests();
        for (const QString &report : {u"report.json"_qs, u"report.xml"_qs, u"report.html"_qs})
            QFile::remove(m_dir.filePath(report));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir); // skips, or fails under CI=true, when the reference cannot be had
        m_reference = dir + u"/pact"_qs;
        QVERIFY(m_dir.isValid() && m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit()); // --last-failed state: never the user's
        for (const QString &v : referenceVariables())
            qunsetenv(qPrintable(v));
        qputenv("PACTBENCH_BROKER_RETRY_SECOND_MS", "1");
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
        for (const QString &path : {u"/orders/7"_qs, u"/orders"_qs, u"/api/orders/7"_qs, u"/api/orders"_qs, u"/stock"_qs,
                                    u"/provider"_qs, u"/hidden"_qs, u"/linked"_qs, u"/deeper"_qs})
            m_provider->route(u"GET"_qs, path, Test::jsonResponse(200, R"({"id":7})"));
        m_provider->route(u"GET"_qs, u"/pacts/web"_qs, Test::jsonResponse(200, kPact));
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        m_broker->addPacticipant(u"web"_qs, u"main"_qs);
        m_broker->addPacticipant(u"orders"_qs, u"main"_qs);
        m_broker->addPacticipant(u"nobody"_qs, u"main"_qs); // a provider without pacts
        m_broker->addPact({u"web"_qs, u"orders"_qs, u"1.0.0"_qs, kPact, u"main"_qs, {}});
        addPactsLinks(u"orders"_qs);
        addPactsLinks(u"nobody"_qs);
        m_broker->clearRequests();

        write(u"pact.json"_qs, kPact);
        write(u"empty/.keep-out"_qs, {});
        QFile::remove(m_dir.filePath(u"empty/.keep-out"_qs));
        write(u"others/stock.json"_qs, pactBetween(u"web"_qs, u"stock"_qs, u"/stock"_qs));
        write(u"bad/garbage.json"_qs, "{\"consumer\": nope");
        write(u"bad/empty.json"_qs, "");
        write(u"bad/array.json"_qs, "[]");
        write(u"bad/v4-bogus.json"_qs, R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},
            "interactions":[{"type":"Bogus","description":"d","request":{"method":"GET","path":"/o"},"response":{"status":200}}]})");
        write(u"bad/fails.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/missing"_qs));
        write(u"d/orders.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/orders"_qs));
        write(u"d/stock.pact"_qs, pactBetween(u"web"_qs, u"stock"_qs, u"/stock"_qs));
        write(u"d/provider.json"_qs, pactBetween(u"web"_qs, u"provider"_qs, u"/provider"_qs));
        write(u"d/.hidden.json"_qs, pactBetween(u"mobile"_qs, u"provider"_qs, u"/hidden"_qs));
        write(u"d/sub/deeper.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/deeper"_qs));
        write(u"elsewhere/linked.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/linked"_qs));
        QVERIFY(QFile::link(m_dir.filePath(u"elsewhere/linked.json"_qs), m_dir.filePath(u"d/link.json"_qs)));
        write(u"mixed/orders.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/orders"_qs));
        write(u"mixed/garbage.json"_qs, "not json at all");
        write(u"mixed/readme.txt"_qs, "A folder of pacts.");
    }

    void cleanup() { reset(); }

    void sameExitCodeAndRequests_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("report"); // a report file the case writes (or not), or empty
        const QStringList here{u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, u"{port}"_qs};
        const QStringList pact = QStringList{u"-f"_qs, u"{pact}"_qs} + here;
        const QStringList state{u"-s"_qs, u"{url}/_pact/state"_qs};
        const QStringList none;

        // Every option of the reference's help (18.1.2), accepted with the same effect.
        const QList<QStringList> accepted{
            {u"--enable-otel"_qs}, {u"--enable-otel-logs"_qs}, {u"--enable-otel-traces"_qs},
            {u"--otel-exporter"_qs, u"stdout"_qs}, {u"--otel-exporter-endpoint"_qs, u"http://127.0.0.1:1"_qs},
            {u"--otel-exporter-protocol"_qs, u"http/protobuf"_qs}, {u"--log-level"_qs, u"warn"_qs}, {u"-l"_qs, u"error"_qs},
            {u"--loglevel"_qs, u"none"_qs}, {u"--pretty-log"_qs}, {u"--full-log"_qs}, {u"--compact-log"_qs},
            {u"--no-colour"_qs}, {u"--no-color"_qs}, {u"--ignore-no-pacts-error"_qs}, {u"--user"_qs, u"u"_qs, u"--password"_qs, u"p"_qs},
            {u"-t"_qs, u"t"_qs}, {u"--transport"_qs, u"http"_qs}, {u"--scheme"_qs, u"http"_qs}, {u"-n"_qs, u"orders"_qs},
            {u"--base-path"_qs, u"/api"_qs}, {u"--request-timeout"_qs, u"30000"_qs}, {u"-H"_qs, u"X-A=1"_qs},
            {u"--disable-ssl-verification"_qs}, {u"--filter-description"_qs, u"^list"_qs}, {u"--filter-state"_qs, u"order"_qs},
            {u"--filter-no-state"_qs}, {u"-c"_qs, u"web"_qs}, {u"--provider-version"_qs, u"1"_qs, u"--build-url"_qs, u"http://ci"_qs,
            u"--provider-tags"_qs, u"a,b"_qs, u"--provider-branch"_qs, u"main"_qs}, {u"--retries"_qs, u"1"_qs},
            {u"--exit-on-first-error"_qs}, {u"--request-timeout"_qs, u"200"_qs}, {u"-v"_qs}, {u"--version"_qs},
        };
        for (const QStringList &a : accepted)
            QTest::addRow("option %s", qPrintable(a.join(u' '))) << pact + a << none << QString();
        QTest::addRow("option --transports") << QStringList{u"-f"_qs, u"{pact}"_qs, u"-h"_qs, u"127.0.0.1"_qs, u"--transports"_qs,
                                                            u"http:{port}/api"_qs}
                                             << none << QString();
        QTest::addRow("option -s") << pact + state << none << QString();
        QTest::addRow("option --state-change-as-query") << pact + state + QStringList{u"--state-change-as-query"_qs} << none << QString();
        QTest::addRow("option --state-change-teardown") << pact + state + QStringList{u"--state-change-teardown"_qs} << none << QString();
        QTest::addRow("option -j") << pact + QStringList{u"-j"_qs, u"{tmp}/report.json"_qs} << none << u"report.json"_qs;
        QTest::addRow("option -x") << pact + QStringList{u"-x"_qs, u"{tmp}/report.xml"_qs} << none << u"report.xml"_qs;
        QTest::addRow("option --html") << pact + QStringList{u"--html"_qs, u"{tmp}/report.html"_qs} << none << u"report.html"_qs;

        // Every variable of the reference's help that a local run can show, and an option winning over it.
        QTest::addRow("PACT_VERIFIER_JSON_REPORT") << pact << QStringList{u"PACT_VERIFIER_JSON_REPORT={tmp}/report.json"_qs}
                                                   << u"report.json"_qs;
        QTest::addRow("PACT_VERIFIER_JUNIT_REPORT") << pact << QStringList{u"PACT_VERIFIER_JUNIT_REPORT={tmp}/report.xml"_qs}
                                                    << u"report.xml"_qs;
        QTest::addRow("PACT_VERIFIER_HTML_REPORT") << pact << QStringList{u"PACT_VERIFIER_HTML_REPORT={tmp}/report.html"_qs}
                                                   << u"report.html"_qs;
        QTest::addRow("PACT_VERIFIER_JSON_REPORT empty") << pact << QStringList{u"PACT_VERIFIER_JSON_REPORT="_qs} << QString();
        QTest::addRow("PACT_PROVIDER_HOSTNAME") << QStringList{u"-f"_qs, u"{pact}"_qs, u"-p"_qs, u"{port}"_qs}
                                                << QStringList{u"PACT_PROVIDER_HOSTNAME=127.0.0.1"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_PORT") << QStringList{u"-f"_qs, u"{pact}"_qs, u"-h"_qs, u"127.0.0.1"_qs}
                                            << QStringList{u"PACT_PROVIDER_PORT={port}"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_PORT, -p wins") << pact << QStringList{u"PACT_PROVIDER_PORT=1"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_PORT not a port") << pact << QStringList{u"PACT_PROVIDER_PORT=abc"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_TRANSPORT, --transport wins") << pact + QStringList{u"--transport"_qs, u"http"_qs}
                                                                   << QStringList{u"PACT_PROVIDER_TRANSPORT=https"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_NAME with -d") << QStringList{u"-d"_qs, u"{tmp}/d"_qs} + here
                                                    << QStringList{u"PACT_PROVIDER_NAME=orders"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_NAME, -n wins") << QStringList{u"-d"_qs, u"{tmp}/d"_qs, u"-n"_qs, u"stock"_qs} + here
                                                     << QStringList{u"PACT_PROVIDER_NAME=orders"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_BASE_PATH") << pact << QStringList{u"PACT_PROVIDER_BASE_PATH=/api"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_REQUEST_TIMEOUT") << pact << QStringList{u"PACT_PROVIDER_REQUEST_TIMEOUT=200"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_REQUEST_TIMEOUT not a number") << pact << QStringList{u"PACT_PROVIDER_REQUEST_TIMEOUT=abc"_qs}
                                                                    << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_URL") << pact << QStringList{u"PACT_PROVIDER_STATE_CHANGE_URL={url}/_pact/state"_qs}
                                                        << QString();
        for (const QString &v : {u"true"_qs, u"yes"_qs, u"1"_qs, u"false"_qs, u"0"_qs, u"off"_qs, QString()}) {
            QTest::addRow("PACT_PROVIDER_STATE_CHANGE_AS_QUERY=%s", qPrintable(v))
                << pact + state << QStringList{u"PACT_PROVIDER_STATE_CHANGE_AS_QUERY="_qs + v} << QString();
        }
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_TEARDOWN=true") << pact + state
                                                                  << QStringList{u"PACT_PROVIDER_STATE_CHANGE_TEARDOWN=true"_qs} << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_TEARDOWN=false") << pact + state
                                                                   << QStringList{u"PACT_PROVIDER_STATE_CHANGE_TEARDOWN=false"_qs}
                                                                   << QString();
        QTest::addRow("PACT_DESCRIPTION") << pact << QStringList{u"PACT_DESCRIPTION=^list"_qs} << QString();
        QTest::addRow("PACT_DESCRIPTION, option wins") << pact + QStringList{u"--filter-description"_qs, u"^get"_qs}
                                                       << QStringList{u"PACT_DESCRIPTION=^list"_qs} << QString();
        QTest::addRow("PACT_DESCRIPTION empty") << pact << QStringList{u"PACT_DESCRIPTION="_qs} << QString();
        QTest::addRow("PACT_PROVIDER_STATE") << pact << QStringList{u"PACT_PROVIDER_STATE=order"_qs} << QString();
        for (const QString &v : {u"true"_qs, u"false"_qs, u"1"_qs, u"TRUE"_qs, QString()})
            QTest::addRow("PACT_PROVIDER_NO_STATE=%s", qPrintable(v)) << pact << QStringList{u"PACT_PROVIDER_NO_STATE="_qs + v} << QString();
        QTest::addRow("PACT_BROKER_TOKEN empty") << pact << QStringList{u"PACT_BROKER_TOKEN="_qs} << QString();
        QTest::addRow("PACT_BROKER_USERNAME and PACT_BROKER_TOKEN") << pact
                                                                   << QStringList{u"PACT_BROKER_USERNAME=u"_qs, u"PACT_BROKER_TOKEN=t"_qs}
                                                                   << QString();
        QTest::addRow("PACT_BROKER_BASE_URL without a provider name") << pact << QStringList{u"PACT_BROKER_BASE_URL={broker}"_qs}
                                                                      << QString();
        QTest::addRow("PACT_BROKER_HTTP_RETRIES=256") << pact << QStringList{u"PACT_BROKER_HTTP_RETRIES=256"_qs} << QString();
        QTest::addRow("PACT_WEBHOOK_CALLBACK_URL with -f") << pact + QStringList{u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"orders"_qs}
                                                           << QStringList{u"PACT_WEBHOOK_CALLBACK_URL={url}/pacts/web"_qs} << QString();
        QTest::addRow("OTEL_TRACES_EXPORTER") << pact << QStringList{u"OTEL_TRACES_EXPORTER=otlp"_qs} << QString();
        QTest::addRow("OTEL_EXPORTER_OTLP_PROTOCOL=grpc") << pact << QStringList{u"OTEL_EXPORTER_OTLP_PROTOCOL=grpc"_qs} << QString();

        // -d: only the pacts of -n's provider; every file, links followed, not sub-folders.
        for (const QString &name : {QString(), u"orders"_qs, u"stock"_qs, u"provider"_qs, u"Orders"_qs, u"nobody"_qs}) {
            QTest::addRow("-d, -n '%s'", qPrintable(name))
                << QStringList{u"-d"_qs, u"{tmp}/d"_qs} + (name.isEmpty() ? QStringList{} : QStringList{u"-n"_qs, name}) + here
                << none << QString();
        }
        QTest::addRow("-d with files that are not pacts") << QStringList{u"-d"_qs, u"{tmp}/mixed"_qs, u"-n"_qs, u"orders"_qs} + here
                                                          << none << QString();
        QTest::addRow("-f whatever its provider") << pact + QStringList{u"-n"_qs, u"stock"_qs} << none << QString();

        // Exit codes of pacts that cannot be loaded, and of reports that cannot be written.
        QTest::addRow("missing pact file") << QStringList{u"-f"_qs, u"{tmp}/none.json"_qs} + pact << none << QString();
        QTest::addRow("missing folder") << QStringList{u"-d"_qs, u"{tmp}/no-folder"_qs} + pact << none << QString();
        QTest::addRow("folder with no pact") << QStringList{u"-d"_qs, u"{tmp}/empty"_qs} + here << none << QString();
        QTest::addRow("folder with another provider's pact") << QStringList{u"-d"_qs, u"{tmp}/others"_qs} + here << none << QString();
        QTest::addRow("unparsable JSON") << QStringList{u"-f"_qs, u"{tmp}/bad/garbage.json"_qs} + pact << none << QString();
        QTest::addRow("empty file") << QStringList{u"-f"_qs, u"{tmp}/bad/empty.json"_qs} + here << none << QString();
        QTest::addRow("JSON array") << QStringList{u"-f"_qs, u"{tmp}/bad/array.json"_qs} + here << none << QString();
        QTest::addRow("V4 interaction of an unknown type") << QStringList{u"-f"_qs, u"{tmp}/bad/v4-bogus.json"_qs} + here << none
                                                           << QString();
        QTest::addRow("pact URL 404") << QStringList{u"-u"_qs, u"{url}/pacts/none"_qs} + here << none << QString();
        QTest::addRow("pact URL") << QStringList{u"-u"_qs, u"{url}/pacts/web"_qs} + here << none << QString();
        QTest::addRow("failing interaction") << QStringList{u"-f"_qs, u"{tmp}/bad/fails.json"_qs} + here << none << QString();
        QTest::addRow("JSON report cannot be written") << pact + QStringList{u"-j"_qs, u"{tmp}/no/dir/r.json"_qs} << none << QString();
        QTest::addRow("JUnit report cannot be written") << pact + QStringList{u"-x"_qs, u"{tmp}/no/dir/r.xml"_qs} << none << QString();
        QTest::addRow("HTML report cannot be written") << pact + QStringList{u"--html"_qs, u"{tmp}/no/dir/r.html"_qs} << none
                                                       << QString();
        QTest::addRow("failing, and the report cannot be written")
            << QStringList{u"-f"_qs, u"{tmp}/bad/fails.json"_qs, u"-j"_qs, u"{tmp}/no/dir/r.json"_qs} + here << none << QString();

        // Arguments the reference refuses: 2, and 3 for a --header without '='.
        const QList<QStringList> refused{
            {u"--frobnicate"_qs}, {u"-p"_qs, u"abc"_qs}, {u"-p"_qs, u"70000"_qs}, {u"-p"_qs, u"1"_qs}, {u"--no-colour"_qs, u"--no-colour"_qs},
            {u"-l"_qs, u"bogus"_qs}, {u"--log-level"_qs, u"bogus"_qs}, {u"-l"_qs, u"info"_qs, u"-l"_qs, u"warn"_qs},
            {u"--otel-exporter-protocol"_qs, u"grpc"_qs}, {u"--retries"_qs, u"256"_qs}, {u"--retries"_qs, u"x"_qs},
            {u"--request-timeout"_qs, u"abc"_qs}, {u"-n"_qs, QString()}, {u"-j"_qs, QString()}, {u"--html"_qs, QString()},
            {u"-H"_qs, QString()}, {u"--filter-description"_qs, QString()}, {u"--filter-description"_qs, u"(["_qs},
            {u"--user"_qs, u"u"_qs, u"--token"_qs, u"t"_qs}, {u"--password"_qs, u"p"_qs, u"--token"_qs, u"t"_qs},
            {u"--filter-state"_qs, u"x"_qs, u"--filter-no-state"_qs}, {u"--pretty-log"_qs, u"--compact-log"_qs},
            {u"--full-log"_qs, u"--pretty-log"_qs}, {u"--xslt"_qs, u"x.xsl"_qs}, {u"--publish"_qs, u"--provider-version"_qs, u"1"_qs},
            {u"--enable-pending"_qs}, {u"--consumer-version-tags"_qs, u"main"_qs}, {u"--include-wip-pacts-since"_qs, u"2024-01-01"_qs},
            {u"--consumer-version-selectors"_qs, u"{}"_qs}, {u"-b"_qs, u"{broker}"_qs},
            {u"--webhook-callback-url"_qs, u"{url}/pacts/web"_qs, u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"orders"_qs},
            {u"--exit-on-first-error"_qs, u"--publish"_qs, u"--provider-version"_qs, u"1"_qs, u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"orders"_qs},
            {u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"orders"_qs, u"--consumer-version-selectors"_qs, u"x"_qs},
            {u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"orders"_qs, u"--consumer-version-tags"_qs, u"a"_qs, u"--consumer-version-selectors"_qs,
             u"{}"_qs},
            {u"-H"_qs, u"nope"_qs},
        };
        for (const QStringList &a : refused)
            QTest::addRow("refused %s", qPrintable(a.join(u' '))) << pact + a << none << QString();
        QTest::addRow("refused: no pact source") << here << none << QString();

        // Broker: pacts for verification, and retries (the reference waits 1 s before its second attempt).
        const QStringList broker{u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"orders"_qs};
        QTest::addRow("broker") << broker + here << none << QString();
        QTest::addRow("broker from the variables") << here << QStringList{u"PACT_BROKER_BASE_URL={broker}"_qs, u"PACT_PROVIDER_NAME=orders"_qs}
                                                   << QString();
        QTest::addRow("broker, provider without pacts") << QStringList{u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"nobody"_qs} + here << none
                                                        << QString();
        QTest::addRow("broker, provider without pacts, ignored")
            << QStringList{u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"nobody"_qs, u"--ignore-no-pacts-error"_qs} + here << none << QString();
        const QStringList selectors{u"--consumer-version-selectors"_qs, u"{\"mainBranch\":true}"_qs};
        QTest::addRow("broker, selectors, provider without pacts")
            << QStringList{u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"nobody"_qs} + selectors + here << none << QString();
        QTest::addRow("broker, selectors, provider without pacts, ignored")
            << QStringList{u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"nobody"_qs, u"--ignore-no-pacts-error"_qs} + selectors + here << none
            << QString();
        QTest::addRow("broker 503 once, --retries 2") << broker + here + QStringList{u"--retries"_qs, u"2"_qs} << none << u"503:1"_qs;
        QTest::addRow("broker 503 twice, --retries 2") << broker + here + QStringList{u"--retries"_qs, u"2"_qs} << none << u"503:2"_qs;
        QTest::addRow("broker 503 once, PACT_BROKER_HTTP_RETRIES=2") << broker + here << QStringList{u"PACT_BROKER_HTTP_RETRIES=2"_qs}
                                                                     << u"503:1"_qs;
        QTest::addRow("broker 429 once with Retry-After 1, --retries 2") << broker + here + QStringList{u"--retries"_qs, u"2"_qs} << none
                                                                         << u"429:1"_qs;
        QTest::addRow("broker 404, --retries 3") << broker + here + QStringList{u"--retries"_qs, u"3"_qs} << none << u"404:1"_qs;
    }

    void sameExitCodeAndRequests()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, env);
        QFETCH(QString, report);
        const QStringList filled = fill(args);
        // "STATUS:N" as the report column: the broker's index fails N times with STATUS, then answers.
        const bool brokerFails = report.contains(u':');
        const int status = brokerFails ? report.section(u':', 0, 0).toInt() : 0;
        const int failures = brokerFails ? report.section(u':', 1).toInt() : 0;
        const QString reportFile = brokerFails || report.isEmpty() ? QString() : m_dir.filePath(report);
        QMetaObject::Connection hook;
        QByteArray index;
        if (brokerFails) {
            BrokerConnection c;
            c.baseUrl = m_broker->baseUrl();
            BrokerClient client(c);
            BrokerReply<QJsonObject> *reply = client.index();
            reply->waitForFinished();
            QVERIFY(reply->ok());
            index = QJsonDocument(reply->value()).toJson();
        }
        const auto failIndex = [&] {
            if (!brokerFails)
                return;
            QList<QPair<QByteArray, QByteArray>> headers;
            if (status == 429)
                headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            m_broker->setOverride("GET", u"/"_qs, {status, "{}", "application/json", 0, headers});
            auto count = std::make_shared<int>(0);
            QObject::disconnect(hook);
            hook = connect(m_broker.get(), &TestBroker::requestReceived, this, [this, count, failures, index] {
                const Test::RecordedRequest &r = m_broker->requests().constLast();
                if (r.method == "GET" && r.path == u"/" && ++*count == failures + 1)
                    m_broker->setOverride("GET", u"/"_qs, {200, index, "application/hal+json", 0, {}});
            });
        };

        // A slow answer only where a short --request-timeout is the point.
        const bool slow = QString(args.join(u' ') + env.join(u' ')).contains(QRegularExpression(u"(request-timeout |REQUEST_TIMEOUT=)200"_qs));
        m_provider->delay(u"GET"_qs, u"/orders"_qs, slow ? 1000 : 0);
        reset();
        failIndex();
        const Outcome theirs = runReference(filled, env, reportFile);
        QVERIFY2(theirs.code >= 0, "the reference verifier did not finish");
        reset();
        failIndex();
        const Outcome mine = runOurs(filled, env, reportFile);
        QObject::disconnect(hook);
        if (brokerFails)
            m_broker->setOverride("GET", u"/"_qs, {200, index, "application/hal+json", 0, {}});
        if (!(mine == theirs))
            qInfo().noquote() << "reference:\n" << theirs.output << "\nours:\n" << mine.output;
        QCOMPARE(mine, theirs);
        ++m_agreed;
    }

    /**
     * Publishing to an older broker, one without the version's branch relation (before 2.86.0) or tag
     * relation (in its index, which we read, and on the pacticipant resource, which the reference reads
     * from the pact's `pb:provider`): both tools send the same PUTs and exit 0 on a passing verification.
     * The departure, pinned here: we warn ("verify: warning: the broker does not support branches …") and
     * publish the results without the branch or tags; the reference logs "Publishing of verification
     * results failed with an error: Error with a HAL link - Can't publish provider branch as there is no
     * 'pb:branch-version' link. Please ugrade to Pact Broker version 2.86.0 or later for branch support"
     * (for tags: "… no 'pb:version-tag' link") and publishes nothing, its exit code untouched.
     */
    void publishToAnOlderBroker_data()
    {
        QTest::addColumn<QStringList>("dropped");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("referenceResults"); // how many results the reference publishes (we: 1)
        const QStringList branch{u"--provider-branch"_qs, u"main"_qs};
        const QStringList tags{u"--provider-tags"_qs, u"rc"_qs};
        QTest::addRow("with the relations") << QStringList{} << branch + tags << 1;
        QTest::addRow("no branch relation") << QStringList{u"pb:pacticipant-branch-version"_qs} << branch << 0;
        QTest::addRow("no branch relation, no branch given") << QStringList{u"pb:pacticipant-branch-version"_qs} << tags << 1;
        QTest::addRow("no tag relation") << QStringList{u"pb:pacticipant-version-tag"_qs} << tags << 0;
    }

    void publishToAnOlderBroker()
    {
        QFETCH(QStringList, dropped);
        QFETCH(QStringList, extra);
        QFETCH(int, referenceResults);
        // A broker of its own for this case, in m_broker's place (fill() and reset() use it).
        auto older = std::make_unique<TestBroker>();
        QVERIFY(older->start());
        older->addPacticipant(u"web"_qs, u"main"_qs);
        older->addPacticipant(u"orders"_qs, u"main"_qs);
        older->addPact({u"web"_qs, u"orders"_qs, u"1.0.0"_qs, kPact, u"main"_qs, {}});
        for (const QString &rel : dropped)
            older->dropRelation(rel);
        std::swap(m_broker, older);
        const auto restore = qScopeGuard([&] { std::swap(m_broker, older); });
        addPactsLinks(u"orders"_qs);
        const QStringList args = fill(QStringList{u"-b"_qs, u"{broker}"_qs, u"-n"_qs, u"orders"_qs, u"-h"_qs, u"127.0.0.1"_qs,
                                                  u"-p"_qs, u"{port}"_qs, u"--publish"_qs, u"--provider-version"_qs, u"1.2.3"_qs}
                                      + extra);
        const auto puts = [this] {
            QStringList out;
            for (const Test::RecordedRequest &r : m_broker->requests("PUT"))
                out << r.path;
            return out;
        };

        reset();
        const Outcome theirs = runReference(args, {}, {});
        QVERIFY2(theirs.code >= 0, "the reference verifier did not finish");
        const QStringList theirPuts = puts();
        const qsizetype theirResults = m_broker->verificationResults().size();
        reset();
        const Outcome mine = runOurs(args, {}, {});
        const QStringList myPuts = puts();
        const qsizetype myResults = m_broker->verificationResults().size() - theirResults;
        if (mine.code != theirs.code || myPuts != theirPuts || theirResults != referenceResults || myResults != 1)
            qInfo().noquote() << "reference:\n" << theirs.output << "\nours:\n" << mine.output;
        QCOMPARE(mine.code, theirs.code);
        QCOMPARE(mine.code, 0);
        QCOMPARE(mine.requests, theirs.requests);
        QCOMPARE(myPuts, theirPuts);
        QCOMPARE(theirResults, qsizetype(referenceResults));
        QCOMPARE(myResults, qsizetype(1));
        if (!dropped.isEmpty() && referenceResults == 0)
            QVERIFY2(mine.output.contains(u"verify: warning: the broker does not support "), qPrintable(mine.output));
        ++m_agreed;
    }

    void cleanupTestCase() { qInfo("agreement: %d cases with the reference verifier (exit code, requests, state calls, reports)", m_agreed); }
};

QTEST_GUILESS_MAIN(TestVerifyCliAgreement)
#include "tst_verifycliagreement.moc"
