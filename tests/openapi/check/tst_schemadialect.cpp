// SPDX-License-Identifier: MIT
// SchemaDialect: swagger-mock-validator's reading of a schema (schematransform.h). Requests: allOf is the
// union of its parts. Responses besides: object schemas closed, `required` dropped (except beside oneOf),
// each by its option. Definitions read the same way; what a reading does not touch stays as it was.
#include "jsontext.h"

#include <core/openapi/schematransform.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Pactbench::OpenApi;
using Pactbench::OpenApi::Test::json;

namespace {

QJsonObject definitions()
{
    return json("{'Base': {'type': 'object', 'properties': {'id': {'type': 'integer'}}, 'required': ['id'], 'additionalProperties': false},"
                "'Named': {'type': 'object', 'properties': {'name': {'type': 'string'}}},"
                "'Open': {'type': 'object', 'additionalProperties': true},"
                "'Choice': {'oneOf': [{'$ref': '#/definitions/Base'}, {'$ref': '#/definitions/Named'}], 'required': ['id']},"
                "'Text': {'type': 'string'}}").toObject();
}

enum Reading { Request, Response, ResponseOpen, ResponseRequired };

SchemaDialect dialect(Reading reading)
{
    switch (reading) {
    case Request:
        return SchemaDialect(definitions());
    case Response:
        return SchemaDialect(definitions(), {});
    case ResponseOpen:
        return SchemaDialect(definitions(), {true, false});
    case ResponseRequired:
        return SchemaDialect(definitions(), {false, true});
    }
    return {};
}

} // namespace

class TestSchemaDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transform_data()
    {
        QTest::addColumn<int>("reading");
        QTest::addColumn<QJsonValue>("schema");
        QTest::addColumn<QJsonValue>("expected");
        const QJsonValue plain = json("{'type': 'object', 'required': ['a'], 'properties': {'a': {'type': 'object', 'properties': {'x': {}}}}}");
        QTest::newRow("request: nothing to read") << int(Request) << plain << plain;
        QTest::newRow("response: closed, required dropped") << int(Response) << plain
            << json("{'type': 'object', 'additionalProperties': false, 'properties': {'a': {'type': 'object', 'additionalProperties': false, 'properties': {'x': {}}}}}");
        QTest::newRow("response, additional properties allowed") << int(ResponseOpen) << plain
            << json("{'type': 'object', 'properties': {'a': {'type': 'object', 'properties': {'x': {}}}}}");
        QTest::newRow("response, required kept") << int(ResponseRequired) << plain
            << json("{'type': 'object', 'additionalProperties': false, 'required': ['a'], 'properties': {'a': {'type': 'object', 'additionalProperties': false, 'properties': {'x': {}}}}}");
        QTest::newRow("response: true additionalProperties closed") << int(Response) << json("{'type': 'object', 'additionalProperties': true}")
            << json("{'type': 'object', 'additionalProperties': false}");
        QTest::newRow("response: a schema of additionalProperties stays") << int(Response)
            << json("{'type': 'object', 'additionalProperties': {'type': 'string'}}")
            << json("{'type': 'object', 'additionalProperties': {'type': 'string'}}");
        QTest::newRow("response: required beside oneOf kept") << int(Response)
            << json("{'oneOf': [{'type': 'object'}], 'required': ['a']}")
            << json("{'oneOf': [{'type': 'object', 'additionalProperties': false}], 'required': ['a']}");
        QTest::newRow("response: items and not read too") << int(Response)
            << json("{'type': 'array', 'items': {'type': 'object', 'required': ['a']}, 'not': {'type': 'object'}}")
            << json("{'type': 'array', 'items': {'type': 'object', 'additionalProperties': false}, 'not': {'type': 'object', 'additionalProperties': false}}");
        QTest::newRow("request: allOf is the union of its parts") << int(Request)
            << json("{'allOf': [{'$ref': '#/definitions/Base'}, {'properties': {'b': {'type': 'string'}}}]}")
            << json("{'allOf': [{'type': 'object', 'properties': {'id': {'type': 'integer'}}, 'required': ['id']}, {'properties': {'b': {'type': 'string'}}}],"
                    "'properties': {'id': {}, 'b': {}}, 'additionalProperties': false, 'x-pb-allof-closed': true}");
        // A part that declares no property adds none (SMV's unevaluatedProperties sees none evaluated).
        QTest::newRow("request: a part declaring nothing adds nothing") << int(Request)
            << json("{'allOf': [{'$ref': '#/definitions/Named'}, {'oneOf': [true]}]}")
            << json("{'allOf': [{'type': 'object', 'properties': {'name': {'type': 'string'}}}, {'oneOf': [true]}],"
                    "'properties': {'name': {}}, 'additionalProperties': false, 'x-pb-allof-closed': true}");
        QTest::newRow("request: additionalProperties beside allOf stays") << int(Request)
            << json("{'allOf': [{'$ref': '#/definitions/Named'}], 'additionalProperties': true}")
            << json("{'allOf': [{'type': 'object', 'properties': {'name': {'type': 'string'}}}], 'additionalProperties': true}");
        QTest::newRow("allOf inside a property") << int(Request)
            << json("{'type': 'object', 'properties': {'p': {'allOf': [{'$ref': '#/definitions/Named'}]}, 'q': {'type': 'string'}}}")
            << json("{'type': 'object', 'properties': {'p': {'allOf': [{'type': 'object', 'properties': {'name': {'type': 'string'}}}],"
                    "'properties': {'name': {}}, 'additionalProperties': false, 'x-pb-allof-closed': true}, 'q': {'type': 'string'}}}");
        QTest::newRow("not an object") << int(Response) << json("true") << json("true");
    }
    void transform()
    {
        QFETCH(int, reading);
        QFETCH(QJsonValue, schema);
        QFETCH(QJsonValue, expected);
        QCOMPARE(dialect(Reading(reading)).transform(schema), expected);
    }

    void definitionsReadOnce()
    {
        const QJsonObject response = dialect(Response).definitions();
        QCOMPARE(response.value(u"Base"_qs), json("{'type': 'object', 'properties': {'id': {'type': 'integer'}}, 'additionalProperties': false}"));
        QCOMPARE(response.value(u"Open"_qs), json("{'type': 'object', 'additionalProperties': false}"));
        QCOMPARE(response.value(u"Choice"_qs), json("{'oneOf': [{'$ref': '#/definitions/Base'}, {'$ref': '#/definitions/Named'}], 'required': ['id']}"));
        QCOMPARE(response.value(u"Text"_qs), json("{'type': 'string'}"));
        QCOMPARE(response.keys(), definitions().keys());
        // A request reads only allOf: no definition here has one, so all stay as they were.
        QCOMPARE(dialect(Request).definitions(), definitions());
    }
};

QTEST_MAIN(TestSchemaDialect)
#include "tst_schemadialect.moc"
