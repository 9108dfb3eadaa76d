// SPDX-License-Identifier: MIT
// BrokerClient::pactVersions against the local test broker: the versions of one consumer → provider
// pact found through the pact's `pb:all-pact-versions` link, newest first, and the errors on the way.

#include "brokertestwait.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <core/broker/brokerclient.h>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::finishes;
using Pactbench::Test::TestBroker;
using Kind = BrokerError::Kind;

namespace {

QStringList versionsOf(const QList<PactVersionSummary> &list)
{
    QStringList out;
    for (const PactVersionSummary &v : list)
        out << v.consumerVersion;
    return out;
}

} // namespace

class TestBrokerVersions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<BrokerClient> m_client;

    QUrl pactUrl(const QString &consumer, const QString &provider, const QString &version) const
    {
        return QUrl(m_broker->baseUrl().toString() + u"/pacts/provider/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(provider))
                    + u"/consumer/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(consumer)) + u"/version/"_qs + version);
    }

private Q_SLOTS:
    void init()
    {
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        Test::fillBroker(*m_broker); // Foo → Bar 1.0.0 (main, prod), 1.1.0 (feat-x)
        m_broker->addPact({u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs, Test::pactJson(u"Foo"_qs, u"Bar"_qs, u"the newest request"_qs),
                           u"main"_qs, {}});
        m_client = std::make_unique<BrokerClient>(Test::connectionTo(*m_broker));
    }
    void cleanup()
    {
        m_client.reset();
        m_broker.reset();
    }

    void threeVersionsNewestFirst()
    {
        // Starting from the oldest version's pact: the list is the same whichever version is asked.
        auto *reply = m_client->pactVersions(pactUrl(u"Foo"_qs, u"Bar"_qs, u"1.0.0"_qs));
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<PactVersionSummary> list = reply->value();
        QCOMPARE(versionsOf(list), (QStringList{u"1.2.0"_qs, u"1.1.0"_qs, u"1.0.0"_qs}));
        QCOMPARE(list.at(0).branch, u"main"_qs);
        QCOMPARE(list.at(1).branch, u"feat-x"_qs);
        for (const PactVersionSummary &v : list) {
            QCOMPARE(v.consumer, u"Foo"_qs);
            QCOMPARE(v.provider, u"Bar"_qs);
            QCOMPARE(v.url, pactUrl(u"Foo"_qs, u"Bar"_qs, v.consumerVersion));
        }
        QVERIFY(list.at(0).createdAt > list.at(1).createdAt);
        QVERIFY(list.at(1).createdAt > list.at(2).createdAt);
        QCOMPARE(list.at(0).label(), u"Foo \u2192 Bar 1.2.0"_qs);

        // The pact, then the link it gives; never the index (no index relation lists versions).
        QStringList paths;
        for (const auto &r : m_broker->requests())
            paths << r.path;
        QCOMPARE(paths, (QStringList{u"/pacts/provider/Bar/consumer/Foo/version/1.0.0"_qs,
                                     u"/pacts/provider/Bar/consumer/Foo/versions"_qs}));
    }

    void listedUrlsFetchThoseVersions()
    {
        auto *reply = m_client->pactVersions(pactUrl(u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs));
        QVERIFY(finishes(reply));
        QVERIFY(reply->ok());
        auto *oldest = m_client->fetchPact(reply->value().constLast().url);
        QVERIFY(finishes(oldest));
        QVERIFY(oldest->ok());
        QCOMPARE(oldest->value().consumerVersion, u"1.0.0"_qs);
        QCOMPARE(oldest->value().pact.interactions.constFirst().description, u"a request"_qs);
    }

    void namesAreEncoded()
    {
        auto *reply = m_client->pactVersions(pactUrl(u"Consumer 2"_qs, u"Bar"_qs, u"2.0.0"_qs));
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(versionsOf(reply->value()), QStringList{u"2.0.0"_qs});
        QCOMPARE(reply->value().constFirst().consumer, u"Consumer 2"_qs);
        QCOMPARE(m_broker->requests().constLast().target, QByteArray("/pacts/provider/Bar/consumer/Consumer%202/versions"));
    }

    void brokerWithoutTheLink()
    {
        m_broker->dropRelation(u"pb:all-pact-versions"_qs);
        const QUrl url = pactUrl(u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs);
        auto *reply = m_client->pactVersions(url);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::MissingRelation);
        QCOMPARE(reply->error().resource, u"pb:all-pact-versions"_qs);
        QVERIFY2(reply->error().message.contains(url.toString()), qPrintable(reply->error().message));
        QVERIFY2(reply->error().message.contains(u"has no 'pb:all-pact-versions' link"), qPrintable(reply->error().message));
        QCOMPARE(m_broker->requests().size(), 1); // nothing guessed after that
    }

    void pactNotFound()
    {
        auto *reply = m_client->pactVersions(pactUrl(u"Foo"_qs, u"Bar"_qs, u"9.9.9"_qs));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::NotFound);
        QVERIFY2(reply->error().message.contains(u"/version/9.9.9"), qPrintable(reply->error().message));
    }

    void versionsListWithoutVersions()
    {
        m_broker->setOverride("GET", u"/pacts/provider/Bar/consumer/Foo/versions"_qs,
                              {200, R"({"_links": {"self": {"href": "/x"}}})", "application/hal+json", 0, {}});
        auto *reply = m_client->pactVersions(pactUrl(u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::InvalidResponse);
        QVERIFY2(reply->error().message.contains(u"the versions of the pact from 'Foo' to 'Bar'"),
                 qPrintable(reply->error().message));
    }

    void versionsListFailsLocated()
    {
        m_broker->setOverride("GET", u"/pacts/provider/Bar/consumer/Foo/versions"_qs,
                              {500, "boom", "text/plain", 0, {}});
        auto *reply = m_client->pactVersions(pactUrl(u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs));
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Server);
        QVERIFY2(reply->error().message.contains(u"/pacts/provider/Bar/consumer/Foo/versions"),
                 qPrintable(reply->error().message));
    }

    void brokerListingOnlyLinks()
    {
        // Brokers that embed no pacts still list `pact-versions` links; the number comes from the URL.
        const QString base = m_broker->baseUrl().toString();
        const QByteArray body = QJsonDocument::fromJson(
            (u"{\"_links\": {\"pact-versions\": [{\"href\": \""_qs + base + u"/pacts/provider/Bar/consumer/Foo/version/2.0\", \"title\": \"2.0\"},"_qs
             + u"{\"href\": \""_qs + base + u"/pacts/provider/Bar/consumer/Foo/version/1.0\"}]}}"_qs).toUtf8()).toJson();
        m_broker->setOverride("GET", u"/pacts/provider/Bar/consumer/Foo/versions"_qs,
                              {200, body, "application/hal+json", 0, {}});
        auto *reply = m_client->pactVersions(pactUrl(u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs));
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(versionsOf(reply->value()), (QStringList{u"2.0"_qs, u"1.0"_qs}));
        QCOMPARE(reply->value().constFirst().provider, u"Bar"_qs);
    }

    void tagsAndBranchVersionsAreRead()
    {
        const QJsonObject entry = QJsonDocument::fromJson(R"({
            "createdAt": "2024-06-01T08:00:00+00:00",
            "_embedded": {"consumerVersion": {"number": "abc123", "_embedded": {
                "branchVersions": [{"name": "feat-y"}], "tags": [{"name": "prod"}, {"name": "test"}]}}},
            "_links": {"self": {"href": "/pacts/provider/Bar/consumer/Foo/version/abc123"}}})").object();
        const PactVersionSummary v = PactVersionSummary::fromJson(entry, QUrl(u"http://b/"_qs));
        QCOMPARE(v.consumerVersion, u"abc123"_qs);
        QCOMPARE(v.branch, u"feat-y"_qs);
        QCOMPARE(v.tags, (QStringList{u"prod"_qs, u"test"_qs}));
        QCOMPARE(v.createdAt, u"2024-06-01T08:00:00+00:00"_qs);
        QCOMPARE(v.url, QUrl(u"http://b/pacts/provider/Bar/consumer/Foo/version/abc123"_qs));
    }

    void cancelled()
    {
        m_broker->setOverride("GET", u"/pacts/provider/Bar/consumer/Foo/versions"_qs,
                              {200, "{}", "application/hal+json", 5000, {}});
        auto *reply = m_client->pactVersions(pactUrl(u"Foo"_qs, u"Bar"_qs, u"1.2.0"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(m_broker->requests().size(), 2, 5000);
        reply->cancel();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestBrokerVersions)
#include "tst_brokerversions.moc"
