// SPDX-License-Identifier: MIT
// The compatibility suite's broker mock pacts (compat/fixtures/pact-broker_c1.json, _c2.json),
// replayed by the test broker: the client's requests must equal the ones those pacts expect.

#include "brokertestwait.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <core/broker/brokerclient.h>
#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::finishes;
using Pactbench::Test::TestBroker;

namespace {

/// The fixture's response bodies name the mock at localhost:9876 (a MockServerURL generator).
QByteArray withBase(QJsonObject body, const QUrl &base)
{
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QByteArray(text).replace("http://localhost:9876", base.toEncoded());
}

} // namespace

class TestBrokerCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compatFlow_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("consumer");
        QTest::addColumn<QString>("resultsInteraction");
        QTest::addRow("c1, results") << u"pact-broker_c1.json"_qs << u"c_1"_qs << u"publish verification results for c_1"_qs;
        QTest::addRow("c2, failed results") << u"pact-broker_c2.json"_qs << u"c_2"_qs << u"publish failed verification results for c_2"_qs;
    }
    void compatFlow()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, consumer);
        QFETCH(QString, resultsInteraction);
        const QJsonObject pact = QJsonDocument::fromJson(Test::readAll(Test::sharedDir() + u"/compat/fixtures/"_qs + fixture)).object();
        QVERIFY(!pact.isEmpty());
        TestBroker broker;
        QVERIFY(broker.start());
        QMap<QString, QJsonObject> requests;
        for (const QJsonValue &v : pact.value(u"interactions").toArray()) {
            const QJsonObject i = v.toObject();
            const QJsonObject request = i.value(u"request").toObject();
            const QJsonObject response = i.value(u"response").toObject();
            requests.insert(i.value(u"description").toString(), request);
            broker.setOverride(request.value(u"method").toString().toLatin1(), request.value(u"path").toString(),
                               {response.value(u"status").toInt(),
                                withBase(response.value(u"body").toObject().value(u"content").toObject(), broker.baseUrl()),
                                "application/json", 0, {}});
        }
        // The pact itself is not an interaction of the mock; serve one with its results link.
        const QString pactPath = u"/pacts/provider/p/consumer/"_qs + consumer;
        QJsonObject doc = QJsonDocument::fromJson(Test::pactJson(consumer, u"p"_qs)).object();
        doc.insert(u"_links"_qs, QJsonObject{{u"pb:publish-verification-results"_qs,
                                              QJsonObject{{u"href"_qs, QString(broker.baseUrl().toString() + pactPath + u"/verification-results"_qs)}}}});
        broker.setOverride("GET", pactPath, {200, QJsonDocument(doc).toJson(), "application/hal+json", 0, {}});

        BrokerConnection c;
        c.baseUrl = broker.baseUrl();
        BrokerClient client(c);
        PactsForVerificationRequest request;
        request.providerName = u"p"_qs;
        auto *pacts = client.pactsToVerify(request);
        QVERIFY(finishes(pacts));
        QVERIFY2(pacts->ok(), qPrintable(pacts->error().toString()));
        QCOMPARE(pacts->value().size(), 1);
        QCOMPARE(pacts->value().first().shortDescription, u"latest"_qs);

        const QJsonObject expected = requests.value(resultsInteraction);
        const QJsonObject body = expected.value(u"body").toObject().value(u"content").toObject();
        VerificationResults results;
        results.success = body.value(u"success").toBool();
        results.providerApplicationVersion = body.value(u"providerApplicationVersion").toString();
        results.verifierName = u"Pact-JVM"_qs; // what the fixture recorded
        results.verifierVersion = body.value(u"verifiedBy").toObject().value(u"version").toString();
        const QJsonObject r = body.value(u"testResults").toArray().first().toObject();
        VerificationResults::InteractionResult one{r.value(u"interactionId").toString(), r.value(u"interactionDescription").toString(),
                                                   r.value(u"success").toBool(), {}, {}};
        for (const QJsonValue &m : r.value(u"mismatches").toArray())
            one.mismatches << VerificationResults::Mismatch{m[u"attribute"].toString(), {}, m[u"description"].toString()};
        results.testResults = {one};
        auto *published = client.publishVerificationResults(pacts->value().first(), results);
        QVERIFY(finishes(published));
        QVERIFY2(published->ok(), qPrintable(published->error().toString()));

        QList<QByteArray> sent;
        for (const auto &rec : broker.requests())
            sent << rec.method + ' ' + rec.target;
        QCOMPARE(sent, QList<QByteArray>({"GET /", "POST /pacts/provider/p/for-verification", "GET " + pactPath.toLatin1(),
                                          "POST " + pactPath.toLatin1() + "/verification-results"}));
        const auto posts = broker.requests("POST");
        QCOMPARE(posts.at(0).json(), requests.value(u"a request for the provider pacts"_qs)
                                         .value(u"body").toObject().value(u"content").toObject());
        QCOMPARE(posts.at(0).header("content-type"), QByteArray("application/json"));
        QCOMPARE(posts.at(1).json(), body);
    }
};

QTEST_GUILESS_MAIN(TestBrokerCompat)
#include "tst_brokercompat.moc"
