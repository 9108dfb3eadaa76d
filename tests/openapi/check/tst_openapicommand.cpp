// SPDX-License-Identifier: MIT
// pactbench-cli openapi: exit codes, the JSON shape (swagger-mock-validator's), text output, coverage, options.
#include "clirun.h"
#include "petsspec.h"
#include "testbroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

QByteArray pactWith(const QString &response)
{
    return QStringLiteral(R"({"consumer":{"name":"C"},"provider":{"name":"P"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
        "interactions":[{"description":"list","providerStates":[{"name":"pets exist"}],"request":{"method":"GET","path":"/pets"},
        "response":%1}]})").arg(response).toUtf8();
}

} // namespace

class TestOpenApiCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void compatibleExitsZero()
    {
        const QString spec = write(m_dir, u"spec.yaml"_qs, petsSpec());
        const QString pact = write(m_dir, u"ok.json"_qs, pactWith(u"{\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\"}]}"_qs));
        const CliRun r = runCli(u"openapi"_qs, {spec, pact});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"compatible: 0 error(s)"), qPrintable(r.out));
    }

    void errorsExitOneWithSmvShape()
    {
        const QString spec = write(m_dir, u"spec.yaml"_qs, petsSpec());
        const QString pact = write(m_dir, u"bad.json"_qs, pactWith(u"{\"status\":200,\"body\":[{\"id\":\"x\",\"name\":\"a\"}]}"_qs));
        const CliRun r = runCli(u"openapi"_qs, {u"--format"_qs, u"json"_qs, spec, pact});
        QCOMPARE(r.code, 1);
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray errors = out.value(u"errors"_qs).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject e = errors.first().toObject();
        QCOMPARE(e.value(u"code"_qs).toString(), u"response.body.incompatible"_qs);
        QCOMPARE(e.value(u"type"_qs).toString(), u"error"_qs);
        QCOMPARE(e.value(u"source"_qs).toString(), u"spec-mock-validation"_qs);
        const QJsonObject mock = e.value(u"mockDetails"_qs).toObject();
        QCOMPARE(mock.value(u"interactionDescription"_qs).toString(), u"list"_qs);
        QCOMPARE(mock.value(u"interactionState"_qs).toString(), u"pets exist"_qs);
        QCOMPARE(mock.value(u"location"_qs).toString(), u"[root].interactions[0].response.body.0.id"_qs);
        QCOMPARE(mock.value(u"mockFile"_qs).toString(), pact);
        const QJsonObject specDetails = e.value(u"specDetails"_qs).toObject();
        QCOMPARE(specDetails.value(u"pathMethod"_qs).toString(), u"get"_qs);
        QCOMPARE(specDetails.value(u"pathName"_qs).toString(), u"/pets"_qs);
        QCOMPARE(specDetails.value(u"specFile"_qs).toString(), spec);
        QVERIFY(out.value(u"warnings"_qs).isArray());
        QCOMPARE(out.value(u"summary"_qs).toObject().value(u"compatible"_qs).toBool(), false);
    }

    void unusableInputExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("pact");
        const QByteArray okPact = pactWith(u"{\"status\":200}"_qs);
        QTest::newRow("spec not yaml") << QByteArray("openapi: [3.0\n  bad: {") << okPact;
        QTest::newRow("not an openapi document") << QByteArray("hello: world\n") << okPact;
        QTest::newRow("pact not json") << petsSpec() << QByteArray("{nope");
    }

    void unusableInputExitsTwo()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, pact);
        const CliRun r = runCli(u"openapi"_qs, {write(m_dir, u"s.yaml"_qs, spec), write(m_dir, u"p.json"_qs, pact)});
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void missingArgumentsAreUsage()
    {
        QCOMPARE(runCli(u"openapi"_qs, {write(m_dir, u"spec.yaml"_qs, petsSpec())}).code, 2);
        QCOMPARE(runCli(u"openapi"_qs, {u"--format"_qs, u"xml"_qs, u"a"_qs, u"b"_qs}).code, 2);
    }

    void coverageListsUnexercised()
    {
        const QString spec = write(m_dir, u"spec.yaml"_qs, petsSpec());
        const QString pact = write(m_dir, u"ok.json"_qs, pactWith(u"{\"status\":200,\"body\":[]}"_qs));
        const CliRun text = runCli(u"openapi"_qs, {u"--coverage"_qs, spec, pact});
        QVERIFY2(text.out.contains(u"Coverage: 1 of 4 operations, 1 of 6 responses"), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"-- POST /pets: 0 interaction(s)"), qPrintable(text.out));
        const CliRun json = runCli(u"openapi"_qs, {u"--coverage"_qs, u"--format"_qs, u"json"_qs, spec, pact});
        const QJsonObject coverage = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"coverage"_qs).toObject();
        QCOMPARE(coverage.value(u"coveredOperations"_qs).toInt(), 1);
        QCOMPARE(coverage.value(u"totalOperations"_qs).toInt(), 4);
    }

    void responseOptions()
    {
        const QString spec = write(m_dir, u"spec.yaml"_qs, petsSpec());
        const QString pact = write(m_dir, u"extra.json"_qs, pactWith(u"{\"status\":200,\"body\":[{\"id\":1,\"x\":1}]}"_qs));
        QCOMPARE(runCli(u"openapi"_qs, {spec, pact}).code, 1);
        QCOMPARE(runCli(u"openapi"_qs, {u"--additional-properties-in-response"_qs, spec, pact}).code, 0);
        QCOMPARE(runCli(u"openapi"_qs, {u"--additional-properties-in-response"_qs, u"--required-properties-in-response"_qs, spec, pact}).code, 1);
    }

    void specFromUrlWithRelativeRef()
    {
        TestBroker server;
        QVERIFY(server.start());
        const QByteArray spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      responses:\n"
                                "        '200': {description: ok, content: {application/json: {schema: {$ref: 'schemas.yaml#/Pets'}}}}\n";
        const QByteArray schemas = "Pets: {type: array, items: {type: object, properties: {id: {type: integer}}}}\n";
        server.setOverride("GET", u"/oas/spec.yaml"_qs, {200, spec, "application/yaml", 0, {}});
        server.setOverride("GET", u"/oas/schemas.yaml"_qs, {200, schemas, "application/yaml", 0, {}});
        const QString ok = write(m_dir, u"ok.json"_qs, pactWith(u"{\"status\":200,\"body\":[{\"id\":1}]}"_qs));
        const QString bad = write(m_dir, u"bad.json"_qs, pactWith(u"{\"status\":200,\"body\":[{\"id\":\"x\"}]}"_qs));
        const QString url = server.baseUrl().toString() + u"/oas/spec.yaml";
        const CliRun good = runCli(u"openapi"_qs, {url, ok});
        QVERIFY2(good.code == 0, qPrintable(good.out + good.err));
        QCOMPARE(runCli(u"openapi"_qs, {url, bad}).code, 1); // the schema came from the second URL
        QVERIFY(!server.requests("GET", u"/oas/schemas.yaml"_qs).isEmpty());
    }

    void unreachableSpecUrlIsUnusable()
    {
        TestBroker server;
        QVERIFY(server.start());
        server.setOverride("GET", u"/missing.yaml"_qs, {404, "no", "text/plain", 0, {}});
        const QString pact = write(m_dir, u"ok.json"_qs, pactWith(u"{\"status\":200}"_qs));
        const CliRun r = runCli(u"openapi"_qs, {server.baseUrl().toString() + u"/missing.yaml", pact});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"404"), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOpenApiCommand)
#include "tst_openapicommand.moc"
