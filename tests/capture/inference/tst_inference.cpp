// SPDX-License-Identifier: MIT
// Matcher inference on JSON bodies: samples in, proposals out (as "body PATH MATCHER ATTRIBUTES"),
// and for every case the property that the matching engine accepts every sample with the proposals.
#include "inferencecheck.h"

#include <QTest>

using namespace Pactbench;
using namespace InferenceCheck;

namespace {

const QString uuidRe = u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_qs;

} // namespace

class TestInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposals_data();
    void proposals();
    void textEncodedBody();
    void reasonsAndExamples();
    void notes_data();
    void notes();
    void limits_data();
    void limits();
    void otherContentTypes();
    void deepNesting();
};

void TestInference::proposals_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QStringList>("expected");
    // Whether the first sample with the rules matches every sample as a whole body (false where
    // values are left exact on purpose and differ between samples).
    QTest::addColumn<bool>("wholeBody");

    QTest::addRow("integers") << QStringList{u"{\"n\":1}"_qs, u"{\"n\":2}"_qs} << QStringList{u"body $.n integer"_qs} << true;
    QTest::addRow("decimals") << QStringList{u"{\"p\":1.5}"_qs, u"{\"p\":2.25}"_qs} << QStringList{u"body $.p decimal"_qs} << true;
    QTest::addRow("10.0 is a decimal") << QStringList{u"{\"p\":10.0}"_qs, u"{\"p\":2.5}"_qs} << QStringList{u"body $.p decimal"_qs} << true;
    QTest::addRow("1e3 is a decimal") << QStringList{u"{\"p\":1e3}"_qs} << QStringList{u"body $.p decimal"_qs} << true;
    QTest::addRow("past 2^63 still whole") << QStringList{u"{\"n\":12345678901234567890}"_qs, u"{\"n\":3}"_qs}
                                          << QStringList{u"body $.n integer"_qs} << true;
    QTest::addRow("whole and fractions") << QStringList{u"{\"p\":1}"_qs, u"{\"p\":2.5}"_qs} << QStringList{u"body $.p number"_qs} << true;
    QTest::addRow("one sample: integer") << QStringList{u"{\"count\":3}"_qs} << QStringList{u"body $.count integer"_qs} << true;
    QTest::addRow("small constant stays exact") << QStringList{u"{\"v\":2,\"n\":1}"_qs, u"{\"v\":2,\"n\":5}"_qs}
                                                << QStringList{u"body $.n integer"_qs} << true;
    QTest::addRow("large constant") << QStringList{u"{\"total\":123456}"_qs, u"{\"total\":123456}"_qs}
                                    << QStringList{u"body $.total integer"_qs} << true;
    QTest::addRow("ids never constant") << QStringList{u"{\"orderId\":7}"_qs, u"{\"orderId\":7}"_qs}
                                        << QStringList{u"body $.orderId integer"_qs} << true;
    QTest::addRow("uuid") << QStringList{u"{\"id\":\"3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f\"}"_qs,
                                         u"{\"id\":\"A3F2C4B1-8A9D-4C3B-9E2F-1A2B3C4D5E6F\"}"_qs}
                          << QStringList{u"body $.id regex "_qs + uuidRe} << true;
    QTest::addRow("uuid constant is still a uuid") << QStringList{u"[\"3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f\",\"3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f\"]"_qs}
                                                   << QStringList{u"body $ type min=1"_qs, u"body $[*] regex "_qs + uuidRe} << true;
    QTest::addRow("date") << QStringList{u"{\"d\":\"2024-02-29\"}"_qs, u"{\"d\":\"2023-12-31\"}"_qs}
                          << QStringList{u"body $.d date yyyy-MM-dd"_qs} << true;
    QTest::addRow("30 February is text") << QStringList{u"{\"d\":\"2023-02-30\"}"_qs, u"{\"d\":\"2023-12-31\"}"_qs}
                                         << QStringList{u"body $.d type"_qs} << true;
    QTest::addRow("date-time millis Z") << QStringList{u"{\"at\":\"2024-01-02T03:04:05.123Z\"}"_qs, u"{\"at\":\"2024-05-06T07:08:09.999Z\"}"_qs}
                                        << QStringList{u"body $.at timestamp yyyy-MM-dd'T'HH:mm:ss.SSSXXX"_qs} << true;
    QTest::addRow("date-time Z and offset") << QStringList{u"{\"at\":\"2024-01-02T03:04:05Z\"}"_qs, u"{\"at\":\"2024-01-02T03:04:05+01:00\"}"_qs}
                                            << QStringList{u"body $.at timestamp yyyy-MM-dd'T'HH:mm:ssXXX"_qs} << true;
    QTest::addRow("date-time no zone, blank") << QStringList{u"{\"at\":\"2024-01-02 03:04:05\"}"_qs}
                                              << QStringList{u"body $.at timestamp yyyy-MM-dd HH:mm:ss"_qs} << true;
    QTest::addRow("date-time offset without colon") << QStringList{u"{\"at\":\"2024-01-02T03:04:05+0100\"}"_qs}
                                                    << QStringList{u"body $.at timestamp yyyy-MM-dd'T'HH:mm:ssXX"_qs} << true;
    QTest::addRow("date-time offset in hours") << QStringList{u"{\"at\":\"2024-01-02T03:04+01\"}"_qs}
                                               << QStringList{u"body $.at timestamp yyyy-MM-dd'T'HH:mmX"_qs} << true;
    QTest::addRow("date-time zone and none") << QStringList{u"{\"at\":\"2024-01-02T03:04:05Z\"}"_qs, u"{\"at\":\"2024-01-02T03:04:05\"}"_qs}
        << QStringList{u"body $.at regex ^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$"_qs} << true;
    QTest::addRow("date-time fractions differ") << QStringList{u"{\"at\":\"2024-01-02T03:04:05.1Z\"}"_qs, u"{\"at\":\"2024-01-02T03:04:05.123456Z\"}"_qs}
        << QStringList{u"body $.at regex ^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$"_qs} << true;
    QTest::addRow("time") << QStringList{u"{\"t\":\"10:15:00\"}"_qs, u"{\"t\":\"23:59:59\"}"_qs} << QStringList{u"body $.t time HH:mm:ss"_qs} << true;
    QTest::addRow("email") << QStringList{u"{\"e\":\"ann@example.com\"}"_qs, u"{\"e\":\"bob.smith+x@mail.example.org\"}"_qs}
                           << QStringList{u"body $.e regex ^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"_qs} << true;
    QTest::addRow("url") << QStringList{u"{\"u\":\"https://api.example.com/orders/7\"}"_qs, u"{\"u\":\"http://localhost:8080/x?y=1\"}"_qs}
                         << QStringList{u"body $.u regex ^https?://[^\\s/?#]+([/?#]\\S*)?$"_qs} << true;
    QTest::addRow("formats differ: text") << QStringList{u"{\"x\":\"2024-01-02\"}"_qs, u"{\"x\":\"ann@example.com\"}"_qs}
                                          << QStringList{u"body $.x type"_qs} << true;
    QTest::addRow("constant string stays exact") << QStringList{u"{\"c\":\"EUR\",\"n\":\"Ann\"}"_qs, u"{\"c\":\"EUR\",\"n\":\"Bob\"}"_qs}
                                                 << QStringList{u"body $.n type"_qs} << true;
    QTest::addRow("one sample: text") << QStringList{u"{\"name\":\"EUR\"}"_qs} << QStringList{u"body $.name type"_qs} << true;
    QTest::addRow("one sample: enum-like key stays exact") << QStringList{u"{\"status\":\"OPEN\",\"orderType\":\"web\"}"_qs}
                                                           << QStringList{} << true;
    QTest::addRow("enum") << QStringList{u"{\"s\":\"OPEN\"}"_qs, u"{\"s\":\"SHIPPED\"}"_qs, u"{\"s\":\"OPEN\"}"_qs, u"{\"s\":\"SHIPPED\"}"_qs}
                          << QStringList{u"body $.s regex ^(OPEN|SHIPPED)$"_qs} << true;
    QTest::addRow("enum by key name") << QStringList{u"{\"state\":\"a.b\"}"_qs, u"{\"state\":\"c+d\"}"_qs}
                                      << QStringList{u"body $.state regex ^(a\\.b|c\\+d)$"_qs} << true;
    QTest::addRow("two names are not an enum") << QStringList{u"{\"s\":\"Ann\"}"_qs, u"{\"s\":\"Bob\"}"_qs}
                                               << QStringList{u"body $.s type"_qs} << true;
    QTest::addRow("booleans") << QStringList{u"{\"a\":true,\"b\":true}"_qs, u"{\"a\":false,\"b\":true}"_qs}
                              << QStringList{u"body $.a type"_qs} << true;
    QTest::addRow("one boolean") << QStringList{u"{\"a\":true}"_qs} << QStringList{u"body $.a type"_qs} << true;
    QTest::addRow("array of objects") << QStringList{u"{\"items\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]}"_qs}
                                      << QStringList{u"body $.items type min=1"_qs, u"body $.items[*].id integer"_qs, u"body $.items[*].name type"_qs} << true;
    QTest::addRow("constant under an array") << QStringList{u"{\"items\":[{\"c\":\"EUR\",\"n\":1},{\"c\":\"EUR\",\"n\":2}]}"_qs}
                                             << QStringList{u"body $.items type min=1"_qs, u"body $.items[*].c equality"_qs, u"body $.items[*].n integer"_qs} << true;
    QTest::addRow("array empty in one sample") << QStringList{u"{\"a\":[1,2]}"_qs, u"{\"a\":[]}"_qs}
                                               << QStringList{u"body $.a type min=0"_qs, u"body $.a[*] integer"_qs} << true;
    QTest::addRow("array empty in the first sample") << QStringList{u"{\"a\":[]}"_qs, u"{\"a\":[1,2]}"_qs}
                                                     << QStringList{u"body $.a type min=0"_qs, u"body $.a[*] integer"_qs} << true;
    QTest::addRow("array always empty") << QStringList{u"{\"a\":[]}"_qs, u"{\"a\":[]}"_qs} << QStringList{} << true;
    QTest::addRow("mixed array left exact") << QStringList{u"{\"a\":[1,\"x\"]}"_qs} << QStringList{} << true;
    QTest::addRow("array with nulls left exact") << QStringList{u"{\"a\":[1,null]}"_qs} << QStringList{} << true;
    QTest::addRow("root array") << QStringList{u"[{\"id\":1},{\"id\":2}]"_qs} << QStringList{u"body $ type min=1"_qs, u"body $[*].id integer"_qs} << true;
    QTest::addRow("nested arrays") << QStringList{u"{\"m\":[[1,2],[3]]}"_qs}
                                   << QStringList{u"body $.m type min=1"_qs, u"body $.m[*] type min=1"_qs, u"body $.m[*][*] integer"_qs} << true;
    QTest::addRow("nested objects") << QStringList{u"{\"a\":{\"b\":{\"c\":1.5}}}"_qs} << QStringList{u"body $.a.b.c decimal"_qs} << true;
    QTest::addRow("null stays") << QStringList{u"{\"a\":null}"_qs, u"{\"a\":null}"_qs} << QStringList{} << true;
    QTest::addRow("null or text left exact") << QStringList{u"{\"a\":null,\"b\":1}"_qs, u"{\"a\":\"x\",\"b\":2}"_qs}
                                             << QStringList{u"body $.b integer"_qs} << false;
    QTest::addRow("object or null: its fields") << QStringList{u"{\"a\":null}"_qs, u"{\"a\":{\"b\":1}}"_qs}
                                                << QStringList{u"body $.a.b integer"_qs} << false;
    QTest::addRow("map keyed by ids") << QStringList{u"{\"m\":{\"7\":{\"n\":1},\"12\":{\"n\":2}}}"_qs, u"{\"m\":{\"99\":{\"n\":5}}}"_qs}
                                      << QStringList{u"body $.m values"_qs, u"body $.m.*.n integer"_qs} << true;
    QTest::addRow("map keyed by uuids, scalar values")
        << QStringList{u"{\"m\":{\"3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f\":1.5,\"4f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f\":2.5}}"_qs}
        << QStringList{u"body $.m values"_qs, u"body $.m.* decimal"_qs} << true;
    QTest::addRow("one id-like key is a field") << QStringList{u"{\"r\":{\"200\":{\"d\":\"ok\",\"x\":{\"7\":1}}}}"_qs, u"{\"r\":{\"200\":{\"d\":\"fine\",\"x\":{\"7\":2}}}}"_qs}
                                                << QStringList{u"body $.r['200'].d type"_qs, u"body $.r['200'].x['7'] integer"_qs} << true;
    QTest::addRow("names and ids mixed") << QStringList{u"{\"m\":{\"total\":3,\"7\":1,\"8\":2}}"_qs} << QStringList{u"body $.m.total integer"_qs} << true;
    QTest::addRow("keys that need quotes") << QStringList{u"{\"a b\":1,\"1st\":2,\"x-y\":3,\"_ok\":4}"_qs}
        << QStringList{u"body $['1st'] integer"_qs, u"body $._ok integer"_qs, u"body $['a b'] integer"_qs, u"body $['x-y'] integer"_qs} << true;
    QTest::addRow("key with a quote left exact") << QStringList{u"{\"it's\":{\"n\":1},\"m\":2}"_qs} << QStringList{u"body $.m integer"_qs} << true;
    QTest::addRow("scalar body") << QStringList{u"\"2024-01-02\""_qs} << QStringList{u"body $ date yyyy-MM-dd"_qs} << true;
    QTest::addRow("objects of different keys") << QStringList{u"{\"o\":[{\"a\":1},{\"b\":\"x\"}]}"_qs}
        << QStringList{u"body $.o type min=1"_qs, u"body $.o[*].a integer"_qs, u"body $.o[*].b type"_qs} << false;
}

void TestInference::proposals()
{
    QFETCH(QStringList, samples);
    QFETCH(QStringList, expected);
    QFETCH(bool, wholeBody);
    const QList<Body> bodies = jsonBodies(samples);
    InferenceNotes notes;
    const QList<RuleProposal> got = Inference::bodyRules(bodies, u"application/json"_qs, RuleProposal::Side::Response, {}, &notes);
    QCOMPARE(compact(got), expected);
    const QStringList failures = ruleFailures(got, bodies);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    if (wholeBody) {
        const QStringList whole = wholeBodyFailures(got, bodies);
        QVERIFY2(whole.isEmpty(), qPrintable(whole.join(u'\n')));
    }
    MatchingRules rules;
    applyProposals(rules, got, RuleProposal::Side::Response);
    QVERIFY(ruleProblems(rules).isEmpty());
    for (const RuleProposal &p : got) {
        QCOMPARE(p.side, RuleProposal::Side::Response);
        QVERIFY(p.accepted);
        QVERIFY2(!p.reason.isEmpty(), qPrintable(p.key));
    }
}

void TestInference::textEncodedBody()
{
    // A body kept as text (not parsed by the importer) is read with its numbers as written.
    const QList<Body> bodies{Body::fromText(u"{\"p\":10.0,\"q\":[1]}"_qs, u"application/json"_qs),
                             Body::fromText(u"{\"p\":3.5,\"q\":[2,3]}"_qs, u"application/json; charset=utf-8"_qs)};
    QCOMPARE(compact(Inference::bodyRules(bodies, {}, RuleProposal::Side::Request)),
             (QStringList{u"body $.p decimal"_qs, u"body $.q type min=1"_qs, u"body $.q[*] integer"_qs}));
}

void TestInference::reasonsAndExamples()
{
    const QList<Body> bodies = jsonBodies({u"{\"items\":[{\"n\":1},{\"n\":2}],\"c\":\"EUR\",\"k\":5}"_qs,
                                           u"{\"items\":[{\"n\":3}],\"c\":\"EUR\",\"k\":6}"_qs});
    const QList<RuleProposal> got = Inference::bodyRules(bodies, u"application/json"_qs, RuleProposal::Side::Request);
    QCOMPARE(compact(got), (QStringList{u"body $.items type min=1"_qs, u"body $.items[*].n integer"_qs, u"body $.k integer"_qs}));
    QCOMPARE(got.at(0).side, RuleProposal::Side::Request);
    QCOMPARE(got.at(0).matcher.toJson(), (QJsonObject{{u"match"_qs, u"type"_qs}, {u"min"_qs, 1}}));
    QCOMPARE(got.at(0).example, QJsonValue(QJsonArray({QJsonObject{{u"n"_qs, 1}}, QJsonObject{{u"n"_qs, 2}}})));
    QCOMPARE(got.at(0).reason, u"a non-empty array of object elements in all 2 samples (3 elements in all)"_qs);
    // Inside an array one body holds many values: they are counted as values, not samples.
    QCOMPARE(got.at(1).reason, u"whole numbers in all 3 values"_qs);
    QCOMPARE(got.at(1).example, QJsonValue(1));
    QCOMPARE(got.at(2).reason, u"whole numbers in all 2 samples"_qs);
    QCOMPARE(got.at(2).example, QJsonValue(5));
}

void TestInference::notes_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("note");
    QTest::addRow("null or text") << QStringList{u"{\"a\":null}"_qs, u"{\"a\":\"x\"}"_qs}
                                  << u"$.a holds null, string values among 2 samples: left exact, for no one matcher accepts them all (combine rules with OR by hand)"_qs;
    QTest::addRow("mixed array") << QStringList{u"{\"a\":[1,true]}"_qs} << u"$.a holds elements of different kinds (boolean, number): left exact"_qs;
    QTest::addRow("names and id-like keys") << QStringList{u"{\"m\":{\"total\":3,\"7\":1,\"8\":2}}"_qs}
                                            << u"$.m has both named keys and id-like keys (7, …): its id-keyed entries are left exact"_qs;
    QTest::addRow("quote in a key") << QStringList{u"{\"it's\":1}"_qs}
        << u"$['it's']: the key holds a quote or a backslash, which rule paths cannot spell for both Pact's reference and this matching engine: left exact"_qs;
}

void TestInference::notes()
{
    QFETCH(QStringList, samples);
    QFETCH(QString, note);
    InferenceNotes notes;
    Inference::bodyRules(jsonBodies(samples), u"application/json"_qs, RuleProposal::Side::Response, {}, &notes);
    QCOMPARE(notes.messages, QStringList{note});
}

void TestInference::limits_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<int>("maxBodyBytes");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("maxProposals");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("notes");
    const QStringList two{u"{\"a\":1,\"b\":{\"c\":{\"d\":2}},\"e\":[{\"f\":[{\"g\":1}]}]}"_qs};
    QTest::addRow("within") << two << 1000 << 10 << 100
        << QStringList{u"body $.a integer"_qs, u"body $.b.c.d integer"_qs, u"body $.e type min=1"_qs, u"body $.e[*].f type min=1"_qs, u"body $.e[*].f[*].g integer"_qs}
        << QStringList{};
    QTest::addRow("body too large") << QStringList{u"{\"a\":1}"_qs, u"{\"a\":12345678}"_qs} << 10 << 10 << 100 << QStringList{}
        << QStringList{u"sample 2: its body of 14 bytes is larger than the maxBodyBytes limit of 10 bytes: no body rules proposed"_qs};
    // Depth 3: $.b.c.d is a leaf at the limit and kept; the array at $.e[*].f is not walked, and $.e gets
    // no type rule either, for it would cascade into what was left exact.
    QTest::addRow("too deep") << two << 1000 << 3 << 100
        << QStringList{u"body $.a integer"_qs, u"body $.b.c.d integer"_qs}
        << QStringList{u"values nested deeper than the maxDepth limit of 3 levels are left exact (first below $.e[*].f)"_qs};
    QTest::addRow("too many") << two << 1000 << 10 << 2 << QStringList{u"body $.a integer"_qs, u"body $.b.c.d integer"_qs}
        << QStringList{u"stopped at 2 proposals (the maxProposals limit): $.e and the places after it are left exact"_qs};
}

void TestInference::limits()
{
    QFETCH(QStringList, samples);
    QFETCH(int, maxBodyBytes);
    QFETCH(int, maxDepth);
    QFETCH(int, maxProposals);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, notes);
    InferenceNotes got;
    const InferenceLimits limits{maxBodyBytes, maxDepth, maxProposals};
    const QList<RuleProposal> proposals = Inference::bodyRules(jsonBodies(samples), u"application/json"_qs, RuleProposal::Side::Response, limits, &got);
    QCOMPARE(compact(proposals), expected);
    QCOMPARE(got.messages, notes);
}

void TestInference::otherContentTypes()
{
    InferenceNotes notes;
    const QList<Body> text{Body::fromText(u"12"_qs, u"text/plain"_qs)};
    QVERIFY(Inference::bodyRules(text, u"text/plain"_qs, RuleProposal::Side::Response, {}, &notes).isEmpty());
    QVERIFY(Inference::bodyRules({Body::missing(), Body::missing()}, u"application/json"_qs, RuleProposal::Side::Response).isEmpty());
    // A sample that is not JSON is left out, with its number; the others still count.
    const QList<Body> bodies{Body::fromText(u"{\"a\":1}"_qs, u"application/json"_qs), Body::fromText(u"{\"a\":"_qs, u"application/json"_qs)};
    QCOMPARE(compact(Inference::bodyRules(bodies, u"application/json"_qs, RuleProposal::Side::Response, {}, &notes)),
             QStringList{u"body $.a integer"_qs});
    QCOMPARE(notes.messages.size(), 1);
    QVERIFY2(notes.messages.first().startsWith(u"sample 2: the body is not valid JSON ("_qs), qPrintable(notes.messages.first()));
}

void TestInference::deepNesting()
{
    // 1000 nested arrays (Qt reads up to 1024): walked down to the default maxDepth of 256, and no
    // array above the cut gets a type rule that would cascade into what was left exact.
    const QString deep = QString(1000, u'[') + u'1' + QString(1000, u']');
    InferenceNotes notes;
    QCOMPARE(compact(Inference::bodyRules({jsonBody(deep)}, u"application/json"_qs, RuleProposal::Side::Response, {}, &notes)),
             QStringList());
    QCOMPARE(notes.messages.size(), 1);
    QVERIFY2(notes.messages.first().startsWith(u"values nested deeper than the maxDepth limit of 256 levels are left exact (first below $"_qs),
             qPrintable(notes.messages.first()));

    const QString xml = QString(u"<a>"_qs).repeated(1000) + QString(u"</a>"_qs).repeated(1000);
    notes.messages.clear();
    QCOMPARE(compact(Inference::bodyRules({Body::fromText(xml, u"application/xml"_qs)}, {}, RuleProposal::Side::Response, {}, &notes)),
             QStringList());
    QCOMPARE(notes.messages.size(), 1);
    QVERIFY(notes.messages.first().contains(u"maxDepth limit of 256"_qs));
}

QTEST_APPLESS_MAIN(TestInference)
#include "tst_inference.moc"
