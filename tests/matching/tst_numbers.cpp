// SPDX-License-Identifier: MIT
// Numbers as Pact's reference holds them (serde_json: an Integer or a Float by its text).
//
// The unit tests check that the engine takes kinds from what the text said (body lexemes, parsed
// bytes, spec cases, typed values), follows the expected value's own path, compares integers
// exactly and shows numbers as the reference writes them; generators keep the numbers they leave.
//
// oracle() (run by tst_numbers_oracle, label "oracle", PACTBENCH_ORACLE=1) asks the reference mock
// server for the verdict on every row of a numbers table (10.0, -0.0, 1e3, 1E-7, 2^64-ish integers …
// × no matcher with the same or another spelling, integer, decimal, number, type) and a few rows
// where the expected path is not the actual one, and compares ours: same verdict, and each of the
// reference's mismatch sentences among ours. One reference master server (port 0, 127.0.0.1) serves
// every row. When the reference cannot be had the oracle test skips, or fails under CI=true.
#include <core/json/jsonreader.h>
#include <core/matching/generator.h>
#include <core/matching/matching.h>
#include <core/matching/speccase.h>
#include <core/model/pactreader.h>

#include "referencemock.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Pactbench;

namespace {

// ---- pacts and requests ------------------------------------------------------------------------

/// A V4 pact with one POST /n interaction whose request body is `expected` with body `rules`.
QByteArray pactText(const QByteArray &expected, const QByteArray &rules)
{
    QByteArray request = R"({"method":"POST","path":"/n","headers":{"Content-Type":["application/json"]},)"
                         R"("body":{"contentType":"application/json","encoded":false,"content":)"
        + expected + '}';
    if (!rules.isEmpty())
        request += R"(,"matchingRules":{"body":)" + rules + '}';
    request += '}';
    return R"({"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"type":"Synchronous/HTTP",)"
           R"("description":"d","request":)"
        + request + R"(,"response":{"status":200}}],"metadata":{"pactSpecification":{"version":"4.0"}}})";
}

/// A request as the mock server builds it from the wire: raw bytes and a Content-Type header.
HttpRequest wireRequest(const QByteArray &body)
{
    HttpRequest r;
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/n");
    r.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    r.body = Body::fromBytes(body, {});
    return r;
}

/// The same request with its body as inline JSON and lexemes (as a pact file gives it).
HttpRequest jsonRequest(const QByteArray &body)
{
    HttpRequest r = wireRequest({});
    const JsonReadResult read = JsonReader::read(body);
    r.body = Body::fromJson(read.value);
    r.body.lexemes = read.lexemes;
    return r;
}

/// Our verdict on `actual` against the pact's request; the mismatches as "path: sentence".
QStringList ourMismatches(const QByteArray &pact, const HttpRequest &actual, bool *ok)
{
    const ReadResult read = PactReader::read(pact);
    *ok = read.ok();
    if (!read.ok())
        return { QStringLiteral("the pact does not read") };
    const MatchResult result = matchRequest(read.pact->interactions.at(0).request, actual, SpecVersion::V4);
    QStringList out;
    for (const Mismatch &m : result.mismatches)
        out.append(m.path + QStringLiteral(": ") + m.sentence);
    return out;
}

QByteArray ruleOn(const char *path, const QByteArray &matchers)
{
    return "{\"" + QByteArray(path) + R"(":{"combine":"AND","matchers":[)" + matchers + "]}}";
}

QByteArray matcher(const char *type)
{
    return R"({"match":")" + QByteArray(type) + "\"}";
}

// ---- the oracle's table --------------------------------------------------------------------------

struct OracleRow
{
    QByteArray name;
    QByteArray expected; ///< request body in the pact
    QByteArray rules; ///< matchingRules.body, or empty
    QByteArray actual; ///< request body sent
};

/// Another spelling of the same number for Qt (a different one for serde where it matters).
QByteArray respelled(const QByteArray &n)
{
    static const QMap<QByteArray, QByteArray> other{
        { "10.0", "10" },
        { "-0.0", "0" },
        { "1e3", "1000" },
        { "1E-7", "1e-7" },
        { "12345678901234567890", "12345678901234567891" },
        { "9007199254740993", "9007199254740992" },
        { "0.1", "0.10" },
        { "1.0000000000000002", "1.00000000000000022" },
        { "10", "10.0" },
        { "22.0", "22" },
    };
    return other.value(n);
}

QList<OracleRow> oracleRows()
{
    static const QList<QByteArray> numbers{ "10.0", "-0.0", "1e3", "1E-7", "12345678901234567890", "9007199254740993",
        "0.1", "1.0000000000000002", "10", "22.0" };
    const auto body = [](const QByteArray &n) -> QByteArray {
        return "{\"n\":" + n + '}';
    };
    QList<OracleRow> rows;
    for (const QByteArray &n : numbers) {
        rows.append({ n + " | no matcher, same text", body(n), {}, body(n) });
        rows.append({ n + " | no matcher, " + respelled(n), body(n), {}, body(respelled(n)) });
        for (const char *type : { "integer", "decimal", "number" })
            rows.append({ n + " | " + type, body(n), ruleOn("$.n", matcher(type)), body(n) });
        rows.append(
            { n + " | type, expected " + respelled(n), body(respelled(n)), ruleOn("$.n", matcher("type")), body(n) });
    }
    // Expected values that stand for others: the expected side's own path decides its kind.
    const QByteArray listRules = R"({"$.l":{"combine":"AND","matchers":[{"match":"type","min":1}]},)"
                                 R"("$.l[*]":{"combine":"AND","matchers":[{"match":"equality"}]}})";
    rows.append({ "list of 10.0 by example, all 10.0", R"({"l":[10.0]})", listRules, R"({"l":[10.0,10.0,10.0]})" });
    rows.append({ "list of 10.0 by example, one 10", R"({"l":[10.0]})", listRules, R"({"l":[10.0,10.0,10]})" });
    const QByteArray contains = ruleOn("$.l", R"({"match":"arrayContains","variants":[{"index":1,"rules":{}}]})");
    rows.append({ "arrayContains variant 10.0, found", R"({"l":[1,10.0]})", contains, R"({"l":[5,10.0]})" });
    rows.append({ "arrayContains variant 10.0, only 10", R"({"l":[1,10.0]})", contains, R"({"l":[5,10]})" });
    rows.append({ "values on a map, 10.0 by example", R"({"m":{"a":10.0}})", ruleOn("$.m", matcher("values")),
        R"({"m":{"b":10.0,"c":10.0}})" });
    rows.append({ "values on a map, 10 against 10.0", R"({"m":{"a":10.0}})", ruleOn("$.m", matcher("values")),
        R"({"m":{"b":10.0,"c":10}})" });
    rows.append({ "equality on a map, 10 for 10.0", R"({"m":{"a":10.0}})", ruleOn("$.m", matcher("equality")),
        R"({"m":{"a":10}})" });
    rows.append({ "equality on a list, -0.0 and 0.0", R"({"l":[-0.0]})", ruleOn("$.l", matcher("equality")),
        R"({"l":[0.0]})" });
    rows.append({ "nested, no matcher, 2.50 vs 2.5", R"({"a":{"b":[1,2.50]}})", {}, R"({"a":{"b":[1,2.5]}})" });
    rows.append({ "nested, no matcher, 1 vs 1.0", R"({"a":{"b":[1,2.5]}})", {}, R"({"a":{"b":[1.0,2.5]}})" });
    return rows;
}

// ---- the reference mock server -----------------------------------------------------------------

/// One HTTP/1.1 exchange on a fresh connection; the status code, the body in `reply`.
int exchange(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &body,
    QByteArray *reply = nullptr)
{
    QTcpSocket s;
    s.setProxy(QNetworkProxy::NoProxy);
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(3000))
        return -1;
    s.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray in;
    while (s.waitForReadyRead(5000))
        in += s.readAll();
    in += s.readAll();
    if (reply)
        *reply = in.mid(in.indexOf("\r\n\r\n") + 4);
    return in.split(' ').value(1).toInt();
}

/// What the reference said of one row.
struct RefVerdict
{
    bool ok = false;
    bool matched = false;
    QStringList mismatches; ///< "path: sentence" of its body mismatches
};

/// Reads a reference mock server's verify list: its request-mismatch's body mismatches, when there is one.
bool bodyMismatches(const QByteArray &verifyReply, QStringList *out)
{
    for (const QJsonValue &problem : QJsonDocument::fromJson(verifyReply).object().value(u"mismatches").toArray()) {
        if (problem[u"type"].toString() != u"request-mismatch")
            continue;
        for (const QJsonValue &m : problem[u"mismatches"].toArray())
            out->append(m[u"path"].toString() + QStringLiteral(": ") + m[u"mismatch"].toString());
        return true;
    }
    return false;
}

} // namespace

class TestNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bodies_data();
    void bodies();
    void mismatchTexts();
    void specCases_data();
    void specCases();
    void typedValues_data();
    void typedValues();
    void generatorsKeepNumbers();
    void oracle_data();
    void oracle();

private:
    RefVerdict referenceVerdict(const OracleRow &row);

    Test::ReferenceMockServer m_reference; ///< one master for every row, on a port the OS picks
    QString m_oracleProblem; ///< why the reference cannot be asked (empty: it can)
    QStringList m_table;
    int m_agreeing = 0;
};

void TestNumbers::initTestCase()
{
    if (!qEnvironmentVariableIsSet("PACTBENCH_ORACLE"))
        return; // oracle() skips
    const Test::Oracle found = Test::oracle();
    m_oracleProblem = found.problem;
    if (found.ok())
        m_oracleProblem = m_reference.start(found.dir);
}

void TestNumbers::cleanupTestCase()
{
    m_reference.stop();
    if (m_table.isEmpty())
        return;
    qInfo().noquote()
        << QStringLiteral("numbers: %1 of %2 rows give the reference's verdict").arg(m_agreeing).arg(m_table.size());
    qInfo().noquote() << u"row | reference | ours\n"_qs + m_table.join(u'\n');
}

RefVerdict TestNumbers::referenceVerdict(const OracleRow &row)
{
    RefVerdict v;
    QByteArray reply;
    const quint16 master = m_reference.port();
    if (exchange(master, "POST", "/", pactText(row.expected, row.rules), &reply) != 200)
        return v;
    const QJsonObject server = QJsonDocument::fromJson(reply).object().value(u"mockServer").toObject();
    const QByteArray id = server.value(u"id").toString().toUtf8();
    const quint16 port = quint16(server.value(u"port").toInt());
    if (!Test::waitForReferencePort(port, 10000))
        return v;
    const int status = exchange(port, "POST", "/n", row.actual);
    v.ok = status == 200 || status == 500;
    v.matched = status == 200;
    // The reference records a mismatch just after answering: ask until its verify list has it.
    for (int i = 0; !v.matched && i < 50; ++i) {
        exchange(master, "POST", "/mockserver/" + id + "/verify", {}, &reply);
        if (bodyMismatches(reply, &v.mismatches))
            break;
        QThread::msleep(50);
    }
    exchange(master, "DELETE", "/mockserver/" + id, {});
    return v;
}

void TestNumbers::oracle_data()
{
    if (!qEnvironmentVariableIsSet("PACTBENCH_ORACLE"))
        QSKIP("the reference is asked under ctest label 'oracle' (PACTBENCH_ORACLE=1)");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("actual");
    for (const OracleRow &row : oracleRows())
        QTest::addRow("%s", row.name.constData()) << row.expected << row.rules << row.actual;
}

void TestNumbers::oracle()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, actual);
    if (!m_oracleProblem.isEmpty())
        PACTBENCH_ORACLE_UNAVAILABLE(m_oracleProblem); // fails under CI=true, else skips
    const RefVerdict reference = referenceVerdict({ QTest::currentDataTag(), expected, rules, actual });
    QVERIFY2(reference.ok, "the reference mock server did not give a verdict");
    bool read = false;
    const QStringList ours = ourMismatches(pactText(expected, rules), wireRequest(actual), &read);
    QVERIFY(read);
    const auto verdict = [](bool matched, const QStringList &mismatches) -> QString {
        return matched ? QStringLiteral("match") : QStringLiteral("MISMATCH ") + mismatches.join(QStringLiteral("; "));
    };
    m_table.append(QStringLiteral("%1 | %2 | %3")
                       .arg(QString::fromUtf8(QTest::currentDataTag()),
                           verdict(reference.matched, reference.mismatches), verdict(ours.isEmpty(), ours)));
    QCOMPARE(ours.isEmpty(), reference.matched);
    for (const QString &sentence : reference.mismatches)
        QVERIFY2(ours.contains(sentence),
            qPrintable(u"the reference says "_qs + sentence + u", ours: "_qs + ours.join(u"; ")));
    ++m_agreeing;
}

void TestNumbers::bodies_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QString>("mismatches");
    const auto row
        = [](const char *name, const QByteArray &e, const QByteArray &r, const QByteArray &a, const char *m) {
              QTest::addRow("%s", name) << e << r << a << QString::fromUtf8(m);
          };
    // Kinds from the lexemes of the pact's body and of the actual body.
    row("integer rejects 1.0", R"({"n":1})", ruleOn("$.n", matcher("integer")), R"({"n":1.0})",
        "$.n: Expected 1.0 (Decimal) to be an integer");
    row("integer takes 12345678901234567890", R"({"n":1})", ruleOn("$.n", matcher("integer")),
        R"({"n":12345678901234567890})", "");
    row("integer rejects -12345678901234567890", R"({"n":1})", ruleOn("$.n", matcher("integer")),
        R"({"n":-12345678901234567890})", "$.n: Expected -1.2345678901234567e+19 (Decimal) to be an integer");
    row("decimal takes 22.0", R"({"n":1.5})", ruleOn("$.n", matcher("decimal")), R"({"n":22.0})", "");
    row("decimal takes 1e3", R"({"n":1.5})", ruleOn("$.n", matcher("decimal")), R"({"n":1e3})", "");
    row("decimal takes 1e23", R"({"n":1.5})", ruleOn("$.n", matcher("decimal")), R"({"n":1e23})", "");
    row("decimal rejects 10", R"({"n":1.5})", ruleOn("$.n", matcher("decimal")), R"({"n":10})",
        "$.n: Expected 10 (Integer) to be a decimal number");
    row("type: 10 for 10.0", R"({"n":10.0})", ruleOn("$.n", matcher("type")), R"({"n":10})", "");
    // Equality without a matcher: the expected side's kind counts too.
    row("10.0 expected, 10 sent", R"({"n":10.0})", {}, R"({"n":10})",
        "$.n: Expected 10 (Integer) to be equal to 10.0 (Decimal)");
    row("10 expected, 10.0 sent", R"({"n":10})", {}, R"({"n":10.0})",
        "$.n: Expected 10.0 (Decimal) to be equal to 10 (Integer)");
    row("1e3 and 1000.0", R"({"n":1e3})", {}, R"({"n":1000.0})", "");
    row("-0.0 and 0.0", R"({"n":-0.0})", {}, R"({"n":0.0})", "");
    row("-0.0 and 0", R"({"n":-0.0})", {}, R"({"n":0})", "$.n: Expected 0 (Integer) to be equal to -0.0 (Decimal)");
    // Integers exactly, floats as f64.
    row("2^64-ish integers differ", R"({"n":12345678901234567890})", {}, R"({"n":12345678901234567891})",
        "$.n: Expected 12345678901234567891 (Integer) to be equal to 12345678901234567890 (Integer)");
    row("2^53+1 differs from 2^53", R"({"n":9007199254740993})", {}, R"({"n":9007199254740992})",
        "$.n: Expected 9007199254740992 (Integer) to be equal to 9007199254740993 (Integer)");
    row("0.1 and 0.10", R"({"n":0.1})", {}, R"({"n":0.10})", "");
    // The reference's float texts.
    row("1E-7 shown as 1e-7", R"({"n":1E-7})", {}, R"({"n":2E-7})",
        "$.n: Expected 2e-7 (Decimal) to be equal to 1e-7 (Decimal)");
    row("1e16 shown as 1e+16", R"({"n":1e16})", {}, R"({"n":1e17})",
        "$.n: Expected 1e+17 (Decimal) to be equal to 1e+16 (Decimal)");
    // The expected value's own path: list items by example, arrayContains variants, values on maps.
    const QByteArray listRules = R"({"$.l":{"combine":"AND","matchers":[{"match":"type","min":1}]},)"
                                 R"("$.l[*]":{"combine":"AND","matchers":[{"match":"equality"}]}})";
    row("list by example 10.0", R"({"l":[10.0]})", listRules, R"({"l":[10.0,10.0]})", "");
    row("list by example 10.0, one 10", R"({"l":[10.0]})", listRules, R"({"l":[10.0,10.0,10]})",
        "$.l[2]: Expected 10 (Integer) to be equal to 10.0 (Decimal)");
    const QByteArray contains = ruleOn("$.l", R"({"match":"arrayContains","variants":[{"index":1,"rules":{}}]})");
    row("arrayContains 10.0 found", R"({"l":[1,10.0]})", contains, R"({"l":[5,10.0]})", "");
    row("arrayContains 10.0 missing", R"({"l":[1,10.0]})", contains, R"({"l":[5,10]})",
        "$.l: Variant at index 1 (10.0) was not found in the actual list");
    row("values on a map by example 10.0", R"({"m":{"a":10.0}})", ruleOn("$.m", matcher("values")),
        R"({"m":{"b":10.0}})", "");
    row("values on a map, 10 for 10.0", R"({"m":{"a":10.0}})", ruleOn("$.m", matcher("values")), R"({"m":{"b":10}})",
        "$.m.b: Expected 10 (Integer) to be equal to 10.0 (Decimal)");
    row("equality on a map", R"({"m":{"a":10.0}})", ruleOn("$.m", matcher("equality")), R"({"m":{"a":10}})",
        "$.m: Expected {\"a\": Number(10)} to be equal to {\"a\": Number(10.0)}|$.m.a: Expected 10 (Integer) to be "
        "equal to 10.0 (Decimal)");
    row("equality on a list, -0.0 and 0.0", R"({"l":[-0.0]})", ruleOn("$.l", matcher("equality")), R"({"l":[0.0]})",
        "");
}

void TestNumbers::bodies()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, actual);
    QFETCH(QString, mismatches);
    const QStringList want = mismatches.isEmpty() ? QStringList() : mismatches.split(u'|');
    bool read = false;
    // The actual body from the wire (parsed here) and as inline JSON with lexemes (a Body from a pact).
    QCOMPARE(ourMismatches(pactText(expected, rules), wireRequest(actual), &read), want);
    QCOMPARE(ourMismatches(pactText(expected, rules), jsonRequest(actual), &read), want);
}

void TestNumbers::mismatchTexts()
{
    // Expected and actual of a mismatch: numbers as the reference writes them, in values and containers.
    const ReadResult read = PactReader::read(pactText(R"({"m":{"a":10.0,"b":12345678901234567890}})", {}));
    QVERIFY(read.ok());
    const MatchResult r = matchRequest(read.pact->interactions.at(0).request,
        wireRequest(R"({"m":{"a":1E-7,"b":12345678901234567890,"c":-0.0,"d":1e23,"e":1e17}})"));
    QCOMPARE(r.mismatches.size(), 2);
    QCOMPARE(
        r.mismatches.at(0).sentence, u"Expected a Map with keys [a, b] but received one with keys [a, b, c, d, e]"_qs);
    // As the reference: a key mismatch carries the key lists, not the maps.
    QCOMPARE(r.mismatches.at(0).expected, u"[\"a\",\"b\"]"_qs);
    QCOMPARE(r.mismatches.at(0).actual, u"[\"a\",\"b\",\"c\",\"d\",\"e\"]"_qs);
    QCOMPARE(r.mismatches.at(1).expected, u"10.0"_qs);
    QCOMPARE(r.mismatches.at(1).actual, u"1e-7"_qs);

    // In a container: a list of another length carries both lists, numbers spelled as read.
    const ReadResult lists = PactReader::read(pactText(R"({"m":[10.0,12345678901234567890]})", {}));
    QVERIFY(lists.ok());
    const MatchResult l = matchRequest(lists.pact->interactions.at(0).request,
        wireRequest(R"({"m":[1E-7,12345678901234567890,-0.0,1e23]})"));
    QVERIFY(!l.mismatches.isEmpty());
    QCOMPARE(l.mismatches.constLast().expected, u"[10.0,12345678901234567890]"_qs);
    QCOMPARE(l.mismatches.constLast().actual, u"[1e-7,12345678901234567890,-0.0,1e+23]"_qs);
}

void TestNumbers::specCases_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("match");
    const QByteArray v3Rules = R"("matchingRules":{"body":{"$.n":{"matchers":[{"match":"MATCHER"}]}}})";
    const QByteArray v2Rules = R"("matchingRules":{"$.body.n":{"match":"MATCHER"}})";
    const QByteArray msgRules = R"("matchingRules":{"body":{"$.n":{"matchers":[{"match":"MATCHER"}]}}})";
    const auto httpCase = [](const QByteArray &rules, const QByteArray &e, const QByteArray &a, bool v4) -> QByteArray {
        const auto body = [v4](const QByteArray &n) -> QByteArray {
            const QByteArray content = "{\"n\":" + n + '}';
            return v4 ? R"({"contentType":"application/json","encoded":false,"content":)" + content + '}' : content;
        };
        return R"({"match":true,"expected":{"headers":{"Content-Type":"application/json"},)" + rules + R"(,"body":)"
            + body(e) + R"(},"actual":{"headers":{"Content-Type":"application/json"},"body":)" + body(a) + "}}";
    };
    const auto messageCase
        = [](const QByteArray &rules, const QByteArray &e, const QByteArray &a, bool v4) -> QByteArray {
        const auto contents = [v4](const QByteArray &n) -> QByteArray {
            const QByteArray content = "{\"n\":" + n + '}';
            return v4 ? R"({"contentType":"application/json","encoded":false,"content":)" + content + '}' : content;
        };
        return R"({"match":true,"expected":{"metaData":{"contentType":"application/json"},)" + rules + R"(,"contents":)"
            + contents(e) + R"(},"actual":{"metaData":{"contentType":"application/json"},"contents":)" + contents(a)
            + "}}";
    };
    const auto rulesFor = [](QByteArray rules, const char *m) -> QByteArray {
        return rules.replace("MATCHER", m);
    };
    const int request = int(PartKind::Request), response = int(PartKind::Response), message = int(PartKind::Message);
    QTest::addRow("v2 request decimal 22.0")
        << request << u"v2"_qs << httpCase(rulesFor(v2Rules, "decimal"), "1.5", "22.0", false) << true;
    QTest::addRow("v2 response integer 1.0")
        << response << u"v2"_qs << httpCase(rulesFor(v2Rules, "integer"), "1", "1.0", false) << false;
    QTest::addRow("v3 request decimal 22.0")
        << request << u"v3"_qs << httpCase(rulesFor(v3Rules, "decimal"), "1.5", "22.0", false) << true;
    QTest::addRow("v3 request integer 1.0")
        << request << u"v3"_qs << httpCase(rulesFor(v3Rules, "integer"), "1", "1.0", false) << false;
    QTest::addRow("v3 request 10.0 vs 10") << request << u"v3"_qs << httpCase(R"("x":0)", "10.0", "10", false) << false;
    QTest::addRow("v4 request decimal 22.0")
        << request << u"v4"_qs << httpCase(rulesFor(v3Rules, "decimal"), "1.5", "22.0", true) << true;
    QTest::addRow("v4 response integer 1.0")
        << response << u"v4"_qs << httpCase(rulesFor(v3Rules, "integer"), "1", "1.0", true) << false;
    QTest::addRow("v3 message decimal 22.0")
        << message << u"v3"_qs << messageCase(rulesFor(msgRules, "decimal"), "1.5", "22.0", false) << true;
    QTest::addRow("v4 message integer 1.0")
        << message << u"v4"_qs << messageCase(rulesFor(msgRules, "integer"), "1", "1.0", true) << false;
    QTest::addRow("v4 message 10 vs 10.0")
        << message << u"v4"_qs << messageCase(R"("x":0)", "10", "10.0", true) << false;
}

void TestNumbers::specCases()
{
    QFETCH(int, kind);
    QFETCH(QString, version);
    QFETCH(QByteArray, text);
    QFETCH(bool, match);
    QString error;
    const auto c = SpecCase::read(text, PartKind(kind), parseSpecVersion(version), &error);
    QVERIFY2(c, qPrintable(error));
    const MatchResult r = c->run();
    QStringList lines;
    for (const Mismatch &m : r.mismatches)
        lines.append(m.toString());
    QVERIFY2(r.matched() == match, qPrintable(lines.join(u'\n')));
}

void TestNumbers::typedValues_data()
{
    QTest::addColumn<QString>("matcher");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("failure");
    QTest::addRow("integer 1.0") << u"integer"_qs << QByteArray("1.0") << QByteArray()
                                 << u"Expected 1.0 (Decimal) to be an integer"_qs;
    QTest::addRow("integer 1") << u"integer"_qs << QByteArray("1") << QByteArray() << QString();
    QTest::addRow("decimal 22.0") << u"decimal"_qs << QByteArray("22.0") << QByteArray() << QString();
    QTest::addRow("decimal 22") << u"decimal"_qs << QByteArray("22") << QByteArray()
                                << u"Expected 22 (Integer) to be a decimal number"_qs;
    QTest::addRow("equality 10 vs 10.0") << u"equality"_qs << QByteArray("10") << QByteArray("10.0")
                                         << u"Expected 10 (Integer) to be equal to 10.0 (Decimal)"_qs;
    QTest::addRow("not JSON is a string")
        << u"integer"_qs << QByteArray("1.0x") << QByteArray() << u"Expected '1.0x' (String) to be an integer"_qs;
}

void TestNumbers::typedValues()
{
    QFETCH(QString, matcher);
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QFETCH(QString, failure);
    Matcher m;
    m.type = matcher;
    QCOMPARE(evaluateMatcherOnText(m, actual, expected), failure.isEmpty() ? QStringList() : QStringList{ failure });
    // The value API with lexemes says the same.
    const JsonReadResult a = JsonReader::read(actual);
    const JsonReadResult e = JsonReader::read(expected.isEmpty() ? actual : expected);
    if (a.ok())
        QCOMPARE(evaluateMatcher(m, a.value, a.lexemes, e.value, e.lexemes),
            failure.isEmpty() ? QStringList() : QStringList{ failure });
}

void TestNumbers::generatorsKeepNumbers()
{
    const QByteArray pact
        = R"({"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"type":"Synchronous/HTTP",)"
          R"("description":"d","request":{"method":"GET","path":"/"},"response":{"status":200,)"
          R"("headers":{"Content-Type":["application/json"]},"body":{"contentType":"application/json",)"
          R"("encoded":false,"content":{"id":10.0,"price":10.0,"big":12345678901234567890,"l":[1.50,2E2]}},)"
          R"("generators":{"body":{"$.id":{"type":"RandomInt","min":1,"max":9}}}}}],)"
          R"("metadata":{"pactSpecification":{"version":"4.0"}}})";
    const ReadResult read = PactReader::read(pact);
    QVERIFY(read.ok());
    GeneratorContext context;
    const HttpResponse generated = applyGenerators(read.pact->interactions.at(0).response, context);
    const QByteArray content = generated.body.content();
    QVERIFY2(content.contains(R"("price":10.0)") && content.contains(R"("big":12345678901234567890)")
            && content.contains(R"("l":[1.50,2E2])"),
        content.constData());
    const qint64 id = JsonReader::read(content).value[u"id"].toInteger();
    QVERIFY2(id >= 1 && id <= 9 && !content.contains(R"("id":10.0)"), content.constData()); // replaced: its lexeme goes

    // A body held as text keeps its numbers too.
    HttpResponse text;
    text.body = Body::fromText(QStringLiteral(R"({"id":1,"price":10.0})"), QStringLiteral("application/json"));
    text.generators = read.pact->interactions.at(0).response.generators;
    const QByteArray textContent = applyGenerators(text, context).body.content();
    QVERIFY2(textContent.contains(R"("price":10.0)"), textContent.constData());
}

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
