// SPDX-License-Identifier: MIT
// The loader on bad input: every error located and named, limits that hold ("billion laughs", depth, files,
// sizes), $ref failures, and absurd types that become warnings instead of crashes.
#include "specfixtures.h"

#include <QElapsedTimer>

using namespace Pactbench::OpenApi;
using namespace Pactbench::OpenApi::Test;

Q_DECLARE_METATYPE(Pactbench::OpenApi::LoadLimits)

namespace {

const QByteArray kHead = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\n";

QByteArray laughs(int levels, int width)
{
    QByteArray out = kHead + "x-lol:\n  l0: &l0 lol\n";
    for (int i = 1; i <= levels; ++i) {
        out += "  l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
        for (int j = 0; j < width; ++j)
            out += (j ? ", *l" : "*l") + QByteArray::number(i - 1);
        out += "]\n";
    }
    return out;
}

QByteArray nestedBlocks(int depth)
{
    QByteArray out = kHead + "x-deep:\n";
    for (int i = 0; i < depth; ++i)
        out += QByteArray(2 * (i + 1), ' ') + "k:\n";
    return out + QByteArray(2 * (depth + 1), ' ') + "end\n";
}

} // namespace

class TestOpenApiSpecErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badDocuments_data();
    void badDocuments();
    void billionLaughsFailsFast();
    void refErrors_data();
    void refErrors();
    void brokenRefsWarn();
    void absurdTypesWarn();
    void missingFile();
    void fileSizeLimits();
    void errorText();
};

void TestOpenApiSpecErrors::badDocuments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<LoadLimits>("limits");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const LoadLimits defaults;
    LoadLimits tiny;
    tiny.maxNodes = 1000;
    tiny.maxDepth = 20;
    tiny.maxFileBytes = 4000;

    QTest::addRow("unclosed quote") << kHead + "paths:\n  /a:\n    get: {description: 'x}\n"
                                    << defaults << u"not valid YAML"_qs << 6 << 0; // yaml-cpp: where the stream ends
    QTest::addRow("bad indentation") << QByteArray("openapi: 3.0.0\ninfo:\n  title: t\n version: 1\n") << defaults
                                     << u"not valid YAML"_qs << 4 << 0;
    QTest::addRow("duplicate key") << kHead + "paths: {}\npaths: {}\n"
                                   << defaults << u"\"paths\" appears twice"_qs << 4 << 1;
    QTest::addRow("complex key") << kHead + "? [a, b]\n: c\n" << defaults << u"key must be a scalar"_qs << 3 << 0;
    QTest::addRow("alias of itself") << kHead + "x: &a [1, *a]\n" << defaults << u"not complete yet"_qs << 3 << 0;
    QTest::addRow("invalid json") << QByteArray("{\"openapi\": \"3.0.0\",\n  \"info\": {]}\n") << defaults
                                  << u"not valid JSON"_qs << 2 << 0;
    QTest::addRow("empty") << QByteArray("  \n# nothing\n") << defaults << u"empty"_qs << 0 << 0;
    QTest::addRow("openapi 3.2") << QByteArray("openapi: 3.2.0\ninfo: {}\n") << defaults
                                 << u"unsupported openapi version \"3.2.0\""_qs << 1 << 0;
    QTest::addRow("swagger 1.2") << QByteArray("info: {}\nswagger: '1.2'\n") << defaults
                                 << u"unsupported swagger version \"1.2\""_qs << 2 << 0;
    QTest::addRow("version as a number") << QByteArray("openapi: 3.0\n") << defaults
                                         << u"write the version as a string"_qs << 1 << 0;
    QTest::addRow("no version") << QByteArray("info: {title: t}\npaths: {}\n") << defaults
                                << u"neither `openapi` nor `swagger`"_qs << 1 << 0;
    QTest::addRow("root a list") << QByteArray("- openapi: 3.0.0\n") << defaults << u"must be a mapping"_qs << 1 << 0;
    QTest::addRow("root a scalar") << QByteArray("just text\n") << defaults << u"not a string"_qs << 0 << 0;
    QTest::addRow("paths a list") << kHead + "paths:\n  - /a\n" << defaults << u"paths must be a mapping"_qs << 3 << 0;
    QTest::addRow("laughs past maxNodes") << laughs(3, 11) << tiny << u"LoadLimits::maxNodes"_qs << 7 << 0;
    QTest::addRow("block depth") << nestedBlocks(30) << tiny << u"LoadLimits::maxDepth"_qs << 23 << 0;
    QTest::addRow("flow depth") << kHead + "x: " + QByteArray(40, '[') + QByteArray(40, ']') + "\n"
                                << tiny << u"LoadLimits::maxDepth"_qs << 3 << 0;
    QTest::addRow("json depth") << "{\"openapi\": \"3.0.0\", \"x\":\n" + QByteArray(40, '[') + QByteArray(40, ']') + "}"
                                << tiny << u"LoadLimits::maxDepth"_qs << 2 << 0;
    QTest::addRow("depth through an alias")
        << kHead + "a: &a " + QByteArray(15, '[') + QByteArray(15, ']') + "\nb: [[[[[[[[*a]]]]]]]]\n"
        << tiny << u"once aliases are expanded"_qs << 4 << 0;
    QTest::addRow("file size") << kHead + "x: '" + QByteArray(5000, 'a') + "'\n"
                               << tiny << u"maxFileBytes"_qs << 0 << 0;
}

void TestOpenApiSpecErrors::badDocuments()
{
    QFETCH(QByteArray, text);
    QFETCH(LoadLimits, limits);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error, limits);
    QVERIFY(!spec);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(error.file, dataPath(u"inline.yaml"_qs));
    QCOMPARE(error.line, line);
    if (column > 0)
        QCOMPARE(error.column, column);
}

void TestOpenApiSpecErrors::billionLaughsFailsFast()
{
    QElapsedTimer timer;
    timer.start();
    SpecError error;
    QVERIFY(!loadInline(laughs(9, 10), &error)); // 10^9 values once expanded
    QVERIFY2(error.message.contains(u"20000000 values"_qs), qPrintable(error.toString()));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    // the same shape within the limit loads (the aliases are shared, not copied)
    QVERIFY2(loadInline(laughs(5, 10), &error), qPrintable(error.toString()));
}

void TestOpenApiSpecErrors::refErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxFiles");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("message");
    const QByteArray op
        = kHead + "paths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n      parameters:\n";
    QTest::addRow("missing file") << op + "        - $ref: 'nowhere.yaml#/P'\n"
                                  << 256 << u"inline.yaml"_qs << 8
                                  << QStringList{ u"cannot read"_qs, dataPath(u"nowhere.yaml"_qs) };
    QTest::addRow("missing schema file") << op
            + "        - name: q\n          in: query\n          schema: {$ref: 'schemas/none.json'}\n"
                                         << 256 << u"inline.yaml"_qs << 10
                                         << QStringList{ u"cannot read"_qs, dataPath(u"schemas/none.json"_qs) };
    QTest::addRow("broken referenced file") << op + "        - $ref: 'bad/broken.yaml#/P'\n"
                                            << 256 << u"bad/broken.yaml"_qs << 4 << QStringList{ u"not valid YAML"_qs };
    QTest::addRow("parameter cycle") << op
            + "        - $ref: '#/components/parameters/A'\ncomponents:\n  parameters:\n"
              "    A: {$ref: '#/components/parameters/B'}\n    B: {$ref: '#/components/parameters/A'}\n"
                                     << 256 << u"inline.yaml"_qs << 8
                                     << QStringList{ u"$ref cycle"_qs, u"#/components/parameters/A → "_qs,
                                            u"#/components/parameters/B → "_qs };
    QTest::addRow("cycle across files") << op + "        - $ref: 'bad/cycle-a.yaml#/P'\n"
                                        << 256 << u"inline.yaml"_qs << 8
                                        << QStringList{ u"$ref cycle"_qs, u"cycle-b.yaml#/Q"_qs };
    QTest::addRow("maxFiles") << op + "        - $ref: 'split/parameters.yaml#/PageReal'\n"
                              << 1 << u"inline.yaml"_qs << 8 << QStringList{ u"LoadLimits::maxFiles"_qs };
}

void TestOpenApiSpecErrors::refErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxFiles);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QStringList, message);
    LoadLimits limits;
    limits.maxFiles = maxFiles;
    SpecError error;
    QVERIFY(!loadInline(text, &error, limits));
    for (const QString &part : message)
        QVERIFY2(error.message.contains(part), qPrintable(error.toString()));
    QCOMPARE(error.file, dataPath(file));
    QCOMPARE(error.line, line);
}

void TestOpenApiSpecErrors::brokenRefsWarn()
{
    const QByteArray text = kHead + R"(paths:
  /a:
    get:
      parameters:
        - $ref: '#/components/parameters/Nope'
        - {name: ok, in: query}
        - {$ref: 42}
        - {$ref: '#anchor'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Missing'}
        '404': {$ref: '#/components/responses/Nope'}
)";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    const Operation &op = spec->operations.at(0);
    QCOMPARE(op.parameters.size(), 1);
    QCOMPARE(op.parameters.at(0).name, u"ok"_qs);
    QCOMPARE(op.responses.size(), 1);
    const QString ref = op.responses.at(0).content.at(0).schema.toObject().value(u"$ref"_qs).toString();
    QCOMPARE(compact(spec->definitions.value(ref.mid(14))), QByteArray("{}"));
    const QStringList warnings = warningsOf(*spec);
    QCOMPARE(warnings.size(), 5);
    QVERIFY(warnings.at(0).startsWith(
        u"[root].paths./a.get.parameters[0]: cannot resolve $ref \"#/components/parameters/Nope\""_qs));
    QVERIFY(warnings.at(1).contains(u"$ref must be a string"_qs));
    QVERIFY(warnings.at(2).contains(u"only JSON pointer fragments"_qs));
    QVERIFY(warnings.at(4).startsWith(u"[root].paths./a.get.responses.404: cannot resolve"_qs));
    QVERIFY(warnings.at(3).contains(u"cannot resolve schema $ref"_qs));
    QCOMPARE(spec->warnings.at(0).place.line, 7);
}

void TestOpenApiSpecErrors::absurdTypesWarn()
{
    const QByteArray text = kHead + R"(security: nonsense
paths:
  /string: just a string
  /list: [1, 2]
  /ops:
    get: 12
    put:
      parameters: {name: x}
      responses: [a, b]
    post:
      parameters: [just, 3, {name: q}, {name: p, in: body}]
      requestBody: 5
      responses:
        '200': text
        '201': {description: 3, headers: [1], content: {application/json: 7, text/plain: {schema: 9}}}
    delete:
      security: [[1], {}]
    patch:
      servers: {url: nope}
      requestBody: {content: list}
      responses: {'200': {description: ok, headers: {X-A: []}}}
    GET: {responses: {}}
)";
    SpecError error;
    const std::optional<Spec> spec = loadInline(text, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QStringList names;
    for (const Operation &op : spec->operations)
        names.append(op.method);
    QCOMPARE(names, (QStringList{ u"put"_qs, u"post"_qs, u"delete"_qs, u"patch"_qs }));
    const QStringList warnings = warningsOf(*spec);
    const QStringList expected{
        u"[root].paths./string: expected a mapping, found a string"_qs,
        u"[root].paths./list: expected a mapping, found a list"_qs,
        u"[root].paths./ops.get: expected a mapping, found a number"_qs,
        u"[root].paths./ops.put.parameters: expected a list of parameters, found a mapping"_qs,
        u"[root].paths./ops.put.responses: expected a mapping, found a list"_qs,
        u"[root].security: expected a list of security requirements, found a string"_qs,
        u"[root].paths./ops.post.parameters[0]: expected a mapping, found a string"_qs,
        u"[root].paths./ops.post.parameters[2]: a parameter needs a name and an `in` of path, query, header or cookie; "
        "this one is ignored"_qs,
        u"[root].paths./ops.post.requestBody: expected a mapping, found a number"_qs,
        u"[root].paths./ops.post.responses.201.content.application/json: expected a mapping, found a number"_qs,
        u"[root].paths./ops.delete: the operation has no `responses`"_qs,
        u"[root].paths./ops.delete.security[0]: expected a mapping, found a list"_qs,
        u"[root].paths./ops.patch.requestBody.content: expected a mapping, found a string"_qs,
        u"[root].paths./ops.patch.responses.200.headers.X-A: expected a mapping, found a list"_qs,
    };
    for (const QString &w : expected)
        QVERIFY2(warnings.contains(w), qPrintable(w + u"\nnot in\n"_qs + warnings.join(u'\n')));
    QCOMPARE(warnings.size(), 18);
    const Operation &post = spec->operations.at(1);
    QVERIFY(!post.hasRequestBody);
    QCOMPARE(post.responses.size(), 1);
    QCOMPARE(post.responses.at(0).content.size(), 1);
    QCOMPARE(compact(post.responses.at(0).content.at(0).schema), QByteArray("{}"));
    QCOMPARE(spec->operations.at(2).security.size(), 1); // the {} alternative
    QVERIFY(spec->operations.at(3).hasRequestBody);
    QVERIFY(spec->operations.at(3).requestBody.content.isEmpty());
}

void TestOpenApiSpecErrors::missingFile()
{
    SpecError error;
    QVERIFY(!loadSpecFile(dataPath(u"no-such-file.yaml"_qs), &error));
    QCOMPARE(error.file, dataPath(u"no-such-file.yaml"_qs));
    QVERIFY(error.message.startsWith(u"cannot read the file"_qs));
}

void TestOpenApiSpecErrors::fileSizeLimits()
{
    LoadLimits limits;
    limits.maxFileBytes = 300;
    SpecError error;
    QVERIFY(!loadSpecFile(dataPath(u"petstore-3.0.yaml"_qs), &error, limits));
    QCOMPARE(error.toString(),
        dataPath(u"petstore-3.0.yaml"_qs)
            + u": cannot read the file: the file is larger than 300 bytes (LoadLimits::maxFileBytes)"_qs);
    // a referenced file past the limit: named, at the $ref that reaches it
    QVERIFY(!loadInline(kHead + "paths:\n  /a:\n    $ref: 'petstore-3.1.yaml#/paths/~1pets~1{id}'\n", &error, limits));
    QCOMPARE(error.line, 5);
    QVERIFY2(error.message.contains(u"petstore-3.1.yaml"_qs) && error.message.contains(u"larger than 300 bytes"_qs),
        qPrintable(error.toString()));
}

void TestOpenApiSpecErrors::errorText()
{
    QCOMPARE((SpecError{ u"a.yaml"_qs, 3, 7, u"bad"_qs }.toString()), u"a.yaml:3:7: bad"_qs);
    QCOMPARE((SpecError{ u"a.yaml"_qs, 3, 0, u"bad"_qs }.toString()), u"a.yaml:3: bad"_qs);
    QCOMPARE((SpecError{ u"a.yaml"_qs, 0, 0, u"bad"_qs }.toString()), u"a.yaml: bad"_qs);
    QCOMPARE((SpecError{ QString(), 0, 0, u"bad"_qs }.toString()), u"bad"_qs);
}

QTEST_APPLESS_MAIN(TestOpenApiSpecErrors)
#include "tst_openapispecerrors.moc"
