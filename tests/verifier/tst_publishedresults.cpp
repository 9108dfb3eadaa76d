// SPDX-License-Identifier: MIT
// Pairing a published verification's test results with the interactions of the pact it verified:
// by the broker's `_id`, the V4 key, or description and provider state; outcomes; results for no
// interaction and interactions without a result; mismatches without published values stay Undefined.

#include <core/verifier/publishedresults.h>

#include <QtTest>

using namespace Pactbench;

namespace {

Interaction interaction(const QString &description, const QString &id = {}, const QString &key = {},
                        const QString &state = {})
{
    Interaction i;
    i.description = description;
    i.key = key;
    if (!id.isEmpty())
        i.extra.insert(u"_id"_qs, id);
    if (!state.isEmpty())
        i.providerStates.append(ProviderState{state, {}, {}});
    i.response.status = 200;
    return i;
}

Pact pact()
{
    Pact p;
    p.consumer.name = u"Web"_qs;
    p.provider.name = u"Billing"_qs;
    p.interactions << interaction(u"get an invoice"_qs, u"id-0"_qs) // by _id
                   << interaction(u"list invoices"_qs, {}, u"key-1"_qs) // by V4 key
                   << interaction(u"delete it"_qs, {}, {}, u"an invoice"_qs) // by description and state
                   << interaction(u"delete it"_qs, {}, {}, u"no invoice"_qs)
                   << interaction(u"never reported"_qs);
    return p;
}

PublishedTestResult result(const QString &id, const QString &description, std::optional<bool> success)
{
    PublishedTestResult t;
    t.interactionId = id;
    t.interactionDescription = description;
    t.success = success;
    return t;
}

} // namespace

class TestPublishedResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsAndOutcomes()
    {
        PublishedVerification v;
        PublishedTestResult byId = result(u"id-0"_qs, {}, false);
        byId.mismatches.append({u"body"_qs, u"$.total"_qs, u"Expected 12 but received 13"_qs, QJsonValue(12), QJsonValue(13), {}});
        byId.mismatches.append({u"status"_qs, {}, u"expected 200 but was 500"_qs, QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined), {}});
        v.testResults << byId;
        PublishedTestResult byKey = result(u"key-1"_qs, {}, false);
        byKey.exceptions.append({u"Connection refused"_qs, u"java.net.ConnectException"_qs});
        v.testResults << byKey;
        PublishedTestResult byState = result({}, u"delete it"_qs, true);
        byState.providerState = u"no invoice"_qs;
        v.testResults << byState;
        v.testResults << result(u"gone"_qs, u"an interaction since removed"_qs, false);
        v.testResults << result({}, u"delete it"_qs, std::nullopt); // the first "delete it": said nothing

        const QList<PublishedInteraction> out = pairPublishedResults(v, pact());
        QCOMPARE(out.size(), 6);
        for (int i = 0; i < out.size(); ++i) {
            QCOMPARE(out.at(i).result.interactionIndex, i);
            QCOMPARE(out.at(i).result.consumer, u"Web"_qs);
        }

        const InteractionResult &failed = out.at(0).result;
        QCOMPARE(failed.outcome, InteractionOutcome::Failed);
        QCOMPARE(failed.description, u"get an invoice"_qs);
        QCOMPARE(failed.mismatches.size(), 2);
        QCOMPARE(failed.mismatches.at(0).type, u"BodyMismatch"_qs);
        QCOMPARE(failed.mismatches.at(0).path, u"$.total"_qs);
        QCOMPARE(failed.mismatches.at(0).actual, QJsonValue(13));
        QCOMPARE(failed.mismatches.at(1).type, u"StatusMismatch"_qs);
        QVERIFY(failed.mismatches.at(1).actual.isUndefined()); // not published: not invented
        QCOMPARE(failed.exchange.status, 0);
        QVERIFY(failed.exchange.responseBody.isEmpty());
        QCOMPARE(out.at(0).expected.description, u"get an invoice"_qs);

        QCOMPARE(out.at(1).result.outcome, InteractionOutcome::Error);
        QCOMPARE(out.at(1).result.errors, QStringList{u"java.net.ConnectException: Connection refused"_qs});

        QCOMPARE(out.at(2).result.outcome, InteractionOutcome::Skipped); // "delete it" given an invoice: said nothing
        QVERIFY(out.at(2).reported);
        QCOMPARE(out.at(3).result.outcome, InteractionOutcome::Passed); // "delete it" given no invoice
        QCOMPARE(out.at(3).result.providerStates, QStringList{u"no invoice"_qs});

        QCOMPARE(out.at(4).result.outcome, InteractionOutcome::Skipped);
        QVERIFY(!out.at(4).reported);

        QVERIFY(!out.at(5).inPact);
        QCOMPARE(out.at(5).interactionId, u"gone"_qs);
        QCOMPARE(out.at(5).result.description, u"an interaction since removed"_qs);
        QCOMPARE(out.at(5).result.outcome, InteractionOutcome::Failed);
    }

    void mismatchTypes_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("type");
        QTest::newRow("status") << u"status"_qs << u"StatusMismatch"_qs;
        QTest::newRow("header") << u"header"_qs << u"HeaderMismatch"_qs;
        QTest::newRow("body") << u"body"_qs << u"BodyMismatch"_qs;
        QTest::newRow("metadata") << u"metadata"_qs << u"MetadataMismatch"_qs;
        QTest::newRow("query") << u"query"_qs << u"QueryMismatch"_qs;
        QTest::newRow("method") << u"method"_qs << u"MethodMismatch"_qs;
        QTest::newRow("path") << u"path"_qs << u"PathMismatch"_qs;
        QTest::newRow("capitals") << u"Body"_qs << u"BodyMismatch"_qs;
        QTest::newRow("unknown") << u"timing"_qs << u"timing"_qs;
    }

    void mismatchTypes()
    {
        QFETCH(QString, attribute);
        QTEST(mismatchTypeOf(attribute), "type");
    }

    void bodyMismatchWithoutPathAndDiff()
    {
        PublishedVerification v;
        PublishedTestResult t = result(u"id-0"_qs, {}, false);
        PublishedMismatch m;
        m.attribute = u"body"_qs;
        m.description = u"Expected a body of 'application/json'"_qs;
        m.diff = u"-  a\n+  b\n"_qs;
        t.mismatches << m;
        v.testResults << t;
        const QList<PublishedInteraction> out = pairPublishedResults(v, pact());
        const VerifierMismatch &got = out.at(0).result.mismatches.constFirst();
        QCOMPARE(got.path, u"$"_qs);
        QCOMPARE(got.description, u"Expected a body of 'application/json'\n-  a\n+  b"_qs);
    }

    void noPact()
    {
        PublishedVerification v;
        v.testResults << result(u"id-0"_qs, u"get an invoice"_qs, true);
        const QList<PublishedInteraction> out = pairPublishedResults(v, Pact());
        QCOMPARE(out.size(), 1);
        QVERIFY(!out.at(0).inPact);
        QCOMPARE(out.at(0).result.outcome, InteractionOutcome::Passed);
    }
};

QTEST_GUILESS_MAIN(TestPublishedResults)
#include "tst_publishedresults.moc"
