// SPDX-License-Identifier: MIT
// The mock server with real clients (QNetworkAccessManager, curl): matches, near misses, unexpected
// requests, verify, the exercised pact, generators, CORS, TLS and the journal's batches.
#include "mocktesthelpers.h"

#include <core/mockserver/mismatchresponse.h>
#include <core/model/pactreader.h>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Pactbench;
using namespace MockTest;

namespace {

// The pact lives in a file: moc does not read raw string literals.
QByteArray pactJson()
{
    QFile f(QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/mockserver/mockpact.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read mockpact.json");
    return f.readAll();
}

enum Index { GetUser, CreateUser, ItemsRed, ItemsBlue, ItemsGreen, OrderById, Brew, Count };

QByteArray str(const QJsonValue &v)
{
    return v.toString().toUtf8();
}

// Numbers a pact writes as floats (10.0) or past 2^63, in responses (one with a generator) and a request.
const QByteArray kNumbersPact
    = R"({"consumer":{"name":"c"},"provider":{"name":"p"},"metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[
    {"type":"Synchronous/HTTP","description":"price","request":{"method":"GET","path":"/price"},
     "response":{"status":200,"headers":{"Content-Type":["application/json"]},
                 "body":{"contentType":"application/json","encoded":false,"content":{"price":10.0,"big":12345678901234567890}}}},
    {"type":"Synchronous/HTTP","description":"generated","request":{"method":"GET","path":"/generated"},
     "response":{"status":200,"headers":{"Content-Type":["application/json"]},
                 "body":{"contentType":"application/json","encoded":false,"content":{"id":1,"price":10.0}},
                 "generators":{"body":{"$.id":{"type":"RandomInt","min":2,"max":9}}}}},
    {"type":"Synchronous/HTTP","description":"amount","request":{"method":"POST","path":"/amount","headers":{"Content-Type":["application/json"]},
     "body":{"contentType":"application/json","encoded":false,"content":{"amount":10.0}}},"response":{"status":201}}]})";

// Definitions a hostile pact may hold: a status no status line can carry, and generators that
// would hang or exhaust memory if run unbounded (\u007b is '{': moc counts braces in strings).
const QByteArray kHostilePact
    = R"({"consumer":{"name":"c"},"provider":{"name":"p"},"metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[
    {"type":"Synchronous/HTTP","description":"two-digit status","request":{"method":"GET","path":"/status"},"response":{"status":42}},
    {"type":"Synchronous/HTTP","description":"hostile generators","request":{"method":"GET","path":"/generated"},
     "response":{"status":200,"headers":{"Content-Type":["application/json"]},
                 "body":{"contentType":"application/json","encoded":false,"content":{"a":"x","b":"y","c":"z","d":1}},
                 "generators":{"body":{"$.a":{"type":"Regex","regex":"x\u007b2"},"$.b":{"type":"Regex","regex":"(x{65535}){65535}"},
                                       "$.c":{"type":"RandomString","size":2000000000},"$.d":{"type":"RandomInt","min":0,"max":99999999999}}}}}]})";

} // namespace

class TestMockServer : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    Pact m_pact = pactFromJson(pactJson());

    static JournalEntry lastEntry(const MockServer &server) { return server.journal().entries().constLast(); }

private Q_SLOTS:
    void servesOnLoopbackPort0()
    {
        MockServer server(m_pact);
        const QUrl url = start(server);
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(server.url(), url);
        QCOMPARE(server.servedInteractions().size(), qsizetype(Count));
    }

    void busyPortFailsAndNeverStartedIsHarmless()
    {
        MockServer first(m_pact);
        const QUrl url = start(first);
        MockServerConfig config;
        config.port = quint16(url.port());
        MockServer second(m_pact, config);
        QSignalSpy failed(&second, &MockServer::failed);
        second.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("already in use")),
            qPrintable(failed.first().first().toString()));
        QVERIFY(!second.isRunning());
        MockServer never(m_pact); // constructed and destroyed without start()
        QVERIFY(never.verify().problems.size() == never.servedInteractions().size());
    }

    void matchedRequest()
    {
        MockServer server(m_pact);
        const QUrl url = start(server);
        const Reply r
            = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(
            r.json(), QJsonObject({ { QStringLiteral("id"), 1 }, { QStringLiteral("name"), QStringLiteral("Bob") } }));
        const JournalEntry e = lastEntry(server);
        QCOMPARE(e.verdict, JournalVerdict::Matched);
        QCOMPARE(e.interactionIndex, int(GetUser));
        QCOMPARE(e.score, 1.0);
        QCOMPARE(e.responseStatus, 200);
        QCOMPARE(e.target, QStringLiteral("/users/1"));
        QCOMPARE(server.callCount(GetUser), 1u);
    }

    void mismatchedRequest()
    {
        MockServer server(m_pact);
        const QUrl url = start(server);
        const Reply r = send(m_nam, "POST", url.resolved(QUrl(QStringLiteral("/users"))),
            { { "Content-Type", "application/json" } }, R"({"name":"Al","age":"x"})");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("X-Pact"), QByteArray("Request-Mismatch"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QJsonObject body = r.json();
        QVERIFY2(str(body.value(u"error")).startsWith("Request-Mismatch : POST /users"), r.body.constData());
        QCOMPARE(str(body.value(u"type")), QByteArray("request-mismatch"));
        QCOMPARE(str(body.value(u"interaction")), QByteArray("create user"));
        const QJsonArray mismatches = body.value(u"mismatches").toArray();
        QCOMPARE(mismatches.size(), 2);
        QStringList paths;
        for (const QJsonValue &m : mismatches) {
            QCOMPARE(str(m[u"type"]), QByteArray("BodyMismatch"));
            QVERIFY(!m[u"mismatch"].toString().isEmpty());
            paths.append(m[u"path"].toString());
        }
        paths.sort();
        QCOMPARE(paths, QStringList({ QStringLiteral("$.age"), QStringLiteral("$.name") }));
        const JournalEntry e = lastEntry(server);
        QCOMPARE(e.verdict, JournalVerdict::Mismatched);
        QCOMPARE(e.interactionIndex, int(CreateUser));
        QVERIFY(e.score > 0.0 && e.score < 1.0);
        QCOMPARE(e.mismatches.size(), 2);
        QVERIFY2(
            e.mismatches.join(u'\n').contains(QStringLiteral("Expected 'Al' (String) to be equal to 'Bob' (String)")),
            qPrintable(e.mismatches.join(u'\n')));
        QCOMPARE(server.callCount(CreateUser), 0u);
    }

    void bestNearMissAmongCandidates()
    {
        MockServer server(m_pact);
        const QUrl url = start(server);
        // One wrong header away from "items green", two query values away from red and blue.
        const Reply r = send(
            m_nam, "GET", url.resolved(QUrl(QStringLiteral("/items?colour=green&size=S"))), { { "X-Tag", "h" } });
        QCOMPARE(r.status, 500);
        QCOMPARE(str(r.json().value(u"interaction")), QByteArray("items green"));
        const QJsonArray mismatches = r.json().value(u"mismatches").toArray();
        QCOMPARE(mismatches.size(), 1);
        QCOMPARE(str(mismatches.first()[u"type"]), QByteArray("HeaderMismatch"));
        QCOMPARE(mismatches.first()[u"key"].toString().toLower(), QStringLiteral("x-tag"));
        QCOMPARE(lastEntry(server).interactionIndex, int(ItemsGreen));
        // And a full match wins over near misses: blue is served.
        const Reply blue = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/items?colour=blue&size=M"))));
        QCOMPARE(blue.status, 200);
        QCOMPARE(str(blue.json().value(u"colour")), QByteArray("blue"));
    }

    void unexpectedRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addRow("unknown path") << QByteArray("GET") << QStringLiteral("/nothing");
        QTest::addRow("known path, other method") << QByteArray("DELETE") << QStringLiteral("/users/1");
        QTest::addRow("path rule not met") << QByteArray("GET") << QStringLiteral("/orders/abc");
    }
    void unexpectedRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        MockServer server(m_pact);
        const QUrl url = start(server);
        const Reply r = send(m_nam, method, url.resolved(QUrl(path)));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("X-Pact"), QByteArray("Unexpected-Request"));
        const QJsonObject body = r.json();
        QCOMPARE(str(body.value(u"type")), QByteArray("request-not-found"));
        QCOMPARE(body.value(u"error").toString(),
            QStringLiteral("Unexpected-Request : ") + QString::fromLatin1(method) + u' ' + path);
        QCOMPARE(body.value(u"request")[u"method"].toString(), QString::fromLatin1(method));
        QCOMPARE(body.value(u"request")[u"path"].toString(), path);
        QCOMPARE(lastEntry(server).verdict, JournalVerdict::Unexpected);
        QCOMPARE(server.counters().unexpected, 1u);
    }

    void anyMethodName()
    {
        if (!hasCurl())
            QSKIP("curl is not installed");
        MockServer server(m_pact);
        const QUrl url = start(server);
        int exitCode = -1;
        const QByteArray out = curl(
            { QStringLiteral("-i"), QStringLiteral("-XBREW"), url.toString() + QStringLiteral("/pot") }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.startsWith("HTTP/1.1 418"), out.constData());
        // Methods compare case-insensitively, as in the matching engine.
        const Reply lower
            = send(m_nam, "get", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } });
        QCOMPARE(lower.status, 200);
        QCOMPARE(lastEntry(server).method, QStringLiteral("get"));
    }

    void pathRuleAndMockServerUrlGenerator()
    {
        MockServer server(m_pact);
        const QUrl url = start(server);
        const Reply r = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/orders/7"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"self").toString(), url.toString() + QStringLiteral("/orders/42"));
        QCOMPARE(lastEntry(server).interactionIndex, int(OrderById));
    }

    void verifyReportsEveryProblem()
    {
        MockServer server(m_pact);
        const QUrl url = start(server);
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "text/plain" } });
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/nothing"))));
        send(m_nam, "BREW", url.resolved(QUrl(QStringLiteral("/pot"))));
        const MockVerification v = server.verify();
        QVERIFY(!v.ok());
        // mismatch, not found, then every interaction but brew (called) and "get user" (reported as the
        // closest to the mismatch, so not as missing: the reference does the same)
        QCOMPARE(v.problems.size(), 2 + (Count - 2));
        QCOMPARE(v.problems[0].type, MockProblemType::RequestMismatch);
        QCOMPARE(v.problems[0].interactionIndex, int(GetUser));
        QCOMPARE(v.problems[1].type, MockProblemType::RequestNotFound);
        QList<int> missing;
        for (qsizetype i = 2; i < v.problems.size(); ++i) {
            QCOMPARE(v.problems[i].type, MockProblemType::MissingRequest);
            missing.append(v.problems[i].interactionIndex);
        }
        QCOMPARE(missing, QList<int>({ CreateUser, ItemsRed, ItemsBlue, ItemsGreen, OrderById }));
        QCOMPARE(server.missing(), missing);
        // The reference verify endpoint's 422 body.
        const QJsonArray list = MismatchResponse::verificationToJson(v).value(u"mismatches").toArray();
        QCOMPARE(str(list[0][u"type"]), QByteArray("request-mismatch"));
        QCOMPARE(str(list[0][u"method"]), QByteArray("GET"));
        QCOMPARE(str(list[0][u"path"]), QByteArray("/users/1"));
        QCOMPARE(str(list[0][u"mismatches"][0][u"type"]), QByteArray("HeaderMismatch"));
        QCOMPARE(str(list[1][u"type"]), QByteArray("request-not-found"));
        QCOMPARE(str(list[1][u"request"][u"path"]), QByteArray("/nothing"));
        QCOMPARE(str(list[2][u"type"]), QByteArray("missing-request"));
        QCOMPARE(str(list[2][u"request"][u"method"]), QByteArray("POST"));
        QCOMPARE(list[2][u"request"][u"body"].toObject().value(u"age").toInt(), 3);
    }

    void providerStateFilterAndWrittenPact()
    {
        MockServerConfig config;
        config.providerStates = { QStringLiteral("user 1 exists") };
        MockServer server(m_pact, config);
        QCOMPARE(server.servedInteractions(), QList<int>({ GetUser }));
        const QUrl url = start(server);
        QCOMPARE(
            send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } })
                .status,
            200);
        QCOMPARE(send(m_nam, "POST", url.resolved(QUrl(QStringLiteral("/users")))).status, 500); // not served
        server.reset();
        QCOMPARE(
            send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } })
                .status,
            200);
        QVERIFY(server.verify().ok());
        QTemporaryDir dir;
        for (const SpecVersion version : { SpecVersion::V3, SpecVersion::V4 }) {
            const QString path = dir.filePath(specVersionLabel(version) + QStringLiteral(".json"));
            QString error;
            QVERIFY2(server.writePact(path, version, &error), qPrintable(error));
            const ReadResult read = PactReader::readFile(path);
            QVERIFY(read.ok());
            QCOMPARE(read.pact->specVersion, version);
            QCOMPARE(read.pact->interactions.size(), 1);
            QCOMPARE(read.pact->interactions[0].description, QStringLiteral("get user"));
            QCOMPARE(read.pact->interactions[0].request, m_pact.interactions[GetUser].request);
            QCOMPARE(read.pact->interactions[0].response.status, 200);
            QCOMPARE(read.pact->consumer.name, QStringLiteral("web"));
        }
    }

    void descriptionFilter()
    {
        MockServerConfig config;
        config.descriptions = { QStringLiteral("brew"), QStringLiteral("items red") };
        MockServer server(m_pact, config);
        QCOMPARE(server.servedInteractions(), QList<int>({ ItemsRed, Brew }));
        const QUrl url = start(server);
        QCOMPARE(send(m_nam, "BREW", url.resolved(QUrl(QStringLiteral("/pot")))).status, 418);
        const Reply blue = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/items?colour=blue&size=M"))));
        QCOMPARE(blue.status, 500); // "items blue" is not served: red is the closest
        QCOMPARE(str(blue.json().value(u"interaction")), QByteArray("items red"));
        QVERIFY(server.missing().isEmpty()); // red was the near miss: reported as a mismatch, not as missing
    }

    void writtenPactHoldsExactlyTheExercised()
    {
        MockServer server(m_pact);
        const QUrl url = start(server);
        send(m_nam, "BREW", url.resolved(QUrl(QStringLiteral("/pot"))));
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/items?colour=red&size=L"))));
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/items?colour=red&size=L"))));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY(
            !server.writePact(path, SpecVersion::V4, &error)); // interactions are missing: like the reference, no file
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY2(server.writePact(path, SpecVersion::V4, &error, true), qPrintable(error));
        const ReadResult read = PactReader::readFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read.pact->interactions.size(), 2);
        QCOMPARE(read.pact->interactions[0].description, QStringLiteral("items red")); // in pact order
        QCOMPARE(read.pact->interactions[1].description, QStringLiteral("brew"));
        QCOMPARE(server.exercisedPact().interactions,
            QList<Interaction>({ m_pact.interactions[ItemsRed], m_pact.interactions[Brew] }));
    }

    void hostileDefinitionsAnswerPromptly()
    {
        const ReadResult read = PactReader::read(kHostilePact);
        QVERIFY(read.pact);
        MockServer server(*read.pact);
        const QUrl url = start(server);
        const Reply status = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/status"))), {});
        QCOMPARE(status.status, 500);
        QCOMPARE(status.body,
            QByteArray("Pactbench mock server: the interaction's response status 42 cannot be sent (an HTTP status has "
                       "three digits)\n"));
        // Generators that cannot run leave the example, as Pact's reference does; the reader has said why.
        const Reply generated = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/generated"))), {});
        QCOMPARE(generated.status, 200);
        QCOMPARE(generated.json(),
            QJsonObject({ { u"a"_qs, u"x"_qs }, { u"b"_qs, u"y"_qs }, { u"c"_qs, u"z"_qs }, { u"d"_qs, 1 } }));
    }

    void mismatchAnswersCarryCorsOnlyWithCors_data()
    {
        QTest::addColumn<bool>("cors");
        QTest::addRow("CORS on") << true;
        QTest::addRow("CORS off") << false;
    }
    void mismatchAnswersCarryCorsOnlyWithCors()
    {
        QFETCH(bool, cors);
        MockServerConfig config;
        config.cors = cors;
        MockServer server(m_pact, config);
        const QUrl url = start(server);
        const Reply unexpected = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/nowhere"))), {});
        QCOMPARE(unexpected.status, 500);
        QCOMPARE(unexpected.header("Access-Control-Allow-Origin"), cors ? QByteArray("*") : QByteArray());
        const Reply mismatch = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "text/csv" } });
        QCOMPARE(mismatch.header("X-Pact"), QByteArray("Request-Mismatch"));
        QCOMPARE(mismatch.header("Access-Control-Allow-Origin"), cors ? QByteArray("*") : QByteArray());
    }

    void corsPreflight()
    {
        MockServerConfig config;
        config.cors = true;
        MockServer server(m_pact, config);
        const QUrl url = start(server);
        const Reply pre = send(m_nam, "OPTIONS", url.resolved(QUrl(QStringLiteral("/users"))),
            { { "Origin", "http://app.test" }, { "Access-Control-Request-Method", "POST" },
                { "Access-Control-Request-Headers", "X-A" } });
        QCOMPARE(pre.status, 204);
        QCOMPARE(pre.header("Access-Control-Allow-Origin"), QByteArray("http://app.test"));
        QVERIFY(pre.header("Access-Control-Allow-Methods").contains("POST"));
        QCOMPARE(pre.header("Access-Control-Allow-Headers"), QByteArray("X-A, *"));
        QVERIFY(pre.body.isEmpty());
        QCOMPARE(lastEntry(server).verdict, JournalVerdict::Matched); // answered, not a problem
        QCOMPARE(lastEntry(server).interactionIndex, -1);
        const Reply get
            = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } });
        QCOMPARE(get.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(server.verify().problems.size(), server.servedInteractions().size() - 1); // only the missing ones

        MockServer plain(m_pact); // without CORS a preflight is an unexpected request
        const QUrl plainUrl = start(plain);
        const Reply refused = send(
            m_nam, "OPTIONS", plainUrl.resolved(QUrl(QStringLiteral("/users"))), { { "Origin", "http://app.test" } });
        QCOMPARE(refused.status, 500);
        QCOMPARE(refused.header("X-Pact"), QByteArray("Unexpected-Request"));
    }

    void tls()
    {
        MockServerConfig config;
        config.tls = true;
        MockServer server(m_pact, config);
        const QUrl url = start(server);
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        const Reply r
            = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"name").toString(), QStringLiteral("Bob"));
        if (hasCurl()) {
            int exitCode = -1;
            const QByteArray out
                = curl({ QStringLiteral("-k"), url.toString() + QStringLiteral("/nothing") }, &exitCode);
            QCOMPARE(exitCode, 0);
            QVERIFY2(out.contains("request-not-found"), out.constData());
        }
        QCOMPARE(server.counters().total, 2u);
    }

    void numbersAsWritten()
    {
        MockServer server(pactFromJson(kNumbersPact));
        const QUrl url = start(server);
        for (int i = 0; i < 2; ++i) { // built, then served from the cache
            const Reply r = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/price"))));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray(R"({"big":12345678901234567890,"price":10.0})"));
        }
        const Reply generated = send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/generated"))));
        QVERIFY2(generated.body.contains(R"("price":10.0)") && !generated.body.contains(R"("id":1,)"),
            generated.body.constData());
        const QList<QPair<QByteArray, QByteArray>> json{ { "Content-Type", "application/json" } };
        QCOMPARE(
            send(m_nam, "POST", url.resolved(QUrl(QStringLiteral("/amount"))), json, R"({"amount":10.0})").status, 201);
        const Reply integer
            = send(m_nam, "POST", url.resolved(QUrl(QStringLiteral("/amount"))), json, R"({"amount":10})");
        QCOMPARE(integer.status, 500);
        QVERIFY2(
            integer.body.contains("Expected 10 (Integer) to be equal to 10.0 (Decimal)"), integer.body.constData());
        const Reply unexpected
            = send(m_nam, "POST", url.resolved(QUrl(QStringLiteral("/nothing"))), json, R"({"n":10.0})");
        QCOMPARE(unexpected.status, 500);
        QVERIFY2(unexpected.body.contains(R"("body":{"n":10.0})"), unexpected.body.constData());
    }

    void journalBatchesReachListeners()
    {
        MockServerConfig config;
        config.publishIntervalMs = 20;
        MockServer server(m_pact, config);
        QSignalSpy batches(&server, &MockServer::journalBatch);
        const QUrl url = start(server);
        for (int i = 0; i < 3; ++i)
            send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/items?colour=blue&size=M"))));
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/nope"))));
        QSignalSpy stopped(&server, &MockServer::stopped);
        server.stop(); // asynchronous: publishes what is pending, then stopped()
        QVERIFY(server.isRunning());
        QVERIFY(stopped.wait(5000));
        QVERIFY(!batches.isEmpty()); // the last batch came before stopped()
        QList<JournalEntry> seen;
        for (const QList<QVariant> &args : batches)
            seen += args.first().value<JournalBatch>().entries;
        QCOMPARE(seen.size(), 4);
        const JournalBatch last = batches.constLast().first().value<JournalBatch>();
        QCOMPARE(last.counters.total, 4u);
        QCOMPARE(last.counters.matched, 3u);
        QCOMPARE(last.counters.unexpected, 1u);
        QCOMPARE(seen.last().verdict, JournalVerdict::Unexpected);
        QVERIFY(!server.isRunning());
    }
};

QTEST_MAIN(TestMockServer)
#include "tst_mockserver.moc"
