// SPDX-License-Identifier: MIT
// pactbench-cli verify, in-process against a local test provider: the reference verifier's options,
// exit codes, console output, JSON and JUnit reports, --last-failed.

#include "../verifier/testprovider.h"

#include "clirun.h"

#include <core/verifier/lastfailed.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
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

const QByteArray kPact = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
 "interactions":[
  {"description":"get order","providerStates":[{"name":"order 7"}],"request":{"method":"GET","path":"/orders/7"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":7}}},
  {"description":"list orders","request":{"method":"GET","path":"/orders"},"response":{"status":200}}],
 "messages":[]})";

} // namespace

class TestVerifyCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pact;
    std::unique_ptr<TestProvider> m_provider;

    QStringList target() const
    {
        return {QStringLiteral("-f"), m_pact, QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_provider->url().port())};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the last-failed store: not the user's cache

    void init()
    {
        m_pact = m_dir.filePath(QStringLiteral("pact.json"));
        QFile f(m_pact);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(kPact);
        f.close();
        QFile::remove(LastFailed::storePath(m_pact));
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(200, R"({"id":7})"));
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders"), Test::jsonResponse(200, "[]"));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::addRow("no pact") << QStringList{} << u"no pact to verify"_qs;
        QTest::addRow("bad transport") << QStringList{u"-f"_qs, u"x.json"_qs, u"--transport"_qs, u"ftp"_qs} << u"transport 'ftp'"_qs;
        QTest::addRow("bad transports") << QStringList{u"-f"_qs, u"x.json"_qs, u"--transports"_qs, u"http"_qs} << u"not NAME:PORT"_qs;
        QTest::addRow("bad timeout") << QStringList{u"-f"_qs, u"x.json"_qs, u"--request-timeout"_qs, u"soon"_qs} << u"--request-timeout"_qs;
        QTest::addRow("bad regex") << QStringList{u"-f"_qs, u"x.json"_qs, u"--filter-description"_qs, u"(["_qs} << u"invalid filter regex"_qs;
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_qs} << u"frobnicate"_qs;
        QTest::addRow("bad size") << QStringList{ u"-f"_qs, u"x.json"_qs, u"--max-response-size"_qs, u"big"_qs }
                                  << u"--max-response-size 'big' is not a size"_qs;
        QTest::addRow("URL password not echoed") << QStringList{ u"-f"_qs, u"x.json"_qs, u"--provider-base-url"_qs,
            u"http://ci:pw-S3cret@/nohost"_qs } << u"--provider-base-url 'http://***@/nohost' is not a URL"_qs;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
    }

    void helpIsNotDashH()
    {
        const Run help = cli({u"--help"_qs});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"-h, --hostname"));
        QVERIFY(help.out.contains(u"--state-change-teardown"));
        const QString flat = help.out.simplified();
        QVERIFY2(
            flat.contains(u"--disable-ssl-verification Do not verify TLS certificates of the provider: its requests, "
                          "message triggers and state-change calls (as the reference verifier). Pact URLs and the "
                          "broker are always verified."),
            qPrintable(help.out));
        QVERIFY(flat.contains(u"--max-response-size <size> Largest response body read from the provider, a pact URL or "
                              "the broker"));
    }

    // --disable-ssl-verification is about the provider (as in the reference verifier), not pact URLs.
    void disableSslVerificationCoversTheProviderOnly_data()
    {
        QTest::addColumn<bool>("tlsProvider");
        QTest::addColumn<bool>("tlsPactUrl");
        QTest::addColumn<int>("code");
        QTest::addRow("self-signed provider") << true << false << 0;
        QTest::addRow("self-signed pact URL") << false << true << 1; // a pact that cannot be loaded: 1, as the reference
    }
    void disableSslVerificationCoversTheProviderOnly()
    {
        QFETCH(bool, tlsProvider);
        QFETCH(bool, tlsPactUrl);
        QFETCH(int, code);
        TestProvider tls;
        QVERIFY(tls.start(true));
        tls.route(u"GET"_qs, u"/orders/7"_qs, Test::jsonResponse(200, R"({"id":7})"));
        tls.route(u"GET"_qs, u"/orders"_qs, Test::jsonResponse(200, "[]"));
        tls.route(u"GET"_qs, u"/pacts/web"_qs, Test::jsonResponse(200, kPact));
        m_provider->route(u"GET"_qs, u"/pacts/web"_qs, Test::jsonResponse(200, kPact));
        const QUrl provider = tlsProvider ? tls.url() : m_provider->url();
        const QUrl pactUrl = (tlsPactUrl ? tls.url() : m_provider->url()).resolved(QUrl(u"/pacts/web"_qs));
        const Run r = cli({ u"-u"_qs, pactUrl.toString(), u"--provider-base-url"_qs, provider.toString(),
            u"--disable-ssl-verification"_qs });
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        if (tlsPactUrl)
            QVERIFY2(r.err.startsWith(u"verify: "_qs + pactUrl.toString() + u": "_qs), qPrintable(r.err));
    }

    void urlPasswordsAreNeverPrinted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("maxSize");
        QTest::addColumn<QString>("error");
        QTest::addRow("404") << u"/pacts/none"_qs << QString() << u"the server answered 404"_qs;
        QTest::addRow("over --max-response-size") << u"/pacts/big"_qs << u"1K"_qs
                                                  << u"the answer is larger than the 1 KiB limit on responses "
                                                     "(change it with --max-response-size)"_qs;
    }
    void urlPasswordsAreNeverPrinted()
    {
        QFETCH(QString, path);
        QFETCH(QString, maxSize);
        QFETCH(QString, error);
        m_provider->route(u"GET"_qs, u"/pacts/big"_qs, Test::jsonResponse(200, kPact + QByteArray(2000, ' ')));
        QUrl url = m_provider->url().resolved(QUrl(path));
        const QString shown = url.toString();
        url.setUserInfo(u"ci:pw-S3cret"_qs);
        QStringList args{ u"-u"_qs, url.toString(), u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs,
            QString::number(m_provider->url().port()) };
        if (!maxSize.isEmpty())
            args << u"--max-response-size"_qs << maxSize;
        const Run r = cli(args);
        QCOMPARE(r.code, 1); // a pact that cannot be loaded: 1, as the reference
        QCOMPARE(r.err, u"verify: "_qs + shown + u": "_qs + error + u'\n');
        QVERIFY(!r.out.contains(u"S3cret") && !r.err.contains(u"S3cret"));
        QCOMPARE(m_provider->requests().constFirst().headers.value(u"Authorization"_qs),
            u"Basic "_qs + QString::fromLatin1(QByteArray("ci:pw-S3cret").toBase64()));
    }

    void passes()
    {
        const QString json = m_dir.filePath(u"report.json"_qs);
        const QString junit = m_dir.filePath(u"report.xml"_qs);
        const Run r = cli(target() + QStringList{u"-j"_qs, json, u"-x"_qs, junit, u"-s"_qs,
                                                 m_provider->url().toString() + u"/_pact/state"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"Verifying a pact between web and orders"));
        QVERIFY(r.out.contains(u"  get order ("));
        QVERIFY(r.out.contains(u"2 interactions: 2 passed, 0 failed"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(report.value(u"result").toBool(), true);
        QCOMPARE(report.value(u"interactionResults").toArray().size(), 2);
        QVERIFY(QFile::exists(junit));
        QCOMPARE(m_provider->stateCalls().value(0).value(u"state").toString(), u"order 7"_qs);
    }

    void failsThenRerunsFailed()
    {
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(200, R"({"id":8})"));
        const Run failed = cli(target());
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.out.contains(u"1) Verifying a pact between web and orders Given order 7 - get order"), qPrintable(failed.out));
        QVERIFY(failed.out.contains(u"$.id"));
        QVERIFY(failed.out.contains(u"request sent: curl -X GET"));

        m_provider->clear();
        const Run rerun = cli(target() + QStringList{u"--last-failed"_qs});
        QCOMPARE(rerun.code, 1);
        QVERIFY(rerun.out.contains(u"1 interactions: 0 passed, 1 failed"));
        QCOMPARE(m_provider->requests().size(), 1); // only the failed one was sent again

        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(200, R"({"id":7})"));
        QCOMPARE(cli(target() + QStringList{u"--last-failed"_qs}).code, 0);
        m_provider->clear();
        const Run nothing = cli(target() + QStringList{u"--last-failed"_qs});
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains(u"nothing failed last time: verifying every interaction"), qPrintable(nothing.out));
        QCOMPARE(m_provider->requests().size(), 2); // as the reference: no failures, no filter
    }

    // With -j/--json, --last-failed reads that report, as the reference does (the cache is not used).
    void lastFailedReadsTheJsonReport()
    {
        const QString report = m_dir.filePath(QStringLiteral("report.json"));
        QFile::remove(report);
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders"), Test::jsonResponse(500, "{}"));
        QCOMPARE(cli(target() + QStringList{u"--json"_qs, report}).code, 1);
        QFile::remove(LastFailed::storePath(m_pact)); // only the report knows now
        m_provider->clear();
        const Run rerun = cli(target() + QStringList{u"--last-failed"_qs, u"--json"_qs, report});
        QCOMPARE(rerun.code, 1);
        QCOMPARE(m_provider->requests().size(), 1);
        QCOMPARE(m_provider->requests().constFirst().path, u"/orders"_qs);
        // A file that is not a report: said on stderr, then the cache (kept by the run above) decides.
        QFile junk(report);
        QVERIFY(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        junk.write("not json");
        junk.close();
        m_provider->clear();
        const Run fallback = cli(target() + QStringList{u"--last-failed"_qs, u"--json"_qs, report});
        QVERIFY2(fallback.err.contains(u"not a verification report"), qPrintable(fallback.err));
        QCOMPARE(m_provider->requests().size(), 1);
    }

    void filtersAndHeaders()
    {
        const Run r = cli(target() + QStringList{u"--filter-description"_qs, u"^list"_qs, u"-H"_qs, u"X-Api-Key=k1"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"1 interactions: 1 passed"));
        QCOMPARE(m_provider->requests().size(), 1);
        QCOMPARE(m_provider->requests().at(0).headers.value(u"X-Api-Key"_qs), u"k1"_qs);
    }

    void pactFromUrlWithAuth()
    {
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/pacts/web"), Test::jsonResponse(200, kPact));
        const QString url = m_provider->url().toString() + u"/pacts/web"_qs;
        const QStringList provider{u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, QString::number(m_provider->url().port())};
        const Run bearer = cli(QStringList{u"-u"_qs, url, u"-t"_qs, u"tok-1"_qs} + provider);
        QVERIFY2(bearer.code == 0, qPrintable(bearer.out + bearer.err));
        QCOMPARE(m_provider->requests().constFirst().headers.value(u"Authorization"_qs), u"Bearer tok-1"_qs);
        m_provider->clear();
        const Run basic = cli(QStringList{u"--url"_qs, url, u"--user"_qs, u"ci"_qs, u"--password"_qs, u"pw"_qs} + provider);
        QCOMPARE(basic.code, 0);
        QCOMPARE(m_provider->requests().constFirst().headers.value(u"Authorization"_qs),
                 u"Basic "_qs + QString::fromLatin1(QByteArray("ci:pw").toBase64()));
        const Run missing = cli(QStringList{u"-u"_qs, m_provider->url().toString() + u"/pacts/none"_qs, u"--user"_qs, u"ci"_qs,
                                            u"--password"_qs, u"pw"_qs} + provider);
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(u"the server answered 404 (as user 'ci')"), qPrintable(missing.err));
        QVERIFY(!missing.err.contains(u"pw"));
    }

    void transportsAndBasePath()
    {
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/api/orders"), Test::jsonResponse(200, "[]"));
        const Run r = cli({u"-f"_qs, m_pact, u"-h"_qs, u"127.0.0.1"_qs, u"--transports"_qs,
                           u"http:%1/api"_qs.arg(m_provider->url().port()), u"--filter-no-state"_qs});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_provider->requests().constLast().path, u"/api/orders"_qs);
    }

    void unreachableProviderIsAnError()
    {
        const Run r = cli({u"-f"_qs, m_pact, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, u"1"_qs, u"--request-timeout"_qs, u"2000"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"Request failed"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"0 passed, 0 failed, 2 errors"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCommand)
#include "tst_verifycommand.moc"
