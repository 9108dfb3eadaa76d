// SPDX-License-Identifier: MIT
// The diff's labels proven with the real verifier (Pactbench::Verifier with the matching engine):
// a provider made of OLD's examples (each request answered with OLD's example response, each message
// with OLD's example message) passes OLD; for a breaking pair it fails NEW, for a safe pair it passes
// NEW. Rows whose breaking change OLD's own example does not show give the provider the value the
// diff names instead (a provider that passes OLD all the same).

#include "pactfixtures.h"
#include "../verifier/testprovider.h"

#include <core/diff/pactdiff.h>
#include <core/model/pactreader.h>
#include <core/verifier/matchingengine.h>
#include <core/verifier/verifier.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

const QByteArray kOrder = R"({"id":7,"name":"Bob","tags":["a","b"]})";

QByteArray order(const QByteArray &rules = {}, const QByteArray &body = kOrder, const QByteArray &more = {})
{
    return pactV4(http("get order", response(body, rules, more)));
}

Pact read(const QByteArray &json)
{
    const ReadResult r = PactReader::read(json);
    if (!r.ok())
        qFatal("fixture is not a pact: %s", json.constData());
    return *r.pact;
}

/// OLD's example answers, with `override` (a JSON object) merged into every JSON response body.
void serveExamples(TestProvider &provider, const Pact &pact, const QJsonObject &override)
{
    for (const Interaction &i : pact.interactions) {
        if (i.kind == InteractionKind::AsynchronousMessage) {
            TestProvider::Message m;
            m.body = i.message.contents.content();
            m.contentType = i.message.effectiveContentType();
            m.metadata = i.message.metadata;
            provider.message(i.description, m);
            continue;
        }
        HttpServerResponse r;
        r.status = i.response.status;
        for (const auto &[name, value] : i.response.headers.entries())
            r.headers.append(name, value);
        QJsonObject body = i.response.body.asJson().toObject();
        for (auto it = override.begin(); it != override.end(); ++it)
            body.insert(it.key(), it.value());
        r.body = override.isEmpty() ? i.response.body.content() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        provider.route(i.request.method.toUpper(), i.request.path, r);
    }
}

} // namespace

class TestDiffVerifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VerificationEngine> m_engine = createMatchingEngine();

    /// Verifies `pact` against the provider; the summary (cancelled when the run did not finish).
    VerificationSummary verify(const Pact &pact, const TestProvider &provider)
    {
        VerificationOptions o;
        o.providerBaseUrl = provider.url();
        o.messageUrl = provider.url().resolved(QUrl(QStringLiteral("/_pact/message")));
        o.requestTimeoutMs = 5000;
        Verifier v(m_engine.get());
        v.setOptions(o);
        QSignalSpy finished(&v, &Verifier::finished);
        v.start({VerificationTarget{pact, QStringLiteral("test"), {}, false}});
        if (!finished.wait(20000)) {
            VerificationSummary s;
            s.cancelled = true;
            return s;
        }
        return finished.at(0).at(0).value<VerificationSummary>();
    }

private Q_SLOTS:
    void labelsHold_data()
    {
        QTest::addColumn<QByteArray>("oldPact");
        QTest::addColumn<QByteArray>("newPact");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QByteArray>("override"); // a provider that passes OLD with this in its answer
        const QByteArray typeName = rule("$.name", R"({"match":"type"})");
        const QByteArray other = http("list orders", response("[]"), R"({"method":"GET","path":"/orders"})");

        QTest::addRow("breaking: field added") << order() << order({}, R"({"id":7,"name":"Bob","tags":["a","b"],"email":"b@x"})")
                                               << "breaking" << QByteArray();
        QTest::addRow("breaking: example under equality") << order() << order({}, R"({"id":7,"name":"Alice","tags":["a","b"]})")
                                                          << "breaking" << QByteArray();
        QTest::addRow("breaking: longer array under equality") << order() << order({}, R"({"id":7,"name":"Bob","tags":["a","b","c"]})")
                                                               << "breaking" << QByteArray();
        QTest::addRow("breaking: status") << pactV4(http("get order", R"({"status":200})")) << pactV4(http("get order", R"({"status":204})"))
                                          << "breaking" << QByteArray();
        QTest::addRow("breaking: header added") << order() << order({}, kOrder, R"(,"headers":{"Content-Type":["application/json"],"X-Trace":["t"]})")
                                                << "breaking" << QByteArray();
        QTest::addRow("breaking: request path") << order() << pactV4(http("get order", response(kOrder), R"({"method":"GET","path":"/v2/orders/7"})"))
                                                << "breaking" << QByteArray();
        QTest::addRow("breaking: message field added") << pactV4(message("order created", R"({"id":7})"))
                                                       << pactV4(message("order created", R"({"id":7,"at":"now"})")) << "breaking" << QByteArray();
        QTest::addRow("breaking: type tightened to equality") << order(typeName) << order() << "breaking" << QByteArray(R"({"name":"a"})");
        QTest::addRow("breaking: number to integer") << order(rule("$.id", R"({"match":"number"})")) << order(rule("$.id", R"({"match":"integer"})"))
                                                     << "breaking" << QByteArray(R"({"id":1.5})");

        const QByteArray minItems = rule("$.items", R"({"match":"type","min":1})");
        QTest::addRow("breaking: longer array with another item shape") << order(minItems, R"({"items":[{"a":1}]})")
                                                                        << order(minItems, R"({"items":[{"a":1},{"b":2}]})")
                                                                        << "breaking" << QByteArray(R"({"items":[{"a":1},{"a":3}]})");
        QTest::addRow("breaking: cascading type removed") << order(rule("$.address", R"({"match":"type"})"), R"({"address":{"street":"Main"}})")
                                                          << order({}, R"({"address":{"street":"Main"}})")
                                                          << "breaking" << QByteArray(R"({"address":{"street":"Side"}})");

        QTest::addRow("safe: field removed") << order() << order({}, R"({"id":7,"tags":["a","b"]})") << "safe" << QByteArray();
        QTest::addRow("safe: header removed") << order({}, kOrder, R"(,"headers":{"Content-Type":["application/json"],"X-Trace":["t"]})") << order()
                                              << "safe" << QByteArray();
        QTest::addRow("safe: interaction removed") << pactV4(http("get order", response(kOrder)) + "," + other) << order() << "safe" << QByteArray();
        QTest::addRow("safe: equality loosened to type") << order() << order(typeName) << "safe" << QByteArray();
        QTest::addRow("safe: min lowered") << order(rule("$.tags", R"({"match":"type","min":2})")) << order(rule("$.tags", R"({"match":"type","min":1})"))
                                           << "safe" << QByteArray();
        QTest::addRow("safe: integer to number") << order(rule("$.id", R"({"match":"integer"})")) << order(rule("$.id", R"({"match":"number"})"))
                                                 << "safe" << QByteArray();
        QTest::addRow("safe: message metadata removed") << pactV4(message("order created", R"({"id":7})", R"({"topic":"orders","kind":"created"})"))
                                                        << pactV4(message("order created", R"({"id":7})")) << "safe" << QByteArray();
    }

    void labelsHold()
    {
        QFETCH(QByteArray, oldPact);
        QFETCH(QByteArray, newPact);
        QFETCH(QString, label);
        QFETCH(QByteArray, override);
        const Pact oldOne = read(oldPact), newOne = read(newPact);
        QCOMPARE(Diff::impactName(Diff::diffPacts(oldOne, newOne).maxImpact()), label);

        TestProvider provider;
        QVERIFY(provider.start());
        serveExamples(provider, oldOne, QJsonDocument::fromJson(override).object());
        const VerificationSummary onOld = verify(oldOne, provider);
        QVERIFY2(onOld.success() && onOld.passed == oldOne.interactions.size(), "the provider must pass OLD");
        const VerificationSummary onNew = verify(newOne, provider);
        QVERIFY(!onNew.cancelled);
        if (label == u"breaking")
            QVERIFY2(!onNew.success(), "a breaking change: the provider that passes OLD must fail NEW");
        else
            QVERIFY2(onNew.success(), "a safe change: the provider that passes OLD must pass NEW");
    }
};

QTEST_GUILESS_MAIN(TestDiffVerifier)
#include "tst_diffverifier.moc"
