// SPDX-License-Identifier: MIT
// What `pactbench-cli verify` reports against what the reference `pact verifier` (pact-cli 18.1.2,
// from ../shared/oracles/install) reports, for the same pacts against the same provider: the exit
// code, each interaction's result, each mismatch of the JSON report (type, key/path/parameter,
// expected, actual, sentence), the console's check lines ("has status code 200 (OK)") and the
// lines under each failure. The reference lists mismatches and headers in hash order, so lists
// are compared sorted.

#include "../verifier/testprovider.h"

#include "clirun.h"

#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestProvider;

namespace {

// HTTP, V3: one interaction per kind of mismatch, and one that passes.
const QByteArray kHttpV3 = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
 "metadata":{"pactSpecification":{"version":"3.0.0"}},
 "interactions":[
  {"description":"status","request":{"method":"GET","path":"/status"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":7}}},
  {"description":"header values","request":{"method":"GET","path":"/header"},
   "response":{"status":200,"headers":{"Content-Type":"application/json","X-Ver":"1"}}},
  {"description":"body values","request":{"method":"GET","path":"/body"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},
    "body":{"id":"27","name":"x","list":[1,2,3],"more":{"z":1},"flag":true,"n":null}}},
  {"description":"missing keys","providerStates":[{"name":"an order"},{"name":"a user"}],
   "request":{"method":"GET","path":"/missing"},"response":{"status":200,"body":{"a":1,"b":2,"c":{"d":1}}}},
  {"description":"empty body","request":{"method":"GET","path":"/empty"},
   "response":{"status":400,"headers":{"Content-Type":"application/json"},"body":{"error":"bad request","code":4711}}},
  {"description":"rules","request":{"method":"GET","path":"/rules"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},
    "body":{"code":"ABC","items":[{"n":1},{"n":2}],"when":"2024-01-02"},
    "matchingRules":{"body":{"$.code":{"matchers":[{"match":"regex","regex":"^[A-Z]+$"}]},
     "$.items":{"matchers":[{"match":"type","min":2}]},
     "$.when":{"matchers":[{"match":"date","date":"yyyy-MM-dd"}]}}}}},
  {"description":"not json","request":{"method":"GET","path":"/html"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":1}}},
  {"description":"passes","request":{"method":"GET","path":"/ok"},
   "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":1}}}]})";

// HTTP, V4: bodies with a declared content type, repeated header values.
const QByteArray kHttpV4 = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
 "metadata":{"pactSpecification":{"version":"4.0"}},
 "interactions":[
  {"type":"Synchronous/HTTP","description":"v4 body","request":{"method":"GET","path":"/body"},
   "response":{"status":200,"headers":{"Content-Type":["application/json"]},
    "body":{"contentType":"application/json","encoded":false,"content":{"id":"27","name":"x","list":[1,2,3]}}}},
  {"type":"Synchronous/HTTP","description":"v4 empty","request":{"method":"GET","path":"/empty"},
   "response":{"status":400,"body":{"contentType":"application/json","encoded":false,"content":{"error":"bad"}}}},
  {"type":"Synchronous/HTTP","description":"v4 headers","request":{"method":"GET","path":"/header"},
   "response":{"status":200,"headers":{"X-Ver":["1"],"Content-Type":["application/json"]}}}]})";

// Messages, V3: metadata and contents.
const QByteArray kMessagesV3 = R"({"consumer":{"name":"web"},"provider":{"name":"events"},
 "metadata":{"pactSpecification":{"version":"3.0.0"}},
 "messages":[
  {"description":"order created","metadata":{"contentType":"application/json","kind":"order","version":2},
   "contents":{"id":7,"total":"10.50"}},
  {"description":"order shipped","metadata":{"contentType":"application/json"},"contents":{"id":8}}]})";

// A provider state whose set-up fails, and a pending interaction (V4).
const QByteArray kStateFails = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
 "metadata":{"pactSpecification":{"version":"4.0"}},
 "interactions":[
  {"type":"Synchronous/HTTP","description":"needs a state","providerStates":[{"name":"an order"}],
   "request":{"method":"GET","path":"/ok"},"response":{"status":200}},
  {"type":"Synchronous/HTTP","description":"pending one","pending":true,
   "request":{"method":"GET","path":"/status"},"response":{"status":200}}]})";

// Where we decide otherwise on purpose (README "Known departures"): each interaction's verdict differs.
const QByteArray kDepartures = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
 "metadata":{"pactSpecification":{"version":"4.0"}},
 "interactions":[
  {"type":"Synchronous/HTTP","description":"accept with commas","request":{"method":"GET","path":"/accept"},
   "response":{"status":200,"headers":{"Accept":["alligators,hippos"]}}},
  {"type":"Synchronous/HTTP","description":"xml attribute rule with an index step","request":{"method":"GET","path":"/xml"},
   "response":{"status":200,"headers":{"Content-Type":["application/xml"]},
    "body":{"contentType":"application/xml","encoded":false,"content":"<animals><alligator phoneNumber=\"0415674567\"/></animals>"},
    "matchingRules":{"body":{"$.animals":{"matchers":[{"match":"type","min":1}]},
     "$.animals[*].alligator['@phoneNumber']":{"matchers":[{"match":"regex","regex":"\\d+"}]}}}}},
  {"type":"Synchronous/HTTP","description":"gzip answer","request":{"method":"GET","path":"/gzip"},
   "response":{"status":200,"headers":{"Content-Encoding":["gzip"]},
    "body":{"contentType":"application/json","encoded":false,"content":{"id":1}}}}]})";

struct Ran
{
    int code = -1;
    QString console;
    QJsonObject report;
};

/**
 * A mismatch sentence with the one known wording difference cut off: after a date/time pattern
 * mismatch the reference prints its parser's internal error (`Error(Nom(".01.2024", Tag))`), we
 * say where the text stopped matching the pattern. README lists it.
 */
QString comparable(const QString &sentence)
{
    static const QRegularExpression datePattern(QStringLiteral("^(Expected '.*' to match a (?:date|time|datetime) pattern of '[^']*'): .*$"));
    const QRegularExpressionMatch m = datePattern.match(sentence);
    return m.hasMatch() ? m.captured(1) : sentence;
}

/// "interaction | type | where | expected | actual | sentence" for every mismatch of the report, sorted.
QStringList mismatchRows(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &e : report.value(u"errors").toArray()) {
        const QJsonObject error = e.toObject();
        const QJsonObject m = error.value(u"mismatch").toObject();
        if (m.value(u"type").toString() != u"mismatches") {
            out.append(error.value(u"interaction").toString() + u" | error");
            continue;
        }
        for (const QJsonValue &v : m.value(u"mismatches").toArray()) {
            const QJsonObject x = v.toObject();
            QString where;
            for (const char *key : {"key", "path", "parameter"}) {
                if (x.contains(QString::fromLatin1(key)))
                    where += QString::fromLatin1(key) + u'=' + x.value(QString::fromLatin1(key)).toString();
            }
            const auto text = [](const QJsonValue &value) {
                return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
            };
            out.append(QStringList{error.value(u"interaction").toString(), x.value(u"type").toString(), where,
                                   text(x.value(u"expected")), text(x.value(u"actual")), comparable(x.value(u"mismatch").toString())}
                           .join(u" | "_qs));
        }
    }
    out.sort();
    return out;
}

/// "description: result" of each interaction result, in order.
QStringList resultRows(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report.value(u"interactionResults").toArray())
        out.append(v.toObject().value(u"description").toString() + u": " + v.toObject().value(u"result").toString());
    return out;
}

/// "interaction | check line" for every check line of the console, sorted (the reference lists headers in hash order).
QStringList checkRows(const QString &console)
{
    static const QRegularExpression heading(QStringLiteral("^  (\\S.*) \\((?:.* loading, )?.* verification\\)"));
    static const QRegularExpression check(QStringLiteral(
        "^ {4,8}(returns a response which|generates a message which|has status code .*|includes headers|"
        "includes metadata|\".*\" with value .*|has a matching body .*|Request Failed - .*)$"));
    QStringList out;
    QString current;
    for (const QString &line : console.split(u'\n')) {
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch())
            current = m.captured(1);
        else if (const QRegularExpressionMatch c = check.match(line); c.hasMatch())
            out.append(current + u" | " + c.captured(1));
    }
    out.sort();
    return out;
}

/// The lines under each failure's groups (11 spaces in): each mismatch's sentence, sorted.
QStringList failureRows(const QString &console)
{
    QStringList out;
    const qsizetype start = console.indexOf(u"\nFailures:\n");
    if (start < 0)
        return out;
    static const QRegularExpression line(QStringLiteral("^ {11}(\\S.*)$"));
    bool inDiff = false; // our body diff: "    body diff (…):", then lines 8 spaces in
    for (const QString &l : console.mid(start).split(u'\n')) {
        inDiff = l.startsWith(u"    body diff") || (inDiff && l.startsWith(u"        "));
        if (const QRegularExpressionMatch m = line.match(l); m.hasMatch() && !inDiff) {
            const QString text = m.captured(1); // a body's is "path -> sentence"
            const qsizetype arrow = text.indexOf(u" -> ");
            out.append(arrow < 0 ? comparable(text) : text.left(arrow + 4) + comparable(text.mid(arrow + 4)));
        }
    }
    out.sort();
    return out;
}

QString firstDifference(const QStringList &ours, const QStringList &reference)
{
    for (qsizetype i = 0; i < std::max(ours.size(), reference.size()); ++i) {
        if (ours.value(i) != reference.value(i))
            return QStringLiteral("row %1:\n  ours:      %2\n  reference: %3").arg(i).arg(ours.value(i), reference.value(i));
    }
    return {};
}

} // namespace

class TestReportAgreement : public QObject
{
    Q_OBJECT

private:
    QString m_reference;
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    std::unique_ptr<TestProvider> m_provider;

    void routeJson(const QString &path, int status, const QByteArray &body, const QString &contentType = u"application/json"_qs)
    {
        HttpServerResponse r;
        r.status = status;
        if (!contentType.isEmpty())
            r.headers.append(QStringLiteral("Content-Type"), contentType);
        r.body = body;
        m_provider->route(u"GET"_qs, path, r);
    }

    QStringList arguments(const QString &pact, const QString &report) const
    {
        const QString port = QString::number(m_provider->url().port());
        return {u"-f"_qs, pact, u"-p"_qs, port, u"-j"_qs, report, u"--transports"_qs, u"message:"_qs + port + u"/_pact/message"_qs};
    }

    Ran runReference(const QStringList &args)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"PACT_DO_NOT_TRACK"_qs, u"true"_qs);
        QProcess p;
        p.setProcessEnvironment(e);
        QSignalSpy done(&p, &QProcess::finished); // the provider answers while we wait
        p.start(m_reference, QStringList{u"verifier"_qs, u"--no-colour"_qs} + args);
        if (!done.wait(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        Ran r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.console = QString::fromUtf8(p.readAllStandardOutput());
        return r;
    }

    /// Writes `pact` as NAME.json, then runs the reference and us on it with `extra` arguments; both must write a report.
    void runBoth(const QString &name, const QByteArray &pact, const QStringList &extra, Ran *reference, Ran *ours)
    {
        const QString file = m_dir.filePath(name + u".json"_qs);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(pact);
        }
        const QString refReport = m_dir.filePath(u"reference.json"_qs), ourReport = m_dir.filePath(u"ours.json"_qs);
        QFile::remove(refReport);
        QFile::remove(ourReport);
        *reference = runReference(arguments(file, refReport) + extra);
        reference->report = readReport(refReport);
        const Test::CliRun o = Test::runCli(u"verify"_qs, arguments(file, ourReport) + extra);
        *ours = Ran{o.code, o.out, readReport(ourReport)};
        QVERIFY2(!reference->report.isEmpty(), qPrintable(u"the reference wrote no report:\n"_qs + reference->console.right(2000)));
        QVERIFY2(!ours->report.isEmpty(), qPrintable(u"we wrote no report:\n"_qs + o.err.right(2000)));
    }

    static QJsonObject readReport(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir); // skips, or fails under CI=true, when the reference cannot be had
        m_reference = dir + u"/pact"_qs;
        QVERIFY(m_dir.isValid() && m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit()); // --last-failed state: never the user's
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
        routeJson(u"/status"_qs, 404, R"({"id":7})");
        HttpServerResponse header = HttpServerResponse::text(200, u"hello"_qs);
        header.headers.append(QStringLiteral("X-Ver"), QStringLiteral("2"));
        m_provider->route(u"GET"_qs, u"/header"_qs, header);
        routeJson(u"/body"_qs, 200, R"({"id":27,"name":"x","extra":1,"list":[1,2],"flag":"true","n":0})");
        routeJson(u"/missing"_qs, 200, R"({"a":1})");
        routeJson(u"/empty"_qs, 400, {}, {});
        routeJson(u"/rules"_qs, 200, R"({"code":"abc","items":[{"n":1}],"when":"02.01.2024"})");
        routeJson(u"/html"_qs, 200, "<html><body>hi</body></html>", u"text/html"_qs);
        routeJson(u"/ok"_qs, 200, R"({"id":1})");
        m_provider->message(u"order created"_qs,
                            {R"({"id":"7","total":10.5})", u"application/json"_qs,
                             QJsonObject{{u"kind"_qs, u"refund"_qs}, {u"version"_qs, 2}}, false, {}});
        HttpServerResponse accept = HttpServerResponse::text(200, {});
        accept.headers.append(QStringLiteral("Accept"), QStringLiteral("alligators, hippos"));
        m_provider->route(u"GET"_qs, u"/accept"_qs, accept);
        routeJson(u"/xml"_qs, 200, R"(<animals><alligator phoneNumber="123"/><alligator phoneNumber="abc"/></animals>)",
                  u"application/xml"_qs);
        HttpServerResponse gzip;
        gzip.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        gzip.headers.append(QStringLiteral("Content-Encoding"), QStringLiteral("gzip"));
        gzip.body = QByteArray::fromHex("1f8b08000000000002ffab56ca4c51b232ac0500c5f85d4408000000"); // {"id":1}
        m_provider->route(u"GET"_qs, u"/gzip"_qs, gzip);
        m_provider->message(u"order shipped"_qs, {R"({"id":8})", u"application/json"_qs, {}, false, {}});
    }

    void agrees_data()
    {
        QTest::addColumn<QByteArray>("pact");
        QTest::addColumn<int>("stateStatus"); ///< what the state-change URL answers; 0: no state-change URL
        QTest::addRow("http v3") << kHttpV3 << 0;
        QTest::addRow("http v4") << kHttpV4 << 0;
        QTest::addRow("messages v3") << kMessagesV3 << 0;
        QTest::addRow("state change fails, pending") << kStateFails << 400; // 5xx: the reference retries for 2 min
    }

    void agrees()
    {
        QFETCH(QByteArray, pact);
        QFETCH(int, stateStatus);
        m_provider->setStateResponse(stateStatus ? stateStatus : 200);
        QStringList extra;
        if (stateStatus)
            extra << u"-s"_qs << m_provider->url().toString() + u"/_pact/state"_qs;
        Ran reference, ours;
        runBoth(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), pact, extra, &reference, &ours);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(ours.code, reference.code);
        QCOMPARE(resultRows(ours.report), resultRows(reference.report));
        QCOMPARE(mismatchRows(QJsonObject{{u"errors"_qs, ours.report.value(u"pendingErrors")}}),
                 mismatchRows(QJsonObject{{u"errors"_qs, reference.report.value(u"pendingErrors")}}));
        const QStringList ourMismatches = mismatchRows(ours.report), refMismatches = mismatchRows(reference.report);
        QVERIFY2(ourMismatches == refMismatches, qPrintable(firstDifference(ourMismatches, refMismatches)));
        const QStringList ourChecks = checkRows(ours.console), refChecks = checkRows(reference.console);
        QVERIFY2(!refChecks.isEmpty(), qPrintable(reference.console.left(2000)));
        QVERIFY2(ourChecks == refChecks, qPrintable(firstDifference(ourChecks, refChecks)));
        const QStringList ourFailures = failureRows(ours.console), refFailures = failureRows(reference.console);
        QVERIFY2(ourFailures == refFailures, qPrintable(firstDifference(ourFailures, refFailures)));
        QVERIFY(ours.console.contains(QStringLiteral("There were %1 pact failures").arg(reference.report.value(u"errors").toArray().size()))
                || reference.report.value(u"errors").toArray().isEmpty());
    }

    /// Each known departure: the reference decides otherwise, and we say so beside our verdict.
    void departuresAreSaid()
    {
        Ran reference, run;
        runBoth(u"departures"_qs, kDepartures, {}, &reference, &run);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject &ours = run.report;
        const QString &console = run.console;
        const QJsonArray refResults = reference.report.value(u"interactionResults").toArray();
        const QJsonArray ourResults = ours.value(u"interactionResults").toArray();
        QCOMPARE(ourResults.size(), 3);
        QCOMPARE(refResults.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonObject our = ourResults.at(i).toObject();
            const QString description = our.value(u"description").toString();
            QVERIFY2(our.value(u"result") != refResults.at(i).toObject().value(u"result"),
                     qPrintable(description + u": the reference agrees now; drop the departure"_qs));
            const QJsonArray notes = our.value(u"pactbench").toObject().value(u"departures").toArray();
            QVERIFY2(notes.size() == 1, qPrintable(description));
            QVERIFY(notes.at(0).toString().contains(u"pact verifier 18.1.2"));
            // On the console, in the interaction's block.
            const qsizetype at = console.indexOf(u"  "_qs + description + u" ("_qs);
            QVERIFY(at >= 0);
            const qsizetype next = console.indexOf(u"\n\n"_qs, at);
            QVERIFY2(console.mid(at, next - at).contains(u"note (known departure): "_qs + notes.at(0).toString()),
                     qPrintable(console.mid(at, next - at)));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportAgreement)
#include "tst_reportagreement.moc"
