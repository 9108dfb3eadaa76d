// SPDX-License-Identifier: MIT
// The loader's features one at a time, on small inline documents: versions, YAML scalars and aliases, servers,
// security schemes, $ref pointers, Swagger 2 bodies, parameter defaults, documents read through a DocumentReader.
#include "specfixtures.h"

using namespace Pactbench::OpenApi;
using namespace Pactbench::OpenApi::Test;

Q_DECLARE_METATYPE(Pactbench::OpenApi::SpecFormat)

class TestOpenApiSpecFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versions_data();
    void versions();
    void yamlScalars();
    void aliasesAndMergeKeys();
    void serverPaths_data();
    void serverPaths();
    void securitySchemes_data();
    void securitySchemes();
    void readerForBytes();
    void oneRefInTwoDocuments();
    void pointerEscapes();
    void parameterStyles_data();
    void parameterStyles();
    void swaggerRequestBodies_data();
    void swaggerRequestBodies();
    void pathItemRefWithSiblings();
};

void TestOpenApiSpecFeatures::versions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<SpecFormat>("format");
    QTest::addColumn<QString>("version");
    QTest::addRow("2.0 yaml") << QByteArray("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n")
                              << SpecFormat::Swagger2 << u"2.0"_qs;
    QTest::addRow("2.0 json") << QByteArray(R"({"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{}})")
                              << SpecFormat::Swagger2 << u"2.0"_qs;
    QTest::addRow("3.0 yaml") << QByteArray("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
                              << SpecFormat::OpenApi30 << u"3.0.3"_qs;
    QTest::addRow("3.0 json") << QByteArray(R"(  {"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{}})")
                              << SpecFormat::OpenApi30 << u"3.0.0"_qs;
    QTest::addRow("3.1 yaml") << QByteArray("openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n")
                              << SpecFormat::OpenApi31 << u"3.1.0"_qs;
    QTest::addRow("3.1 json") << QByteArray(R"({"openapi":"3.1.1","info":{"title":"t","version":"1"},"paths":{}})")
                              << SpecFormat::OpenApi31 << u"3.1.1"_qs;
    QTest::addRow("flow yaml that is not json")
        << QByteArray("{openapi: 3.0.2, info: {title: t, version: '1'}}") << SpecFormat::OpenApi30 << u"3.0.2"_qs;
    QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBFopenapi: 3.0.1\ninfo: {title: t, version: '1'}\n")
                                     << SpecFormat::OpenApi30 << u"3.0.1"_qs;
}

void TestOpenApiSpecFeatures::versions()
{
    QFETCH(QByteArray, text);
    QFETCH(SpecFormat, format);
    QFETCH(QString, version);
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(spec->format, format);
    QCOMPARE(spec->version, version);
    QCOMPARE(spec->title, u"t"_qs);
    QVERIFY(spec->operations.isEmpty());
    QVERIFY(spec->warnings.isEmpty());
}

void TestOpenApiSpecFeatures::yamlScalars()
{
    const QByteArray text = R"(openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /x:
    get:
      parameters:
        - name: q
          in: query
          schema:
            enum: [true, 'true', 1, -7, 1.5, 2e3, null, ~, '', 0x1F, 0o17, '200', yes, .inf, !!str 12, "3"]
      responses:
        200: {description: plain key}
        '201': {description: quoted key}
)";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    const Operation &op = spec->operations.at(0);
    QCOMPARE(compact(op.parameters.at(0).schema.toObject().value(u"enum"_qs)),
        QByteArray(R"([true,"true",1,-7,1.5,2000,null,null,"",31,15,"200","yes",".inf","12","3"])"));
    QCOMPARE(statuses(op), (QStringList{ u"200"_qs, u"201"_qs }));
}

void TestOpenApiSpecFeatures::aliasesAndMergeKeys()
{
    const QByteArray text = R"(openapi: 3.0.0
info: {title: t, version: '1'}
x-common:
  error: &error
    description: an error
    content:
      application/json:
        schema: {type: object}
  base: &base
    type: string
    maxLength: 5
paths:
  /a:
    get:
      parameters:
        - name: q
          in: query
          schema:
            <<: *base
            minLength: 1
      responses:
        '500': *error
        '200':
          description: ok
  /b:
    get:
      responses: &responses
        default: *error
        '404': {description: not found}
    put:
      responses: *responses
)";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(spec->operations.size(), 3);
    QCOMPARE(statuses(spec->operations.at(2)), (QStringList{ u"default"_qs, u"404"_qs })); // an alias keeps the order
    QCOMPARE(compact(spec->operations.at(0).parameters.at(0).schema),
        QByteArray(R"({"maxLength":5,"minLength":1,"type":"string"})"));
    QCOMPARE(statuses(spec->operations.at(0)), (QStringList{ u"500"_qs, u"200"_qs }));
    QCOMPARE(spec->operations.at(1).responses.at(0).description, u"an error"_qs);
    QCOMPARE(mediaNames(spec->operations.at(1).responses.at(0).content), QStringList{ u"application/json"_qs });
}

void TestOpenApiSpecFeatures::serverPaths_data()
{
    QTest::addColumn<QByteArray>("servers");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("none") << QByteArray() << QStringList{ u"/p"_qs };
    QTest::addRow("slash") << QByteArray("servers: [{url: /}]") << QStringList{ u"/p"_qs };
    QTest::addRow("absolute") << QByteArray("servers: [{url: 'https://h.example:8443/v1'}]")
                              << QStringList{ u"/v1/p"_qs };
    QTest::addRow("trailing slash") << QByteArray("servers: [{url: 'https://h.example/v1/'}]")
                                    << QStringList{ u"/v1/p"_qs };
    QTest::addRow("host only") << QByteArray("servers: [{url: 'https://h.example'}]") << QStringList{ u"/p"_qs };
    QTest::addRow("relative") << QByteArray("servers: [{url: /api/v2}]") << QStringList{ u"/api/v2/p"_qs };
    QTest::addRow("relative no slash") << QByteArray("servers: [{url: v3}]") << QStringList{ u"/v3/p"_qs };
    QTest::addRow("network path") << QByteArray("servers: [{url: '//h.example/x'}]") << QStringList{ u"/x/p"_qs };
    QTest::addRow("query dropped") << QByteArray("servers: [{url: 'https://h/a?x=1'}]") << QStringList{ u"/a/p"_qs };
    QTest::addRow("variables") << QByteArray("servers: [{url: '{scheme}://{host}/{base}/x', variables: {scheme: "
                                             "{default: https}, host: {default: h}, base: {default: v9}}}]")
                               << QStringList{ u"/v9/x/p"_qs };
    QTest::addRow("several, deduplicated")
        << QByteArray("servers: [{url: 'https://a/v1'}, {url: 'http://b/v1'}, {url: /v2}]")
        << QStringList{ u"/v1/p"_qs, u"/v2/p"_qs };
}

void TestOpenApiSpecFeatures::serverPaths()
{
    QFETCH(QByteArray, servers);
    QFETCH(QStringList, expected);
    const QByteArray text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\n" + servers
        + "\npaths:\n  /p:\n    get:\n      responses: {'200': {description: ok}}\n";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(spec->operations.at(0).fullPaths, expected);
    // servers on the path item and on the operation win over the document's
    const QByteArray overridden = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\n" + servers
        + "\npaths:\n  /p:\n    servers: [{url: /item}]\n    get:\n      responses: {'200': {description: ok}}\n"
          "    put:\n      servers: [{url: 'https://o/op'}]\n      responses: {'200': {description: ok}}\n";
    const std::optional<Spec> spec2 = loadInline(overridden, &error);
    QVERIFY2(spec2, qPrintable(error.toString()));
    QCOMPARE(spec2->operations.at(0).fullPaths, QStringList{ u"/item/p"_qs });
    QCOMPARE(spec2->operations.at(1).fullPaths, QStringList{ u"/op/p"_qs });
}

void TestOpenApiSpecFeatures::securitySchemes_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("warnings");
    QTest::addRow("apiKey header") << QByteArray("{type: apiKey, in: header, name: X-Key}") << u"s:header:x-key"_qs
                                   << 0;
    QTest::addRow("apiKey query") << QByteArray("{type: apiKey, in: query, name: Key}") << u"s:query:Key"_qs << 0;
    QTest::addRow("apiKey cookie") << QByteArray("{type: apiKey, in: cookie, name: sid}") << u"s:cookie:sid"_qs << 0;
    QTest::addRow("http basic") << QByteArray("{type: http, scheme: Basic}") << u"s:header:authorization:basic"_qs << 0;
    QTest::addRow("http digest") << QByteArray("{type: http, scheme: digest}") << u"s:header:authorization:digest"_qs
                                 << 0;
    QTest::addRow("oauth2") << QByteArray("{type: oauth2, flows: {}}") << u"s:header:authorization"_qs << 0;
    QTest::addRow("openIdConnect") << QByteArray("{type: openIdConnect, openIdConnectUrl: 'https://x'}")
                                   << u"s:header:authorization"_qs << 0;
    QTest::addRow("mutualTLS") << QByteArray("{type: mutualTLS}") << u"s:unsupported:"_qs << 0;
    QTest::addRow("unknown type") << QByteArray("{type: magic}") << u"s:unsupported:"_qs << 1;
    QTest::addRow("apiKey nowhere") << QByteArray("{type: apiKey, in: body, name: k}") << u"s:unsupported:"_qs << 1;
    QTest::addRow("not a mapping") << QByteArray("[1]") << u"s:unsupported:"_qs << 1;
    QTest::addRow("a $ref") << QByteArray("{$ref: '#/components/securitySchemes/t'}") << u"s:query:k"_qs << 0;
}

void TestOpenApiSpecFeatures::securitySchemes()
{
    QFETCH(QByteArray, scheme);
    QFETCH(QString, expected);
    QFETCH(int, warnings);
    const QByteArray text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nsecurity: [{s: []}, {}, {undefined: []}]\n"
                            "paths:\n  /p:\n    get:\n      responses: {'200': {description: ok}}\n"
                            "components:\n  securitySchemes:\n    t: {type: apiKey, in: query, name: k}\n    s: "
        + scheme + "\n";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    const SecurityRequirements &security = spec->operations.at(0).security;
    QCOMPARE(securitySummary(security), (QStringList{ expected, QString(), u"undefined:unsupported:"_qs }));
    QCOMPARE(spec->warnings.size(), warnings + 1); // + the undefined scheme
    QCOMPARE(spec->warnings.last().place.location, u"[root].security[2].undefined"_qs);
}

void TestOpenApiSpecFeatures::readerForBytes()
{
    QStringList asked;
    const DocumentReader reader = [&](const QString &location, QString *) -> std::optional<QByteArray> {
        asked.append(location);
        return QByteArray("name: q\nin: query\nschema: {type: string, format: date}\n");
    };
    const QByteArray root
        = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /p:\n    get:\n"
          "      parameters: [{$ref: 'params/q.yaml'}]\n      responses: {'200': {description: ok}}\n";
    SpecError error;
    const std::optional<Spec> spec = loadSpecBytes(root, u"https://api.example/specs/root.yaml"_qs, &error, reader);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(asked, QStringList{ u"https://api.example/specs/params/q.yaml"_qs });
    QCOMPARE(spec->operations.at(0).parameters.at(0).place.file, u"https://api.example/specs/params/q.yaml"_qs);
    QCOMPARE(compact(spec->operations.at(0).parameters.at(0).schema),
        QByteArray(R"({"type":"string","x-pb-format":"date"})"));
}

// "#/components/schemas/Item" names a different schema in each document that writes it, however often it
// is written (the loader remembers what a $ref named per document).
void TestOpenApiSpecFeatures::oneRefInTwoDocuments()
{
    const DocumentReader reader = [](const QString &, QString *) -> std::optional<QByteArray> {
        return QByteArray("components:\n  schemas:\n    Item: {type: integer}\n"
                          "    Box: {type: object, properties: {a: {$ref: '#/components/schemas/Item'},"
                          " b: {$ref: '#/components/schemas/Item'}}}\n");
    };
    const QByteArray root = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /p:\n    get:\n"
                            "      responses:\n        '200':\n          description: ok\n          content:\n"
                            "            application/json:\n              schema:\n                type: object\n"
                            "                properties:\n                  mine: {$ref: '#/components/schemas/Item'}\n"
                            "                  again: {$ref: '#/components/schemas/Item'}\n"
                            "                  box: {$ref: 'other.yaml#/components/schemas/Box'}\n"
                            "components:\n  schemas:\n    Item: {type: string}\n";
    SpecError error;
    const std::optional<Spec> spec = loadSpecBytes(root, u"/specs/root.yaml"_qs, &error, reader);
    QVERIFY2(spec, qPrintable(error.toString()));
    const QJsonObject properties
        = spec->operations.at(0).responses.at(0).content.at(0).schema.toObject().value(u"properties"_qs).toObject();
    const QString mine = properties.value(u"mine"_qs).toObject().value(u"$ref"_qs).toString();
    QCOMPARE(properties.value(u"again"_qs).toObject().value(u"$ref"_qs).toString(), mine);
    const QString boxRef = properties.value(u"box"_qs).toObject().value(u"$ref"_qs).toString();
    const QJsonObject box = spec->definitions.value(boxRef.mid(14)).toObject().value(u"properties"_qs).toObject();
    const QString theirs = box.value(u"a"_qs).toObject().value(u"$ref"_qs).toString();
    QCOMPARE(box.value(u"b"_qs).toObject().value(u"$ref"_qs).toString(), theirs);
    QVERIFY(mine != theirs);
    QCOMPARE(compact(spec->definitions.value(mine.mid(14))), QByteArray(R"({"type":"string"})"));
    QCOMPARE(compact(spec->definitions.value(theirs.mid(14))), QByteArray(R"({"type":"integer"})"));
}

void TestOpenApiSpecFeatures::pointerEscapes()
{
    const QByteArray text = R"(openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /p:
    get:
      parameters:
        - $ref: '#/components/parameters/a~1b'
        - $ref: '#/components/parameters/c~0d'
        - $ref: '#/components/parameters/e%20f'
        - $ref: '#/x-lists/0/1'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Odd%7Bname%7D'}
x-lists:
  - [nothing, {name: fromList, in: header}]
components:
  parameters:
    a/b: {name: slash, in: query}
    c~d: {name: tilde, in: query}
    e f: {name: space, in: query}
  schemas:
    Odd{name}: {type: integer}
)";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(warningsOf(*spec), QStringList());
    QCOMPARE(parameterSummary(spec->operations.at(0)),
        (QStringList{ u"slash query optional form explode -"_qs, u"tilde query optional form explode -"_qs,
            u"space query optional form explode -"_qs, u"fromList header optional simple - -"_qs }));
    // a component name that is not safe in a pointer gets a key that is
    const QString ref
        = spec->operations.at(0).responses.at(0).content.at(0).schema.toObject().value(u"$ref"_qs).toString();
    QCOMPARE(ref, u"#/definitions/components_schemas_Odd_name"_qs);
    QCOMPARE(compact(spec->definitions.value(ref.mid(14))), QByteArray(R"({"type":"integer"})"));
}

void TestOpenApiSpecFeatures::parameterStyles_data()
{
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("expected");
    QTest::addRow("query") << QByteArray("{name: a, in: query}") << u"a query optional form explode -"_qs;
    QTest::addRow("cookie") << QByteArray("{name: a, in: cookie}") << u"a cookie optional form explode -"_qs;
    QTest::addRow("header") << QByteArray("{name: a, in: header, required: true}")
                            << u"a header required simple - -"_qs;
    QTest::addRow("path is required") << QByteArray("{name: a, in: path}") << u"a path required simple - -"_qs;
    QTest::addRow("explicit style") << QByteArray("{name: a, in: query, style: pipeDelimited}")
                                    << u"a query optional pipeDelimited - -"_qs;
    QTest::addRow("explicit explode") << QByteArray("{name: a, in: query, explode: false}")
                                      << u"a query optional form - -"_qs;
    QTest::addRow("deepObject") << QByteArray("{name: a, in: query, style: deepObject, explode: true}")
                                << u"a query optional deepObject explode -"_qs;
    QTest::addRow("wrong types") << QByteArray("{name: a, in: query, style: 3, explode: yes, required: 1}")
                                 << u"a query optional form explode -"_qs;
}

void TestOpenApiSpecFeatures::parameterStyles()
{
    QFETCH(QByteArray, parameter);
    QFETCH(QString, expected);
    const QByteArray text
        = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /p:\n    get:\n      parameters: [" + parameter
        + "]\n      responses: {'200': {description: ok}}\n";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(parameterSummary(spec->operations.at(0)), QStringList{ expected });
    QCOMPARE(compact(spec->operations.at(0).parameters.at(0).schema), QByteArray("{}"));
}

void TestOpenApiSpecFeatures::swaggerRequestBodies_data()
{
    QTest::addColumn<QByteArray>("globalConsumes");
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QStringList>("media");
    QTest::addColumn<QStringList>("consumes");
    const QByteArray body = "parameters: [{in: body, name: b, schema: {type: object}}]";
    const QByteArray form = "parameters: [{in: formData, name: f, type: string}]";
    const QByteArray file = "parameters: [{in: formData, name: f, type: file}]";
    const QStringList json{ u"application/json"_qs };
    const QStringList urlencoded{ u"application/x-www-form-urlencoded"_qs };
    const QStringList multipart{ u"multipart/form-data"_qs };
    QTest::addRow("body, no consumes") << QByteArray() << body << json << json;
    QTest::addRow("body, global consumes")
        << QByteArray("consumes: [text/xml]") << body << QStringList{ u"text/xml"_qs } << QStringList{ u"text/xml"_qs };
    QTest::addRow("body, operation consumes win")
        << QByteArray("consumes: [text/xml]") << body + "\n      consumes: [application/vnd.a+json, text/plain]"
        << QStringList{ u"application/vnd.a+json"_qs, u"text/plain"_qs }
        << QStringList{ u"application/vnd.a+json"_qs, u"text/plain"_qs };
    QTest::addRow("no body") << QByteArray("consumes: [text/xml]") << QByteArray("parameters: []") << QStringList()
                             << QStringList{ u"text/xml"_qs };
    QTest::addRow("form, no consumes") << QByteArray() << form << urlencoded << urlencoded;
    QTest::addRow("file, no consumes") << QByteArray() << file << multipart << multipart;
    QTest::addRow("form, json consumes") << QByteArray("consumes: [application/json]") << form << urlencoded
                                         << urlencoded;
    QTest::addRow("form, both form types")
        << QByteArray("consumes: [multipart/form-data, 'application/x-www-form-urlencoded; charset=utf-8']") << form
        << QStringList{ u"multipart/form-data"_qs, u"application/x-www-form-urlencoded; charset=utf-8"_qs }
        << QStringList{ u"multipart/form-data"_qs, u"application/x-www-form-urlencoded; charset=utf-8"_qs };
}

void TestOpenApiSpecFeatures::swaggerRequestBodies()
{
    QFETCH(QByteArray, globalConsumes);
    QFETCH(QByteArray, operation);
    QFETCH(QStringList, media);
    QFETCH(QStringList, consumes);
    const QByteArray text = "swagger: '2.0'\ninfo: {title: t, version: '1'}\n" + globalConsumes
        + "\npaths:\n  /p:\n    post:\n      " + operation + "\n      responses: {'200': {description: ok}}\n";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    const Operation &op = spec->operations.at(0);
    QCOMPARE(op.hasRequestBody, !media.isEmpty());
    QCOMPARE(mediaNames(op.requestBody.content), media);
    QCOMPARE(op.consumes, consumes);
}

void TestOpenApiSpecFeatures::pathItemRefWithSiblings()
{
    const QByteArray text = R"(openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /p:
    $ref: '#/x-items/shared'
    put:
      responses: {'204': {description: replaced}}
  /q:
    $ref: '#/x-items/nowhere'
    get:
      responses: {'200': {description: own}}
x-items:
  shared:
    get:
      responses: {'200': {description: shared}}
    put:
      responses: {'200': {description: shared}}
)";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(operationNames(*spec), (QStringList{ u"get /p"_qs, u"put /p"_qs, u"get /q"_qs }));
    QCOMPARE(spec->operations.at(1).responses.at(0).description, u"replaced"_qs);
    QCOMPARE(spec->operations.at(0).place.line, 14);
    QCOMPARE(spec->warnings.size(), 1);
    QCOMPARE(spec->warnings.at(0).place.location, u"[root].paths./q"_qs);
}

QTEST_APPLESS_MAIN(TestOpenApiSpecFeatures)
#include "tst_openapispecfeatures.moc"
