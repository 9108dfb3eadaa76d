// SPDX-License-Identifier: MIT
// Each matcher, and body matching with rules: the edge cases Pact's reference is known for.
#include <core/matching/departures.h>
#include <core/matching/matching.h>
#include <core/model/pactreader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <thread>

using namespace Pactbench;

namespace {

QJsonValue json(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

Matcher matcher(const QByteArray &text)
{
    Matcher m;
    m.attributes = QJsonDocument::fromJson(text).object();
    m.type = m.attributes.take(QStringLiteral("match")).toString();
    return m;
}

/// A response whose body rules are `rules` (V3 "body" category), expected body `expected`.
HttpResponse expectedResponse(const QByteArray &rules, const QByteArray &expected)
{
    QJsonObject o{{QStringLiteral("status"), 200},
                  {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                  {QStringLiteral("body"), json(expected)}};
    if (!rules.isEmpty())
        o.insert(QStringLiteral("matchingRules"), QJsonObject{{QStringLiteral("body"), QJsonDocument::fromJson(rules).object()}});
    return PactReader::readResponse(o, SpecVersion::V3);
}

/// The actual side as a socket would give it: bytes and a Content-Type header.
HttpResponse actualResponse(const QByteArray &bytes)
{
    HttpResponse r;
    r.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    r.body = Body::fromBytes(bytes, QString());
    return r;
}

QString sentences(const MatchResult &r)
{
    QStringList out;
    for (const Mismatch &m : r.mismatches)
        out.append(m.toString());
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestMatchers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void jsonBody_data();
    void jsonBody();
    void requestBodyKeys();
    void headers_data();
    void headers();
    void query_data();
    void query();
    void bodiesFromBytes_data();
    void bodiesFromBytes();
    void messages();
    void statusCode();
    void badRegexIsLocated();
    void scoreRanksNearMisses();
    void threadSafe();
    void departures_data();
    void departures();
};

void TestMatchers::evaluate_data()
{
    QTest::addColumn<QByteArray>("matcher");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sentence");
    auto row = [](const char *name, const char *m, const char *a, const char *e, bool ok, const char *s = "") {
        QTest::addRow("%s", name) << QByteArray(m) << QByteArray(a) << QByteArray(e) << ok << QString::fromUtf8(s);
    };
    row("type same", R"({"match":"type"})", "\"Fred\"", "\"Bob\"", true);
    row("type wording", R"({"match":"type"})", "42", "\"Bob\"", false, "Expected 42 (Integer) to be the same type as 'Bob' (String)");
    row("type int vs decimal", R"({"match":"type"})", "1.5", "1", true);
    row("regex whole value", R"({"match":"regex","regex":"\\d+"})", "\"123abc\"", "\"1\"", false, "Expected '123abc' to match '\\d+'");
    row("regex ok", R"({"match":"regex","regex":"\\d+"})", "\"123\"", "\"1\"", true);
    row("regex on number", R"({"match":"regex","regex":"\\d+"})", "123", "1", true);
    row("include", R"({"match":"include","value":"ell"})", "\"hello\"", "\"x\"", true);
    row("include fails", R"({"match":"include","value":"xyz"})", "\"hello\"", "\"x\"", false, "Expected 'hello' to include 'xyz'");
    row("integer", R"({"match":"integer"})", "42", "1", true);
    row("integer rejects string", R"({"match":"integer"})", "\"42\"", "1", false, "Expected '42' (String) to be an integer");
    row("decimal", R"({"match":"decimal"})", "1.5", "1.1", true);
    row("decimal rejects integer", R"({"match":"decimal"})", "1", "1.1", false, "Expected 1 (Integer) to be a decimal number");
    row("number", R"({"match":"number"})", "1.5", "1", true);
    row("number rejects bool", R"({"match":"number"})", "true", "1", false, "Expected true (Boolean) to be a number");
    row("null", R"({"match":"null"})", "null", "null", true);
    row("null rejects string", R"({"match":"null"})", "\"x\"", "null", false, "Expected 'x' (String) to be a null value");
    row("boolean", R"({"match":"boolean"})", "false", "true", true);
    row("boolean string", R"({"match":"boolean"})", "\"true\"", "true", true);
    row("boolean rejects", R"({"match":"boolean"})", "\"yes\"", "true", false, "to match a boolean");
    row("date", R"({"match":"date","format":"yyyy-MM-dd"})", "\"2023-02-28\"", "\"2000-01-01\"", true);
    row("date 30 Feb", R"({"match":"date","format":"yyyy-MM-dd"})", "\"2023-02-30\"", "\"2000-01-01\"", false);
    row("date default format", R"({"match":"date"})", "\"2023-12-31\"", "\"2000-01-01\"", true);
    row("time", R"({"match":"time","format":"HH:mm:ss"})", "\"23:59:59\"", "\"00:00:00\"", true);
    row("time bad hour", R"({"match":"time","format":"HH:mm:ss"})", "\"24:00:00\"", "\"00:00:00\"", false);
    row("timestamp XXX", R"({"match":"datetime","format":"yyyy-MM-dd'T'HH:mm:ssXXX"})", "\"2023-05-01T10:00:00+10:00\"", "\"x\"", true);
    row("timestamp Z", R"({"match":"datetime","format":"yyyy-MM-dd'T'HH:mm:ssXXX"})", "\"2023-05-01T10:00:00Z\"", "\"x\"", true);
    row("timestamp Z rejects no zone", R"({"match":"timestamp","format":"yyyy-MM-dd'T'HH:mm:ssXXX"})", "\"2023-05-01T10:00:00\"", "\"x\"", false);
    row("timestamp millis Z", R"({"match":"timestamp","timestamp":"yyyy-MM-dd'T'HH:mm:ss.SSSZ"})", "\"2023-05-01T10:00:00.123+0000\"", "\"x\"", true);
    row("timestamp zone name", R"({"match":"timestamp","format":"EEE, dd MMM yyyy HH:mm:ss z"})", "\"Mon, 01 May 2023 10:00:00 GMT\"", "\"x\"", true);
    row("notEmpty", R"({"match":"notEmpty"})", "\"x\"", "\"y\"", true);
    row("notEmpty empty string", R"({"match":"notEmpty"})", "\"\"", "\"y\"", false, "Expected '' (String) to not be empty");
    row("notEmpty null", R"({"match":"notEmpty"})", "null", "\"y\"", false, "Expected non-empty value but got a NULL");
    row("notEmpty empty array", R"({"match":"notEmpty"})", "[]", "[1]", false);
    row("semver", R"({"match":"semver"})", "\"1.2.3-beta.1+build\"", "\"1.0.0\"", true);
    row("semver rejects", R"({"match":"semver"})", "\"1.2\"", "\"1.0.0\"", false, "is not a valid semantic version");
    row("equality", R"({"match":"equality"})", "\"a\"", "\"a\"", true);
    row("equality wording", R"({"match":"equality"})", "\"b\"", "\"a\"", false, "Expected 'b' (String) to be equal to 'a' (String)");
    row("contentType json", R"({"match":"contentType","value":"application/json"})", "\"eyJhIjoxfQ==\"", "\"x\"", true);
    row("min-type alias", R"({"match":"min-type","min":2})", "[1,2]", "[1]", true);
    row("min on array", R"({"match":"type","min":2})", "[1]", "[1]", false, "Expected [1] (size 1) to have minimum size of 2");
    row("max on array", R"({"match":"type","max":2})", "[1,2,3]", "[1]", false, "to have maximum size of 2");
    row("min max ok", R"({"match":"type","min":1,"max":3})", "[1,2,3]", "[1]", true);
    row("min items by example", R"({"match":"type","min":1})", "[1,\"x\"]", "[1]", false, "$[1]: Expected 'x' (String) to be the same type as 1 (Integer)");
    row("unknown matcher", R"({"match":"frobnicate"})", "1", "1", false, "frobnicate");
}

void TestMatchers::evaluate()
{
    QFETCH(QByteArray, matcher);
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    const QStringList failures = evaluateMatcher(::matcher(matcher), json(actual), json(expected));
    QCOMPARE(failures.isEmpty(), ok);
    if (!sentence.isEmpty())
        QVERIFY2(failures.join(u'|').contains(sentence), qPrintable(failures.join(u'|')));
}

void TestMatchers::jsonBody_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sentence");
    auto row = [](const char *name, const char *r, const char *e, const char *a, bool ok, const char *s = "") {
        QTest::addRow("%s", name) << QByteArray(r) << QByteArray(e) << QByteArray(a) << ok << QString::fromUtf8(s);
    };
    const char *none = "";
    row("integer rejects 1.0 from bytes", R"({"$.n":{"matchers":[{"match":"integer"}]}})", R"({"n":1})", R"({"n":1.0})", false, "Expected 1.0 (Decimal) to be an integer");
    row("decimal accepts 22.0 from bytes", R"({"$.n":{"matchers":[{"match":"decimal"}]}})", R"({"n":1.5})", R"({"n":22.0})", true);
    row("decimal accepts 1e3", R"({"$.n":{"matchers":[{"match":"decimal"}]}})", R"({"n":1.5})", R"({"n":1e3})", true);
    row("type: number vs string", R"({"$.n":{"matchers":[{"match":"type"}]}})", R"({"n":1})", R"({"n":"1"})", false, "Expected '1' (String) to be the same type as 1 (Integer)");
    row("null vs missing", none, R"({"a":null})", R"({})", false, "Actual map is missing the following keys: a");
    row("null vs null", none, R"({"a":null})", R"({"a":null})", true);
    row("null expected, value given", none, R"({"a":null})", R"({"a":1})", false, "Expected 1 (Integer) to be equal to null (Null)");
    row("unexpected key allowed in response", none, R"({"a":1})", R"({"a":1,"b":2})", true);
    row("eachKey on nested object", R"({"$.m":{"matchers":[{"match":"eachKey","rules":[{"match":"regex","regex":"[a-z]+"}]}]}})",
        R"({"m":{"x":{"v":1}}})", R"({"m":{"y":{"v":1},"Z9":{"v":1}}})", false, "$.m.Z9: Expected 'Z9' to match '[a-z]+'");
    row("eachValue on nested object", R"({"$.m":{"matchers":[{"match":"eachValue","rules":[{"match":"type"}]}]}})",
        R"({"m":{"x":{"v":1}}})", R"({"m":{"y":{"v":2},"z":{"v":3}}})", true);
    row("eachValue catches wrong type", R"({"$.m":{"matchers":[{"match":"eachValue","rules":[{"match":"type"}]}]}})",
        R"({"m":{"x":1}})", R"({"m":{"y":2,"z":"three"}})", false, "Expected 'three' (String) to be the same type as 1 (Integer)");
    row("eachValue on list", R"({"$.l":{"matchers":[{"match":"eachValue","rules":[{"match":"regex","regex":"\\d+"}]}]}})",
        R"({"l":["1"]})", R"({"l":["2","33","x"]})", false, "$.l[2]: Expected 'x' to match '\\d+'");
    row("values ignores keys", R"({"$.m":{"matchers":[{"match":"values"}]}})", R"({"m":{"a":1}})", R"({"m":{"a":1,"b":1}})", true);
    row("arrayContains nested rules", R"({"$.l":{"matchers":[{"match":"arrayContains","variants":[{"index":0,"rules":{"$.id":{"matchers":[{"match":"integer"}]}}},{"index":1,"rules":{"$.name":{"matchers":[{"match":"regex","regex":"B.*"}]}}}]}]}})",
        R"({"l":[{"id":1},{"name":"Bob"}]})", R"({"l":[{"x":true},{"name":"Bill"},{"id":77}]})", true);
    row("arrayContains missing variant", R"({"$.l":{"matchers":[{"match":"arrayContains","variants":[{"index":0,"rules":{"$.id":{"matchers":[{"match":"integer"}]}}}]}]}})",
        R"({"l":[{"id":1}]})", R"({"l":[{"id":"one"}]})", false, "Variant at index 0 ({\"id\":1}) was not found in the actual list");
    row("min on nested arrays", R"({"$.a":{"matchers":[{"match":"type","min":1}]},"$.a[*].b":{"matchers":[{"match":"type","min":2}]}})",
        R"({"a":[{"b":[1,2]}]})", R"({"a":[{"b":[5,6,7]},{"b":[8]}]})", false, "$.a[1].b: Expected [8] (size 1) to have minimum size of 2");
    row("path weight: index beats star", R"({"$.a[*].b":{"matchers":[{"match":"type"}]},"$.a[1].b":{"matchers":[{"match":"regex","regex":"x+"}]}})",
        R"({"a":[{"b":"q"},{"b":"q"}]})", R"({"a":[{"b":"zzz"},{"b":"zzz"}]})", false, "$.a[1].b: Expected 'zzz' to match 'x+'");
    row("bracket notation for odd keys", R"({"$['a.b']":{"matchers":[{"match":"type"}]}})", R"({"a.b":1})", R"({"a.b":99})", true);
    row("star wildcard", R"({"$.*":{"matchers":[{"match":"type"}]}})", R"({"a":1,"b":"x"})", R"({"a":2,"b":"y"})", true);
    row("combine OR", R"({"$.v":{"combine":"OR","matchers":[{"match":"integer"},{"match":"regex","regex":"[a-z]+"}]}})", R"({"v":1})", R"({"v":"abc"})", true);
    row("combine AND", R"({"$.v":{"combine":"AND","matchers":[{"match":"integer"},{"match":"regex","regex":"[a-z]+"}]}})", R"({"v":1})", R"({"v":"abc"})", false);
    row("equality resets cascade", R"({"$":{"matchers":[{"match":"type"}]},"$.id":{"matchers":[{"match":"equality"}]}})", R"({"id":1,"n":"a"})", R"({"id":2,"n":"b"})", false, "Expected 2 (Integer) to be equal to 1 (Integer)");
    row("list too long without rules", none, R"([1])", R"([1,2])", false, "Expected a List with 1 elements but received 2 elements");
    row("list order matters", none, R"([1,2])", R"([2,1])", false);
}

void TestMatchers::jsonBody()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    const MatchResult r = matchResponse(expectedResponse(rules, expected), actualResponse(actual), SpecVersion::V3);
    QVERIFY2(r.matched() == ok, qPrintable(sentences(r)));
    if (!sentence.isEmpty())
        QVERIFY2(sentences(r).contains(sentence), qPrintable(sentences(r)));
}

void TestMatchers::requestBodyKeys()
{
    QJsonObject e{{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("path"), QStringLiteral("/")},
                  {QStringLiteral("body"), json(R"({"a":1})")}};
    const HttpRequest expected = PactReader::readRequest(e, SpecVersion::V3);
    HttpRequest actual;
    actual.method = QStringLiteral("post");
    actual.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    actual.body = Body::fromBytes(R"({"a":1,"b":null})", QString());
    const MatchResult r = matchRequest(expected, actual, SpecVersion::V3);
    QVERIFY(!r.matched());
    QCOMPARE(r.mismatches.first().sentence, QStringLiteral("Expected a Map with keys [a] but received one with keys [a, b]"));
}

void TestMatchers::headers_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sentence");
    auto row = [](const char *name, const char *e, const char *a, const char *r, bool ok, const char *s = "") {
        QTest::addRow("%s", name) << QByteArray(e) << QByteArray(a) << QByteArray(r) << ok << QString::fromUtf8(s);
    };
    row("name case", R"({"X-Test":"a"})", R"({"x-test":"a"})", "", true);
    row("value case", R"({"X-Test":"a"})", R"({"X-Test":"A"})", "", false, "Mismatch with header 'X-Test': Expected 'A' to be equal to 'a'");
    row("missing", R"({"X-Test":"a"})", R"({})", "", false, "Expected a header 'X-Test' but was missing");
    row("comma whitespace", R"({"Accept":"a, b"})", R"({"Accept":"a,b"})", "", true);
    row("accept missing range", R"({"Accept":"application/json"})", R"({"Accept":"*/*"})", "", false, "Expected header 'Accept' to have value 'application/json' but was '*/*'");
    row("content type charset case", R"({"Content-Type":"application/json;charset=UTF-8"})", R"({"Content-Type":"application/json; charset=utf-8"})", "", true);
    row("content type missing charset", R"({"Content-Type":"application/json;charset=UTF-8"})", R"({"Content-Type":"application/json"})", "", false);
    row("content type extra param", R"({"Content-Type":"application/json"})", R"({"Content-Type":"application/json;charset=utf-8"})", "", true);
    row("include on header", R"({"X-Trace":"abc"})", R"({"x-trace":"zzabczz"})", R"({"X-Trace":{"matchers":[{"match":"include","value":"abc"}]}})", true);
    row("include on header fails", R"({"X-Trace":"abc"})", R"({"x-trace":"zz"})", R"({"X-Trace":{"matchers":[{"match":"include","value":"abc"}]}})", false, "Expected 'zz' to include 'abc'");
    row("number rule coerces header text", R"({"X-Count":"1"})", R"({"X-Count":"42"})", R"({"x-count":{"matchers":[{"match":"integer"}]}})", true);
    row("regex on header", R"({"X-Id":"1"})", R"({"X-Id":"12a"})", R"({"X-Id":{"matchers":[{"match":"regex","regex":"\\d+"}]}})", false, "Expected '12a' to match '\\d+'");
}

void TestMatchers::headers()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, rules);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    QJsonObject e{{QStringLiteral("status"), 200}, {QStringLiteral("headers"), json(expected)}};
    if (!rules.isEmpty())
        e.insert(QStringLiteral("matchingRules"), QJsonObject{{QStringLiteral("header"), json(rules)}});
    const QJsonObject a{{QStringLiteral("status"), 200}, {QStringLiteral("headers"), json(actual)}};
    const MatchResult r = matchResponse(PactReader::readResponse(e, SpecVersion::V3), PactReader::readResponse(a, SpecVersion::V3));
    QVERIFY2(r.matched() == ok, qPrintable(sentences(r)));
    if (!sentence.isEmpty())
        QVERIFY2(sentences(r).contains(sentence), qPrintable(sentences(r)));
}

void TestMatchers::query_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sentence");
    auto row = [](const char *name, const char *e, const char *a, const char *r, bool ok, const char *s = "") {
        QTest::addRow("%s", name) << QByteArray(e) << QByteArray(a) << QByteArray(r) << ok << QString::fromUtf8(s);
    };
    row("order free", R"({"a":["1"],"b":["2"]})", R"({"b":["2"],"a":["1"]})", "", true);
    row("missing", R"({"a":["1"],"b":["2"]})", R"({"a":["1"]})", "", false, "Expected query parameter 'b' but was missing");
    row("unexpected", R"({"a":["1"]})", R"({"a":["1"],"c":["3"]})", "", false, "Unexpected query parameter 'c' received");
    row("repeated order", R"({"a":["1","2"]})", R"({"a":["2","1"]})", "", false, "Expected query parameter 'a' with value '1' but was '2'");
    row("regex min", R"({"a":["1"]})", R"({"a":["11","22","33"]})", R"({"a":{"matchers":[{"match":"regex","regex":"\\d+"},{"match":"type","min":2}]}})", true);
    row("number coerced", R"({"n":["1"]})", R"({"n":["3.5"]})", R"({"n":{"matchers":[{"match":"number"}]}})", true);
    row("missing and unexpected together", R"({"a":["1"],"b":["2"]})", R"({"a":["1"],"c":["3"]})", "", false, "Unexpected query parameter 'c' received");
    row("integer coerced rejects", R"({"n":["1"]})", R"({"n":["3.5"]})", R"({"n":{"matchers":[{"match":"integer"}]}})", false, "Expected '3.5' to match an integer number");
}

void TestMatchers::query()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, rules);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    QJsonObject e{{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("/")},
                  {QStringLiteral("query"), json(expected)}};
    if (!rules.isEmpty())
        e.insert(QStringLiteral("matchingRules"), QJsonObject{{QStringLiteral("query"), json(rules)}});
    const QJsonObject a{{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("/")},
                        {QStringLiteral("query"), json(actual)}};
    const MatchResult r = matchRequest(PactReader::readRequest(e, SpecVersion::V3), PactReader::readRequest(a, SpecVersion::V3));
    QVERIFY2(r.matched() == ok, qPrintable(sentences(r)));
    if (!sentence.isEmpty())
        QVERIFY2(sentences(r).contains(sentence), qPrintable(sentences(r)));
}

void TestMatchers::bodiesFromBytes_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sentence");
    auto row = [](const char *name, const char *ct, const QByteArray &e, const QByteArray &a, const char *r, bool ok, const char *s = "") {
        QTest::addRow("%s", name) << QString::fromLatin1(ct) << e << a << QByteArray(r) << ok << QString::fromUtf8(s);
    };
    row("text equal", "text/plain", "Hello World!", "Hello World!", "", true);
    row("text differs", "text/plain", "Hello World!", "Hello Mars!", "", false, "Expected body 'Hello World!' to match 'Hello Mars!' using equality but did not match");
    row("text regex", "text/plain", "Hello 1", "Hello 42", R"({"$":{"matchers":[{"match":"regex","regex":"Hello \\d+"}]}})", true);
    row("form equal", "application/x-www-form-urlencoded", "a=1&b=2", "b=2&a=1", "", true);
    row("form differs", "application/x-www-form-urlencoded", "a=1&c=3", "a=1&c=33", "", false, "Expected form post parameter 'c' with value '3' but was '33'");
    row("form rule", "application/x-www-form-urlencoded", "a=1", "a=99", R"({"$.a":{"matchers":[{"match":"regex","regex":"\\d+"}]}})", true);
    row("xml attribute regex", "application/xml", "<a id=\"1\"/>", "<a id=\"22\"/>", R"({"$.a['@id']":{"matchers":[{"match":"regex","regex":"\\d+"}]}})", true);
    row("xml text", "application/xml", "<a><b>x</b></a>", "<a><b>y</b></a>", "", false, "$.a.b['#text']: Expected 'y' to be equal to 'x'");
    row("xml unexpected child allowed in response", "application/xml", "<a><b>x</b></a>", "<a><b>x</b><c/></a>", "", true);
    // Nesting is capped before the tree is built (256 levels): deeper actual bodies are a parse failure naming it.
    const auto nested = [](int depth) -> QByteArray { return QByteArray("<a>").repeated(depth) + QByteArray("</a>").repeated(depth); };
    row("xml at the depth limit", "application/xml", nested(256), nested(256), "", true);
    row("xml over the depth limit", "application/xml", nested(2), nested(100000), "", false,
        "Failed to parse the actual body: 'elements nested deeper than the limit of 256 at line 1, column 771'");
    row("binary equal", "application/octet-stream", QByteArray("\x00\x01\x02", 3), QByteArray("\x00\x01\x02", 3), "", true);
    row("binary differs", "application/octet-stream", QByteArray("\x00\x01", 2), QByteArray("\x00\x02", 2), "", false, "is not equal to the expected body");
    row("binary content type rule", "application/octet-stream", "x", QByteArray("\x89PNG\r\n\x1a\n0000", 12), R"({"$":{"matchers":[{"match":"contentType","value":"image/png"}]}})", true);
    row("binary content type rule fails", "application/octet-stream", "x", QByteArray("%PDF-1.4"), R"({"$":{"matchers":[{"match":"contentType","value":"image/png"}]}})", false, "Expected binary contents to have content type 'image/png' but detected contents was 'application/pdf'");
    const QByteArray mp = "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XX\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.json\"\r\nContent-Type: application/json\r\n\r\n{\"n\":1}\r\n--XX--\r\n";
    const QByteArray mp2 = "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XX\r\nContent-Disposition: form-data; name=\"f\"; filename=\"g.json\"\r\nContent-Type: application/json\r\n\r\n{\"n\":2}\r\n--XX--\r\n";
    row("multipart file part json differs", "multipart/form-data; boundary=XX", mp, mp2, "", false, "MIME part 'f': Expected 2 (Integer) to be equal to 1 (Integer)");
    row("multipart file part rule", "multipart/form-data; boundary=XX", mp, mp2, R"({"$.f.n":{"matchers":[{"match":"integer"}]}})", true);
    // Parts sent with a base64 transfer encoding are compared decoded.
    const QByteArray plainPart = "--XX\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nhello\r\n--XX--\r\n";
    const QByteArray base64Part = "--XX\r\nContent-Disposition: form-data; name=\"t\"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--XX--\r\n";
    row("multipart base64 part decoded", "multipart/form-data; boundary=XX", plainPart, base64Part, "", true);
}

void TestMatchers::bodiesFromBytes()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, rules);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    HttpResponse e;
    e.headers.append(QStringLiteral("Content-Type"), contentType);
    e.body = Body::fromBytes(expected, QString());
    if (!rules.isEmpty()) {
        const QJsonObject r = QJsonDocument::fromJson(rules).object();
        for (auto it = r.begin(); it != r.end(); ++it)
            e.matchingRules.add(QStringLiteral("body"), it.key(),
                                RuleList{{matcher(QJsonDocument(it.value().toObject().value(u"matchers").toArray().at(0).toObject()).toJson())}, RuleLogic::And, {}});
    }
    HttpResponse a;
    a.headers.append(QStringLiteral("Content-Type"), contentType);
    a.body = Body::fromBytes(actual, QString());
    const MatchResult r = matchResponse(e, a);
    QVERIFY2(r.matched() == ok, qPrintable(sentences(r)));
    if (!sentence.isEmpty())
        QVERIFY2(sentences(r).contains(sentence), qPrintable(sentences(r)));
}

void TestMatchers::messages()
{
    const QJsonObject e = QJsonDocument::fromJson(R"({"contents":{"id":1},"metaData":{"contentType":"application/json","topic":"users"},
        "matchingRules":{"body":{"$.id":{"matchers":[{"match":"integer"}]}}}})").object();
    const QJsonObject a = QJsonDocument::fromJson(R"({"contents":{"id":7,"extra":true},"metaData":{"contentType":"application/json","topic":"accounts"}})").object();
    const MatchResult r = matchMessage(PactReader::readMessage(e, SpecVersion::V3), PactReader::readMessage(a, SpecVersion::V3));
    QCOMPARE(r.mismatches.size(), 1);
    QCOMPARE(r.mismatches.first().kind, MismatchKind::Metadata);
    QVERIFY(r.mismatches.first().sentence.startsWith(QStringLiteral("Expected metadata key 'topic' to have value '\"users\"' but was '\"accounts\"'")));
}

void TestMatchers::statusCode()
{
    HttpResponse e;
    e.status = 200;
    Matcher m = matcher(R"({"match":"statusCode","status":"success"})");
    e.matchingRules.add(QStringLiteral("status"), QString(), RuleList{{m}, RuleLogic::And, {}});
    HttpResponse a;
    a.status = 204;
    QVERIFY(matchResponse(e, a).matched());
    a.status = 400;
    const MatchResult r = matchResponse(e, a);
    QCOMPARE(r.mismatches.first().sentence, QStringLiteral("Expected status code 400 to be a Successful response (200–299)"));
    HttpResponse plain;
    plain.status = 201;
    QCOMPARE(matchResponse(plain, a).mismatches.first().sentence, QStringLiteral("expected 201 but was 400"));
}

void TestMatchers::badRegexIsLocated()
{
    const MatchResult r = matchResponse(expectedResponse(R"({"$.a":{"matchers":[{"match":"regex","regex":"(unclosed"}]}})", R"({"a":"x"})"),
                                        actualResponse(R"({"a":"x"})"));
    QVERIFY(!r.matched());
    QCOMPARE(r.mismatches.first().path, QStringLiteral("$.a"));
    QVERIFY(r.mismatches.first().sentence.contains(QStringLiteral("is not a valid regular expression")));
    MatchingRules rules;
    rules.add(QStringLiteral("body"), QStringLiteral("$.a"), RuleList{{matcher(R"({"match":"regex","regex":"(unclosed"})")}, RuleLogic::And, {}});
    const QList<Mismatch> problems = ruleProblems(rules);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, QStringLiteral("matchingRules.body['$.a'].matchers[0]"));
}

void TestMatchers::scoreRanksNearMisses()
{
    const HttpResponse e = expectedResponse("", R"({"a":1,"b":2,"c":3,"d":4})");
    const MatchResult good = matchResponse(e, actualResponse(R"({"a":1,"b":2,"c":3,"d":4})"));
    const MatchResult near = matchResponse(e, actualResponse(R"({"a":1,"b":2,"c":3,"d":5})"));
    const MatchResult far = matchResponse(e, actualResponse(R"({"a":9,"b":9,"c":9,"d":9})"));
    QCOMPARE(good.score(), 100);
    QVERIFY(near.score() > far.score());
    QVERIFY(near.score() < 100);
}

void TestMatchers::threadSafe()
{
    const HttpResponse e = expectedResponse(R"({"$.l":{"matchers":[{"match":"type","min":1}]},"$.l[*].id":{"matchers":[{"match":"regex","regex":"[0-9a-f]+"}]}})",
                                            R"({"l":[{"id":"ab12"}]})");
    const HttpResponse a = actualResponse(R"({"l":[{"id":"00ff"},{"id":"cafe"},{"id":"beef"}]})");
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (!matchResponse(e, a).matched())
                    ++failures;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_APPLESS_MAIN(TestMatchers)
#include "tst_matchers.moc"

void TestMatchers::departures_data()
{
    QTest::addColumn<QByteArray>("expected"); ///< a response as a V4 pact writes it
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("note"); ///< a part of the one departure note; empty: none
    QTest::addRow("V4 Accept with commas, equal") << QByteArray(R"({"status":200,"headers":{"Accept":["a,b"]}})")
                                                << QByteArray(R"({"status":200,"headers":{"Accept":["a, b"]}})")
                                                << int(SpecVersion::V4) << true << u"header 'Accept'"_qs;
    QTest::addRow("V3 Accept with commas: the reference agrees")
        << QByteArray(R"({"status":200,"headers":{"Accept":"a,b"}})") << QByteArray(R"({"status":200,"headers":{"Accept":"a, b"}})")
        << int(SpecVersion::V3) << true << QString();
    QTest::addRow("V4 Accept as a list: the reference agrees")
        << QByteArray(R"({"status":200,"headers":{"Accept":["a","b"]}})") << QByteArray(R"({"status":200,"headers":{"Accept":["a, b"]}})")
        << int(SpecVersion::V4) << true << QString();
    QTest::addRow("V4 Accept failing anyway: no note")
        << QByteArray(R"({"status":200,"headers":{"Accept":["a,b"]}})") << QByteArray(R"({"status":200,"headers":{"Accept":["c"]}})")
        << int(SpecVersion::V4) << false << QString();
    QTest::addRow("V4 custom header with commas: the reference agrees")
        << QByteArray(R"({"status":200,"headers":{"X-Methods":["GET, POST"]}})")
        << QByteArray(R"({"status":200,"headers":{"X-Methods":["GET,POST"]}})") << int(SpecVersion::V4) << true << QString();
    const QByteArray xml = R"({"status":200,"headers":{"Content-Type":["application/xml"]},
        "body":{"contentType":"application/xml","encoded":false,"content":"<animals><alligator phoneNumber=\"0415674567\"/></animals>"},
        "matchingRules":{"body":{"$.animals":{"matchers":[{"match":"type","min":1}]},
          "$.animals[*].alligator['@phoneNumber']":{"matchers":[{"match":"regex","regex":"\\d+"}]}}}})";
    const auto xmlAnswer = [](const char *phones) {
        return QStringLiteral(R"({"status":200,"headers":{"Content-Type":["application/xml"]},"body":{"contentType":"application/xml","encoded":false,"content":"<animals>%1</animals>"}})")
            .arg(QString::fromLatin1(phones)).toUtf8();
    };
    QTest::addRow("XML attribute rule through [*], failing")
        << xml << xmlAnswer(R"(<alligator phoneNumber=\"123\"/><alligator phoneNumber=\"abc\"/>)") << int(SpecVersion::V4) << false
        << u"XML attribute $.animals.alligator['@phoneNumber']"_qs;
    QTest::addRow("XML attribute rule through [*], passing")
        << xml << xmlAnswer(R"(<alligator phoneNumber=\"123\"/>)") << int(SpecVersion::V4) << true
        << u"XML attribute $.animals.alligator['@phoneNumber']"_qs;
    const QByteArray direct = QByteArray(xml).replace("$.animals[*].alligator", "$.animals.alligator");
    QTest::addRow("XML attribute rule without an index step: no note")
        << direct << xmlAnswer(R"(<alligator phoneNumber=\"abc\"/>)") << int(SpecVersion::V4) << false << QString();
}

void TestMatchers::departures()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(int, version);
    QFETCH(bool, ok);
    QFETCH(QString, note);
    const auto v = SpecVersion(version);
    const HttpResponse e = PactReader::readResponse(QJsonDocument::fromJson(expected).object(), v);
    const HttpResponse a = PactReader::readResponse(QJsonDocument::fromJson(actual).object(), v);
    QStringList notes;
    {
        DepartureLog log;
        const MatchResult r = matchResponse(e, a, v);
        QVERIFY2(r.matched() == ok, qPrintable(sentences(r)));
        notes = log.take();
    }
    if (note.isEmpty()) {
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    } else {
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.constFirst().contains(note), qPrintable(notes.constFirst()));
        QVERIFY(notes.constFirst().contains(u"pact verifier 18.1.2"));
    }
    // Without a log the notes go nowhere, and matching is the same.
    QCOMPARE(matchResponse(e, a, v).matched(), ok);
}
