// SPDX-License-Identifier: MIT
// findOverlaps(): interactions the mock server never serves for their own request, because an
// earlier interaction of the pact matches it too; and the journal's note on a request both match.

#include "mocktesthelpers.h"

#include <core/mockserver/journal.h>
#include <core/mockserver/overlaps.h>
#include <core/model/pactreader.h>
#include <testpaths.h>

#include <QtTest>

using namespace Pactbench;

namespace {

Pact pactOf(const QByteArray &interactions)
{
    const QByteArray text = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},
        "metadata":{"pactSpecification":{"version":"3.0.0"}},"interactions":)" + interactions + "}";
    const ReadResult r = PactReader::read(text);
    return r.ok() ? *r.pact : Pact{};
}

const QByteArray kAny = R"({"description":"any order","providerStates":[{"name":"orders exist"}],
    "request":{"method":"GET","path":"/orders/1","matchingRules":{"path":{"matchers":[{"match":"regex","regex":"^/orders/\\d+$"}]}}},
    "response":{"status":200}})";
const QByteArray kMissing = R"({"description":"missing order","providerStates":[{"name":"no orders"}],
    "request":{"method":"GET","path":"/orders/9999"},"response":{"status":404}})";
const QByteArray kMissingNoState = R"({"description":"missing order","request":{"method":"GET","path":"/orders/9999"},"response":{"status":404}})";
const QByteArray kAnyNoState = R"({"description":"any order","request":{"method":"GET","path":"/orders/1",
    "matchingRules":{"path":{"matchers":[{"match":"regex","regex":"^/orders/\\d+$"}]}}},"response":{"status":200}})";
const QByteArray kPost = R"({"description":"new order","request":{"method":"POST","path":"/orders/9999"},"response":{"status":201}})";

} // namespace

class TestOverlaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlaps_data()
    {
        QTest::addColumn<QByteArray>("interactions");
        QTest::addColumn<QStringList>("states"); ///< the mock server's provider-state filter
        QTest::addColumn<QStringList>("expected"); ///< "requested -> served" descriptions
        QTest::addColumn<QString>("words"); ///< a part of the first sentence
        QTest::addRow("regex first shadows the exact path") << QByteArray("[" + kAny + "," + kMissing + "]") << QStringList{}
                                                             << QStringList{u"missing order -> any order"_qs}
                                                             << u"their provider states differ ('no orders' and 'orders exist')"_qs;
        QTest::addRow("exact path first: both served") << QByteArray("[" + kMissing + "," + kAny + "]") << QStringList{}
                                                        << QStringList{} << QString();
        QTest::addRow("same states: make one narrower") << QByteArray("[" + kAnyNoState + "," + kMissingNoState + "]") << QStringList{}
                                                         << QStringList{u"missing order -> any order"_qs}
                                                         << u"make the request or the rules of one of them narrower"_qs;
        QTest::addRow("another method") << QByteArray("[" + kAny + "," + kPost + "]") << QStringList{} << QStringList{} << QString();
        QTest::addRow("a state filter separates them") << QByteArray("[" + kAny + "," + kMissing + "]") << QStringList{u"no orders"_qs}
                                                        << QStringList{} << QString();
    }

    void overlaps()
    {
        QFETCH(QByteArray, interactions);
        QFETCH(QStringList, states);
        QFETCH(QStringList, expected);
        QFETCH(QString, words);
        const Pact pact = pactOf(interactions);
        QVERIFY(!pact.interactions.isEmpty());
        MockServerConfig config;
        config.providerStates = states;
        const QList<InteractionOverlap> found = findOverlaps(pact, config);
        QStringList got;
        for (const InteractionOverlap &o : found) {
            QCOMPARE(o.served, o.alsoMatched);
            QVERIFY(o.served < o.requested);
            got.append(pact.interactions.at(o.requested).description + u" -> " + pact.interactions.at(o.served).description);
        }
        QCOMPARE(got, expected);
        if (!found.isEmpty()) {
            const QString text = found.constFirst().text(pact);
            QVERIFY2(text.startsWith(u"\"GET /orders/9999\", the request of \"missing order\", also matches \"any order\""), qPrintable(text));
            QVERIFY2(text.contains(words), qPrintable(text));
        }
    }

    void bundledExampleRunsClean()
    {
        // The example a new user opens first: every interaction can be served for its own request.
        const ReadResult r = PactReader::readFile(Test::testDataDir() + u"/../../resources/examples/order-service-v4.json"_qs);
        QVERIFY(r.ok());
        const QList<InteractionOverlap> found = findOverlaps(*r.pact);
        QStringList texts;
        for (const InteractionOverlap &o : found)
            texts.append(o.text(*r.pact));
        QVERIFY2(found.isEmpty(), qPrintable(texts.join(u'\n')));
    }

    void journalNamesTheOtherMatch_data()
    {
        QTest::addColumn<QByteArray>("interactions");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("served");
        QTest::addColumn<QList<int>>("alsoMatched");
        QTest::addColumn<int>("status");
        QTest::addRow("both match") << QByteArray("[" + kAny + "," + kMissing + "]") << u"/orders/9999"_qs << 0 << QList<int>{1} << 200;
        QTest::addRow("only the regex") << QByteArray("[" + kAny + "," + kMissing + "]") << u"/orders/5"_qs << 0 << QList<int>{} << 200;
        QTest::addRow("exact first") << QByteArray("[" + kMissing + "," + kAny + "]") << u"/orders/9999"_qs << 0 << QList<int>{1} << 404;
        QTest::addRow("another method") << QByteArray("[" + kPost + "," + kAny + "]") << u"/orders/9999"_qs << 1 << QList<int>{} << 200;
    }

    void journalNamesTheOtherMatch()
    {
        QFETCH(QByteArray, interactions);
        QFETCH(QString, path);
        QFETCH(int, served);
        QFETCH(QList<int>, alsoMatched);
        QFETCH(int, status);
        MockServer server(pactOf(interactions));
        const QUrl url = MockTest::start(server);
        QVERIFY(url.isValid());
        QNetworkAccessManager nam;
        const MockTest::Reply reply = MockTest::send(nam, "GET", url.resolved(QUrl(path)));
        QCOMPARE(reply.status, status);
        const QList<JournalEntry> entries = server.journal().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().verdict, JournalVerdict::Matched);
        QCOMPARE(entries.constFirst().interactionIndex, served);
        QCOMPARE(entries.constFirst().alsoMatched, alsoMatched);
    }

    void limitIsKept()
    {
        QByteArray many = "[" + kAnyNoState;
        for (int i = 0; i < 30; ++i)
            many += ",{\"description\":\"order " + QByteArray::number(i) + "\",\"request\":{\"method\":\"GET\",\"path\":\"/orders/"
                + QByteArray::number(i) + "\"},\"response\":{\"status\":200}}";
        const Pact pact = pactOf(many + "]");
        QCOMPARE(findOverlaps(pact, {}, 10).size(), 10);
        QCOMPARE(findOverlaps(pact).size(), 30);
    }
};

QTEST_GUILESS_MAIN(TestOverlaps)
#include "tst_overlaps.moc"
