// SPDX-License-Identifier: MIT
// CompiledSchema::compileAll (several schemas against shared definitions in one valijson document) gives
// exactly what compiling each schema on its own gives: the same errors for every value, a broken schema
// reporting its own problem without spoiling the others, non-object schemas too.

#include "jsontext.h"

#include <core/openapi/schemavalidator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <future>

using namespace Pactbench::OpenApi;
using Pactbench::OpenApi::Test::json;

namespace {

QJsonObject definitions()
{
    return CompiledSchema::prepareDefinitions(json("{"
        "'Money': {'type': 'object', 'required': ['amount', 'currency'], 'additionalProperties': false,"
        "'properties': {'amount': {'type': 'integer', 'format': 'int64'}, 'currency': {'type': 'string', 'enum': ['EUR', 'USD']}}},"
        "'Line': {'type': 'object', 'required': ['sku'], 'properties': {'sku': {'type': 'string', 'x-pb-pattern': '^[A-Z]{3}-[0-9]+$'},"
        "'price': {'$ref': '#/definitions/Money'}}},"
        "'Order': {'type': 'object', 'required': ['id', 'lines'], 'properties': {'id': {'type': 'string', 'x-pb-format': 'uuid'},"
        "'lines': {'type': 'array', 'items': {'$ref': '#/definitions/Line'}}, 'total': {'$ref': '#/definitions/Money'}}}"
        "}").toObject());
}

QStringList errorsOf(const CompiledSchema &schema, const QJsonValue &value)
{
    QStringList out;
    for (const SchemaError &e : schema.validate(value))
        out << e.instancePath + u" | " + e.message + u" | " + e.keyword;
    return out;
}

} // namespace

class TestSchemaValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compileAllAgreesWithOneByOne_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("valid order") << json("{'id': '0b7e4a4c-3d0e-4a0e-9d55-7f1b2c3d4e5f', 'lines': [{'sku': 'ABC-1', 'price': {'amount': 5, 'currency': 'EUR'}}]}");
        QTest::newRow("bad uuid, bad sku") << json("{'id': 'nope', 'lines': [{'sku': 'abc'}]}");
        QTest::newRow("extra money key") << json("{'amount': 5, 'currency': 'EUR', 'x': 1}");
        QTest::newRow("missing required") << json("{'lines': []}");
        QTest::newRow("wrong enum") << json("{'amount': 1, 'currency': 'GBP'}");
        QTest::newRow("big integer") << json("{'amount': 9007199254740993, 'currency': 'USD'}");
        QTest::newRow("not integer") << json("{'amount': 1.5, 'currency': 'USD'}");
        QTest::newRow("string") << json("'text'");
        QTest::newRow("array of lines") << json("[{'sku': 'ABC-12'}, {'sku': 7}]");
        QTest::newRow("null") << json("null");
    }
    void compileAllAgreesWithOneByOne()
    {
        QFETCH(QJsonValue, value);
        const QJsonObject defs = definitions();
        const QList<QJsonValue> schemas{
            json("{'$ref': '#/definitions/Order'}"),
            json("{'$ref': '#/definitions/Money'}"),
            json("{'type': 'array', 'items': {'$ref': '#/definitions/Line'}, 'maxItems': 1}"),
            json("{'type': 'string', 'minLength': 5}"),
            json("{'allOf': [{'$ref': '#/definitions/Money'}, {'properties': {'amount': {'minimum': 2}}}]}"),
            json("{'oneOf': [{'$ref': '#/definitions/Money'}, {'type': 'string'}], 'nullable': true}"),
            json("true"),
            json("{}"),
        };
        const QList<std::shared_ptr<const CompiledSchema>> together = CompiledSchema::compileAll(schemas, defs);
        QCOMPARE(together.size(), schemas.size());
        int rejecting = 0;
        for (qsizetype i = 0; i < schemas.size(); ++i) {
            const CompiledSchema alone(schemas.at(i), defs);
            QVERIFY(together.at(i));
            QCOMPARE(together.at(i)->compileError(), alone.compileError());
            QCOMPARE(errorsOf(*together.at(i), value), errorsOf(alone, value));
            QCOMPARE(together.at(i)->accepts(value), alone.accepts(value));
            rejecting += alone.accepts(value) ? 0 : 1;
        }
        QVERIFY(rejecting > 0); // every value breaks at least one of the schemas: the comparison has teeth
    }

    void aBrokenSchemaReportsOnlyItself()
    {
        const QJsonObject defs = definitions();
        const QList<QJsonValue> schemas{json("{'$ref': '#/definitions/Money'}"), json("{'type': 'string', 'minLength': 'five'}"),
                                        json("{'type': 'integer'}")};
        const CompiledSchema broken(schemas.at(1), defs);
        QVERIFY2(!broken.compileError().isEmpty(), "valijson is expected to refuse a non-number minLength");
        const auto together = CompiledSchema::compileAll(schemas, defs);
        QVERIFY(together.at(0)->compileError().isEmpty());
        QCOMPARE(together.at(1)->compileError(), broken.compileError());
        QVERIFY(together.at(2)->compileError().isEmpty());
        QVERIFY(!together.at(0)->accepts(json("{'amount': 1}")));
        QVERIFY(together.at(0)->accepts(json("{'amount': 1, 'currency': 'EUR'}")));
        QVERIFY(together.at(2)->accepts(json("3")));
        QVERIFY(!together.at(2)->accepts(json("\"3\"")));
    }

    void nothingToCompile()
    {
        QVERIFY(CompiledSchema::compileAll({}, definitions()).isEmpty());
    }

    // validate() remembers its answers for strings (a bounded number): asking again, past the bound, and
    // from several threads gives the same answers.
    void rememberedAnswersStayRight()
    {
        const CompiledSchema schema(json("{'type': 'string', 'x-pb-pattern': '^a'}"), definitions());
        const auto check = [&schema](int from, int to) {
            for (int round = 0; round < 2; ++round)
                for (int i = from; i < to; ++i) {
                    if (!schema.validate(QJsonValue(u"a"_qs + QString::number(i))).isEmpty())
                        return false;
                    if (schema.validate(QJsonValue(u"b"_qs + QString::number(i))).isEmpty())
                        return false;
                }
            return true;
        };
        auto other = std::async(std::launch::async, check, 0, 3000);
        QVERIFY(check(1500, 4500));
        QVERIFY(other.get());
        QCOMPARE(schema.validate(QJsonValue(7)).size(), 1); // not a string: not remembered, still checked
    }

    // Values reach valijson as RapidJSON (validationtarget.h): numbers, text and keys must mean what they
    // meant as QJsonValue. (The words are valijson's; the checker turns them into AJV's.)
    void valuesKeepTheirMeaning_data()
    {
        QTest::addColumn<QJsonValue>("schema");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("errors");
        const QJsonValue integer = json("{'type': 'integer'}");
        QTest::newRow("integer beyond 64 bits") << integer << json("1e20") << QStringList();
        QTest::newRow("largest int64") << integer << json("9223372036854775807") << QStringList();
        QTest::newRow("negative integer") << integer << json("-42") << QStringList();
        QTest::newRow("fraction") << integer << json("2.5") << QStringList{u" | must be integer | type"_qs};
        QTest::newRow("1.0 is whole") << integer << json("1.0") << QStringList();
        const QJsonValue numbers = json("{'enum': [1, 2.5, 'x']}");
        QTest::newRow("enum 1.0 is 1") << numbers << json("1.0") << QStringList();
        QTest::newRow("enum 2.5") << numbers << json("2.5") << QStringList();
        QTest::newRow("enum 3") << numbers << json("3") << QStringList{u" | must be equal to one of the allowed values | enum"_qs};
        QTest::newRow("enum '1'") << numbers << json("'1'") << QStringList{u" | must be equal to one of the allowed values | enum"_qs};
        QTest::newRow("multipleOf 0.5") << json("{'multipleOf': 0.5}") << json("1.5") << QStringList();
        QTest::newRow("not multipleOf 0.5") << json("{'multipleOf': 0.5}") << json("1.25") << QStringList{u" | Value should be a multiple of 0.500000 | "_qs};
        QTest::newRow("multipleOf 3") << json("{'multipleOf': 3}") << json("9") << QStringList();
        QTest::newRow("not multipleOf 3") << json("{'multipleOf': 3}") << json("10") << QStringList{u" | Value should be a multiple of 3 | "_qs};
        QTest::newRow("below minimum") << json("{'minimum': -1}") << json("-1.5") << QStringList{u" | Expected number greater than or equal to -1.000000 | "_qs};
        QTest::newRow("at maximum") << json("{'maximum': 10}") << json("10") << QStringList();
        QTest::newRow("code points, not bytes") << json("{'type': 'string', 'maxLength': 3}") << json("'äöü'") << QStringList();
        QTest::newRow("one code point too many") << json("{'type': 'string', 'maxLength': 3}") << json("'äöüß'")
            << QStringList{u" | String should be no more than 3 characters in length. | "_qs};
        const QJsonValue keyed = json("{'type': 'object', 'properties': {'straße': {'type': 'string'}}, 'additionalProperties': false}");
        QTest::newRow("non-ASCII key") << keyed << json("{'straße': 'x'}") << QStringList();
        QTest::newRow("non-ASCII key, wrong type") << keyed << json("{'straße': 1}") << QStringList{u".straße | must be of the type the schema names | type"_qs};
        QTest::newRow("unknown key") << keyed << json("{'strasse': 'x'}")
            << QStringList{u" | must NOT have additional properties - strasse | additionalProperties"_qs};
        // A NUL inside a value's key is part of the key (valijson's RapidJSON adapter would cut the name there
        // and take "a\\u0000x" for "a"); an empty object is fine (valijson's lookup probed a null pointer).
        const QJsonValue closed = json("{'type': 'object', 'properties': {'a': {'type': 'string'}}, 'additionalProperties': false}");
        QTest::newRow("key with NUL is not the key before it") << closed << json("{'a\\u0000x': 1}")
            << QStringList{u" | must NOT have additional properties - a"_qs + QChar(0) + u"x | additionalProperties"_qs};
        QTest::newRow("empty object") << closed << json("{}") << QStringList();
        QTest::newRow("null") << json("{'type': ['string', 'null']}") << json("null") << QStringList();
        QTest::newRow("bool is not number") << json("{'type': 'number'}") << json("true") << QStringList{u" | must be of the type the schema names | type"_qs};
        QTest::newRow("nested arrays") << json("{'type': 'array', 'items': {'type': 'array', 'items': {'type': 'integer'}}}")
            << json("[[1, 2], [3, 'x']]") << QStringList{u".1.1 | must be of the type the schema names | type"_qs};
        // Schema keywords whose numbers and values valijson reads (the large documents are parsed from RapidJSON).
        QTest::newRow("const object") << json("{'const': {'a': [1, 'x']}}") << json("{'a': [1.0, 'x']}") << QStringList();
        QTest::newRow("const object, other") << json("{'const': {'a': [1, 'x']}}") << json("{'a': [2, 'x']}")
            << QStringList{u" | Failed to match expected value set by 'const' constraint. | "_qs};
        QTest::newRow("enum of objects") << json("{'enum': [{'k': 1}, [true]]}") << json("[true]") << QStringList();
        QTest::newRow("exclusive maximum") << json("{'exclusiveMaximum': 2.5}") << json("2.5") << QStringList{u" | Expected number less than 2.500000 | "_qs};
        QTest::newRow("unique items") << json("{'uniqueItems': true}") << json("[1, 1.0]")
            << QStringList{u" | Elements at indexes #0 and #1 violate uniqueness constraint. | "_qs};
        QTest::newRow("min properties") << json("{'minProperties': 2}") << json("{'a': 1}")
            << QStringList{u" | Object should have no fewer than 2 properties. | "_qs};
        // A key with a NUL cannot go through RapidJSON's adapter: such a document is read through Qt's.
        QTest::newRow("schema with a NUL in a key") << json("{'type': 'integer', 'x-note\\u0000': 1}") << json("'x'")
            << QStringList{u" | must be of the type the schema names | type"_qs};
    }
    void valuesKeepTheirMeaning()
    {
        QFETCH(QJsonValue, schema);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, errors);
        const CompiledSchema compiled(schema, definitions());
        QCOMPARE(compiled.compileError(), QString());
        QCOMPARE(errorsOf(compiled, value), errors);
        QCOMPARE(compiled.accepts(value), errors.isEmpty());
        // The same schema in a document of several, as the checker compiles body schemas (read through
        // RapidJSON, unless a key holds a NUL).
        const auto together = CompiledSchema::compileAll({json("{'type': 'string'}"), schema}, definitions());
        QCOMPARE(together.at(1)->compileError(), QString());
        QCOMPARE(errorsOf(*together.at(1), value), errors);
        QCOMPARE(together.at(1)->accepts(value), errors.isEmpty());
    }
};

QTEST_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"
