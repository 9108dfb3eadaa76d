// SPDX-License-Identifier: MIT
// The verifier's orchestration against a real local provider: state calls, requests, messages,
// environment failures, pending, filters, cancel, reports. The comparison itself is the matching
// engine's (tested on its own); here a strict test engine compares status, body and metadata.

#include "testprovider.h"

#include <core/model/pactreader.h>
#include <core/verifier/lastfailed.h>
#include <core/verifier/reports.h>
#include <core/verifier/statechange.h>
#include <core/verifier/verifier.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QStandardPaths>
#include <QtTest>

Q_DECLARE_METATYPE(Pactbench::VerificationFilter)
Q_DECLARE_METATYPE(Pactbench::InteractionRef)

using namespace Pactbench;
using Pactbench::Test::TestProvider;

namespace {

/// Equality of status, body (as JSON when both parse) and expected metadata keys.
class StrictEngine : public VerificationEngine
{
public:
    HttpRequest prepareRequest(const Interaction &i, const QJsonObject &stateValues, SpecVersion) const override
    {
        HttpRequest r = i.request;
        // A tiny provider-state generator stand-in: ${id} in the path from the state values.
        for (auto it = stateValues.begin(); it != stateValues.end(); ++it)
            r.path.replace(QStringLiteral("${") + it.key() + u'}', it.value().toVariant().toString());
        return r;
    }
    QList<VerifierMismatch> compareResponse(const HttpResponse &e, const HttpResponse &a, SpecVersion) const override
    {
        QList<VerifierMismatch> out;
        if (e.status != a.status)
            out.append({QStringLiteral("StatusMismatch"), {}, e.status, a.status,
                        QStringLiteral("expected %1 but was %2").arg(e.status).arg(a.status), {}});
        if (e.body.isPresent() && e.body.asJson() != QJsonDocument::fromJson(a.body.content()).object())
            out.append({QStringLiteral("BodyMismatch"), QStringLiteral("$"), {}, {}, QStringLiteral("body differs"), {}});
        return out;
    }
    QList<VerifierMismatch> compareMessage(const MessageContents &e, const MessageContents &a, SpecVersion) const override
    {
        QList<VerifierMismatch> out;
        if (e.contents.asJson() != QJsonDocument::fromJson(a.contents.content()).object())
            out.append({QStringLiteral("BodyMismatch"), QStringLiteral("$"), {}, {}, QStringLiteral("body differs"), {}});
        for (auto it = e.metadata.begin(); it != e.metadata.end(); ++it) {
            if (a.metadata.value(it.key()) != it.value())
                out.append({QStringLiteral("MetadataMismatch"), it.key(), it.value(), a.metadata.value(it.key()),
                            QStringLiteral("metadata %1 differs").arg(it.key()), {}});
        }
        return out;
    }
};

Pact pactOf(const QByteArray &interactions)
{
    const ReadResult r = PactReader::read(
        R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[)"
        + interactions + "]}");
    Q_ASSERT(r.ok());
    return *r.pact;
}

const QByteArray kGetOrder = R"({"type":"Synchronous/HTTP","description":"get order","providerStates":[{"name":"order exists","params":{"id":7}}],
    "request":{"method":"GET","path":"/orders/7"},
    "response":{"status":200,"headers":{"Content-Type":["application/json"]},"body":{"content":{"id":7},"contentType":"application/json","encoded":false}}})";
const QByteArray kPendingMissing = R"({"type":"Synchronous/HTTP","description":"pending one","pending":true,"key":"k-pending",
    "request":{"method":"GET","path":"/missing"},"response":{"status":200}})";
// The same description as kGetOrder, without its provider state: --last-failed must tell them apart.
const QByteArray kGetOrderNoState = R"({"type":"Synchronous/HTTP","description":"get order",
    "request":{"method":"GET","path":"/orders/7"},"response":{"status":200}})";
const QByteArray kMessage = R"({"type":"Asynchronous/Messages","description":"order created","providerStates":[{"name":"an order"}],
    "contents":{"content":{"id":7},"contentType":"application/json","encoded":false},"metadata":{"topic":"orders"}})";

// Numbers the pact writes as floats (10.0) or past 2^63: the provider must get them as written.
const QByteArray kNumbers
    = R"({"type":"Synchronous/HTTP","description":"get order","providerStates":[{"name":"order exists","params":{"id":7,"price":10.0,"big":12345678901234567890}}],
    "request":{"method":"GET","path":"/orders/7"},"response":{"status":200}})";
const QByteArray kNumbersSync
    = R"({"type":"Synchronous/Messages","description":"price quote","providerStates":[{"name":"a price","params":{"price":10.0}}],
    "request":{"contents":{"content":{"amount":10.0,"sku":"A-1"},"contentType":"application/json","encoded":false}},
    "response":[{"contents":{"content":{"price":12},"contentType":"application/json","encoded":false}}]})";

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private:
    StrictEngine m_engine;
    std::unique_ptr<TestProvider> m_provider;

    VerificationOptions options() const
    {
        VerificationOptions o;
        o.providerBaseUrl = m_provider->url();
        o.stateChangeUrl = m_provider->url().resolved(QUrl(QStringLiteral("/_pact/state")));
        o.messageUrl = m_provider->url().resolved(QUrl(QStringLiteral("/_pact/message")));
        o.requestTimeoutMs = 2000;
        o.retrySecondMs = 1; // state-change retry waits of ms, not s
        return o;
    }

    QPair<QList<InteractionResult>, VerificationSummary> run(const Pact &pact, const VerificationOptions &o)
    {
        Verifier v(&m_engine);
        v.setOptions(o);
        QSignalSpy finished(&v, &Verifier::finished);
        v.start({VerificationTarget{pact, QStringLiteral("test"), {}, false}});
        if (!finished.wait(10000))
            return {};
        return {v.results(), finished.at(0).at(0).value<VerificationSummary>()};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the last-failed store: not the user's cache

    void init()
    {
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(200, R"({"id":7})"));
    }

    void passesWithStateSetup()
    {
        const auto [results, summary] = run(pactOf(kGetOrder), options());
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Passed);
        QVERIFY(summary.success());
        const QList<QJsonObject> calls = m_provider->stateCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).value(u"state").toString(), u"order exists"_qs);
        QCOMPARE(calls.at(0).value(u"action").toString(), u"setup"_qs);
        QCOMPARE(calls.at(0).value(u"params").toObject().value(u"id").toInt(), 7);
        QCOMPARE(results.at(0).exchange.status, 200);
        QVERIFY(results.at(0).exchange.url.endsWith(u"/orders/7"));
    }

    void requestIsSentAsThePactSays()
    {
        Pact p = pactOf(kGetOrder);
        HttpRequest &req = p.interactions[0].request;
        req.method = QStringLiteral("post");
        req.path = QStringLiteral("/orders/7");
        req.query.append(QStringLiteral("q"), QStringLiteral("a b"));
        req.headers.append(QStringLiteral("X-Trace"), QStringLiteral("t1"));
        req.body = Body::fromText(QStringLiteral("raw text"));
        m_provider->route(QStringLiteral("POST"), QStringLiteral("/orders/7"), Test::jsonResponse(200, R"({"id":7})"));
        VerificationOptions o = options();
        o.customHeaders.append(QStringLiteral("Authorization"), QStringLiteral("Bearer x"));
        run(p, o);
        const HttpServerRequest &sent = m_provider->requests().constLast();
        QCOMPARE(sent.method, u"POST"_qs);
        QCOMPARE(sent.query.value(u"q"_qs), u"a b"_qs);
        QCOMPARE(sent.headers.value(u"x-trace"_qs), u"t1"_qs);
        QCOMPARE(sent.headers.value(u"authorization"_qs), u"Bearer x"_qs);
        QCOMPARE(sent.headers.value(u"accept-encoding"_qs), u"gzip,deflate"_qs);
        QCOMPARE(sent.body, QByteArray("raw text"));
    }

    void statusMismatchFails()
    {
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(404, R"({"id":7})"));
        const auto [results, summary] = run(pactOf(kGetOrder), options());
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Failed);
        QCOMPARE(results.at(0).mismatches.at(0).type, u"StatusMismatch"_qs);
        QVERIFY(!summary.success());
        QCOMPARE(summary.failed, 1);
    }

    void environmentFailuresAreErrors_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("error");
        QTest::addRow("connection refused") << u"refused"_qs << u"Request failed"_qs;
        QTest::addRow("timeout") << u"timeout"_qs << u"Request failed"_qs;
        QTest::addRow("state endpoint 500") << u"state500"_qs << u"State change request failed with status 500"_qs;
    }

    void environmentFailuresAreErrors()
    {
        QFETCH(QString, what);
        QFETCH(QString, error);
        VerificationOptions o = options();
        if (what == u"refused") {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            o.providerBaseUrl.setPort(closed.serverPort());
            closed.close();
        } else if (what == u"timeout") {
            m_provider->delay(QStringLiteral("GET"), QStringLiteral("/orders/7"), 3000);
            o.requestTimeoutMs = 300;
        } else {
            m_provider->setStateResponse(500);
            o.stateChangeTeardown = true;
        }
        const auto [results, summary] = run(pactOf(kGetOrder), o);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Error);
        QVERIFY2(results.at(0).errors.join(u'\n').contains(error), qPrintable(results.at(0).errors.join(u'\n')));
        QCOMPARE(summary.errors, 1);
        QVERIFY(!summary.success());
        if (what == u"timeout")
            QCOMPARE(results.at(0).exchange.failure, HttpExchange::Failure::Timeout);
        if (what == u"refused")
            QCOMPARE(results.at(0).exchange.failure, HttpExchange::Failure::ConnectionRefused);
        if (what == u"state500") {
            // No request to the provider, and no teardown after a failed setup; the 500 was sent 8 times.
            QCOMPARE(m_provider->requests().size(), 8);
            QCOMPARE(m_provider->stateCalls().size(), 8);
            QCOMPARE(results.at(0).stateCalls.constLast().attempts, 8);
            QCOMPARE(results.at(0).errors.constLast(), u"One or more of the setup state change handlers has failed"_qs);
        }
    }

    void stateChangeRetries_data()
    {
        QTest::addColumn<QList<int>>("statuses"); ///< what the state-change URL answers, in order (then 200)
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("ok");
        QTest::addRow("200 at once") << QList<int>{} << 1 << true;
        QTest::addRow("503, 500, then 200") << QList<int>{503, 500} << 3 << true;
        QTest::addRow("408 and 429 are retried") << QList<int>{408, 429} << 3 << true;
        QTest::addRow("404 is not retried") << QList<int>{404} << 1 << false;
        QTest::addRow("400 is not retried") << QList<int>{400} << 1 << false;
        QTest::addRow("7 failures, the 8th attempt passes") << QList<int>(7, 502) << 8 << true;
        QTest::addRow("8 failures: given up") << QList<int>(8, 500) << 8 << false;
    }

    void stateChangeRetries()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, attempts);
        QFETCH(bool, ok);
        m_provider->queueStateStatuses(statuses);
        const auto [results, summary] = run(pactOf(kGetOrder), options());
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).stateCalls.size(), 1);
        QCOMPARE(results.at(0).stateCalls.at(0).attempts, attempts);
        QCOMPARE(m_provider->stateCalls().size(), attempts);
        QCOMPARE(results.at(0).stateCalls.at(0).ok, ok);
        QCOMPARE(results.at(0).outcome == InteractionOutcome::Error, !ok);
        if (!ok && attempts > 1)
            QVERIFY(results.at(0).stateCalls.at(0).error.endsWith(u"(after 8 attempts)"));
    }

    void stateChangeRetryWaits_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("waitMs");
        // As the reference: 500 ms × 2^attempt; a 429's Retry-After plus a fifth (at most 60 s more).
        QTest::addRow("500 after attempt 1") << 500 << QString() << 1 << qint64(1000);
        QTest::addRow("503 after attempt 2") << 503 << QString() << 2 << qint64(2000);
        QTest::addRow("500 after attempt 7") << 500 << QString() << 7 << qint64(64000);
        QTest::addRow("408") << 408 << QString() << 1 << qint64(1000);
        QTest::addRow("429 without Retry-After") << 429 << QString() << 3 << qint64(4000);
        QTest::addRow("429 Retry-After 10") << 429 << u"10"_qs << 1 << qint64(12000);
        QTest::addRow("429 Retry-After 1000: capped") << 429 << u"1000"_qs << 1 << qint64(300000);
        QTest::addRow("503 Retry-After ignored") << 503 << u"10"_qs << 1 << qint64(1000);
        QTest::addRow("404: not again") << 404 << QString() << 1 << qint64(-1);
        QTest::addRow("200: not again") << 200 << QString() << 1 << qint64(-1);
    }

    void stateChangeRetryWaits()
    {
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(int, attempt);
        QFETCH(qint64, waitMs);
        HttpExchange e;
        e.status = status;
        if (!retryAfter.isEmpty())
            e.responseHeaders.append(QStringLiteral("Retry-After"), retryAfter);
        QCOMPARE(StateChangeRunner::retryWaitMs(e, attempt, 1000), waitMs);
        QCOMPARE(StateChangeRunner::retryWaitMs(e, attempt, 10), waitMs < 0 ? -1 : waitMs / 100);
        e.failure = HttpExchange::Failure::ConnectionRefused; // no answer: not again (as the reference)
        e.error = u"refused"_qs;
        QCOMPARE(StateChangeRunner::retryWaitMs(e, attempt, 1000), qint64(-1));
    }

    void garbageResponseIsAnError()
    {
        // A server that answers with something that is not HTTP.
        QTcpServer junk;
        QVERIFY(junk.listen(QHostAddress::LocalHost));
        connect(&junk, &QTcpServer::newConnection, &junk, [&junk] {
            QTcpSocket *s = junk.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("SSH-2.0-OpenSSH_9.2\r\nthis is not http\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        VerificationOptions o = options();
        o.providerBaseUrl.setPort(junk.serverPort());
        o.stateChangeUrl.clear();
        const auto [results, summary] = run(pactOf(kGetOrder), o);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Error);
        QVERIFY(!results.at(0).exchange.ok());
        QVERIFY(!summary.success());
    }

    void tlsIsVerifiedUnlessIgnored()
    {
        TestProvider secure;
        QVERIFY(secure.start(true));
        secure.route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(200, R"({"id":7})"));
        VerificationOptions o = options();
        o.providerBaseUrl = secure.url();
        o.stateChangeUrl.clear();
        QCOMPARE(o.providerBaseUrl.scheme(), u"https"_qs);
        auto [results, summary] = run(pactOf(kGetOrder), o);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Error);
        QCOMPARE(results.at(0).exchange.failure, HttpExchange::Failure::Tls);
        o.ignoreTlsErrors = true;
        std::tie(results, summary) = run(pactOf(kGetOrder), o);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Passed);
    }

    void synchronousMessages()
    {
        const QByteArray sync = R"({"type":"Synchronous/Messages","description":"price quote","request":{"contents":{"content":{"sku":"A-1"},"contentType":"application/json","encoded":false}},
            "response":[{"contents":{"content":{"price":12},"contentType":"application/json","encoded":false}}]})";
        TestProvider::Message m;
        m.body = R"({"price":12})";
        m_provider->message(QStringLiteral("price quote"), m);
        const auto [results, summary] = run(pactOf(sync), options());
        QCOMPARE(results.at(0).kind, InteractionKind::SynchronousMessages);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Passed);
        const QJsonObject trigger = QJsonDocument::fromJson(m_provider->requests().constLast().body).object();
        QCOMPARE(trigger.value(u"request").toObject().value(u"sku").toString(), u"A-1"_qs);
    }

    void numbersReachTheProviderAsWritten()
    {
        run(pactOf(kNumbers), options());
        const QByteArray state = m_provider->requests().constFirst().body;
        QVERIFY2(state.contains(R"("params":{"big":12345678901234567890,"id":7,"price":10.0})"), state.constData());

        m_provider->clear();
        VerificationOptions o = options();
        o.stateChangeAsQuery = true;
        run(pactOf(kNumbers), o);
        const HttpServerRequest &query = m_provider->requests().constFirst();
        QCOMPARE(query.query.value(u"price"_qs), u"10.0"_qs);
        QCOMPARE(query.query.value(u"big"_qs), u"12345678901234567890"_qs);

        m_provider->clear();
        TestProvider::Message m;
        m.body = R"({"price":12})";
        m_provider->message(QStringLiteral("price quote"), m);
        run(pactOf(kNumbersSync), options());
        const QByteArray trigger = m_provider->requests().constLast().body;
        QVERIFY2(trigger.contains(R"("params":{"price":10.0})")
                && trigger.contains(R"("request":{"amount":10.0,"sku":"A-1"})"),
            trigger.constData());
    }

    void commentsAreReported()
    {
        Pact p = pactOf(kGetOrder);
        p.interactions[0].comments = QJsonObject{{QStringLiteral("text"), QJsonArray{u"first note"_qs, u"second note"_qs}},
                                                 {QStringLiteral("testname"), QStringLiteral("OrderSpec.getsOrder")}};
        const auto [results, summary] = run(p, options());
        QCOMPARE(results.at(0).comments, (QStringList{u"first note"_qs, u"second note"_qs}));
        const QString console = Reports::console(results, summary);
        // As the reference prints them: a blank line, the heading, the comments as written.
        QVERIFY(console.contains(u"\n\n  Test Name: OrderSpec.getsOrder\n"));
        QVERIFY(console.contains(u"\n\n  Comments:\nfirst note\nsecond note\n\n"));
    }

    void noStateUrlWarns()
    {
        VerificationOptions o = options();
        o.stateChangeUrl.clear();
        const auto [results, summary] = run(pactOf(kGetOrder), o);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Passed);
        QVERIFY(results.at(0).errors.join(u'\n').contains(u"State Change ignored as there is no state change URL provided for interaction (state 'order exists')"));
        QVERIFY(m_provider->stateCalls().isEmpty());
    }

    void teardownAndStateAsQuery()
    {
        VerificationOptions o = options();
        o.stateChangeTeardown = true;
        run(pactOf(kGetOrder), o);
        const QList<QJsonObject> calls = m_provider->stateCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(1).value(u"action").toString(), u"teardown"_qs);

        m_provider->clear();
        o.stateChangeAsQuery = true;
        o.stateChangeTeardown = false;
        run(pactOf(kGetOrder), o);
        const HttpServerRequest &state = m_provider->requests().constFirst();
        QCOMPARE(state.path, u"/_pact/state"_qs);
        QCOMPARE(state.query.value(u"state"_qs), u"order exists"_qs);
        QCOMPARE(state.query.value(u"action"_qs), u"setup"_qs);
        QCOMPARE(state.query.value(u"id"_qs), u"7"_qs);
    }

    void stateValuesReachTheRequest()
    {
        Pact p = pactOf(kGetOrder);
        p.interactions[0].request.path = QStringLiteral("/orders/${id}");
        m_provider->setStateResponse(200, QJsonObject{{QStringLiteral("id"), 7}});
        const auto [results, summary] = run(p, options());
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Passed);
        QVERIFY(results.at(0).exchange.url.endsWith(u"/orders/7"));
    }

    void messagesWithMetadata()
    {
        TestProvider::Message m;
        m.body = R"({"id":7})";
        m.metadata = QJsonObject{{QStringLiteral("topic"), QStringLiteral("orders")}};
        m_provider->message(QStringLiteral("order created"), m);
        auto [results, summary] = run(pactOf(kMessage), options());
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Passed);
        QCOMPARE(results.at(0).messageMetadata.value(u"topic").toString(), u"orders"_qs);
        QCOMPARE(results.at(0).messageMetadata.value(u"contentType").toString(), u"application/json"_qs);
        const QJsonObject trigger = QJsonDocument::fromJson(m_provider->requests().constLast().body).object();
        QCOMPARE(trigger.value(u"description").toString(), u"order created"_qs);
        QCOMPARE(trigger.value(u"providerStates").toArray().at(0).toObject().value(u"name").toString(), u"an order"_qs);

        m.metadata = QJsonObject{{QStringLiteral("topic"), QStringLiteral("payments")}};
        m_provider->message(QStringLiteral("order created"), m);
        std::tie(results, summary) = run(pactOf(kMessage), options());
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Failed);
        QCOMPARE(results.at(0).mismatches.at(0).type, u"MetadataMismatch"_qs);

        m.rawMetadataHeader = true;
        m.metadataHeader = "%%%not-base64";
        m_provider->message(QStringLiteral("order created"), m);
        std::tie(results, summary) = run(pactOf(kMessage), options());
        QVERIFY(results.at(0).errors.join(u'\n').contains(u"Pact-Message-Metadata is not base64 of a JSON object"));
    }

    void messageWithoutMessagePathSaysSo_data()
    {
        QTest::addColumn<bool>("pathSet");
        QTest::addRow("no message path") << false;
        QTest::addRow("a message path that answers 404") << true;
    }

    void messageWithoutMessagePathSaysSo()
    {
        QFETCH(bool, pathSet);
        VerificationOptions o = options();
        if (pathSet)
            o.messageUrl = m_provider->url().resolved(QUrl(QStringLiteral("/nothing/here")));
        else
            o.messageUrl.clear(); // the trigger goes to the base URL, where the test provider has no route
        const auto [results, summary] = run(pactOf(kMessage), o);
        QCOMPARE(results.at(0).outcome, InteractionOutcome::Error);
        const QString error = results.at(0).errors.constLast();
        QVERIFY2(error.startsWith(u"The message endpoint answered 404"), qPrintable(error));
        QCOMPARE(error.contains(u"No message path is set"), !pathSet);
        if (!pathSet)
            QVERIFY2(error.contains(u"--transports message:PORT/PATH") && error.contains(u"Message path"), qPrintable(error));
    }

    void pendingFailuresDoNotFailTheRun()
    {
        const auto [results, summary] = run(pactOf(kGetOrder + ',' + kPendingMissing), options());
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(1).outcome, InteractionOutcome::Failed);
        QVERIFY(results.at(1).pending);
        QCOMPARE(summary.pendingFailures, 1);
        QVERIFY(summary.success());
        const QJsonObject report = Reports::json(results, summary);
        QCOMPARE(report.value(u"result").toBool(), true);
        // As the reference: "Error" in interactionResults, listed under pendingErrors, run still passes.
        QCOMPARE(report.value(u"interactionResults").toArray().at(1).toObject().value(u"result").toString(), u"Error"_qs);
        QCOMPARE(report.value(u"pendingErrors").toArray().size(), 1);
        QCOMPARE(report.value(u"errors").toArray().size(), 0);
    }

    void filters_data()
    {
        QTest::addColumn<VerificationFilter>("filter");
        QTest::addColumn<QStringList>("ran");
        VerificationFilter f;
        QTest::addRow("none") << f << QStringList{u"get order"_qs, u"pending one"_qs};
        f.description = QStringLiteral("^pend");
        QTest::addRow("description") << f << QStringList{u"pending one"_qs};
        f = {};
        f.noState = true;
        QTest::addRow("no state") << f << QStringList{u"pending one"_qs};
        f = {};
        f.providerState = QStringLiteral("exists");
        QTest::addRow("state") << f << QStringList{u"get order"_qs};
        f = {};
        f.consumer = QStringLiteral("^mobile$");
        QTest::addRow("other consumer") << f << QStringList{};
        f = {};
        f.key = QStringLiteral("k-pending");
        QTest::addRow("key") << f << QStringList{u"pending one"_qs};
        f = {};
        f.onlyInteractions = { InteractionRef{ {}, u"get order"_qs, { u"order exists"_qs } } };
        QTest::addRow("last failed") << f << QStringList{u"get order"_qs};
        f = {};
        f.interactionIndexes = {1};
        QTest::addRow("index") << f << QStringList{u"pending one"_qs};
        f.description = QStringLiteral("^get");
        QTest::addRow("index and description") << f << QStringList{};
    }

    void filters()
    {
        QFETCH(VerificationFilter, filter);
        QFETCH(QStringList, ran);
        VerificationOptions o = options();
        o.filter = filter;
        const auto [results, summary] = run(pactOf(kGetOrder + ',' + kPendingMissing), o);
        QStringList got;
        for (const InteractionResult &r : results)
            got.append(r.description);
        QCOMPARE(got, ran);
    }

    // --last-failed picks interactions by key when both sides have one, else by description and
    // provider states (two interactions share "get order" here), or by description alone when the
    // states are unknown (a report the reference wrote).
    void lastFailedRefs_data()
    {
        QTest::addColumn<InteractionRef>("ref");
        QTest::addColumn<QList<int>>("ran");
        QTest::addRow("description and state") << InteractionRef{ {}, u"get order"_qs, { u"order exists"_qs } } << QList<int>{ 0 };
        QTest::addRow("description, no state") << InteractionRef{ {}, u"get order"_qs, {} } << QList<int>{ 1 };
        QTest::addRow("states unknown") << InteractionRef{ {}, u"get order"_qs, {}, false } << QList<int>{ 0, 1 };
        QTest::addRow("key wins over description") << InteractionRef{ u"k-pending"_qs, u"renamed"_qs, {} } << QList<int>{ 2 };
        QTest::addRow("other key") << InteractionRef{ u"k-other"_qs, u"pending one"_qs, {} } << QList<int>{};
        QTest::addRow("key, interaction without one")
            << InteractionRef{ u"k-any"_qs, u"get order"_qs, {} } << QList<int>{ 1 };
    }

    void lastFailedRefs()
    {
        QFETCH(InteractionRef, ref);
        QFETCH(QList<int>, ran);
        VerificationOptions o = options();
        o.filter.onlyInteractions = { ref };
        const auto [results, summary] = run(pactOf(kGetOrder + ',' + kGetOrderNoState + ',' + kPendingMissing), o);
        QList<int> got;
        for (const InteractionResult &r : results)
            got.append(r.interactionIndex);
        QCOMPARE(got, ran);
    }

    void cancelStopsTheRun()
    {
        m_provider->delay(QStringLiteral("GET"), QStringLiteral("/orders/7"), 3000);
        Verifier v(&m_engine);
        v.setOptions(options());
        QSignalSpy started(&v, &Verifier::interactionStarted);
        QSignalSpy finished(&v, &Verifier::finished);
        v.start({VerificationTarget{pactOf(kGetOrder + ',' + kPendingMissing), {}, {}, false}});
        QVERIFY(started.wait(5000));
        v.cancel();
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.at(0).at(0).value<VerificationSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.success());
        QVERIFY(!v.isRunning());
        QTest::qWait(50); // late callbacks of the cancelled run must not add results
        QCOMPARE(v.results().size(), 0);
    }

    void exitOnFirstError()
    {
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(500, "{}"));
        VerificationOptions o = options();
        o.exitOnFirstError = true;
        const auto [results, summary] = run(pactOf(kGetOrder + ',' + kGetOrder), o);
        QCOMPARE(results.size(), 1);
    }

    void junitReport()
    {
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(404, "{}"));
        const auto [results, summary] = run(pactOf(kGetOrder + ',' + kPendingMissing), options());
        QXmlStreamReader xml(Reports::junit(results, summary));
        int cases = 0, failures = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"testcase")
                ++cases;
            if (xml.name() == u"failure")
                ++failures;
            if (xml.name() == u"testsuite")
                QCOMPARE(xml.attributes().value(QStringLiteral("failures")).toString(), u"1"_qs);
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(cases, 2);
        QCOMPARE(failures, 1); // the pending failure is not a JUnit failure
        QVERIFY(Reports::console(results, summary).contains(u"1) Verifying a pact between web and orders Given order exists - get order"));
    }

    void lastFailedStore()
    {
        QTemporaryDir dir;
        const QString pactFile = dir.filePath(u"p.json"_qs);
        QFile f(pactFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        InteractionResult bad;
        bad.description = QStringLiteral("b");
        bad.outcome = InteractionOutcome::Failed;
        InteractionResult good;
        good.description = QStringLiteral("g");
        bad.key = QStringLiteral("k-b");
        bad.providerStates = QStringList{ u"s1"_qs, u"s2"_qs };
        InteractionResult error;
        error.description = QStringLiteral("e");
        error.outcome = InteractionOutcome::Error;
        QVERIFY(LastFailed::save(pactFile, {good, bad, error}));
        const QList<InteractionRef> expected{ { u"k-b"_qs, u"b"_qs, { u"s1"_qs, u"s2"_qs } }, { {}, u"e"_qs, {} } };
        QCOMPARE(LastFailed::load(pactFile), expected);
        // Kept in the cache folder, never beside the pact.
        QVERIFY(LastFailed::storePath(pactFile).startsWith(
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/last-failed/"_qs));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{ u"p.json"_qs });
        QVERIFY(LastFailed::save(pactFile, {good}));
        QVERIFY(LastFailed::load(pactFile).isEmpty());
        // The store of earlier versions (descriptions only) still reads, by description alone.
        QFile old(LastFailed::storePath(pactFile));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(R"(["b"])");
        old.close();
        QCOMPARE(LastFailed::load(pactFile), (QList<InteractionRef>{ { {}, u"b"_qs, {}, false } }));
        QVERIFY(LastFailed::save(pactFile, {good}));
    }

    // What --last-failed reads from a -j/--json report: the reference's entries (key, else
    // description alone) and ours (with the provider states under "pactbench").
    void lastFailedFromReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.json"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"result":false,"interactionResults":[
            {"description":"passes","result":"OK","duration":"1ms"},
            {"interactionKey":"k1","description":"keyed","result":"Error","duration":"2ms"},
            {"description":"reference entry","result":"Error","duration":"2ms"},
            {"description":"ours","result":"Error","pactbench":{"providerStates":["an order"]}}]})");
        f.close();
        QList<InteractionRef> refs;
        QString error;
        QVERIFY2(LastFailed::fromReport(path, &refs, &error), qPrintable(error));
        const QList<InteractionRef> expected{ { u"k1"_qs, u"keyed"_qs, {}, false },
            { {}, u"reference entry"_qs, {}, false }, { {}, u"ours"_qs, { u"an order"_qs }, true } };
        QCOMPARE(refs, expected);
        // Our own report round-trips: Reports::json() of a failed run names the failures it had.
        InteractionResult bad;
        bad.description = QStringLiteral("b");
        bad.key = QStringLiteral("k-b");
        bad.providerStates = QStringList{ u"s"_qs };
        bad.outcome = InteractionOutcome::Failed;
        InteractionResult good;
        good.description = QStringLiteral("g");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(Reports::json({ good, bad }, {})).toJson());
        f.close();
        QVERIFY2(LastFailed::fromReport(path, &refs, &error), qPrintable(error));
        QCOMPARE(refs, (QList<InteractionRef>{ { u"k-b"_qs, u"b"_qs, { u"s"_qs }, true } }));
        // Not a report: a clear error.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"consumer":{"name":"c"}})");
        f.close();
        QVERIFY(!LastFailed::fromReport(path, &refs, &error));
        QVERIFY2(error.contains(u"not a verification report"), qPrintable(error));
        QVERIFY(!LastFailed::fromReport(dir.filePath(u"absent.json"_qs), &refs, &error));
        QVERIFY2(error.contains(u"cannot read"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
