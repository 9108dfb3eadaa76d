// SPDX-License-Identifier: MIT
// pactbench-cli verify as a drop-in for `pact verifier` 18.1.2, in-process against a local test
// provider: every option of the reference's help is accepted (one row each), every variable it
// names works and loses to its option (one row each), -d verifies only -n's pacts, the exit code
// of each case a CI script sees, log levels, the reports' variables and the HTML report.

#include "../verifier/testprovider.h"

#include "clirun.h"

#include <core/cli/verifyoptions.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestProvider;

namespace {

using Run = Test::CliRun;

Run cli(const QStringList &args)
{
    return Test::runCli(QStringLiteral("verify"), args);
}

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

/// What a row expects beside the exit code: text on stderr or stdout, or an effect on the provider.
enum class Effect {
    None,
    Err, ///< `expect` on stderr
    Out, ///< `expect` on stdout
    NotErr, ///< `expect` not on stderr
    File, ///< the file `expect` (a name in the temp folder) was written
    NoFile, ///< the file `expect` was not written
    Requests, ///< the provider got exactly these requests: "GET /orders/7,GET /orders" (state calls aside)
    StateQuery, ///< the state call for "order 7" carried its data in the query
    StateBody, ///< … in a JSON body
    Teardown, ///< a teardown call came after the interaction
    Header, ///< the request for the pact URL had `expect` ("Name: value")
};

} // namespace

Q_DECLARE_METATYPE(Effect)

class TestVerifyOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    QString m_pact;
    std::unique_ptr<TestProvider> m_provider;

    QString port() const { return QString::number(m_provider->url().port()); }
    QStringList target() const { return {u"-f"_qs, m_pact, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, port()}; }

    /// Placeholders in rows: {pact}, {port}, {tmp} (the temp folder), {url} (the provider), {pacturl}.
    QString fill(QString s) const
    {
        return s.replace(u"{pact}"_qs, m_pact)
            .replace(u"{port}"_qs, port())
            .replace(u"{tmp}"_qs, m_dir.path())
            .replace(u"{pacturl}"_qs, m_provider->url().toString() + u"/pacts/web"_qs)
            .replace(u"{url}"_qs, m_provider->url().toString());
    }
    QStringList fill(const QStringList &list) const
    {
        QStringList out;
        for (const QString &s : list)
            out.append(fill(s));
        return out;
    }

    QString requestsSeen() const
    {
        QStringList out;
        for (const HttpServerRequest &r : m_provider->requests()) {
            if (r.path != u"/_pact/state")
                out.append(r.method + u' ' + r.path);
        }
        return out.join(u',');
    }

    QList<HttpServerRequest> stateRequests() const
    {
        QList<HttpServerRequest> out;
        for (const HttpServerRequest &r : m_provider->requests()) {
            if (r.path == u"/_pact/state")
                out.append(r);
        }
        return out;
    }

    void checkEffect(const Run &r, Effect effect, const QString &expectText)
    {
        const QString expect = fill(expectText);
        switch (effect) {
        case Effect::None:
            return;
        case Effect::Err:
            QVERIFY2(r.err.contains(expect), qPrintable(u"stderr lacks: "_qs + expect + u"\n"_qs + r.err));
            return;
        case Effect::NotErr:
            QVERIFY2(!r.err.contains(expect), qPrintable(r.err));
            return;
        case Effect::Out:
            QVERIFY2(r.out.contains(expect), qPrintable(u"stdout lacks: "_qs + expect + u"\n"_qs + r.out));
            return;
        case Effect::File:
            QVERIFY2(QFileInfo(m_dir.filePath(expect)).size() > 0, qPrintable(expect));
            return;
        case Effect::NoFile:
            QVERIFY2(!QFileInfo::exists(m_dir.filePath(expect)), qPrintable(expect));
            return;
        case Effect::Requests:
            QCOMPARE(requestsSeen(), expect);
            return;
        case Effect::StateQuery:
        case Effect::StateBody: {
            const QList<HttpServerRequest> calls = stateRequests();
            QVERIFY(!calls.isEmpty());
            const HttpServerRequest &first = calls.constFirst();
            if (effect == Effect::StateQuery) {
                QVERIFY2(QString::fromUtf8(first.rawQuery).contains(u"state=order"), first.rawQuery.constData());
            } else {
                QVERIFY2(first.rawQuery.isEmpty(), first.rawQuery.constData());
                QCOMPARE(QJsonDocument::fromJson(first.body).object().value(u"state").toString(), u"order 7"_qs);
            }
            return;
        }
        case Effect::Teardown: {
            bool teardown = false;
            for (const HttpServerRequest &s : stateRequests())
                teardown |= s.body.contains("teardown") || s.rawQuery.contains("teardown");
            QVERIFY(teardown);
            return;
        }
        case Effect::Header: {
            const qsizetype colon = expect.indexOf(u':');
            bool found = false;
            for (const HttpServerRequest &s : m_provider->requests()) {
                if (s.path == u"/pacts/web")
                    found |= s.headers.value(expect.left(colon)) == expect.mid(colon + 1).trimmed();
            }
            QVERIFY2(found, qPrintable(expect));
            return;
        }
        }
    }

    static void unsetReferenceVariables()
    {
        for (const auto &[variable, option] : Cli::VerifyCommandLine::environmentVariables())
            qunsetenv(qPrintable(variable));
        qunsetenv("PACTBENCH_BROKER_RETRY_SECOND_MS");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid() && m_dir.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit()); // --last-failed state: never the user's
    }

    void init()
    {
        unsetReferenceVariables(); // a developer's shell must not change the results
        m_pact = m_dir.filePath(u"pact.json"_qs);
        QFile f(m_pact);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(kPact);
        f.close();
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
        m_provider->route(u"GET"_qs, u"/orders/7"_qs, Test::jsonResponse(200, R"({"id":7})"));
        m_provider->route(u"GET"_qs, u"/orders"_qs, Test::jsonResponse(200, "[]"));
        m_provider->route(u"GET"_qs, u"/api/orders/7"_qs, Test::jsonResponse(200, R"({"id":7})"));
        m_provider->route(u"GET"_qs, u"/api/orders"_qs, Test::jsonResponse(200, "[]"));
        m_provider->route(u"GET"_qs, u"/pacts/web"_qs, Test::jsonResponse(200, kPact));
        m_provider->delay(u"GET"_qs, u"/orders"_qs, 0);
    }

    void cleanup() { unsetReferenceVariables(); }

    // Every option `pact verifier --help` (18.1.2) lists, with the options a passing run needs.
    void everyReferenceOptionIsAccepted_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<Effect>("effect");
        QTest::addColumn<QString>("expect");
        const auto ignored = [](const QString &option) -> QString {
            return u"pactbench-cli verify: "_qs + option + u" is accepted but not implemented; ignored\n"_qs;
        };
        QTest::addRow("--enable-otel") << QStringList{u"--enable-otel"_qs} << 0 << Effect::Err << ignored(u"--enable-otel"_qs);
        QTest::addRow("--enable-otel-logs") << QStringList{u"--enable-otel-logs"_qs} << 0 << Effect::Err << ignored(u"--enable-otel-logs"_qs);
        QTest::addRow("--enable-otel-traces") << QStringList{u"--enable-otel-traces"_qs} << 0 << Effect::Err
                                              << ignored(u"--enable-otel-traces"_qs);
        QTest::addRow("--otel-exporter") << QStringList{u"--otel-exporter"_qs, u"stdout,otlp"_qs} << 0 << Effect::Err
                                         << ignored(u"--otel-exporter"_qs);
        QTest::addRow("--otel-exporter-endpoint") << QStringList{u"--otel-exporter-endpoint"_qs, u"http://127.0.0.1:4318"_qs}
                                                  << 0 << Effect::Err << ignored(u"--otel-exporter-endpoint"_qs);
        QTest::addRow("--otel-exporter-protocol") << QStringList{u"--otel-exporter-protocol"_qs, u"http/protobuf"_qs} << 0
                                                  << Effect::Err << ignored(u"--otel-exporter-protocol"_qs);
        QTest::addRow("--log-level") << QStringList{u"--log-level"_qs, u"info"_qs} << 0 << Effect::Err << u"verify: loaded "_qs;
        QTest::addRow("-l") << QStringList{u"-l"_qs, u"debug"_qs} << 0 << Effect::Err << u"curl -X GET"_qs;
        QTest::addRow("--loglevel") << QStringList{u"--loglevel"_qs, u"none"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--pretty-log") << QStringList{u"--pretty-log"_qs} << 0 << Effect::Err << ignored(u"--pretty-log"_qs);
        QTest::addRow("--full-log") << QStringList{u"--full-log"_qs} << 0 << Effect::Err << ignored(u"--full-log"_qs);
        QTest::addRow("--compact-log") << QStringList{u"--compact-log"_qs} << 0 << Effect::Err << ignored(u"--compact-log"_qs);
        QTest::addRow("-j") << QStringList{u"-j"_qs, u"{tmp}/r1.json"_qs} << 0 << Effect::File << u"r1.json"_qs;
        QTest::addRow("--json") << QStringList{u"--json"_qs, u"{tmp}/r2.json"_qs} << 0 << Effect::File << u"r2.json"_qs;
        QTest::addRow("-x") << QStringList{u"-x"_qs, u"{tmp}/r1.xml"_qs} << 0 << Effect::File << u"r1.xml"_qs;
        QTest::addRow("--junit") << QStringList{u"--junit"_qs, u"{tmp}/r2.xml"_qs} << 0 << Effect::File << u"r2.xml"_qs;
        QTest::addRow("--html") << QStringList{u"--html"_qs, u"{tmp}/r1.html"_qs} << 0 << Effect::File << u"r1.html"_qs;
        QTest::addRow("--xslt") << QStringList{u"--html"_qs, u"{tmp}/r2.html"_qs, u"--xslt"_qs, u"{tmp}/report.xsl"_qs} << 0
                                << Effect::Err << ignored(u"--xslt"_qs);
        QTest::addRow("--no-colour") << QStringList{u"--no-colour"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--no-color") << QStringList{u"--no-color"_qs} << 0 << Effect::None << QString();
        QTest::addRow("-f") << QStringList{u"{whole}"_qs, u"-f"_qs, u"{pact}"_qs, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, u"{port}"_qs}
                            << 0 << Effect::Requests << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("--file") << QStringList{u"{whole}"_qs, u"--file"_qs, u"{pact}"_qs, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs,
                                               u"{port}"_qs}
                                << 0 << Effect::Requests << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("--ignore-no-pacts-error") << QStringList{u"--ignore-no-pacts-error"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--user --password") << QStringList{u"--user"_qs, u"ci"_qs, u"--password"_qs, u"pw"_qs} << 0
                                           << Effect::None << QString();
        QTest::addRow("-t") << QStringList{u"-t"_qs, u"tok"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--token") << QStringList{u"--token"_qs, u"tok"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--hostname --port") << QStringList{u"{whole}"_qs, u"-f"_qs, u"{pact}"_qs, u"--hostname"_qs, u"127.0.0.1"_qs,
                                                      u"--port"_qs, u"{port}"_qs}
                                           << 0 << Effect::Requests << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("--transport") << QStringList{u"--transport"_qs, u"http"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--scheme (the reference's old name)") << QStringList{u"--scheme"_qs, u"http"_qs} << 0 << Effect::None
                                                             << QString();
        QTest::addRow("--transports") << QStringList{u"--transports"_qs, u"http:{port}/api"_qs} << 0 << Effect::Requests
                                      << u"GET /api/orders/7,GET /api/orders"_qs;
        QTest::addRow("--transports, two in one value")
            << QStringList{u"--transports"_qs, u"http:{port}/api message:{port}/_pact/message"_qs} << 0 << Effect::Requests
            << u"GET /api/orders/7,GET /api/orders"_qs;
        QTest::addRow("-n") << QStringList{u"-n"_qs, u"orders"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--provider-name") << QStringList{u"--provider-name"_qs, u"orders"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--base-path") << QStringList{u"--base-path"_qs, u"/api"_qs} << 0 << Effect::Requests
                                     << u"GET /api/orders/7,GET /api/orders"_qs;
        QTest::addRow("--request-timeout") << QStringList{u"--request-timeout"_qs, u"30000"_qs} << 0 << Effect::None << QString();
        QTest::addRow("-H") << QStringList{u"-H"_qs, u"X-A=1"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--header") << QStringList{u"--header"_qs, u"X-A=1=2"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--disable-ssl-verification") << QStringList{u"--disable-ssl-verification"_qs} << 0 << Effect::None
                                                    << QString();
        QTest::addRow("-s") << QStringList{u"-s"_qs, u"{url}/_pact/state"_qs} << 0 << Effect::StateBody << QString();
        QTest::addRow("--state-change-as-query") << QStringList{u"--state-change-url"_qs, u"{url}/_pact/state"_qs,
                                                                u"--state-change-as-query"_qs}
                                                 << 0 << Effect::StateQuery << QString();
        QTest::addRow("--state-change-teardown") << QStringList{u"-s"_qs, u"{url}/_pact/state"_qs, u"--state-change-teardown"_qs}
                                                 << 0 << Effect::Teardown << QString();
        QTest::addRow("--filter-description") << QStringList{u"--filter-description"_qs, u"^list"_qs} << 0 << Effect::Requests
                                              << u"GET /orders"_qs;
        QTest::addRow("--filter-state") << QStringList{u"--filter-state"_qs, u"order"_qs} << 0 << Effect::Requests
                                        << u"GET /orders/7"_qs;
        QTest::addRow("--filter-no-state") << QStringList{u"--filter-no-state"_qs} << 0 << Effect::Requests << u"GET /orders"_qs;
        QTest::addRow("-c") << QStringList{u"-c"_qs, u"mobile"_qs} << 0 << Effect::Requests << QString();
        QTest::addRow("--filter-consumer") << QStringList{u"--filter-consumer"_qs, u"web"_qs} << 0 << Effect::Requests
                                           << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("--provider-version --build-url --provider-tags --provider-branch")
            << QStringList{u"--provider-version"_qs, u"1.0"_qs, u"--build-url"_qs, u"http://ci/1"_qs, u"--provider-tags"_qs,
                           u"a,b"_qs, u"--provider-branch"_qs, u"main"_qs}
            << 0 << Effect::None << QString();
        QTest::addRow("--retries") << QStringList{u"--retries"_qs, u"2"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--exit-on-first-error") << QStringList{u"--exit-on-first-error"_qs} << 0 << Effect::None << QString();
        QTest::addRow("--last-failed") << QStringList{u"--last-failed"_qs, u"-j"_qs, u"{tmp}/r3.json"_qs} << 0 << Effect::None
                                       << QString();
        QTest::addRow("-v") << QStringList{u"-v"_qs} << 0 << Effect::Out << u"pactbench-cli verify version : v"_qs;
        QTest::addRow("--version") << QStringList{u"--version"_qs} << 0 << Effect::Out << u"pact specification"_qs;
        QTest::addRow("--help") << QStringList{u"--help"_qs} << 0 << Effect::Out << u"[env: PACT_PROVIDER_PORT]"_qs;
    }
    void everyReferenceOptionIsAccepted()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(Effect, effect);
        QFETCH(QString, expect);
        const bool whole = args.value(0) == u"{whole}"; // the row gives every argument
        const Run r = cli(whole ? fill(args.mid(1)) : target() + fill(args));
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(u"Unknown option"), qPrintable(r.err));
        checkEffect(r, effect, expect);
    }

    // The options of the reference's help, read off it: each is one of ours (the help lists it).
    void helpListsEveryReferenceOption()
    {
        const Run help = cli({u"--help"_qs});
        const QStringList reference{
            u"--enable-otel"_qs, u"--enable-otel-logs"_qs, u"-v, --version"_qs, u"--enable-otel-traces"_qs,
            u"--otel-exporter <otel-exporter>"_qs, u"--otel-exporter-endpoint <otel-exporter-endpoint>"_qs,
            u"--otel-exporter-protocol <otel-exporter-protocol>"_qs, u"--log-level <LEVEL>"_qs, u"-l, --loglevel <loglevel>"_qs,
            u"--pretty-log"_qs, u"--full-log"_qs, u"--compact-log"_qs, u"-j, --json <json-file>"_qs,
            u"-x, --junit <junit-file>"_qs, u"--html <html-file>"_qs, u"--xslt <html-file-xslt>"_qs, u"--no-colour, --no-color"_qs,
            u"-f, --file <file>"_qs, u"-d, --dir <dir>"_qs, u"-u, --url <url>"_qs, u"-b, --broker-url <broker-url>"_qs,
            u"--webhook-callback-url <webhook-callback-url>"_qs, u"--ignore-no-pacts-error"_qs, u"--user <user>"_qs,
            u"--password <password>"_qs, u"-t, --token <token>"_qs, u"-h, --hostname <hostname>"_qs, u"-p, --port <port>"_qs,
            u"--transport, --scheme <transport>"_qs, u"--transports <transports>"_qs, u"-n, --provider-name <provider-name>"_qs,
            u"--base-path <base-path>"_qs, u"--request-timeout <request-timeout>"_qs, u"-H, --header <custom-header>"_qs,
            u"--disable-ssl-verification"_qs, u"-s, --state-change-url <state-change-url>"_qs, u"--state-change-as-query"_qs,
            u"--state-change-teardown"_qs, u"--filter-description <filter-description>"_qs, u"--filter-state <filter-state>"_qs,
            u"--filter-no-state"_qs, u"-c, --filter-consumer <filter-consumer>"_qs, u"--publish"_qs,
            u"--provider-version <provider-version>"_qs, u"--build-url <build-url>"_qs, u"--provider-tags <provider-tags>"_qs,
            u"--provider-branch <provider-branch>"_qs, u"--consumer-version-tags <consumer-version-tags>"_qs,
            u"--consumer-version-selectors <consumer-version-selectors>"_qs, u"--enable-pending"_qs,
            u"--include-wip-pacts-since <include-wip-pacts-since>"_qs, u"--retries <N>"_qs, u"--exit-on-first-error"_qs,
            u"--last-failed"_qs, u"--help"_qs};
        const QString flat = help.out.simplified();
        for (const QString &option : reference) // names, then the value name (QCommandLineParser may wrap a long one)
            QVERIFY2(flat.contains(option) || flat.contains(option.section(u" <"_qs, 0, 0) + u" <"_qs), qPrintable(option));
        QString dense = help.out; // without white space: a wrapped line still holds the name
        dense.remove(QRegularExpression(u"\\s+"_qs));
        for (const auto &[variable, option] : Cli::VerifyCommandLine::environmentVariables())
            QVERIFY2(dense.contains(u"[env:"_qs + variable), qPrintable(variable)); // Qt's wrapping may drop the ']'
    }

    // Every variable the reference's help names ([env: …]), with its effect; the option wins over it.
    void environmentVariables_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("args"); // instead of target(): the run's whole arguments
        QTest::addColumn<int>("code");
        QTest::addColumn<Effect>("effect");
        QTest::addColumn<QString>("expect");
        const QStringList pact{u"-f"_qs, u"{pact}"_qs};
        const QStringList here{u"-f"_qs, u"{pact}"_qs, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, u"{port}"_qs};
        QTest::addRow("PACT_VERIFIER_JSON_REPORT") << u"PACT_VERIFIER_JSON_REPORT"_qs << u"{tmp}/env.json"_qs << here << 0
                                                   << Effect::File << u"env.json"_qs;
        QTest::addRow("PACT_VERIFIER_JSON_REPORT, -j wins") << u"PACT_VERIFIER_JSON_REPORT"_qs << u"{tmp}/env-lost.json"_qs
                                                           << here + QStringList{u"-j"_qs, u"{tmp}/opt.json"_qs} << 0
                                                           << Effect::NoFile << u"env-lost.json"_qs;
        QTest::addRow("PACT_VERIFIER_JUNIT_REPORT") << u"PACT_VERIFIER_JUNIT_REPORT"_qs << u"{tmp}/env.xml"_qs << here << 0
                                                    << Effect::File << u"env.xml"_qs;
        QTest::addRow("PACT_VERIFIER_HTML_REPORT") << u"PACT_VERIFIER_HTML_REPORT"_qs << u"{tmp}/env.html"_qs << here << 0
                                                   << Effect::File << u"env.html"_qs;
        QTest::addRow("PACT_PROVIDER_HOSTNAME") << u"PACT_PROVIDER_HOSTNAME"_qs << u"127.0.0.1"_qs
                                                << pact + QStringList{u"-p"_qs, u"{port}"_qs} << 0 << Effect::Requests
                                                << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_HOSTNAME, -h wins") << u"PACT_PROVIDER_HOSTNAME"_qs << u"nowhere.invalid"_qs << here << 0
                                                         << Effect::Requests << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_PORT") << u"PACT_PROVIDER_PORT"_qs << u"{port}"_qs
                                            << pact + QStringList{u"-h"_qs, u"127.0.0.1"_qs} << 0 << Effect::Requests
                                            << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_PORT, -p wins") << u"PACT_PROVIDER_PORT"_qs << u"1"_qs << here << 0 << Effect::Requests
                                                     << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_PORT not a port") << u"PACT_PROVIDER_PORT"_qs << u"abc"_qs
                                                       << pact + QStringList{u"-h"_qs, u"127.0.0.1"_qs} << 2 << Effect::Err
                                                       << u"invalid value 'abc' for --port (from PACT_PROVIDER_PORT)"_qs;
        QTest::addRow("PACT_PROVIDER_TRANSPORT=https: port 443") << u"PACT_PROVIDER_TRANSPORT"_qs << u"https"_qs
                                                                 << pact + QStringList{u"-h"_qs, u"127.0.0.1"_qs, u"-l"_qs, u"debug"_qs,
                                                                                       u"--request-timeout"_qs, u"2000"_qs}
                                                                 << 1 << Effect::Err << u"'https://127.0.0.1/orders/7'"_qs;
        QTest::addRow("PACT_PROVIDER_TRANSPORT, --transport wins") << u"PACT_PROVIDER_TRANSPORT"_qs << u"https"_qs
                                                                   << here + QStringList{u"--transport"_qs, u"http"_qs} << 0
                                                                   << Effect::Requests << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_NAME: -d keeps orders' pacts")
            << u"PACT_PROVIDER_NAME"_qs << u"orders"_qs
            << QStringList{u"-d"_qs, u"{tmp}/folder"_qs, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, u"{port}"_qs} << 0
            << Effect::Requests << u"GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_NAME, -n wins")
            << u"PACT_PROVIDER_NAME"_qs << u"orders"_qs
            << QStringList{u"-d"_qs, u"{tmp}/folder"_qs, u"-n"_qs, u"stock"_qs, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, u"{port}"_qs}
            << 0 << Effect::Requests << u"GET /stock"_qs;
        QTest::addRow("PACT_PROVIDER_BASE_PATH") << u"PACT_PROVIDER_BASE_PATH"_qs << u"/api"_qs << here << 0 << Effect::Requests
                                                 << u"GET /api/orders/7,GET /api/orders"_qs;
        QTest::addRow("PACT_PROVIDER_BASE_PATH, --base-path wins") << u"PACT_PROVIDER_BASE_PATH"_qs << u"/nope"_qs
                                                                   << here + QStringList{u"--base-path"_qs, u"/api"_qs} << 0
                                                                   << Effect::Requests << u"GET /api/orders/7,GET /api/orders"_qs;
        QTest::addRow("PACT_PROVIDER_REQUEST_TIMEOUT") << u"PACT_PROVIDER_REQUEST_TIMEOUT"_qs << u"200"_qs
                                                       << here + QStringList{u"--filter-no-state"_qs} << 1 << Effect::Out
                                                       << u"0 passed, 0 failed, 1 errors"_qs;
        QTest::addRow("PACT_PROVIDER_REQUEST_TIMEOUT, option wins") << u"PACT_PROVIDER_REQUEST_TIMEOUT"_qs << u"200"_qs
                                                                    << here + QStringList{u"--filter-no-state"_qs,
                                                                                          u"--request-timeout"_qs, u"30000"_qs}
                                                                    << 0 << Effect::None << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_URL") << u"PACT_PROVIDER_STATE_CHANGE_URL"_qs << u"{url}/_pact/state"_qs << here
                                                        << 0 << Effect::StateBody << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_AS_QUERY=true") << u"PACT_PROVIDER_STATE_CHANGE_AS_QUERY"_qs << u"true"_qs
                                                                  << here + QStringList{u"-s"_qs, u"{url}/_pact/state"_qs} << 0
                                                                  << Effect::StateQuery << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_AS_QUERY=yes") << u"PACT_PROVIDER_STATE_CHANGE_AS_QUERY"_qs << u"yes"_qs
                                                                 << here + QStringList{u"-s"_qs, u"{url}/_pact/state"_qs} << 0
                                                                 << Effect::StateQuery << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_AS_QUERY=false") << u"PACT_PROVIDER_STATE_CHANGE_AS_QUERY"_qs << u"false"_qs
                                                                   << here + QStringList{u"-s"_qs, u"{url}/_pact/state"_qs} << 0
                                                                   << Effect::StateBody << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_AS_QUERY=0") << u"PACT_PROVIDER_STATE_CHANGE_AS_QUERY"_qs << u"0"_qs
                                                               << here + QStringList{u"-s"_qs, u"{url}/_pact/state"_qs} << 0
                                                               << Effect::StateBody << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_AS_QUERY empty") << u"PACT_PROVIDER_STATE_CHANGE_AS_QUERY"_qs << QString()
                                                                   << here + QStringList{u"-s"_qs, u"{url}/_pact/state"_qs} << 0
                                                                   << Effect::StateBody << QString();
        QTest::addRow("PACT_PROVIDER_STATE_CHANGE_TEARDOWN") << u"PACT_PROVIDER_STATE_CHANGE_TEARDOWN"_qs << u"1"_qs
                                                             << here + QStringList{u"-s"_qs, u"{url}/_pact/state"_qs} << 0
                                                             << Effect::Teardown << QString();
        QTest::addRow("PACT_DESCRIPTION") << u"PACT_DESCRIPTION"_qs << u"^list"_qs << here << 0 << Effect::Requests
                                          << u"GET /orders"_qs;
        QTest::addRow("PACT_DESCRIPTION, option wins") << u"PACT_DESCRIPTION"_qs << u"^list"_qs
                                                       << here + QStringList{u"--filter-description"_qs, u"^get"_qs} << 0
                                                       << Effect::Requests << u"GET /orders/7"_qs;
        QTest::addRow("PACT_DESCRIPTION empty") << u"PACT_DESCRIPTION"_qs << QString() << here << 2 << Effect::Err
                                                << u"PACT_DESCRIPTION is set but empty"_qs;
        QTest::addRow("PACT_PROVIDER_STATE") << u"PACT_PROVIDER_STATE"_qs << u"order"_qs << here << 0 << Effect::Requests
                                             << u"GET /orders/7"_qs;
        QTest::addRow("PACT_PROVIDER_NO_STATE=true") << u"PACT_PROVIDER_NO_STATE"_qs << u"true"_qs << here << 0
                                                     << Effect::Requests << u"GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_NO_STATE=false") << u"PACT_PROVIDER_NO_STATE"_qs << u"false"_qs << here << 0
                                                      << Effect::Requests << u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("PACT_PROVIDER_NO_STATE=1") << u"PACT_PROVIDER_NO_STATE"_qs << u"1"_qs << here << 2 << Effect::Err
                                                  << u"invalid value '1' for --filter-no-state"_qs;
        QTest::addRow("PACT_BROKER_USERNAME for -u") << u"PACT_BROKER_USERNAME"_qs << u"ci"_qs
                                                              << QStringList{u"-u"_qs, u"{pacturl}"_qs, u"-h"_qs, u"127.0.0.1"_qs,
                                                                             u"-p"_qs, u"{port}"_qs}
                                                              << 0 << Effect::Header
                                                              << u"Authorization: Basic "_qs + QString::fromLatin1(QByteArray("ci:").toBase64());
        QTest::addRow("PACT_BROKER_TOKEN for -u") << u"PACT_BROKER_TOKEN"_qs << u"tok-9"_qs
                                                  << QStringList{u"-u"_qs, u"{pacturl}"_qs, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs,
                                                                 u"{port}"_qs}
                                                  << 0 << Effect::Header << u"Authorization: Bearer tok-9"_qs;
        QTest::addRow("PACT_BROKER_TOKEN, --token wins") << u"PACT_BROKER_TOKEN"_qs << u"tok-9"_qs
                                                         << QStringList{u"-u"_qs, u"{pacturl}"_qs, u"-t"_qs, u"tok-1"_qs, u"-h"_qs,
                                                                        u"127.0.0.1"_qs, u"-p"_qs, u"{port}"_qs}
                                                         << 0 << Effect::Header << u"Authorization: Bearer tok-1"_qs;
        QTest::addRow("PACT_BROKER_TOKEN empty") << u"PACT_BROKER_TOKEN"_qs << QString() << here << 2 << Effect::Err
                                                 << u"PACT_BROKER_TOKEN is set but empty"_qs;
        QTest::addRow("PACT_BROKER_BASE_URL: needs a provider name") << u"PACT_BROKER_BASE_URL"_qs << u"http://127.0.0.1:1"_qs
                                                                     << here << 2 << Effect::Err << u"--provider-name"_qs;
        QTest::addRow("PACT_BROKER_HTTP_RETRIES not a number") << u"PACT_BROKER_HTTP_RETRIES"_qs << u"-1"_qs << here << 2
                                                               << Effect::Err << u"(from PACT_BROKER_HTTP_RETRIES)"_qs;
        QTest::addRow("PACT_WEBHOOK_CALLBACK_URL: needs --broker-url") << u"PACT_WEBHOOK_CALLBACK_URL"_qs << u"{pacturl}"_qs
                                                                       << QStringList{u"-n"_qs, u"orders"_qs} << 2 << Effect::Err
                                                                       << u"no pact to verify"_qs;
        QTest::addRow("OTEL_TRACES_EXPORTER alone: quiet") << u"OTEL_TRACES_EXPORTER"_qs << u"otlp"_qs << here << 0
                                                           << Effect::NotErr << u"otel"_qs;
        QTest::addRow("OTEL_EXPORTER_OTLP_ENDPOINT alone: quiet") << u"OTEL_EXPORTER_OTLP_ENDPOINT"_qs << u"http://127.0.0.1:4318"_qs
                                                                  << here << 0 << Effect::NotErr << u"otel"_qs;
        QTest::addRow("OTEL_EXPORTER_OTLP_PROTOCOL=grpc: refused as by the reference")
            << u"OTEL_EXPORTER_OTLP_PROTOCOL"_qs << u"grpc"_qs << here << 2 << Effect::Err
            << u"invalid value 'grpc' for --otel-exporter-protocol (from OTEL_EXPORTER_OTLP_PROTOCOL)"_qs;
    }
    void environmentVariables()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(Effect, effect);
        QFETCH(QString, expect);
        QDir(m_dir.path()).mkpath(u"folder"_qs);
        const QString folder = m_dir.filePath(u"folder"_qs);
        for (const auto &[file, pact] : {std::pair{u"orders.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/orders"_qs)},
                                         std::pair{u"stock.json"_qs, pactBetween(u"web"_qs, u"stock"_qs, u"/stock"_qs)}}) {
            QFile f(folder + u'/' + file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(pact);
        }
        m_provider->route(u"GET"_qs, u"/stock"_qs, Test::jsonResponse(200, "{}"));
        m_provider->delay(u"GET"_qs, u"/orders"_qs, variable == u"PACT_PROVIDER_REQUEST_TIMEOUT" ? 1000 : 0);
        qputenv(qPrintable(variable), fill(value).toLocal8Bit());
        const Run r = cli(fill(args));
        QVERIFY2(r.code == code, qPrintable(u"exit %1\n"_qs.arg(r.code) + r.out + r.err));
        checkEffect(r, effect, expect);
    }

    // Basic auth from the variables, a password included.
    void urlCredentialsFromVariables()
    {
        qputenv("PACT_BROKER_USERNAME", "ci");
        qputenv("PACT_BROKER_PASSWORD", "pw-1");
        const Run r = cli({u"-u"_qs, fill(u"{pacturl}"_qs), u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, port()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        checkEffect(r, Effect::Header, u"Authorization: Basic "_qs + QString::fromLatin1(QByteArray("ci:pw-1").toBase64()));
    }

    // Arguments the reference refuses (its argument parser: exit 2; a --header without '=': exit 3).
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("error");
        const QStringList f{u"-f"_qs, u"{pact}"_qs};
        QTest::addRow("unknown option") << f + QStringList{u"--frobnicate"_qs} << 2 << u"frobnicate"_qs;
        QTest::addRow("no pact") << QStringList{u"-p"_qs, u"80"_qs} << 2 << u"no pact to verify"_qs;
        QTest::addRow("-p not a number") << f + QStringList{u"-p"_qs, u"abc"_qs} << 2 << u"invalid value 'abc' for --port"_qs;
        QTest::addRow("-p too large") << f + QStringList{u"-p"_qs, u"70000"_qs} << 2 << u"not a port number"_qs;
        QTest::addRow("-p twice") << f + QStringList{u"-p"_qs, u"1"_qs, u"-p"_qs, u"2"_qs} << 2
                                  << u"the argument '--port' cannot be used multiple times"_qs;
        QTest::addRow("flag twice") << f + QStringList{u"--no-colour"_qs, u"--no-color"_qs} << 2 << u"multiple times"_qs;
        QTest::addRow("-l twice") << f + QStringList{u"-l"_qs, u"info"_qs, u"-l"_qs, u"warn"_qs} << 2 << u"multiple times"_qs;
        QTest::addRow("-l bogus") << f + QStringList{u"-l"_qs, u"bogus"_qs} << 2 << u"possible values: error, warn"_qs;
        QTest::addRow("--log-level bogus") << f + QStringList{u"--log-level"_qs, u"bogus"_qs} << 2 << u"possible values: off"_qs;
        QTest::addRow("--otel-exporter-protocol grpc") << f + QStringList{u"--otel-exporter-protocol"_qs, u"grpc"_qs} << 2
                                                       << u"possible values: http, http/protobuf"_qs;
        QTest::addRow("--retries 256") << f + QStringList{u"--retries"_qs, u"256"_qs} << 2 << u"0..=255"_qs;
        QTest::addRow("--retries abc") << f + QStringList{u"--retries"_qs, u"abc"_qs} << 2 << u"--retries"_qs;
        QTest::addRow("--request-timeout abc") << f + QStringList{u"--request-timeout"_qs, u"abc"_qs} << 2
                                               << u"--request-timeout"_qs;
        QTest::addRow("-n empty") << f + QStringList{u"-n"_qs, QString()} << 2
                                  << u"a value is required for '--provider-name'"_qs;
        QTest::addRow("-j empty") << f + QStringList{u"-j"_qs, QString()} << 2 << u"a value is required for '--json'"_qs;
        QTest::addRow("-H empty") << f + QStringList{u"-H"_qs, QString()} << 2 << u"a value is required for '--header'"_qs;
        QTest::addRow("filter empty") << f + QStringList{u"--filter-description"_qs, QString()} << 2 << u"a value is required"_qs;
        QTest::addRow("filter not a regex") << f + QStringList{u"--filter-description"_qs, u"(["_qs} << 2 << u"invalid filter regex"_qs;
        QTest::addRow("--user with --token") << f + QStringList{u"--user"_qs, u"u"_qs, u"--token"_qs, u"t"_qs} << 2
                                             << u"the argument '--user' cannot be used with '--token'"_qs;
        QTest::addRow("--filter-state with --filter-no-state") << f + QStringList{u"--filter-state"_qs, u"x"_qs, u"--filter-no-state"_qs}
                                                               << 2 << u"cannot be used with"_qs;
        QTest::addRow("--pretty-log with --compact-log") << f + QStringList{u"--pretty-log"_qs, u"--compact-log"_qs} << 2
                                                         << u"cannot be used with"_qs;
        QTest::addRow("--exit-on-first-error with --publish")
            << f + QStringList{u"--exit-on-first-error"_qs, u"--publish"_qs, u"--provider-version"_qs, u"1"_qs, u"-b"_qs,
                               u"http://127.0.0.1:1"_qs, u"-n"_qs, u"p"_qs}
            << 2 << u"cannot be used with"_qs;
        QTest::addRow("--last-failed with --publish")
            << f + QStringList{u"--last-failed"_qs, u"--publish"_qs, u"--provider-version"_qs, u"1"_qs, u"-b"_qs,
                               u"http://127.0.0.1:1"_qs, u"-n"_qs, u"p"_qs}
            << 2 << u"cannot be used with"_qs;
        QTest::addRow("--webhook-callback-url with -f") << f + QStringList{u"--webhook-callback-url"_qs, u"http://127.0.0.1:1/p"_qs,
                                                                           u"-b"_qs, u"http://127.0.0.1:1"_qs, u"-n"_qs, u"p"_qs}
                                                        << 2 << u"cannot be used with"_qs;
        QTest::addRow("--consumer-version-tags with selectors")
            << QStringList{u"-b"_qs, u"http://127.0.0.1:1"_qs, u"-n"_qs, u"p"_qs, u"--consumer-version-tags"_qs, u"main"_qs,
                           u"--consumer-version-selectors"_qs, u"{}"_qs}
            << 2 << u"cannot be used with"_qs;
        QTest::addRow("--xslt without --html") << f + QStringList{u"--xslt"_qs, u"x.xsl"_qs} << 2 << u"--xslt needs --html"_qs;
        QTest::addRow("--publish without a broker") << f + QStringList{u"--publish"_qs, u"--provider-version"_qs, u"1"_qs} << 2
                                                    << u"--publish needs --broker-url"_qs;
        QTest::addRow("--enable-pending without a broker") << f + QStringList{u"--enable-pending"_qs} << 2 << u"needs --broker-url"_qs;
        QTest::addRow("--consumer-version-tags without a broker") << f + QStringList{u"--consumer-version-tags"_qs, u"main"_qs} << 2
                                                                  << u"needs --broker-url"_qs;
        QTest::addRow("--include-wip-pacts-since without a broker")
            << f + QStringList{u"--include-wip-pacts-since"_qs, u"2024-01-01"_qs} << 2 << u"needs --broker-url"_qs;
        QTest::addRow("--webhook-callback-url without a broker")
            << QStringList{u"--webhook-callback-url"_qs, u"http://127.0.0.1:1/p"_qs, u"-u"_qs, u"http://127.0.0.1:1/q"_qs} << 2
            << u"cannot be used with"_qs;
        QTest::addRow("-b without -n") << QStringList{u"-b"_qs, u"http://127.0.0.1:1"_qs} << 2 << u"--provider-name"_qs;
        QTest::addRow("--consumer-version-selectors not JSON")
            << QStringList{u"-b"_qs, u"http://127.0.0.1:1"_qs, u"-n"_qs, u"p"_qs, u"--consumer-version-selectors"_qs, u"x"_qs}
            << 2 << u"not valid JSON"_qs;
        QTest::addRow("-H without '='") << f + QStringList{u"-H"_qs, u"nope"_qs} << 3 << u"--header 'nope' is not KEY=VALUE"_qs;
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, error);
        const Run r = cli(fill(args));
        QVERIFY2(r.code == code, qPrintable(u"exit %1: "_qs.arg(r.code) + r.err));
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        QVERIFY(m_provider->requests().isEmpty());
    }

    // The exit code of each case a CI script sees, as the reference's (its own agreement test: tst_verifycliagreement).
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("requests"); // the provider's requests: the loadable pacts were verified
        QTest::addColumn<QString>("error");
        const QStringList here{u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, u"{port}"_qs};
        const QString both = u"GET /orders/7,GET /orders"_qs;
        QTest::addRow("missing pact file") << QStringList{u"-f"_qs, u"{tmp}/none.json"_qs, u"-f"_qs, u"{pact}"_qs} + here << 1 << both
                                           << u"none.json: cannot read"_qs;
        QTest::addRow("missing folder") << QStringList{u"-d"_qs, u"{tmp}/no-folder"_qs, u"-f"_qs, u"{pact}"_qs} + here << 1 << both
                                        << u"no-folder: no such folder"_qs;
        QTest::addRow("folder with no pact") << QStringList{u"-d"_qs, u"{tmp}/empty"_qs} + here << 0 << QString() << QString();
        QTest::addRow("folder with another provider's pacts only") << QStringList{u"-d"_qs, u"{tmp}/others"_qs} + here << 0 << QString()
                                                                   << QString();
        QTest::addRow("unparsable JSON") << QStringList{u"-f"_qs, u"{tmp}/bad/garbage.json"_qs, u"-f"_qs, u"{pact}"_qs} + here << 1
                                         << both << u"garbage.json: 1:"_qs;
        QTest::addRow("empty file") << QStringList{u"-f"_qs, u"{tmp}/bad/empty.json"_qs} + here << 1 << QString() << u"empty.json"_qs;
        QTest::addRow("JSON that is no pact") << QStringList{u"-f"_qs, u"{tmp}/bad/array.json"_qs} + here << 1 << QString()
                                              << u"array.json"_qs;
        QTest::addRow("a pact that fails to load (V4, unknown interaction type)")
            << QStringList{u"-f"_qs, u"{tmp}/bad/v4-bogus.json"_qs} + here << 1 << QString() << u"v4-bogus.json"_qs;
        QTest::addRow("an invalid pact (no description) is not verified")
            << QStringList{u"-f"_qs, u"{tmp}/bad/no-description.json"_qs, u"-f"_qs, u"{pact}"_qs} + here << 1 << both
            << u"no-description.json"_qs;
        QTest::addRow("pact URL 404") << QStringList{u"-u"_qs, u"{url}/pacts/none"_qs} + here << 1 << u"GET /pacts/none"_qs
                                      << u"the server answered 404"_qs;
        QTest::addRow("JSON report cannot be written") << QStringList{u"-f"_qs, u"{pact}"_qs, u"-j"_qs, u"{tmp}/no/dir/r.json"_qs} + here
                                                       << 2 << both << u"cannot write"_qs;
        QTest::addRow("JUnit report cannot be written") << QStringList{u"-f"_qs, u"{pact}"_qs, u"-x"_qs, u"{tmp}/no/dir/r.xml"_qs} + here
                                                        << 2 << both << u"cannot write"_qs;
        QTest::addRow("HTML report cannot be written") << QStringList{u"-f"_qs, u"{pact}"_qs, u"--html"_qs, u"{tmp}/no/dir/r.html"_qs}
                                                              + here
                                                       << 2 << both << u"cannot write"_qs;
        QTest::addRow("failing interaction") << QStringList{u"-f"_qs, u"{tmp}/bad/fails.json"_qs} + here << 1 << u"GET /missing"_qs
                                             << QString();
        QTest::addRow("failing interaction, report cannot be written")
            << QStringList{u"-f"_qs, u"{tmp}/bad/fails.json"_qs, u"-j"_qs, u"{tmp}/no/dir/r.json"_qs} + here << 2 << u"GET /missing"_qs
            << u"cannot write"_qs;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, requests);
        QFETCH(QString, error);
        const QDir tmp(m_dir.path());
        QVERIFY(tmp.mkpath(u"empty"_qs) && tmp.mkpath(u"others"_qs) && tmp.mkpath(u"bad"_qs));
        const QList<std::pair<QString, QByteArray>> files{
            {u"others/stock.json"_qs, pactBetween(u"web"_qs, u"stock"_qs, u"/stock"_qs)},
            {u"bad/garbage.json"_qs, "{\"consumer\": nope"},
            {u"bad/empty.json"_qs, ""},
            {u"bad/array.json"_qs, "[]"},
            {u"bad/v4-bogus.json"_qs, R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},
                "interactions":[{"type":"Bogus","description":"d","request":{"method":"GET","path":"/o"},"response":{"status":200}}]})"},
            {u"bad/no-description.json"_qs, R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
                "interactions":[{"request":{"method":"GET","path":"/o"},"response":{"status":200}}]})"},
            {u"bad/fails.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/missing"_qs)},
        };
        for (const auto &[name, bytes] : files) {
            QFile f(tmp.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        const Run r = cli(fill(args));
        QVERIFY2(r.code == code, qPrintable(u"exit %1\n"_qs.arg(r.code) + r.out + r.err));
        QCOMPARE(requestsSeen(), fill(requests));
        if (!error.isEmpty())
            QVERIFY2(r.err.contains(error), qPrintable(r.err));
        if (code == 1 && !error.isEmpty())
            QVERIFY2(r.out.contains(u"Failed to load pact - "_qs), qPrintable(r.out));
    }

    // The JSON report lists each pact that failed to load as the reference does.
    void jsonReportListsLoadFailures()
    {
        const QString report = m_dir.filePath(u"load.json"_qs);
        const Run r = cli(QStringList{u"-f"_qs, m_dir.filePath(u"none.json"_qs), u"-j"_qs, report} + target());
        QCOMPARE(r.code, 1);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(u"result").toBool(true), false);
        const QJsonObject error = json.value(u"errors").toArray().at(0).toObject();
        QCOMPARE(error.value(u"interaction").toString(), u"Failed to load pact"_qs);
        QCOMPARE(error.value(u"mismatch").toObject().value(u"type").toString(), u"error"_qs);
        QCOMPARE(error.value(u"mismatch").toObject().value(u"interactionId").toString(u"x"_qs), QString());
        QVERIFY(error.value(u"mismatch").toObject().value(u"message").toString().contains(u"none.json: cannot read"));
        QCOMPARE(json.value(u"interactionResults").toArray().size(), 2); // the other pact was verified
    }

    // -d: every file of the folder (hidden ones too, links followed, not sub-folders); only the pacts
    // whose provider is -n (default "provider") are verified, as the reference does.
    void dirVerifiesOnlyTheProvidersPacts_data()
    {
        QTest::addColumn<QStringList>("name"); // -n and its value, or nothing
        QTest::addColumn<QString>("requests");
        QTest::addColumn<int>("code");
        // nameless.json has no provider name: it counts as "provider", and our reader refuses it (invalid), 1.
        QTest::addRow("default: provider") << QStringList{} << u"GET /provider"_qs << 1;
        QTest::addRow("-n orders") << QStringList{u"-n"_qs, u"orders"_qs} << u"GET /orders,GET /linked"_qs << 0;
        QTest::addRow("-n stock") << QStringList{u"-n"_qs, u"stock"_qs} << u"GET /stock"_qs << 0;
        QTest::addRow("case matters") << QStringList{u"-n"_qs, u"Orders"_qs} << QString() << 0;
        QTest::addRow("nobody") << QStringList{u"-n"_qs, u"nobody"_qs} << QString() << 0;
    }
    void dirVerifiesOnlyTheProvidersPacts()
    {
        QFETCH(QStringList, name);
        QFETCH(QString, requests);
        QFETCH(int, code);
        QTemporaryDir other;
        QVERIFY(other.isValid());
        const QDir dir(m_dir.filePath(u"d"_qs));
        QVERIFY(QDir(m_dir.path()).mkpath(u"d/sub"_qs));
        const QList<std::pair<QString, QByteArray>> files{
            {u"orders.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/orders"_qs)},
            {u"stock.pact"_qs, pactBetween(u"web"_qs, u"stock"_qs, u"/stock"_qs)}, // any name
            {u".hidden.json"_qs, pactBetween(u"web"_qs, u"provider"_qs, u"/provider"_qs)},
            {u"nameless.json"_qs, R"({"consumer":{"name":"web"},"provider":{},"metadata":{"pactSpecification":{"version":"3.0.0"}},
                "interactions":[{"description":"d","request":{"method":"GET","path":"/nameless"},"response":{"status":200}}]})"},
            {u"sub/deeper.json"_qs, pactBetween(u"web"_qs, u"orders"_qs, u"/deeper"_qs)}, // not read: not recursive
        };
        for (const auto &[file, bytes] : files) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        QFile linked(other.filePath(u"linked.json"_qs));
        QVERIFY(linked.open(QIODevice::WriteOnly));
        linked.write(pactBetween(u"web"_qs, u"orders"_qs, u"/linked"_qs));
        linked.close();
        QFile::remove(dir.filePath(u"link.json"_qs));
        QVERIFY(QFile::link(linked.fileName(), dir.filePath(u"link.json"_qs)));
        for (const QString &path : {u"/orders"_qs, u"/stock"_qs, u"/provider"_qs, u"/nameless"_qs, u"/linked"_qs})
            m_provider->route(u"GET"_qs, path, Test::jsonResponse(200, "{}"));
        const Run r = cli(QStringList{u"-d"_qs, dir.path(), u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, port(), u"-l"_qs, u"info"_qs} + name);
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        QStringList seen = requestsSeen().split(u',', Qt::SkipEmptyParts);
        QStringList wanted = requests.split(u',', Qt::SkipEmptyParts);
        seen.sort();
        wanted.sort();
        QCOMPARE(seen, wanted);
        if (!name.isEmpty() && name.at(1) == u"stock")
            QVERIFY2(r.err.contains(u"orders.json: its provider is 'orders', not 'stock'"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(u".orders.json.last-failed"_qs)));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 5); // nothing written beside the pacts
    }

    // -f is verified whatever its provider (as the reference).
    void fileIgnoresTheProviderName()
    {
        const Run r = cli(target() + QStringList{u"-n"_qs, u"somebody-else"_qs});
        QCOMPARE(r.code, 0);
        QCOMPARE(requestsSeen(), u"GET /orders/7,GET /orders"_qs);
    }

    void logLevels_data()
    {
        QTest::addColumn<QStringList>("level");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QString loaded = u"verify: loaded "_qs;
        const QString curl = u"curl -X GET"_qs;
        const QString missing = u"none.json: cannot read"_qs;
        QTest::addRow("default (warn)") << QStringList{} << QStringList{missing} << QStringList{loaded, curl};
        QTest::addRow("none") << QStringList{u"-l"_qs, u"none"_qs} << QStringList{missing} << QStringList{loaded, curl};
        QTest::addRow("off") << QStringList{u"--log-level"_qs, u"off"_qs} << QStringList{missing} << QStringList{loaded, curl};
        QTest::addRow("error") << QStringList{u"-l"_qs, u"error"_qs} << QStringList{missing} << QStringList{loaded, curl};
        QTest::addRow("info") << QStringList{u"-l"_qs, u"info"_qs} << QStringList{missing, loaded} << QStringList{curl};
        QTest::addRow("debug") << QStringList{u"-l"_qs, u"debug"_qs} << QStringList{missing, loaded, curl} << QStringList{};
        QTest::addRow("trace") << QStringList{u"--log-level"_qs, u"trace"_qs} << QStringList{missing, loaded, curl} << QStringList{};
        QTest::addRow("the more verbose wins") << QStringList{u"-l"_qs, u"warn"_qs, u"--log-level"_qs, u"info"_qs}
                                               << QStringList{missing, loaded} << QStringList{curl};
    }
    void logLevels()
    {
        QFETCH(QStringList, level);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const Run r = cli(QStringList{u"-f"_qs, m_dir.filePath(u"none.json"_qs)} + target() + level);
        QCOMPARE(r.code, 1);
        for (const QString &p : present)
            QVERIFY2(r.err.contains(p), qPrintable(p + u"\n"_qs + r.err));
        for (const QString &a : absent)
            QVERIFY2(!r.err.contains(a), qPrintable(a + u"\n"_qs + r.err));
        QVERIFY(r.out.contains(u"Verifying a pact between web and orders")); // the console is the same at every level
    }

    void htmlReport()
    {
        m_provider->route(u"GET"_qs, u"/orders/7"_qs, Test::jsonResponse(200, R"({"id":"<8>"})"));
        const QString html = m_dir.filePath(u"report.html"_qs);
        const Run r = cli(target() + QStringList{u"--html"_qs, html, u"-f"_qs, m_dir.filePath(u"none.json"_qs)});
        QCOMPARE(r.code, 1);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"));
        QVERIFY(page.contains(u"<title>Pact Verification Report — orders</title>") || page.contains(u"Report — provider"));
        QVERIFY(page.contains(u"2 interactions, 1 passed, 1 failed"));
        QVERIFY(page.contains(u"Pacts that failed to load"));
        QVERIFY(page.contains(u"none.json: cannot read"));
        QVERIFY(page.contains(u"get order"));
        QVERIFY(page.contains(u"Given order 7"));
        QVERIFY(page.contains(u"&lt;8&gt;")); // the provider's text is escaped
        QVERIFY(!page.contains(u"<8>"));
        QVERIFY(page.contains(u"curl -X GET"));
        QVERIFY(!page.contains(u"<script") && !page.contains(u"src=\"http"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyOptions)
#include "tst_verifyoptions.moc"
