// SPDX-License-Identifier: MIT
// `pactbench-cli import` and the argument checks of `record`, in-process: what is written, what is
// refused and why.
#include "clirun.h"

#include <core/model/pactreader.h>

#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::runCli;

namespace {

QJsonObject harEntry(const QString &method, const QString &url, const QJsonArray &requestHeaders, int status,
                     const QString &mime, const QString &text)
{
    return QJsonObject{
        { QStringLiteral("request"),
            QJsonObject{ { QStringLiteral("method"), method }, { QStringLiteral("url"), url },
                { QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1") }, { QStringLiteral("headers"), requestHeaders },
                { QStringLiteral("queryString"), QJsonArray() }, { QStringLiteral("cookies"), QJsonArray() },
                { QStringLiteral("headersSize"), -1 }, { QStringLiteral("bodySize"), 0 } } },
        { QStringLiteral("response"),
            QJsonObject{ { QStringLiteral("status"), status }, { QStringLiteral("statusText"), QStringLiteral("OK") },
                { QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1") },
                { QStringLiteral("headers"),
                    QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("Content-Type") }, { QStringLiteral("value"), mime } },
                        QJsonObject{ { QStringLiteral("name"), QStringLiteral("Date") },
                            { QStringLiteral("value"), QStringLiteral("Sat, 05 Dec 2026 10:00:00 GMT") } } } },
                { QStringLiteral("cookies"), QJsonArray() },
                { QStringLiteral("content"), QJsonObject{ { QStringLiteral("size"), text.size() }, { QStringLiteral("mimeType"), mime }, { QStringLiteral("text"), text } } },
                { QStringLiteral("redirectURL"), QString() }, { QStringLiteral("headersSize"), -1 }, { QStringLiteral("bodySize"), -1 } } },
        { QStringLiteral("startedDateTime"), QStringLiteral("2026-12-05T10:00:00.000Z") }, { QStringLiteral("time"), 12 },
        { QStringLiteral("cache"), QJsonObject() }, { QStringLiteral("timings"), QJsonObject{ { QStringLiteral("send"), 0 }, { QStringLiteral("wait"), 10 }, { QStringLiteral("receive"), 2 } } } };
}

QJsonArray headers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QJsonArray out;
    for (const auto &[name, value] : list)
        out.append(QJsonObject{ { QStringLiteral("name"), QString::fromUtf8(name) }, { QStringLiteral("value"), QString::fromUtf8(value) } });
    return out;
}

QByteArray har(const QJsonArray &entries)
{
    const QJsonObject log{ { QStringLiteral("version"), QStringLiteral("1.2") },
        { QStringLiteral("creator"), QJsonObject{ { QStringLiteral("name"), QStringLiteral("test") }, { QStringLiteral("version"), QStringLiteral("1") } } },
        { QStringLiteral("entries"), entries } };
    return QJsonDocument(QJsonObject{ { QStringLiteral("log"), log } }).toJson();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return f.fileName();
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

QByteArray ordersHar()
{
    return har(QJsonArray{
        harEntry(QStringLiteral("GET"), QStringLiteral("https://api.example.com/orders/7?expand=items"),
            headers({ { "Accept", "application/json" }, { "Authorization", "Bearer sk_live_abcdef123456" }, { "User-Agent", "Mozilla/5.0" } }),
            200, QStringLiteral("application/json"),
            QStringLiteral(R"({"id":7,"total":12.5,"created":"2026-12-01","items":[{"sku":"A-1","qty":2},{"sku":"B-2","qty":1}]})")),
        harEntry(QStringLiteral("GET"), QStringLiteral("https://api.example.com/orders/8?expand=items"),
            headers({ { "Accept", "application/json" }, { "Authorization", "Bearer sk_live_abcdef123456" } }),
            200, QStringLiteral("application/json"),
            QStringLiteral(R"({"id":8,"total":3.25,"created":"2026-12-02","items":[{"sku":"C-3","qty":5}]})")),
    });
}

} // namespace

class TestCaptureCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importHarWritesPact()
    {
        QTemporaryDir dir;
        const QString input = writeFile(dir, QStringLiteral("orders.har"), ordersHar());
        const QString out = dir.filePath(QStringLiteral("pact.json"));
        const auto r = runCli(QStringLiteral("import"), { QStringLiteral("har"), input, QStringLiteral("-o"), out,
            QStringLiteral("--consumer"), QStringLiteral("web"), QStringLiteral("--provider"), QStringLiteral("orders") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"wrote 2 interaction(s) (V4)"), qPrintable(r.out));
        const QByteArray text = Test::readAll(out);
        QVERIFY2(!text.contains("sk_live_abcdef123456"), "the bearer token must not be in the pact");
        const ReadResult read = PactReader::read(text);
        QVERIFY(read.ok());
        QCOMPARE(read.pact->consumer.name, QStringLiteral("web"));
        QCOMPARE(read.pact->provider.name, QStringLiteral("orders"));
        QCOMPARE(read.pact->specVersion, SpecVersion::V4);
        QCOMPARE(read.pact->interactions.size(), 2);
        const Interaction &first = read.pact->interactions.first();
        QCOMPARE(first.description, QStringLiteral("GET /orders/7?expand=items → 200"));
        QCOMPARE(first.request.headers.value(QStringLiteral("Authorization")), QStringLiteral("Bearer REDACTED"));
        QVERIFY(!first.request.headers.contains(QStringLiteral("User-Agent")));
        QVERIFY(!first.response.headers.contains(QStringLiteral("Date")));
        QVERIFY(first.request.matchingRules.category(QStringLiteral("header")).contains(QStringLiteral("Authorization")));
        QVERIFY2(r.err.contains(u"redacted") && r.err.contains(u"Authorization"), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"sk_live"), qPrintable(r.err));
    }

    void importOptions_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<SpecVersion>("version");
        QTest::addColumn<bool>("bodyRules");
        QTest::newRow("defaults") << QStringList() << SpecVersion::V4 << true;
        QTest::newRow("v3") << QStringList{ QStringLiteral("--pact-version"), QStringLiteral("3") } << SpecVersion::V3 << true;
        QTest::newRow("no matchers") << QStringList{ QStringLiteral("--no-matchers") } << SpecVersion::V4 << false;
    }
    void importOptions()
    {
        QFETCH(QStringList, extra);
        QFETCH(SpecVersion, version);
        QFETCH(bool, bodyRules);
        QTemporaryDir dir;
        const QString input = writeFile(dir, QStringLiteral("orders.har"), ordersHar());
        const QString out = dir.filePath(QStringLiteral("pact.json"));
        const auto r = runCli(QStringLiteral("import"), QStringList{ QStringLiteral("har"), input, QStringLiteral("-o"), out } + extra);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const ReadResult read = PactReader::readFile(out);
        QVERIFY(read.ok());
        QCOMPARE(read.pact->specVersion, version);
        for (const Interaction &i : read.pact->interactions) {
            QCOMPARE(i.response.matchingRules.hasCategory(QStringLiteral("body"))
                         && !i.response.matchingRules.category(QStringLiteral("body")).isEmpty(),
                     bodyRules);
            QVERIFY(i.request.matchingRules.category(QStringLiteral("header")).contains(QStringLiteral("Authorization")));
        }
    }

    void secretHeaderOption()
    {
        QTemporaryDir dir;
        const QByteArray input = har(QJsonArray{ harEntry(QStringLiteral("GET"), QStringLiteral("http://h/t"),
            headers({ { "X-Tenant-Key", "tenant-secret-99" } }), 204, QStringLiteral("text/plain"), QString()) });
        const QString file = writeFile(dir, QStringLiteral("t.har"), input);
        const QString out = dir.filePath(QStringLiteral("pact.json"));
        const auto r = runCli(QStringLiteral("import"), { QStringLiteral("har"), file, QStringLiteral("-o"), out,
            QStringLiteral("--secret-header"), QStringLiteral("x-tenant-key") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!Test::readAll(out).contains("tenant-secret-99"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << "import" << args({ "yaml", "@IN@", "-o", "@OUT@" }) << 2 << "unknown format 'yaml'";
        QTest::newRow("no output") << "import" << args({ "har", "@IN@" }) << 2 << "-o/--output FILE is required";
        QTest::newRow("bad version") << "import" << args({ "har", "@IN@", "-o", "@OUT@", "--pact-version", "2" }) << 2 << "--pact-version '2' is neither 3 nor 4";
        QTest::newRow("empty consumer") << "import" << args({ "har", "@IN@", "-o", "@OUT@", "--consumer", " " }) << 2 << "must not be empty";
        QTest::newRow("malformed har") << "import" << args({ "har", "@BAD@", "-o", "@OUT@" }) << 2 << "bad.har:";
        QTest::newRow("missing file") << "import" << args({ "har", "@MISSING@", "-o", "@OUT@" }) << 2 << "missing.har";
        QTest::newRow("record without target") << "record" << args({ "-o", "@OUT@" }) << 2 << "--target URL is required";
        QTest::newRow("record bad port") << "record" << args({ "--target", "http://127.0.0.1:1", "--port", "70000", "-o", "@OUT@" }) << 2 << "--port '70000'";
        QTest::newRow("record bad target") << "record" << args({ "--target", "ftp://x", "-o", "@OUT@" }) << 2 << "ftp://x";
    }
    void refused()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("orders.har"), ordersHar());
        const QString bad = writeFile(dir, QStringLiteral("bad.har"), "{\"log\": {\"entries\": [\n  {,}\n]}}");
        args.replaceInStrings(QStringLiteral("@IN@"), in);
        args.replaceInStrings(QStringLiteral("@BAD@"), bad);
        args.replaceInStrings(QStringLiteral("@MISSING@"), dir.filePath(QStringLiteral("missing.har")));
        args.replaceInStrings(QStringLiteral("@OUT@"), dir.filePath(QStringLiteral("pact.json")));
        const auto r = runCli(command, args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pact.json"))));
    }

    void unwritableOutputFails()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("orders.har"), ordersHar());
        const auto r = runCli(QStringLiteral("import"), { QStringLiteral("har"), in, QStringLiteral("-o"),
            dir.filePath(QStringLiteral("no/such/dir/pact.json")) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"pact.json"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCaptureCommands)
#include "tst_capturecommands.moc"
