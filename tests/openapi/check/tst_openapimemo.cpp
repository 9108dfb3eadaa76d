// SPDX-License-Identifier: MIT
// What the checks remember between interactions must never change what they find: the bounded memo
// itself, schema places remembered by identity (against the plain walk), and findings where remembered
// answers are shared (a place's regex samples, a parameter schema shared by several parameters), in
// both orders of the interactions.
#include "checkfixtures.h"

#include <core/openapi/boundedmemo.h>
#include <core/openapi/schemanavigation.h>
#include <core/openapi/schemaplaces.h>

#include <atomic>
#include <future>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonValue bodySchema(int body)
{
    switch (body) {
    case 1:
        return object(R"({"$ref": "#/definitions/Pet"})");
    case 2:
        return object(R"({"type": "array", "items": {"$ref": "#/definitions/Pet"}})");
    default:
        return object(R"({"type": "object", "properties": {"pet": {"$ref": "#/definitions/Pet"}, "m": {"$ref": "#/definitions/Map"}}})");
    }
}

QJsonObject definitions()
{
    return object(R"({
        "Pet": {"type": "object", "properties": {"id": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3},
                "owner": {"$ref": "#/definitions/Owner"}}},
        "Owner": {"allOf": [{"$ref": "#/definitions/Named"}, {"type": "object", "properties": {"age": {"type": "integer"}}}]},
        "Named": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Map": {"type": "object", "additionalProperties": {"type": "number"}}})");
}

QString twoInteractions(const QString &first, const QString &second)
{
    return first + u',' + second;
}

} // namespace

class TestOpenApiMemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoComputesOnceAndStaysBounded()
    {
        OpenApi::BoundedMemo<int, QString> memo(3);
        int computed = 0;
        const auto ask = [&](int key) { return memo.get(key, [&] { ++computed; return QString::number(key * 2); }); };
        QCOMPARE(ask(1), u"2"_qs);
        QCOMPARE(ask(1), u"2"_qs);
        QCOMPARE(computed, 1);
        QCOMPARE(ask(2), u"4"_qs);
        QCOMPARE(ask(3), u"6"_qs);
        QCOMPARE(memo.size(), 3);
        // Past the limit: right answers, worked out each time, nothing added.
        QCOMPARE(ask(4), u"8"_qs);
        QCOMPARE(ask(4), u"8"_qs);
        QCOMPARE(computed, 5);
        QCOMPARE(memo.size(), 3);
        QVERIFY(!memo.find(4));
        QCOMPARE(memo.find(3).value_or(QString()), u"6"_qs);
    }

    void memoAcrossThreads()
    {
        OpenApi::BoundedMemo<int, int> memo(1000);
        std::atomic<int> wrong{0};
        const auto work = [&] {
            for (int round = 0; round < 20; ++round)
                for (int key = 0; key < 200; ++key)
                    if (memo.get(key, [key] { return key * key; }) != key * key)
                        ++wrong;
        };
        auto other = std::async(std::launch::async, work);
        work();
        other.get();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(memo.size(), 200);
    }

    void placesAsTheWalkFindsThem_data()
    {
        QTest::addColumn<int>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("found");
        QTest::newRow("root") << 1 << u"$"_qs << true;
        QTest::newRow("field through a $ref") << 1 << u"$.id"_qs << true;
        QTest::newRow("an element by index") << 1 << u"$.tags[0]"_qs << true;
        QTest::newRow("any element") << 1 << u"$.tags[*]"_qs << true;
        QTest::newRow("array with sizes") << 1 << u"$.tags"_qs << true;
        QTest::newRow("into an allOf's $ref") << 1 << u"$.owner.name"_qs << true;
        QTest::newRow("into an allOf's second part") << 1 << u"$.owner.age"_qs << true;
        QTest::newRow("no such field") << 1 << u"$.nope"_qs << false;
        QTest::newRow("below a leaf") << 1 << u"$.id.x"_qs << false;
        QTest::newRow("items, then a $ref") << 2 << u"$[*].owner.name"_qs << true;
        QTest::newRow("index, then sizes") << 2 << u"$[3].tags"_qs << true;
        QTest::newRow("inline, then a $ref") << 3 << u"$.pet.id"_qs << true;
        QTest::newRow("additionalProperties by name") << 3 << u"$.m.anything"_qs << true;
        QTest::newRow("additionalProperties by star") << 3 << u"$.m.*"_qs << true;
        QTest::newRow("quoted field") << 3 << u"$['pet']['tags']"_qs << true;
    }

    void placesAsTheWalkFindsThem()
    {
        QFETCH(int, body);
        QFETCH(QString, path);
        QFETCH(bool, found);
        const QJsonValue schema = bodySchema(body);
        const OpenApi::SchemaInfo walked = OpenApi::schemaAt(schema, RulePath::parse(path), definitions());
        // With room for everything, for two places and paths (the rest worked out each time), for none. A
        // neighbour first (the tree holds part of the way), then twice: the first walks and remembers, the
        // second answers from memory.
        for (const qsizetype limit : {qsizetype(65536), qsizetype(2), qsizetype(0)}) {
            OpenApi::SchemaPlaces places(definitions(), limit);
            places.find(&schema, schema, u"$.owner"_qs);
            for (int ask = 0; ask < 2; ++ask) {
            const OpenApi::SchemaInfo remembered = places.find(&schema, schema, path);
            QCOMPARE(remembered.found, found);
            QCOMPARE(walked.found, found);
            QCOMPARE(remembered.location, walked.location);
            QCOMPARE(remembered.schema, walked.schema);
            QCOMPARE(remembered.types, walked.types);
            QCOMPARE(remembered.minItems, walked.minItems);
            QCOMPARE(remembered.maxItems, walked.maxItems);
            QCOMPARE(remembered.identity.isEmpty(), !found);
            }
        }
    }

    void placesShareIdentityThroughDefinitions()
    {
        OpenApi::SchemaPlaces places(definitions());
        const QJsonValue one = bodySchema(1), two = bodySchema(2), three = bodySchema(3);
        const auto identity = [&](const QJsonValue &body, const char16_t *path) {
            return places.find(&body, body, QString::fromUtf16(path)).identity;
        };
        // The same definition's place, reached from three bodies: one identity.
        QCOMPARE(identity(one, u"$.owner.name"), identity(two, u"$[*].owner.name"));
        QCOMPARE(identity(one, u"$.owner.name"), identity(three, u"$.pet.owner.name"));
        QCOMPARE(identity(one, u"$.tags[0]"), identity(one, u"$.tags[*]"));
        // Different places, and different inline bodies, never share one.
        QVERIFY(identity(one, u"$.id") != identity(one, u"$.owner.age"));
        QVERIFY(identity(one, u"$.owner.name") != identity(one, u"$.owner.age"));
        QVERIFY(identity(two, u"$") != identity(three, u"$"));
        QVERIFY(identity(three, u"$.m.a") != identity(three, u"$.pet"));
    }

    // A response regex is fine when the example fits, even if none of its own samples does. The samples'
    // verdict is shared by both interactions; each example's is its own.
    void sharedSamplesKeepEachExample_data()
    {
        QTest::addColumn<bool>("fittingFirst");
        QTest::newRow("fitting example first") << true;
        QTest::newRow("misfit example first") << false;
    }

    void sharedSamplesKeepEachExample()
    {
        QFETCH(bool, fittingFirst);
        const QByteArray spec = R"(openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /codes:
    get:
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {code: {type: string, enum: [abc]}}}}}
)";
        const auto interaction = [](const char *description, const char *code) {
            return QStringLiteral(R"({"description":"%1","request":{"method":"GET","path":"/codes"},)"
                                  R"("response":{"status":200,"body":{"code":"%2"},)"
                                  R"("matchingRules":{"body":{"$.code":{"matchers":[{"match":"regex","regex":"^[a-z]{3}$"}]}}}}})")
                .arg(QLatin1String(description), QLatin1String(code));
        };
        const QString fits = interaction("fits", "abc"), misfit = interaction("misfit", "xyz");
        const QByteArray pact = pactOf(fittingFirst ? twoInteractions(fits, misfit) : twoInteractions(misfit, fits));
        // The misfit's example is refused by the example check; the matcher adds nothing to that place.
        QCOMPARE(findingKeys(check(spec, pact, {false})), QStringList{u"response.body.incompatible@misfit"_qs});
        QCOMPARE(findingKeys(check(spec, pact, {true})), QStringList{u"response.body.incompatible@misfit"_qs});
    }

    // eachKey with a matcher that draws no samples of its own (type): the example's keys alone are judged.
    // A key outside the closed object is the example check's finding (once: the matcher's is the same
    // place and code); a response whose keys are declared has none.
    void eachKeyWithoutOwnSamples()
    {
        const QByteArray spec = R"(openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, additionalProperties: false, properties: {a: {type: integer}}}}}
)";
        const auto interaction = [](const char *description, const char *body) {
            return QStringLiteral(R"({"description":"%1","request":{"method":"GET","path":"/things"},)"
                                  R"("response":{"status":200,"body":%2,)"
                                  R"("matchingRules":{"body":{"$":{"matchers":[{"match":"eachKey","rules":[{"match":"type"}]}]}}}}})")
                .arg(QLatin1String(description), QLatin1String(body));
        };
        const QByteArray pact = pactOf(interaction("outside", R"({"x":1})") + u',' + interaction("inside", R"({"a":1})"));
        for (const bool examplesOnly : {true, false})
            QCOMPARE(findingKeys(check(spec, pact, {examplesOnly})), QStringList{u"response.body.incompatible@outside"_qs});
    }

    // Parameters with one schema share their remembered answers, but an array's separator is part of
    // the question: "1|2" is two integers for a pipe-delimited parameter, one bad value for a comma one.
    // Different schemas never share: "123" fits an integer id, not a two-character one.
    void sharedParameterAnswers_data()
    {
        QTest::addColumn<bool>("reversed");
        QTest::newRow("in order") << false;
        QTest::newRow("reversed") << true;
    }

    void sharedParameterAnswers()
    {
        QFETCH(bool, reversed);
        const QByteArray spec = R"(openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /comma:
    get:
      parameters: [{name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}}]
      responses: {"200": {description: ok}}
  /pipe:
    get:
      parameters: [{name: ids, in: query, style: pipeDelimited, schema: {type: array, items: {type: integer}}}]
      responses: {"200": {description: ok}}
  /n/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses: {"200": {description: ok}}
  /s/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string, maxLength: 2}}]
      responses: {"200": {description: ok}}
)";
        const auto get = [](const char *description, const char *path, const char *query) {
            return QStringLiteral(R"({"description":"%1","request":{"method":"GET","path":"%2"%3},"response":{"status":200}})")
                .arg(QLatin1String(description), QLatin1String(path), QLatin1String(query));
        };
        QStringList interactions{get("comma", "/comma", R"(,"query":{"ids":["1|2"]})"), get("pipe", "/pipe", R"(,"query":{"ids":["1|2"]})"),
                                 get("n-123", "/n/123", ""), get("s-123", "/s/123", ""), get("n-ab", "/n/ab", ""), get("s-ab", "/s/ab", "")};
        if (reversed)
            std::reverse(interactions.begin(), interactions.end());
        const QStringList expected{u"request.path-or-method.unknown@n-ab"_qs, u"request.path-or-method.unknown@s-123"_qs,
                                   u"request.query.incompatible@comma"_qs};
        QCOMPARE(findingKeys(check(spec, pactOf(interactions.join(u',')), {true})), expected);
    }
};

QTEST_GUILESS_MAIN(TestOpenApiMemo)
#include "tst_openapimemo.moc"
