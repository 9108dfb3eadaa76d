// SPDX-License-Identifier: MIT
// convertSchema: OpenAPI's schema dialects into draft 7 (schemaconvert.h).
#include "specfixtures.h"

#include <core/openapi/spec/schemaconvert.h>

using namespace Pactbench::OpenApi;
using namespace Pactbench::OpenApi::Test;

Q_DECLARE_METATYPE(Pactbench::OpenApi::SpecFormat)

class TestSchemaConvert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convert_data();
    void convert();
    void refsAreRewritten();
    void notASchema();
};

void TestSchemaConvert::convert_data()
{
    QTest::addColumn<SpecFormat>("format");
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("expected");
    const auto v30 = SpecFormat::OpenApi30;
    const auto v31 = SpecFormat::OpenApi31;
    const auto v2 = SpecFormat::Swagger2;

    QTest::addRow("nullable with a type")
        << v30 << QByteArray(R"({"type":"string","nullable":true})") << QByteArray(R"({"type":["string","null"]})");
    QTest::addRow("nullable with a type list") << v30 << QByteArray(R"({"type":["string","null"],"nullable":true})")
                                               << QByteArray(R"({"type":["string","null"]})");
    QTest::addRow("nullable without a type")
        << v30 << QByteArray(R"({"nullable":true,"allOf":[{"type":"string"}]})")
        << QByteArray(R"({"anyOf":[{"allOf":[{"type":"string"}]},{"type":"null"}]})");
    QTest::addRow("nullable false") << v30 << QByteArray(R"({"type":"integer","nullable":false})")
                                    << QByteArray(R"({"type":"integer"})");
    QTest::addRow("x-nullable (2.0)") << v2 << QByteArray(R"({"type":"integer","x-nullable":true})")
                                      << QByteArray(R"({"type":["integer","null"]})");
    QTest::addRow("x-nullable is only 2.0's") << v30 << QByteArray(R"({"type":"integer","x-nullable":true})")
                                              << QByteArray(R"({"type":"integer","x-nullable":true})");
    QTest::addRow("nullable is not 3.1's") << v31 << QByteArray(R"({"type":"integer","nullable":true})")
                                           << QByteArray(R"({"nullable":true,"type":"integer"})");
    QTest::addRow("exclusiveMinimum true")
        << v30 << QByteArray(R"({"minimum":1,"exclusiveMinimum":true})") << QByteArray(R"({"exclusiveMinimum":1})");
    QTest::addRow("exclusiveMaximum true (2.0)")
        << v2 << QByteArray(R"({"maximum":9.5,"exclusiveMaximum":true})") << QByteArray(R"({"exclusiveMaximum":9.5})");
    QTest::addRow("exclusive false")
        << v30 << QByteArray(R"({"minimum":1,"exclusiveMinimum":false,"maximum":2,"exclusiveMaximum":false})")
        << QByteArray(R"({"maximum":2,"minimum":1})");
    QTest::addRow("exclusive without a bound")
        << v30 << QByteArray(R"({"exclusiveMinimum":true})") << QByteArray(R"({})");
    QTest::addRow("3.1 numeric exclusive") << v31 << QByteArray(R"({"exclusiveMinimum":0,"maximum":3})")
                                           << QByteArray(R"({"exclusiveMinimum":0,"maximum":3})");
    QTest::addRow("pattern and format renamed")
        << v30 << QByteArray(R"({"type":"string","pattern":"^a$","format":"uuid"})")
        << QByteArray(R"({"type":"string","x-pb-format":"uuid","x-pb-pattern":"^a$"})");
    QTest::addRow("properties named format and pattern stay")
        << v30
        << QByteArray(R"({"properties":{"format":{"type":"string","format":"date"},"pattern":{"pattern":"x"}},)"
                      R"("required":["format"]})")
        << QByteArray(R"({"properties":{"format":{"type":"string","x-pb-format":"date"},)"
                      R"("pattern":{"x-pb-pattern":"x"}},"required":["format"]})");
    QTest::addRow("values are not schemas")
        << v30 << QByteArray(R"({"enum":[{"format":"x"}],"default":{"pattern":"y"},"example":{"nullable":true}})")
        << QByteArray(R"({"default":{"pattern":"y"},"enum":[{"format":"x"}],"example":{"nullable":true}})");
    QTest::addRow("nested keywords")
        << v30
        << QByteArray(R"({"items":{"format":"a"},"additionalProperties":{"format":"b"},"not":{"pattern":"c"},)"
                      R"("allOf":[{"format":"d"}],"oneOf":[{"format":"e"}],)"
                      R"("anyOf":[{"nullable":true,"type":"string"}],"patternProperties":{"^x":{"format":"f"}}})")
        << QByteArray(R"({"additionalProperties":{"x-pb-format":"b"},"allOf":[{"x-pb-format":"d"}],)"
                      R"("anyOf":[{"type":["string","null"]}],"items":{"x-pb-format":"a"},"not":{"x-pb-pattern":"c"},)"
                      R"("oneOf":[{"x-pb-format":"e"}],"patternProperties":{"^x":{"x-pb-format":"f"}}})");
    QTest::addRow("items as a list") << v30 << QByteArray(R"({"items":[{"format":"a"},{"pattern":"b"}]})")
                                     << QByteArray(R"({"items":[{"x-pb-format":"a"},{"x-pb-pattern":"b"}]})");
    QTest::addRow("3.1 prefixItems + items")
        << v31 << QByteArray(R"({"prefixItems":[{"type":"number"}],"items":false,"contains":{"format":"x"}})")
        << QByteArray(R"({"additionalItems":false,"contains":{"x-pb-format":"x"},"items":[{"type":"number"}]})");
    QTest::addRow("3.1 $defs and const") << v31
                                         << QByteArray(R"({"$defs":{"A":{"format":"x"}},"const":"k","examples":[1]})")
                                         << QByteArray(
                                                R"({"$defs":{"A":{"x-pb-format":"x"}},"const":"k","examples":[1]})");
    QTest::addRow("boolean schemas") << v31 << QByteArray(R"({"properties":{"a":true,"b":false}})")
                                     << QByteArray(R"({"properties":{"a":true,"b":false}})");
    QTest::addRow("$ref siblings dropped (3.0)")
        << v30 << QByteArray(R"({"$ref":"#/x","description":"d","nullable":true})") << QByteArray(R"({"$ref":"#/x"})");
    QTest::addRow("$ref siblings under allOf (3.1)")
        << v31 << QByteArray(R"({"$ref":"#/x","format":"uuid"})")
        << QByteArray(R"({"allOf":[{"$ref":"#/x"}],"x-pb-format":"uuid"})");
    QTest::addRow("type file dropped") << v2 << QByteArray(R"({"type":"file","description":"d"})")
                                       << QByteArray(R"({"description":"d"})");
    QTest::addRow("malformed keywords dropped")
        << v30
        << QByteArray(R"({"type":"strnig","required":true,"minLength":-1,"properties":[],"enum":"a","allOf":[]})")
        << QByteArray(R"({})");
    QTest::addRow("id and schema dropped (3.1)")
        << v31 << QByteArray(R"({"$id":"https://x/y","$schema":"s","type":"object"})")
        << QByteArray(R"({"type":"object"})");
    QTest::addRow("discriminator and x- kept")
        << v30 << QByteArray(R"({"discriminator":{"propertyName":"kind"},"x-extra":{"format":"q"},"xml":{"name":"a"}})")
        << QByteArray(R"({"discriminator":{"propertyName":"kind"},"x-extra":{"format":"q"},"xml":{"name":"a"}})");
}

void TestSchemaConvert::convert()
{
    QFETCH(SpecFormat, format);
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, expected);
    QCOMPARE(compact(convertSchema(json(in), format, {})), compact(json(expected)));
}

void TestSchemaConvert::refsAreRewritten()
{
    QStringList seen;
    const auto rewrite = [&](const QString &ref) -> QString {
        seen.append(ref);
        return QStringLiteral("#/definitions/") + ref.section(u'/', -1);
    };
    const QJsonValue out = convertSchema(
        json(R"({"properties":{"a":{"$ref":"#/components/schemas/A"},"b":{"items":{"$ref":"other.yaml#/B"}}}})"),
        SpecFormat::OpenApi30, rewrite);
    QCOMPARE(compact(out),
        QByteArray(R"({"properties":{"a":{"$ref":"#/definitions/A"},"b":{"items":{"$ref":"#/definitions/B"}}}})"));
    QCOMPARE(seen, (QStringList{ QStringLiteral("#/components/schemas/A"), QStringLiteral("other.yaml#/B") }));
}

void TestSchemaConvert::notASchema()
{
    QCOMPARE(compact(convertSchema(QJsonValue(42), SpecFormat::OpenApi30, {})), QByteArray("{}"));
    QCOMPARE(compact(convertSchema(QJsonValue(u"x"_qs), SpecFormat::OpenApi31, {})), QByteArray("{}"));
    QCOMPARE(compact(convertSchema(QJsonValue(false), SpecFormat::OpenApi31, {})), QByteArray("false"));
}

QTEST_APPLESS_MAIN(TestSchemaConvert)
#include "tst_schemaconvert.moc"
