// SPDX-License-Identifier: MIT
// BrokerClient's reading calls against the local test broker: the exact requests sent, the
// values read back, the auth headers, and replies that finish from the event loop.

#include "brokertestwait.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <core/broker/brokerclient.h>
#include <core/model/pactwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::finishes;
using Pactbench::Test::TestBroker;
using Kind = BrokerError::Kind;

Q_DECLARE_METATYPE(Pactbench::BrokerError::Kind)
Q_DECLARE_METATYPE(Pactbench::PactsForVerificationRequest)

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestBrokerClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;

    BrokerConnection connection() const { return Test::connectionTo(*m_broker); }

private Q_SLOTS:
    void init()
    {
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        Test::fillBroker(*m_broker);
    }
    void cleanup() { m_broker.reset(); }

    void indexIsFetchedOnceAndCached()
    {
        BrokerClient client(connection());
        auto *a = client.index();
        auto *b = client.latestPacts();
        QVERIFY(finishes(a));
        QVERIFY(finishes(b));
        auto *c = client.pacticipants();
        QVERIFY(finishes(c));
        QVERIFY(a->ok() && b->ok() && c->ok());
        QCOMPARE(m_broker->requests("GET", u"/"_qs).first().path, u"/"_qs);
        int indexGets = 0;
        for (const auto &r : m_broker->requests())
            indexGets += r.path == u"/";
        QCOMPARE(indexGets, 1);
        const auto &first = m_broker->requests().first();
        QCOMPARE(first.header("accept"), QByteArray("application/hal+json, application/json"));
        QVERIFY(first.header("authorization").isEmpty());
    }

    void pacticipantsFollowPages()
    {
        for (const char16_t *name : {u"A", u"B", u"C"})
            m_broker->addPacticipant(QString::fromUtf16(name));
        BrokerClient client(connection());
        client.setPageSize(2);
        auto *reply = client.pacticipants();
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QStringList names;
        for (const PacticipantSummary &p : reply->value())
            names << p.name;
        QCOMPARE(names, QStringList({u"A"_qs, u"B"_qs, u"Bar"_qs, u"Baz"_qs, u"C"_qs, u"Consumer 2"_qs, u"Foo"_qs}));
        QCOMPARE(reply->value().last().mainBranch, u"main"_qs);
        QStringList targets;
        for (const auto &r : m_broker->requests("GET", u"/pacticipants"_qs))
            targets << QString::fromLatin1(r.target);
        QCOMPARE(targets, QStringList({u"/pacticipants?pageNumber=1&pageSize=2"_qs, u"/pacticipants?pageNumber=2&pageSize=2"_qs,
                                       u"/pacticipants?pageNumber=3&pageSize=2"_qs, u"/pacticipants?pageNumber=4&pageSize=2"_qs}));
    }

    void latestPacts()
    {
        BrokerClient client(connection());
        auto *reply = client.latestPacts();
        QVERIFY(finishes(reply));
        QVERIFY(reply->ok());
        QCOMPARE(reply->value().size(), 3);
        const LatestPactSummary &foo = reply->value().at(1);
        QCOMPARE(foo.consumer, u"Foo"_qs);
        QCOMPARE(foo.provider, u"Bar"_qs);
        QCOMPARE(foo.consumerVersion, u"1.1.0"_qs);
        QCOMPARE(foo.url.path(), u"/pacts/provider/Bar/consumer/Foo/latest"_qs);
        QCOMPARE(foo.versionUrl.path(), u"/pacts/provider/Bar/consumer/Foo/version/1.1.0"_qs);
    }

    void fetchBySelection_data()
    {
        QTest::addColumn<QString>("consumer");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("listTarget");
        QTest::addColumn<QByteArray>("pactTarget");
        QTest::addColumn<QString>("description");
        QTest::addRow("latest") << u"Foo"_qs << QString() << QString() << QString() << QByteArray("/pacts/provider/Bar/latest")
                                << QByteArray("/pacts/provider/Bar/consumer/Foo/version/1.1.0") << u"a newer request"_qs;
        QTest::addRow("branch") << u"Foo"_qs << u"main"_qs << QString() << QString() << QByteArray("/pacts/provider/Bar/branch/main/latest")
                                << QByteArray("/pacts/provider/Bar/consumer/Foo/version/1.0.0") << u"a request"_qs;
        QTest::addRow("tag") << u"Foo"_qs << QString() << u"prod"_qs << QString() << QByteArray("/pacts/provider/Bar/latest/prod")
                             << QByteArray("/pacts/provider/Bar/consumer/Foo/version/1.0.0") << u"a request"_qs;
        QTest::addRow("version, encoded name") << u"Consumer 2"_qs << QString() << QString() << u"2.0.0"_qs << QByteArray()
                                               << QByteArray("/pacts/provider/Bar/consumer/Consumer%202/version/2.0.0") << u"c2"_qs;
    }
    void fetchBySelection()
    {
        QFETCH(QString, consumer);
        QFETCH(QString, branch);
        QFETCH(QString, tag);
        QFETCH(QString, version);
        QFETCH(QByteArray, listTarget);
        QFETCH(QByteArray, pactTarget);
        QFETCH(QString, description);
        BrokerClient client(connection());
        auto *reply = client.fetchPact(PactSelection{consumer, u"Bar"_qs, branch, tag, version});
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QList<QByteArray> targets;
        for (const auto &r : m_broker->requests())
            targets << r.target;
        QList<QByteArray> expected{"/"};
        if (!listTarget.isEmpty())
            expected << listTarget;
        expected << pactTarget;
        QCOMPARE(targets, expected);
        const BrokerPact &p = reply->value();
        QCOMPARE(p.pact.consumer.name, consumer);
        QCOMPARE(p.pact.interactions.first().description, description);
        QVERIFY(p.pact.extra.isEmpty());
        QVERIFY(p.links().contains(u"pb:publish-verification-results"));
        QVERIFY(p.verificationResultsUrl.path().endsWith(u"/verification-results"));
    }

    void fetchedPactIsThePublishedPact()
    {
        BrokerClient client(connection());
        auto *reply = client.fetchPact(PactSelection{u"Consumer 2"_qs, u"Bar"_qs, {}, {}, u"2.0.0"_qs});
        QVERIFY(finishes(reply));
        QVERIFY(reply->ok());
        const BrokerPact &p = reply->value();
        QCOMPARE(p.pact, *PactReader::read(Test::pactJson(u"Consumer 2"_qs, u"Bar"_qs, u"c2"_qs, u"4.0"_qs)).pact);
        QCOMPARE(p.pact.specVersion, SpecVersion::V4);
        QCOMPARE(p.brokerKeys.value(u"createdAt"), u"2024-05-01T10:00:00+00:00"_qs);
        QCOMPARE(p.consumerVersion, u"2.0.0"_qs);
        QTemporaryFile file;
        QVERIFY(file.open());
        QVERIFY(PactWriter::writeFile(file.fileName(), p.pact, p.pact.specVersion));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains("_links"));
        QVERIFY(!saved.contains("createdAt"));
    }

    void fetchMissingConsumerIsNotFound()
    {
        BrokerClient client(connection());
        auto *reply = client.fetchPact(PactSelection{u"Nobody"_qs, u"Bar"_qs, {}, {}, {}});
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::NotFound);
        QCOMPARE(reply->error().message, u"the latest pact from 'Nobody' to 'Bar' not found on the broker"_qs);
        auto *byVersion = client.fetchPact(PactSelection{u"Foo"_qs, u"Bar"_qs, {}, {}, u"9.9"_qs});
        QVERIFY(finishes(byVersion));
        QCOMPARE(byVersion->error().kind, Kind::NotFound);
        QVERIFY(byVersion->error().message.startsWith(u"the pact from 'Foo' to 'Bar' for consumer version '9.9' not found on the broker (404)"));
    }

    void pactsForVerificationRequest_data()
    {
        QTest::addColumn<PactsForVerificationRequest>("request");
        QTest::addColumn<QJsonObject>("body");
        PactsForVerificationRequest minimal;
        minimal.providerName = u"Bar"_qs;
        QTest::addRow("minimal (compat suite)") << minimal << obj(R"({"consumerVersionSelectors": [], "includePendingStatus": false})");
        PactsForVerificationRequest full = minimal;
        full.consumerVersionSelectors = {ConsumerVersionSelector::mainBranchSelector(),
                                         ConsumerVersionSelector::branchSelector(u"feat-x"_qs, u"main"_qs),
                                         ConsumerVersionSelector::deployedSelector(u"production"_qs),
                                         ConsumerVersionSelector::tagSelector(u"prod"_qs)};
        full.providerVersionBranch = u"main"_qs;
        full.providerVersionTags = {u"main"_qs};
        full.includePendingStatus = true;
        full.includeWipPactsSince = u"2020-01-01"_qs;
        QTest::addRow("selectors, pending, wip") << full << obj(R"({"consumerVersionSelectors": [{"mainBranch": true},
            {"branch": "feat-x", "fallbackBranch": "main"}, {"deployed": true, "environment": "production"},
            {"tag": "prod", "latest": true}], "providerVersionBranch": "main", "providerVersionTags": ["main"],
            "includePendingStatus": true, "includeWipPactsSince": "2020-01-01"})");
    }
    void pactsForVerificationRequest()
    {
        QFETCH(PactsForVerificationRequest, request);
        QFETCH(QJsonObject, body);
        BrokerClient client(connection());
        auto *reply = client.pactsForVerification(request);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const auto posts = m_broker->requests("POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().target, QByteArray("/pacts/provider/Bar/for-verification"));
        QCOMPARE(posts.first().header("content-type"), QByteArray("application/json"));
        QCOMPARE(posts.first().header("accept"), QByteArray("application/hal+json, application/json"));
        QCOMPARE(posts.first().json(), body);
    }

    void pactsForVerificationKeepNoticesAndPending()
    {
        m_broker->setPending(u"Consumer 2"_qs, true);
        m_broker->setWip(u"Foo"_qs);
        PactsForVerificationRequest request;
        request.providerName = u"Bar"_qs;
        request.consumerVersionSelectors = {ConsumerVersionSelector::mainBranchSelector()};
        request.includePendingStatus = true;
        request.includeWipPactsSince = u"2020-01-01"_qs;
        BrokerClient client(connection());
        auto *reply = client.pactsToVerify(request);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<BrokerPact> &pacts = reply->value();
        QCOMPARE(pacts.size(), 2);
        QCOMPARE(pacts.at(0).pact.consumer.name, u"Consumer 2"_qs);
        QCOMPARE(pacts.at(0).pending, std::optional<bool>(true));
        QVERIFY(!pacts.at(0).wip);
        QCOMPARE(pacts.at(1).pact.consumer.name, u"Foo"_qs);
        QVERIFY(pacts.at(1).wip);
        QCOMPARE(pacts.at(0).shortDescription, u"latest from main branch"_qs);
        QCOMPARE(pacts.at(0).notices.size(), 1);
        QCOMPARE(pacts.at(0).notices.first().when, u"before_verification"_qs);
        QVERIFY(pacts.at(0).notices.first().text.startsWith(u"The pact at "));
        // The metadata segment survives into the results URL.
        QVERIFY(pacts.at(0).url.path().contains(u"/metadata/c1tdW2xdPXRydWU"));
        QVERIFY(pacts.at(0).verificationResultsUrl.toEncoded().contains("/pacts/provider/Bar/consumer/Consumer%202/pact-version/"));
    }

    void pendingAbsentUnlessAsked()
    {
        PactsForVerificationRequest request;
        request.providerName = u"Bar"_qs;
        BrokerClient client(connection());
        auto *reply = client.pactsForVerification(request);
        QVERIFY(finishes(reply));
        QVERIFY(reply->ok());
        QCOMPARE(reply->value().size(), 2);
        QVERIFY(!reply->value().first().pending.has_value());
    }

    void authHeaders_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QByteArray>("header");
        QTest::addRow("none") << int(BrokerConnection::Auth::None) << QByteArray();
        QTest::addRow("basic") << int(BrokerConnection::Auth::Basic) << QByteArray("Basic ") + QByteArray("ci:pa55 word").toBase64();
        QTest::addRow("bearer") << int(BrokerConnection::Auth::Bearer) << QByteArray("Bearer tok-XYZ");
    }
    void authHeaders()
    {
        QFETCH(int, auth);
        QFETCH(QByteArray, header);
        if (auth == int(BrokerConnection::Auth::Basic))
            m_broker->requireBasic(u"ci"_qs, u"pa55 word"_qs);
        if (auth == int(BrokerConnection::Auth::Bearer))
            m_broker->requireBearer(u"tok-XYZ"_qs);
        BrokerConnection c = connection();
        c.auth = BrokerConnection::Auth(auth);
        c.username = u"ci"_qs;
        c.password = u"pa55 word"_qs;
        c.token = u"tok-XYZ"_qs;
        BrokerClient client(c);
        auto *reply = client.pacticipants();
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        for (const auto &r : m_broker->requests())
            QCOMPARE(r.header("authorization"), header);
    }

    void credentialsInTheUrlBecomeBasicAuth()
    {
        m_broker->requireBasic(u"ci"_qs, u"url-pass"_qs);
        BrokerConnection c = connection();
        c.baseUrl.setUserInfo(u"ci:url-pass"_qs);
        BrokerClient client(c);
        QCOMPARE(client.connection().auth, BrokerConnection::Auth::Basic);
        QVERIFY(client.connection().baseUrl.userInfo().isEmpty());
        auto *reply = client.latestPacts();
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(m_broker->requests().first().header("authorization"), "Basic " + QByteArray("ci:url-pass").toBase64());
    }

    void replyFinishesFromTheEventLoop()
    {
        BrokerConnection c;
        BrokerClient client(c);
        auto *reply = client.index(); // fails at once (no base URL) …
        QVERIFY(!reply->isFinished()); // … but only reports from the event loop
        QSignalSpy spy(reply, &BrokerReplyBase::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBrokerClient)
#include "tst_brokerclient.moc"
