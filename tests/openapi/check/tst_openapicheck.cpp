// SPDX-License-Identifier: MIT
// The example checks against one OpenAPI document: each swagger-mock-validator code where it applies, and
// where it must not (standard headers, security headers, 4xx requests, ranges, options).
#include "checkfixtures.h"
#include "petsspec.h"

#include <core/openapi/mediatypes.h>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

/// An interaction "d" of a GET /pets that returns one valid pet, with `request`/`response` merged in.
QString interaction(const QString &request, const QString &response)
{
    return QStringLiteral(R"({"description":"d","request":{%1},"response":{%2}})").arg(request, response);
}

const QString kGetPets = QStringLiteral(R"("method":"GET","path":"/pets")");
const QString kOkList = QStringLiteral(R"("status":200,"headers":{"Content-Type":"application/json"},"body":[{"id":1,"name":"a"}])");
const QString kPost = QStringLiteral(R"("method":"POST","path":"/pets","headers":{"Content-Type":"application/json","Authorization":"Bearer t"})");
const QString kCreated = QStringLiteral(R"("status":201,"body":{"id":1,"name":"a"})");

} // namespace

class TestOpenApiCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("response");
        QTest::addColumn<int>("option"); // 1: additionalPropertiesInResponse, 2: requiredPropertiesInResponse
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("compatible") << kGetPets + u",\"query\":{\"limit\":[\"5\"]}" << kOkList << 0 << none;
        QTest::newRow("unknown path") << u"\"method\":\"GET\",\"path\":\"/cats\""_qs << kOkList << 0
                                      << QStringList{u"request.path-or-method.unknown@d"_qs};
        QTest::newRow("unknown method") << u"\"method\":\"DELETE\",\"path\":\"/pets\""_qs << kOkList << 0
                                        << QStringList{u"request.path-or-method.unknown@d"_qs};
        QTest::newRow("path parameter type") << u"\"method\":\"GET\",\"path\":\"/pets/abc\""_qs << u"\"status\":200"_qs << 0
                                             << QStringList{u"request.path-or-method.unknown@d"_qs};
        QTest::newRow("literal before template") << u"\"method\":\"GET\",\"path\":\"/pets/mine\""_qs << u"\"status\":200"_qs << 0 << none;
        QTest::newRow("more segments than any template") << u"\"method\":\"GET\",\"path\":\"/pets/1/x\""_qs << u"\"status\":200"_qs << 0
                                                         << QStringList{u"request.path-or-method.unknown@d"_qs};
        QTest::newRow("empty segments dropped") << u"\"method\":\"GET\",\"path\":\"//pets/\""_qs << kOkList << 0 << none;
        QTest::newRow("query incompatible") << kGetPets + u",\"query\":{\"limit\":[\"500\"]}" << kOkList << 0
                                            << QStringList{u"request.query.incompatible@d"_qs};
        QTest::newRow("query not a number") << kGetPets + u",\"query\":{\"limit\":[\"five\"]}" << kOkList << 0
                                            << QStringList{u"request.query.incompatible@d"_qs};
        QTest::newRow("query unknown") << kGetPets + u",\"query\":{\"foo\":[\"1\"]}" << kOkList << 0
                                       << QStringList{u"request.query.unknown@d"_qs};
        QTest::newRow("header incompatible") << kGetPets + u",\"headers\":{\"x-trace\":\"nope\"}" << kOkList << 0
                                             << QStringList{u"request.header.incompatible@d"_qs};
        QTest::newRow("header unknown") << kGetPets + u",\"headers\":{\"X-Other\":\"1\"}" << kOkList << 0
                                        << QStringList{u"request.header.unknown@d"_qs};
        QTest::newRow("standard header") << kGetPets + u",\"headers\":{\"User-Agent\":\"x\"}" << kOkList << 0 << none;
        QTest::newRow("body type") << kGetPets << u"\"status\":200,\"body\":[{\"id\":\"x\",\"name\":\"a\"}]"_qs << 0
                                   << QStringList{u"response.body.incompatible@d"_qs};
        QTest::newRow("int64 beyond 32 bits") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1845563262948980200,\"name\":\"a\"}]"_qs
                                              << 0 << none;
        QTest::newRow("additional property") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"x\":1}]"_qs << 0
                                             << QStringList{u"response.body.incompatible@d"_qs};
        QTest::newRow("additional property allowed") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"x\":1}]"_qs
                                                     << 1 << none;
        QTest::newRow("required relaxed") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1}]"_qs << 0 << none;
        QTest::newRow("required enforced") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1}]"_qs << 2
                                           << QStringList{u"response.body.incompatible@d"_qs};
        QTest::newRow("nullable") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"tag\":null}]"_qs << 0 << none;
        QTest::newRow("enum") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"kind\":\"bird\"}]"_qs << 0
                              << QStringList{u"response.body.incompatible@d"_qs};
        QTest::newRow("pattern") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"code\":\"ab\"}]"_qs << 0
                                 << QStringList{u"response.body.incompatible@d"_qs};
        QTest::newRow("date format") << kGetPets << u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"born\":\"2020-02-30\"}]"_qs << 0
                                     << QStringList{u"response.body.incompatible@d"_qs};
        QTest::newRow("status unknown") << u"\"method\":\"GET\",\"path\":\"/pets/1\""_qs << u"\"status\":404"_qs << 0
                                        << QStringList{u"response.status.unknown@d"_qs};
        // A bare `type: object` admits no property in a response (SMV closes it), so the message is one.
        QTest::newRow("status default") << kGetPets << u"\"status\":500,\"body\":{\"message\":\"x\"}"_qs << 0
                                        << QStringList{u"response.body.incompatible@d"_qs, u"response.status.default@d"_qs};
        QTest::newRow("status range, 4xx request unchecked") << u"\"method\":\"POST\",\"path\":\"/pets\",\"body\":{\"name\":\"\"}"_qs
                                                             << u"\"status\":400"_qs << 0 << QStringList{u"request.content-type.missing@d"_qs};
        QTest::newRow("authorization missing") << u"\"method\":\"POST\",\"path\":\"/pets\",\"headers\":{\"Content-Type\":\"application/json\"},\"body\":{\"name\":\"a\"}"_qs
                                               << kCreated << 0 << QStringList{u"request.authorization.missing@d"_qs};
        QTest::newRow("api key satisfies") << u"\"method\":\"POST\",\"path\":\"/pets\",\"headers\":{\"Content-Type\":\"application/json\",\"X-Api-Key\":\"k\"},\"body\":{\"name\":\"a\"}"_qs
                                           << kCreated << 0 << none;
        QTest::newRow("request body") << kPost + u",\"body\":{\"name\":\"\"}" << kCreated << 0
                                      << QStringList{u"request.body.incompatible@d"_qs};
        QTest::newRow("request body format") << kPost + u",\"body\":{\"name\":\"a\",\"born\":\"2020-13-01\"}" << kCreated << 0
                                             << QStringList{u"request.body.incompatible@d"_qs};
        QTest::newRow("content type") << u"\"method\":\"POST\",\"path\":\"/pets\",\"headers\":{\"Content-Type\":\"text/plain\",\"Authorization\":\"b\"},\"body\":\"hi\""_qs
                                      << kCreated << 0
                                      << QStringList{u"request.body.unknown@d"_qs, u"request.content-type.incompatible@d"_qs};
        QTest::newRow("accept") << kGetPets + u",\"headers\":{\"Accept\":\"application/xml\"}" << kOkList << 0
                                << QStringList{u"request.accept.incompatible@d"_qs, u"response.body.unknown@d"_qs};
        QTest::newRow("accept vendor json") << kGetPets + u",\"headers\":{\"Accept\":\"application/vnd.pets+json\"}" << kOkList << 0 << none;
        QTest::newRow("response content type") << kGetPets << u"\"status\":200,\"headers\":{\"Content-Type\":\"text/html\"},\"body\":[]"_qs
                                               << 0 << QStringList{u"response.content-type.incompatible@d"_qs};
        QTest::newRow("response headers") << kGetPets
                                          << u"\"status\":200,\"headers\":{\"X-Foo\":\"1\",\"ETag\":\"e\",\"X-Total\":\"abc\"},\"body\":[]"_qs << 0
                                          << QStringList{u"response.header.incompatible@d"_qs, u"response.header.undefined@d"_qs,
                                                         u"response.header.unknown@d"_qs};
    }

    void codes()
    {
        QFETCH(QString, request);
        QFETCH(QString, response);
        QFETCH(int, option);
        QFETCH(QStringList, expected);
        OpenApi::CheckOptions options;
        options.examplesOnly = true;
        options.additionalPropertiesInResponse = option == 1;
        options.requiredPropertiesInResponse = option == 2;
        const auto findings = check(petsSpec(), pactOf(interaction(request, response)), options);
        QCOMPARE(findingKeys(findings).join(u", "), expected.join(u", "));
        for (const OpenApi::Finding &f : findings)
            QCOMPARE(f.type == OpenApi::FindingType::Error, OpenApi::isErrorCode(f.code));
    }

    void findingDetails()
    {
        const auto findings = check(petsSpec(), pactOf(interaction(kGetPets, u"\"status\":200,\"body\":[{\"id\":\"x\",\"name\":\"a\"}]"_qs)),
                                    {true});
        QCOMPARE(findings.size(), 1);
        const OpenApi::Finding &f = findings.first();
        QCOMPARE(f.mockLocation, u"[root].interactions[0].response.body.0.id"_qs);
        QCOMPARE(f.mockValue, QJsonValue(u"x"_qs));
        QCOMPARE(f.pathMethod, u"get"_qs);
        QCOMPARE(f.pathName, u"/pets"_qs);
        QVERIFY2(f.specLocation.startsWith(u"[root].paths./pets.get.responses.200.content.application/json"), qPrintable(f.specLocation));
        QCOMPARE(f.interactionState, u"[none]"_qs);
        QVERIFY2(f.message.endsWith(u": must be integer"), qPrintable(f.message)); // AJV's words, the type named
        // The spec side is the failing field's schema, through the array's items and the $ref to Pet.
        QVERIFY2(f.specLocation.endsWith(u".schema.items.properties.id"), qPrintable(f.specLocation));
        QCOMPARE(f.specValue.toObject().value(u"type"_qs), QJsonValue(u"integer"_qs));
    }

    void typeMessagesNameTheType()
    {
        const auto findings = check(petsSpec(), pactOf(interaction(kGetPets + u",\"query\":{\"limit\":[\"x\"]}",
                                                                    u"\"status\":200,\"body\":[{\"id\":1,\"name\":7,\"tag\":3}]"_qs)), {true});
        QStringList messages;
        for (const OpenApi::Finding &f : findings)
            messages.append(f.message.section(u": "_qs, -1));
        messages.sort();
        QCOMPARE(messages, (QStringList{u"must be integer"_qs, u"must be string"_qs, u"must be string,null"_qs}));
    }

    void messagesAreSkipped()
    {
        const QByteArray pact = R"({"consumer":{"name":"C"},"provider":{"name":"P"},"metadata":{"pactSpecification":{"version":"4.0"}},
            "interactions":[{"type":"Asynchronous/Messages","description":"m","contents":{"content":{"a":1}}},
                            {"type":"Synchronous/HTTP","description":"h","request":{"method":"GET","path":"/nope"},"response":{"status":200}}]})";
        OpenApi::SpecError error;
        const auto spec = OpenApi::loadSpecBytes(petsSpec(), u"spec.yaml"_qs, &error);
        QVERIFY2(spec, qPrintable(error.toString()));
        const ReadResult r = PactReader::read(pact);
        QVERIFY(r.ok());
        const OpenApi::CheckReport report = OpenApi::Checker(*spec).check({{&*r.pact, u"p.json"_qs}});
        QCOMPARE(report.skippedMessages, 1);
        QCOMPARE(report.httpInteractions, 1);
        QCOMPARE(findingKeys(report.findings), QStringList{u"request.path-or-method.unknown@h"_qs});
        QVERIFY(!report.ok());
    }

    void coverage()
    {
        OpenApi::SpecError error;
        const auto spec = OpenApi::loadSpecBytes(petsSpec(), u"spec.yaml"_qs, &error);
        QVERIFY2(spec, qPrintable(error.toString()));
        const ReadResult r = PactReader::read(pactOf(interaction(kGetPets, kOkList) + u"," + interaction(kGetPets, u"\"status\":503"_qs)));
        QVERIFY(r.ok());
        const OpenApi::Coverage c = OpenApi::Checker(*spec).check({{&*r.pact, u"p.json"_qs}}).coverage;
        QCOMPARE(c.operations.size(), 4);
        QCOMPARE(c.coveredOperations(), 1);
        QCOMPARE(c.operations.first().interactions, 2);
        QCOMPARE(c.operations.first().responses.first().interactions, 1); // 200
        QCOMPARE(c.operations.first().responses.last().interactions, 1); // default, by the 503
        QCOMPARE(c.totalResponses(), 6);
        QCOMPARE(c.coveredResponses(), 2);
    }

    void mediaTypes_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("expected");
        const QStringList json{u"application/json"_qs};
        QTest::newRow("exact") << u"application/json"_qs << json << u"application/json"_qs;
        QTest::newRow("case and spaces") << u"Application/JSON ; charset=utf-8"_qs << QStringList{u"application/json;charset=utf-8"_qs}
                                         << u"application/json;charset=utf-8"_qs;
        QTest::newRow("parameters ignored") << u"application/json; charset=utf-8"_qs << json << u"application/json"_qs;
        QTest::newRow("vendor suffix") << u"application/vnd.x+json"_qs << json << u"application/json"_qs;
        QTest::newRow("quality order") << u"text/html;q=0.1, application/xml"_qs << QStringList{u"text/html"_qs, u"application/xml"_qs}
                                       << u"application/xml"_qs;
        QTest::newRow("wildcard available") << u"image/png"_qs << QStringList{u"image/*"_qs} << u"image/*"_qs;
        QTest::newRow("any available") << u"text/plain"_qs << QStringList{u"*/*"_qs} << u"*/*"_qs;
        QTest::newRow("wildcard requested") << u"text/*"_qs << QStringList{u"application/json"_qs, u"text/csv"_qs} << u"text/csv"_qs;
        QTest::newRow("any requested") << u"*/*"_qs << QStringList{u"text/csv"_qs} << u"text/csv"_qs;
        QTest::newRow("none") << u"application/xml"_qs << json << QString();
        // Answers are remembered: inputs that would read alike when joined must not share one.
        QTest::newRow("joined alike 1") << u"text/csv"_qs << QStringList{u"application/json"_qs} << QString();
        QTest::newRow("joined alike 2") << u"text/csv\napplication/json"_qs << QStringList() << QString();
        QTest::newRow("joined alike 3") << u"text/csv"_qs << QStringList{u"text/csv"_qs} << u"text/csv"_qs;
        QTest::newRow("asked again") << u"application/vnd.x+json"_qs << json << u"application/json"_qs;
    }

    void mediaTypes()
    {
        QFETCH(QString, requested);
        QFETCH(QStringList, available);
        QFETCH(QString, expected);
        QCOMPARE(OpenApi::findMatchingType(requested, available), expected);
    }
};

QTEST_GUILESS_MAIN(TestOpenApiCheck)
#include "tst_openapicheck.moc"
