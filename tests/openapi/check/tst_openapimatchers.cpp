// SPDX-License-Identifier: MIT
// Matcher-aware checks: what the pact's matching rules admit, against the schema. Every row's example fits
// the schema (or is already reported), so --examples-only must report nothing more than the examples show.
#include "checkfixtures.h"
#include "petsspec.h"

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

QString withRules(const QString &request, const QString &response)
{
    return QStringLiteral(R"({"description":"d","request":{%1},"response":{%2}})").arg(request, response);
}

QString rules(const QString &category, const QString &key, const QString &matcher)
{
    return QStringLiteral(R"("matchingRules":{"%1":{"%2":{"matchers":[%3]}}})").arg(category, key, matcher);
}

const QString kGetPets = QStringLiteral(R"("method":"GET","path":"/pets")");
const QString kPost = QStringLiteral(R"("method":"POST","path":"/pets","headers":{"Content-Type":"application/json","Authorization":"Bearer t"})");
const QString kCreated = QStringLiteral(R"("status":201,"body":{"id":1,"name":"a"})");

} // namespace

class TestOpenApiMatchers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchers_data()
    {
        QTest::addColumn<QString>("interaction");
        QTest::addColumn<QStringList>("examplesOnly");
        QTest::addColumn<QStringList>("matcherAware");
        const QStringList none;
        const QString pet = u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"5\",\"tags\":[\"a\",\"b\"],\"born\":\"2020-01-02\",\"attrs\":{\"a\":\"x\"}}],"_qs;
        QTest::newRow("integer matcher on a string field")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].name"_qs, u"{\"match\":\"integer\"}"_qs)) << none
            << QStringList{u"response.body.incompatible@d+m"_qs};
        QTest::newRow("decimal matcher on an integer field")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].id"_qs, u"{\"match\":\"decimal\"}"_qs)) << none
            << QStringList{u"response.body.incompatible@d+m"_qs};
        QTest::newRow("number matcher on an integer field is fine")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].id"_qs, u"{\"match\":\"number\"}"_qs)) << none << none;
        QTest::newRow("response array sizes cannot overlap")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].tags"_qs, u"{\"match\":\"type\",\"min\":4}"_qs)) << none
            << QStringList{u"response.body.incompatible@d+m"_qs};
        QTest::newRow("response array sizes overlap")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].tags"_qs, u"{\"match\":\"type\",\"min\":0}"_qs)) << none << none;
        QTest::newRow("request array max beyond maxItems")
            << withRules(kPost + u",\"body\":{\"name\":\"a\",\"tags\":[\"x\"]}," + rules(u"body"_qs, u"$.tags"_qs, u"{\"match\":\"type\",\"min\":1,\"max\":5}"_qs), kCreated)
            << none << QStringList{u"request.body.incompatible@d+m"_qs};
        QTest::newRow("request array without max is not unbounded")
            << withRules(kPost + u",\"body\":{\"name\":\"a\",\"tags\":[\"x\"]}," + rules(u"body"_qs, u"$.tags"_qs, u"{\"match\":\"type\",\"min\":1}"_qs), kCreated)
            << none << none;
        QTest::newRow("query regex is text, not a string type clash")
            << withRules(kGetPets + u",\"query\":{\"limit\":[\"5\"]}," + rules(u"query"_qs, u"limit"_qs, u"{\"match\":\"regex\",\"regex\":\"[1-9]\"}"_qs),
                         u"\"status\":200,\"body\":[]"_qs)
            << none << none;
        QTest::newRow("request regex wider than enum")
            << withRules(kPost + u",\"body\":{\"name\":\"a\",\"code\":\"AAA\"}," + rules(u"body"_qs, u"$.code"_qs, u"{\"match\":\"regex\",\"regex\":\"[A-Z]{3}\"}"_qs), kCreated)
            << none << QStringList{u"request.body.incompatible@d+m"_qs};
        QTest::newRow("request regex inside enum")
            << withRules(kPost + u",\"body\":{\"name\":\"a\",\"code\":\"AAA\"}," + rules(u"body"_qs, u"$.code"_qs, u"{\"match\":\"regex\",\"regex\":\"AAA|BBB\"}"_qs), kCreated)
            << none << none;
        QTest::newRow("response regex wider than pattern is fine")
            << withRules(kGetPets, u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"code\":\"ABC\"}],"_qs
                                       + rules(u"body"_qs, u"$[*].code"_qs, u"{\"match\":\"regex\",\"regex\":\"[A-Z0-9]{3}\"}"_qs))
            << none << none;
        QTest::newRow("response regex disjoint, reported once")
            << withRules(kGetPets, u"\"status\":200,\"body\":[{\"id\":1,\"name\":\"a\",\"code\":\"123\"}],"_qs
                                       + rules(u"body"_qs, u"$[*].code"_qs, u"{\"match\":\"regex\",\"regex\":\"[0-9]{3}\"}"_qs))
            << QStringList{u"response.body.incompatible@d"_qs} << QStringList{u"response.body.incompatible@d"_qs};
        QTest::newRow("date matcher format vs format: date")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].born"_qs, u"{\"match\":\"date\",\"date\":\"dd/MM/yyyy\"}"_qs)) << none
            << QStringList{u"response.body.incompatible@d+m"_qs};
        QTest::newRow("date matcher ISO format")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].born"_qs, u"{\"match\":\"date\",\"date\":\"yyyy-MM-dd\"}"_qs)) << none << none;
        QTest::newRow("eachValue vs additionalProperties")
            << withRules(kGetPets, pet + rules(u"body"_qs, u"$[*].attrs"_qs,
                                              u"{\"match\":\"eachValue\",\"rules\":[{\"match\":\"integer\"}],\"value\":{\"a\":\"x\"}}"_qs))
            << none << QStringList{u"response.body.incompatible@d+m"_qs};
        QTest::newRow("query regex beyond maximum")
            << withRules(kGetPets + u",\"query\":{\"limit\":[\"5\"]}," + rules(u"query"_qs, u"limit"_qs, u"{\"match\":\"regex\",\"regex\":\"\\\\d{3,5}\"}"_qs),
                         u"\"status\":200,\"body\":[]"_qs)
            << none << QStringList{u"request.query.incompatible@d+m"_qs};
        QTest::newRow("header regex vs uuid")
            << withRules(kGetPets + u",\"headers\":{\"X-Trace\":\"6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f\"}," + rules(u"header"_qs, u"X-Trace"_qs, u"{\"match\":\"regex\",\"regex\":\"[a-z]{4,8}\"}"_qs),
                         u"\"status\":200,\"body\":[]"_qs)
            << none << QStringList{u"request.header.incompatible@d+m"_qs};
        QTest::newRow("path regex outside the template")
            << withRules(u"\"method\":\"GET\",\"path\":\"/pets/1\","_qs + rules(u"path"_qs, QString(), u"{\"match\":\"regex\",\"regex\":\"/pets/[a-z]{2,4}\"}"_qs),
                         u"\"status\":200,\"body\":{\"id\":1,\"name\":\"a\"}"_qs)
            << none << QStringList{u"request.path-or-method.unknown@d+m"_qs};
        QTest::newRow("path regex inside the template")
            << withRules(u"\"method\":\"GET\",\"path\":\"/pets/1\","_qs + rules(u"path"_qs, QString(), u"{\"match\":\"regex\",\"regex\":\"/pets/[0-9]{1,6}\"}"_qs),
                         u"\"status\":200,\"body\":{\"id\":1,\"name\":\"a\"}"_qs)
            << none << none;
    }

    void matchers()
    {
        QFETCH(QString, interaction);
        QFETCH(QStringList, examplesOnly);
        QFETCH(QStringList, matcherAware);
        QCOMPARE(findingKeys(check(petsSpec(), pactOf(interaction), {true})).join(u", "), examplesOnly.join(u", "));
        const auto findings = check(petsSpec(), pactOf(interaction), {false});
        QCOMPARE(findingKeys(findings).join(u", "), matcherAware.join(u", "));
        for (const OpenApi::Finding &f : findings)
            QCOMPARE(f.message.endsWith(u"(matcher)"), f.fromMatcher);
    }

    // Regex matchers are checked with generated samples: they come from a fixed seed, so the same pact
    // and document give the same findings every time (the values the messages quote included).
    void regexSamplesAreTheSameEveryRun()
    {
        const QString interaction = withRules(kGetPets + u",\"query\":{\"limit\":[\"5\"]}," + rules(u"query"_qs, u"limit"_qs, u"{\"match\":\"regex\",\"regex\":\"[0-9a-z]{6,9}\"}"_qs),
                                              u"\"status\":200,\"body\":{\"id\":1,\"name\":\"a\"}"_qs);
        QStringList first;
        for (int run = 0; run < 4; ++run) {
            QStringList messages;
            for (const OpenApi::Finding &f : check(petsSpec(), pactOf(interaction), {false}))
                messages.append(f.message);
            QVERIFY2(!messages.isEmpty(), "the regex admits values the spec's integer refuses");
            if (run == 0)
                first = messages;
            else
                QCOMPARE(messages, first);
        }
    }

    // The samples drawn ahead (while a document is read, in the CLI) are the ones a check draws itself, and
    // drawing stops as soon as it is told to.
    void preparedSamplesGiveTheSameFindings()
    {
        const QString interaction = withRules(kGetPets + u",\"query\":{\"limit\":[\"5\"]}," + rules(u"query"_qs, u"limit"_qs, u"{\"match\":\"regex\",\"regex\":\"[a-f]{3}[0-9]{1,4}\"}"_qs),
                                              u"\"status\":200,\"body\":{\"id\":1,\"name\":\"a\"}"_qs);
        const ReadResult read = PactReader::read(pactOf(interaction));
        QVERIFY(read.ok());
        const QList<OpenApi::PactInput> inputs{{&*read.pact, u"pact.json"_qs}};
        int asked = 0;
        OpenApi::prepareMatcherSamples(inputs, [&asked] { return ++asked > 0; });
        QCOMPARE(asked, 1); // stopped before drawing anything
        OpenApi::prepareMatcherSamples(inputs, [] { return false; });
        QStringList prepared;
        for (const OpenApi::Finding &f : check(petsSpec(), pactOf(interaction), {false}))
            prepared.append(f.message);
        QVERIFY2(!prepared.isEmpty(), "the regex admits values the spec's integer refuses");
        QVERIFY2(std::any_of(prepared.begin(), prepared.end(), [](const QString &m) { return m.endsWith(u"(matcher)"); }),
                 qPrintable(prepared.join(u'\n')));
        QStringList again;
        for (const OpenApi::Finding &f : check(petsSpec(), pactOf(interaction), {false}))
            again.append(f.message);
        QCOMPARE(again, prepared);
    }
};

QTEST_GUILESS_MAIN(TestOpenApiMatchers)
#include "tst_openapimatchers.moc"
