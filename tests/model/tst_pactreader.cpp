// SPDX-License-Identifier: MIT
// The reader: what each version's format becomes in the model, and the located error each bad input gives.
// (moc 6.4 misreads raw strings holding \" or "([": those fixtures use ordinary literals.)

#include <core/model/pactreader.h>

#include <QJsonArray>
#include <QtTest>

using namespace Pactbench;

namespace {

QByteArray v2Pact(const QByteArray &interaction)
{
    return R"({"consumer":{"name":"C"},"provider":{"name":"P"},"metadata":{"pactSpecification":{"version":"2.0.0"}},"interactions":[)"
        + interaction + "]}";
}

QByteArray v4Pact(const QByteArray &interaction)
{
    return R"({"consumer":{"name":"C"},"provider":{"name":"P"},"metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[)"
        + interaction + "]}";
}

const Diagnostic *find(const Diagnostics &ds, const QString &path)
{
    for (const Diagnostic &d : ds) {
        if (d.jsonPath == path)
            return &d;
    }
    return nullptr;
}

QString dump(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out.append(d.toString());
    return out.join(u'\n');
}

} // namespace

class TestPactReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("path"); // or "line:column" for syntax errors
        QTest::addColumn<QString>("message");

        const int fatal = int(Diagnostic::Severity::Fatal);
        const int invalid = int(Diagnostic::Severity::Error);
        const int warning = int(Diagnostic::Severity::Warning);
        QTest::addRow("empty file") << QByteArray() << fatal << QString() << u"the file is empty"_qs;
        QTest::addRow("white space only") << QByteArray(" \n\t\n") << fatal << QString()
                                          << u"the file is empty (it holds only white space)"_qs;
        QTest::addRow("BOM only") << QByteArray("\xEF\xBB\xBF") << fatal << QString() << u"the file is empty"_qs;
        QTest::addRow("not a pact") << QByteArray(R"({"name": "web-app", "version": "1.0.0"})") << fatal << QString()
                                    << u"not a pact: it has no 'consumer', 'provider', 'interactions' or 'messages' "
                                       "(its keys: name, version)"_qs;
        QTest::addRow("empty object") << QByteArray("{}") << fatal << QString() << u"(it is an empty object)"_qs;
        QTest::addRow("trailing comma") << QByteArray("{\n  \"a\": [1,\n  ]\n}") << fatal << u"3:4"_qs << u"not valid JSON"_qs;
        QTest::addRow("array root") << QByteArray("[]") << fatal << u"$"_qs << u"must hold a JSON object"_qs;
        QTest::addRow("interactions not array")
            << QByteArray(R"({"consumer":{"name":"C"},"provider":{"name":"P"},"interactions":{}})") << fatal
            << u"$.interactions"_qs << u"'interactions' must be an array, not object"_qs;
        QTest::addRow("interaction not object") << v2Pact("42") << fatal << u"$.interactions[0]"_qs
                                                << u"an interaction must be an object, not number"_qs;
        QTest::addRow("method number")
            << v2Pact(R"({"description":"d","request":{"method":1,"path":"/"},"response":{"status":200}})") << fatal
            << u"$.interactions[0].request.method"_qs << u"'method' must be a string, not number"_qs;
        QTest::addRow("status fraction")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/"},"response":{"status":200.5}})") << fatal
            << u"$.interactions[0].response.status"_qs << u"'status' must be a whole number, not 200.5"_qs;
        QTest::addRow("status range")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/"},"response":{"status":600}})") << invalid
            << u"$.interactions[0].response.status"_qs << u"status 600 is outside 100–599"_qs;
        QTest::addRow("status past 32 bits")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/"},"response":{"status":99999999999}})") << fatal
            << u"$.interactions[0].response.status"_qs << u"status 99999999999 is not an HTTP status (three digits, 100–599)"_qs;
        QTest::addRow("status negative")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/"},"response":{"status":-1}})") << fatal
            << u"$.interactions[0].response.status"_qs << u"status -1 is not an HTTP status"_qs;
        // (\u007b is '{': moc counts braces even in raw strings.)
        QTest::addRow("regex generator unclosed {")
            << v4Pact(R"({"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/"},"response":{"status":200,"generators":{"body":{"$.id":{"type":"Regex","regex":"x\u007b2"}}}}})")
            << invalid << u"$.interactions[0].response.generators.body['$.id']"_qs
            << u"Regex generator: unclosed '{' at offset 1"_qs;
        QTest::addRow("string generator size")
            << v4Pact(R"({"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/","generators":{"header":{"X-Id":{"type":"RandomString","size":2000000000}}}},"response":{"status":200}})")
            << invalid << u"$.interactions[0].request.generators.header.X-Id"_qs
            << u"RandomString generator: 'size' 2000000000 is over the limit of 65536"_qs;
        QTest::addRow("status generator date amount")
            << v4Pact(R"({"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/"},"response":{"status":200,"generators":{"status":{"type":"DateTime","expression":"+ 99999999999 days"}}}})")
            << invalid << u"$.interactions[0].response.generators.status"_qs
            << u"DateTime generator: expression '+ 99999999999 days': the amount 99999999999 is over the limit of 1000000000"_qs;
        QTest::addRow("V2 message generator")
            << QByteArray(R"({"consumer":{"name":"C"},"provider":{"name":"P"},"metadata":{"pactSpecification":{"version":"3.0.0"}},"messages":[{"description":"m","contents":{"a":1},"generators":{"body":{"$.a":{"type":"RandomInt","min":9,"max":1}}}}]})")
            << invalid << u"$.messages[0].generators.body['$.a']"_qs << u"RandomInt generator: 'min' is greater than 'max'"_qs;
        QTest::addRow("missing description")
            << v2Pact(R"({"request":{"method":"GET","path":"/"},"response":{"status":200}})") << invalid
            << u"$.interactions[0].description"_qs << u"'description' is missing"_qs;
        QTest::addRow("missing consumer")
            << QByteArray(R"({"provider":{"name":"P"},"interactions":[]})") << invalid << u"$.consumer"_qs
            << u"'consumer' is missing"_qs;
        QTest::addRow("header value number")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/","headers":{"X":1}},"response":{"status":200}})")
            << fatal << u"$.interactions[0].request.headers.X"_qs << u"header values must be strings or lists of strings, not number"_qs;
        QTest::addRow("odd header name located with brackets")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/","headers":{"X Y":true}},"response":{"status":200}})")
            << fatal << u"$.interactions[0].request.headers['X Y']"_qs << u"not boolean"_qs;
        QTest::addRow("header name from a digit located with brackets")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/","headers":{"9a":true}},"response":{"status":200}})")
            << fatal << u"$.interactions[0].request.headers['9a']"_qs << u"not boolean"_qs;
        QTest::addRow("quote in a name escaped")
            << v2Pact("{\"description\":\"d\",\"request\":{\"method\":\"GET\",\"path\":\"/\",\"headers\":{\"it\u0027s\":true}},\"response\":{\"status\":200}}")
            << fatal << u"$.interactions[0].request.headers['it\\'s']"_qs << u"not boolean"_qs;
        QTest::addRow("underscore and digits after a dot")
            << v2Pact(R"({"description":"d","request":{"method":"GET","path":"/","headers":{"_x9-Y":true}},"response":{"status":200}})")
            << fatal << u"$.interactions[0].request.headers._x9-Y"_qs << u"not boolean"_qs;
        QTest::addRow("bad regex")
            << v2Pact("{\"description\":\"d\",\"request\":{\"method\":\"GET\",\"path\":\"/\",\"matchingRules\":{\"$.path\":{\"match\":\"regex\",\"regex\":\"([\"}}},\"response\":{\"status\":200}}")
            << invalid << u"$.interactions[0].request.matchingRules['$.path']"_qs << u"invalid regex '(['"_qs;
        QTest::addRow("bad combine")
            << v4Pact(R"({"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/","matchingRules":{"path":{"combine":"XOR","matchers":[{"match":"type"}]}}},"response":{"status":200}})")
            << invalid << u"$.interactions[0].request.matchingRules.path.combine"_qs << u"'combine' must be AND or OR, not 'XOR'"_qs;
        QTest::addRow("unknown matcher")
            << v4Pact(R"({"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/","matchingRules":{"path":{"matchers":[{"match":"fuzzy"}]}}},"response":{"status":200}})")
            << warning << u"$.interactions[0].request.matchingRules.path.matchers[0]"_qs << u"unknown matcher type 'fuzzy'"_qs;
        QTest::addRow("pending string")
            << v4Pact(R"({"type":"Synchronous/HTTP","description":"d","pending":"yes","request":{"method":"GET","path":"/"},"response":{"status":200}})")
            << invalid << u"$.interactions[0].pending"_qs << u"'pending' must be true or false, not string; kept as it is"_qs;
        QTest::addRow("unknown V4 type")
            << v4Pact(R"({"type":"Asynchronous/Carrier-Pigeon","description":"d"})") << invalid
            << u"$.interactions[0].type"_qs << u"unknown interaction type 'Asynchronous/Carrier-Pigeon'"_qs;
        QTest::addRow("bad base64")
            << v4Pact(R"({"type":"Synchronous/HTTP","description":"d","request":{"method":"GET","path":"/","body":{"content":"@@@","contentType":"application/octet-stream","encoded":"base64"}},"response":{"status":200}})")
            << invalid << u"$.interactions[0].request.body.content"_qs << u"content is not valid base64; kept as text"_qs;
        QTest::addRow("unknown key kept")
            << v2Pact(R"({"description":"d","_id":"abc","request":{"method":"GET","path":"/"},"response":{"status":200}})")
            << warning << u"$.interactions[0]._id"_qs << u"unknown attribute '_id' kept as it is"_qs;
        QTest::addRow("version number")
            << QByteArray(R"({"consumer":{"name":"C"},"provider":{"name":"P"},"interactions":[],"metadata":{"pactSpecification":{"version":2}}})")
            << invalid << u"$.metadata.pactSpecification.version"_qs << u"must be a string like \"3.0.0\", not number"_qs;
        QTest::addRow("metadata empty array")
            << QByteArray(R"({"consumer":{"name":"C"},"provider":{"name":"P"},"interactions":[],"metadata":[]})")
            << warning << u"$.metadata"_qs << u"'metadata' is an empty array where an object belongs; read as {}"_qs;
        QTest::addRow("metadata non-empty array")
            << QByteArray(R"({"consumer":{"name":"C"},"provider":{"name":"P"},"interactions":[],"metadata":[1]})")
            << fatal << u"$.metadata"_qs << u"'metadata' must be an object, not array"_qs;
        QTest::addRow("lone surrogate")
            << QByteArray("{\"consumer\":{\"name\":\"C\\ud800\"},\"provider\":{\"name\":\"P\"},\"interactions\":[]}") << warning
            << u"1:23"_qs << u"lone UTF-16 surrogate escape \\ud800"_qs;
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, severity);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const ReadResult r = PactReader::read(json);
        const Diagnostic *d = nullptr;
        for (const Diagnostic &x : r.diagnostics) {
            if (x.location() == path && x.message.contains(message))
                d = &x;
        }
        QVERIFY2(d, qPrintable(QStringLiteral("expected '%1' at %2, got:\n%3").arg(message, path, dump(r.diagnostics))));
        QCOMPARE(int(d->severity), severity);
        QCOMPARE(r.ok(), severity != int(Diagnostic::Severity::Fatal));
    }

    void bomIsSkipped()
    {
        const ReadResult r = PactReader::read("\xEF\xBB\xBF" + v2Pact(""));
        QVERIFY(r.ok());
        QCOMPARE(r.pact->consumer.name, u"C"_qs);
        QCOMPARE(r.pact->specVersion, SpecVersion::V2);
    }

    void legacyProviderStateAndQueryString()
    {
        const ReadResult r = PactReader::read(v2Pact(
            R"({"description":"d","providerState":"a thing exists","request":{"method":"get","path":"/x","query":"a=1&b=x%20y&a=2&flag"},"response":{"status":200}})"));
        QVERIFY(r.ok());
        const Interaction &i = r.pact->interactions.at(0);
        QCOMPARE(i.providerStateNames(), QStringList{u"a thing exists"_qs});
        QCOMPARE(i.request.method, u"get"_qs);
        QCOMPARE(i.request.query.values(u"a"_qs), (QStringList{u"1"_qs, u"2"_qs}));
        QCOMPARE(i.request.query.value(u"b"_qs), u"x y"_qs);
        QVERIFY(i.request.query.contains(u"flag"_qs));
        QVERIFY(i.request.query.value(u"flag"_qs).isNull());
    }

    void v2HeaderRuleWithValueIndex()
    {
        // pact_models 1.1 wrote header rules as "$.header['X-Token'][0]".
        const ReadResult r = PactReader::read(v2Pact(
            R"({"description":"d","request":{"method":"GET","path":"/","headers":{"X-Token":"a"},)"
            R"("matchingRules":{"$.header['X-Token'][0]":{"match":"type"},"$.header['X-Other']":{"match":"type"}}},)"
            R"("response":{"status":200}})"));
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(d.severity == Diagnostic::Severity::Warning, qPrintable(d.toString()));
        const MatchingRules &rules = r.pact->interactions.at(0).request.matchingRules;
        QVERIFY(!rules.hasCategory(QStringLiteral("body")));
        QVERIFY(rules.category(QStringLiteral("header")).contains(QStringLiteral("X-Token")));
        QVERIFY(rules.category(QStringLiteral("header")).contains(QStringLiteral("X-Other")));
    }

    void v2RulePathsBecomeCategories()
    {
        const ReadResult r = PactReader::read(v2Pact(R"({"description":"d","request":{"method":"GET","path":"/","matchingRules":{
            "$.path":{"match":"regex","regex":"/\\w+"},
            "$.query.a":{"match":"regex","regex":"\\d+"},
            "$.headers.Accept":{"match":"regex","regex":"\\w+"},
            "$.header.X-Old":{"regex":"x"},
            "$.body":{"match":"type"},
            "$.body.animals[*].name":{"match":"type","min":1}}},"response":{"status":200}})"));
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        const MatchingRules &rules = r.pact->interactions.at(0).request.matchingRules;
        QCOMPARE(rules.categories(), (QStringList{u"body"_qs, u"header"_qs, u"path"_qs, u"query"_qs}));
        QCOMPARE(rules.category(u"body"_qs).keys(), (QStringList{u"$"_qs, u"$.animals[*].name"_qs}));
        QCOMPARE(rules.category(u"header"_qs).keys(), (QStringList{u"Accept"_qs, u"X-Old"_qs}));
        QCOMPARE(rules.category(u"header"_qs).value(u"X-Old"_qs).matchers.at(0).type, u"regex"_qs);
        QCOMPARE(rules.category(u"body"_qs).value(u"$.animals[*].name"_qs).matchers.at(0).attributes.value(u"min").toInt(), 1);
        QVERIFY(rules.category(u"path"_qs).contains(QString()));
        QCOMPARE(rules.category(u"query"_qs).keys(), QStringList{u"a"_qs});
    }

    void v4BodiesKeepEncoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("json") << QByteArray(R"({"content":{"a":1},"contentType":"application/json","encoded":false})")
                              << int(Body::Encoding::Json) << QByteArray(R"({"a":1})");
        QTest::addRow("base64") << QByteArray(R"({"content":"AAEC/w==","contentType":"application/octet-stream","encoded":"base64"})")
                                << int(Body::Encoding::Base64) << QByteArray("\x00\x01\x02\xff", 4);
        QTest::addRow("text") << QByteArray(R"({"content":"hello","contentType":"text/plain","encoded":false})")
                              << int(Body::Encoding::Text) << QByteArray("hello");
        QTest::addRow("json string") << QByteArray("{\"content\":\"{\\\"a\\\": 1}\",\"contentType\":\"application/json\",\"encoded\":\"JSON\"}")
                                     << int(Body::Encoding::JsonString) << QByteArray(R"({"a": 1})");
        QTest::addRow("xml") << QByteArray("{\"content\":\"<a b=\\\"1\\\"/>\",\"contentType\":\"application/xml\",\"encoded\":false}")
                             << int(Body::Encoding::Text) << QByteArray(R"(<a b="1"/>)");
    }

    void v4BodiesKeepEncoding()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, encoding);
        QFETCH(QByteArray, content);
        const ReadResult r = PactReader::read(v4Pact(
            R"({"type":"Synchronous/HTTP","description":"d","request":{"method":"POST","path":"/","body":)" + body
            + R"(},"response":{"status":200}})"));
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        const Body &b = r.pact->interactions.at(0).request.body;
        QCOMPARE(int(b.state), int(Body::State::Present));
        QCOMPARE(int(b.encoding), encoding);
        QCOMPARE(b.content(), content);
    }

    void v3StringBodyWithJsonTypeIsJson()
    {
        const ReadResult r = PactReader::read(v2Pact(
            "{\"description\":\"d\",\"request\":{\"method\":\"POST\",\"path\":\"/\",\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"{\\\"a\\\":[1,2]}\"},\"response\":{\"status\":200,\"body\":\"\"}}"));
        QVERIFY(r.ok());
        const Interaction &i = r.pact->interactions.at(0);
        QCOMPARE(int(i.request.body.encoding), int(Body::Encoding::JsonString));
        QCOMPARE(i.request.body.asJson().toObject().value(u"a").toArray().size(), 2);
        QCOMPARE(int(i.response.body.state), int(Body::State::Empty));
    }

    void messagesAndSyncMessages()
    {
        const ReadResult r = PactReader::read(v4Pact(R"(
            {"type":"Asynchronous/Messages","description":"m","contents":{"content":{"id":1},"contentType":"application/json","encoded":false},
             "metadata":{"topic":"orders"},"matchingRules":{"content":{"$.id":{"matchers":[{"match":"integer"}]}}}},
            {"type":"Synchronous/Messages","description":"s","request":{"contents":{"content":"cQ==","contentType":"application/octet-stream","encoded":"base64"}},
             "response":[{"contents":{"content":"a","contentType":"text/plain","encoded":false}},{"contents":{"content":"b","contentType":"text/plain","encoded":false}}]})"));
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        QCOMPARE(r.pact->interactions.size(), 2);
        const Interaction &m = r.pact->interactions.at(0);
        QCOMPARE(m.kind, InteractionKind::AsynchronousMessage);
        QCOMPARE(m.message.metadata.value(u"topic").toString(), u"orders"_qs);
        QCOMPARE(m.message.matchingRules.category(u"content"_qs).size(), 1);
        const Interaction &s = r.pact->interactions.at(1);
        QCOMPARE(s.kind, InteractionKind::SynchronousMessages);
        QCOMPARE(s.messageRequest.contents.content(), QByteArray("q"));
        QCOMPARE(s.messageResponses.size(), 2);
        QCOMPARE(s.messageResponses.at(1).contents.content(), QByteArray("b"));
    }

    void v3MessagePact()
    {
        const ReadResult r = PactReader::read(QByteArray(R"({"consumer":{"name":"C"},"provider":{"name":"P"},
            "metadata":{"pactSpecification":{"version":"3.0.0"}},
            "messages":[{"description":"m","providerStates":[{"name":"s","params":{"id":7}}],"contents":{"x":true},"metaData":{"contentType":"application/json"}}]})"));
        QVERIFY2(r.ok(), qPrintable(dump(r.diagnostics)));
        const Interaction &m = r.pact->interactions.at(0);
        QCOMPARE(m.kind, InteractionKind::AsynchronousMessage);
        QCOMPARE(m.providerStates.at(0).params.value(u"id").toInt(), 7);
        QCOMPARE(m.message.effectiveContentType(), u"application/json"_qs);
        QVERIFY(!find(r.diagnostics, u"$.messages[0].metaData"_qs));
    }

    void unknownKeysAreKept()
    {
        const ReadResult r = PactReader::read(v4Pact(
            R"({"type":"Synchronous/HTTP","description":"d","x-note":{"a":1},"request":{"method":"GET","path":"/","x-r":1},"response":{"status":200,"x-s":[1]}})"));
        QVERIFY(r.ok());
        const Interaction &i = r.pact->interactions.at(0);
        QCOMPARE(i.extra.value(u"x-note").toObject().value(u"a").toInt(), 1);
        QCOMPARE(i.request.extra.value(u"x-r").toInt(), 1);
        QCOMPARE(i.response.extra.value(u"x-s").toArray().size(), 1);
    }

    void rubyTermsBecomeRegexRules()
    {
        const ReadResult r = PactReader::read(v2Pact(R"({"description":"d","request":{"method":"GET","path":"/"},"response":{"status":200,
            "headers":{"Content-Type":{"json_class":"Pact::Term","data":{"generate":"application/hal+json","matcher":{"json_class":"Regexp","o":0,"s":"application/hal\\+json"}}}}}})"));
        QVERIFY(r.ok());
        const HttpResponse &resp = r.pact->interactions.at(0).response;
        QCOMPARE(resp.headers.value(u"content-type"_qs), u"application/hal+json"_qs);
        const Matcher m = resp.matchingRules.category(u"header"_qs).value(u"Content-Type"_qs).matchers.value(0);
        QCOMPARE(m.type, u"regex"_qs);
        QCOMPARE(m.attributes.value(u"regex").toString(), u"application/hal\\+json"_qs);
    }

    // Many interactions are read in ranges on several threads: the result and the order of the
    // diagnostics are those of one thread, and a fatal problem stops the reading where it is.
    void manyInteractionsReadInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("fatalAt"); // -1: none
        QTest::newRow("1000") << 1000 << -1;
        QTest::newRow("1000, fatal in a later range") << 1000 << 700;
        QTest::newRow("1000, fatal in the first range") << 1000 << 3;
        QTest::newRow("300") << 300 << -1;
    }
    void manyInteractionsReadInOrder()
    {
        QFETCH(int, count);
        QFETCH(int, fatalAt);
        QByteArrayList items;
        QList<int> flawed; // an unknown key: a warning at that interaction
        for (int n = 0; n < count; ++n) {
            if (n == fatalAt) {
                items.append("42");
                continue;
            }
            const bool bad = n % 97 == 5;
            if (bad)
                flawed.append(n);
            items.append(QByteArray(R"({"description":"i)") + QByteArray::number(n) + (bad ? R"(","odd":1)" : "\"")
                         + R"(,"request":{"method":"GET","path":"/p/)" + QByteArray::number(n) + R"("},"response":{"status":200}})");
        }
        const ReadResult r = PactReader::read(v2Pact(items.join(',')));
        QStringList errorPaths;
        for (const Diagnostic &d : r.diagnostics)
            errorPaths.append(d.jsonPath);
        QStringList expected;
        for (int n : std::as_const(flawed)) {
            if (fatalAt < 0 || n < fatalAt)
                expected.append(QStringLiteral("$.interactions[%1].odd").arg(n));
        }
        if (fatalAt >= 0) {
            expected.append(QStringLiteral("$.interactions[%1]").arg(fatalAt));
            QVERIFY(!r.pact);
            QCOMPARE(r.diagnostics.last().severity, Diagnostic::Severity::Fatal);
        } else {
            QVERIFY2(r.pact, qPrintable(dump(r.diagnostics)));
            QCOMPARE(r.pact->interactions.size(), count);
            for (int n = 0; n < count; ++n)
                QCOMPARE(r.pact->interactions.at(n).request.path, QStringLiteral("/p/%1").arg(n));
        }
        QCOMPARE(errorPaths, expected);
    }

    void lineColumn()
    {
        QCOMPARE(lineColumnOf("ab\ncd", 4), (QPair<int, int>(2, 2)));
        QCOMPARE(lineColumnOf("é\nx", 2), (QPair<int, int>(1, 2)));
    }
};

QTEST_APPLESS_MAIN(TestPactReader)
#include "tst_pactreader.moc"
