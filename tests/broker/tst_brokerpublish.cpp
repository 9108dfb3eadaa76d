// SPDX-License-Identifier: MIT
// BrokerClient's writing calls against the local test broker: publish contracts, the legacy PUT
// route, version branch/tags, verification results; the exact requests and the typed failures.

#include "brokertestwait.h"
#include "brokertestdata.h"
#include "testbroker.h"

#include <core/broker/brokerclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::finishes;
using Pactbench::Test::TestBroker;
using Kind = BrokerError::Kind;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

PublishPactsRequest publishRequest()
{
    PublishPactsRequest r;
    r.pacticipantName = u"Web App"_qs;
    r.pacticipantVersionNumber = u"3.0.0"_qs;
    r.branch = u"main"_qs;
    r.tags = {u"main"_qs, u"dev"_qs};
    r.buildUrl = u"https://ci/builds/9"_qs;
    r.contracts = {{u"Web App"_qs, u"Bar"_qs, Test::pactJson(u"Web App"_qs, u"Bar"_qs)},
                   {u"Web App"_qs, u"Baz"_qs, Test::pactJson(u"Web App"_qs, u"Baz"_qs)}};
    return r;
}

VerificationResults results()
{
    VerificationResults v;
    v.success = true;
    v.providerApplicationVersion = u"0.0.0"_qs;
    v.verifierVersion = u"4.5.7"_qs;
    v.verifierName = u"Pact-JVM"_qs;
    v.testResults = {{u"ID1"_qs, {}, true, {}, {}}};
    return v;
}

} // namespace

class TestBrokerPublish : public QObject
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

    void publishContracts()
    {
        BrokerClient client(connection());
        auto *reply = client.publishPacts(publishRequest());
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const auto posts = m_broker->requests("POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().target, QByteArray("/contracts/publish"));
        QCOMPARE(posts.first().header("content-type"), QByteArray("application/json"));
        const QJsonObject body = posts.first().json();
        QJsonObject expected = obj(R"({"pacticipantName": "Web App", "pacticipantVersionNumber": "3.0.0", "branch": "main",
            "tags": ["main", "dev"], "buildUrl": "https:\/\/ci/builds/9"})");
        QJsonArray contracts;
        for (const char16_t *provider : {u"Bar", u"Baz"}) {
            const QString p = QString::fromUtf16(provider);
            contracts.append(QJsonObject{{u"consumerName"_qs, u"Web App"_qs}, {u"providerName"_qs, p},
                                         {u"specification"_qs, u"pact"_qs}, {u"contentType"_qs, u"application/json"_qs},
                                         {u"content"_qs, QString::fromLatin1(Test::pactJson(u"Web App"_qs, p).toBase64())}});
        }
        expected.insert(u"contracts"_qs, contracts);
        QCOMPARE(body, expected);
        const PublishPactsResult &result = reply->value();
        QVERIFY(!result.usedLegacyRoute);
        QCOMPARE(result.notices.size(), 2);
        QCOMPARE(result.notices.first().type, u"success"_qs);
        QCOMPARE(result.pactUrls.first().path(), u"/pacts/provider/Bar/consumer/Web App/version/3.0.0"_qs);
        QCOMPARE(m_broker->pacts().size(), 6);
        QCOMPARE(m_broker->pacts().last().branch, u"main"_qs);
    }

    void legacyRouteWhenPublishContractsIsMissing()
    {
        m_broker->setPublishContracts(false);
        BrokerClient client(connection());
        auto *reply = client.publishPacts(publishRequest());
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QList<QByteArray> sent;
        for (const auto &r : m_broker->requests())
            sent << r.method + ' ' + r.target;
        QCOMPARE(sent, QList<QByteArray>({"GET /", "PUT /pacticipants/Web%20App/branches/main/versions/3.0.0",
                                          "PUT /pacticipants/Web%20App/versions/3.0.0/tags/main",
                                          "PUT /pacticipants/Web%20App/versions/3.0.0/tags/dev",
                                          "PUT /pacts/provider/Bar/consumer/Web%20App/version/3.0.0",
                                          "PUT /pacts/provider/Baz/consumer/Web%20App/version/3.0.0"}));
        const auto puts = m_broker->requests("PUT", u"/pacts/"_qs);
        QCOMPARE(puts.first().body, Test::pactJson(u"Web App"_qs, u"Bar"_qs));
        QCOMPARE(puts.first().header("content-type"), QByteArray("application/json"));
        QVERIFY(reply->value().usedLegacyRoute);
        QCOMPARE(reply->value().pactUrls.size(), 2);
        QCOMPARE(reply->value().notices.size(), 1); // the build URL could not be recorded
        QCOMPARE(reply->value().notices.first().type, u"warning"_qs);
    }

    void conflict()
    {
        PublishPactsRequest r = publishRequest();
        r.pacticipantName = u"Foo"_qs;
        r.pacticipantVersionNumber = u"1.0.0"_qs; // already published with other content
        r.contracts = {{u"Foo"_qs, u"Bar"_qs, Test::pactJson(u"Foo"_qs, u"Bar"_qs, u"changed"_qs)}};
        BrokerClient client(connection());
        auto *reply = client.publishPacts(r);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Conflict);
        QCOMPARE(reply->error().httpStatus, 409);
        QVERIFY(reply->error().message.startsWith(u"the broker refused the pacts of 'Foo' version '1.0.0': conflict"));
        QCOMPARE(reply->error().fieldErrors.value(u"content"_qs).size(), 1);
        QCOMPARE(reply->error().notices, QStringList{u"Cannot change the content of the pact"_qs});
    }

    void legacyConflict()
    {
        m_broker->setPublishContracts(false);
        PublishPactsRequest r;
        r.pacticipantName = u"Foo"_qs;
        r.pacticipantVersionNumber = u"1.0.0"_qs;
        r.contracts = {{u"Foo"_qs, u"Bar"_qs, Test::pactJson(u"Foo"_qs, u"Bar"_qs, u"changed"_qs)}};
        BrokerClient client(connection());
        auto *reply = client.publishPacts(r);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Conflict);
        QCOMPARE(reply->error().fieldErrors.value(QString()), QStringList{u"Cannot change the content of the pact"_qs});
    }

    void validationErrorsAreReadable()
    {
        m_broker->setOverride("POST", u"/contracts/publish"_qs,
                              {400, R"({"errors": {"contracts": [{"content": ["is not valid JSON"]}], "branch": ["must not be blank"]}})",
                               "application/hal+json", 0, {}});
        BrokerClient client(connection());
        auto *reply = client.publishPacts(publishRequest());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::Validation);
        QCOMPARE(reply->error().toString(),
                 u"the broker rejected the pacts of 'Web App' version '3.0.0' (400) (POST "_qs + m_broker->baseUrl().toString()
                     + u"/contracts/publish)\n  branch: must not be blank\n  contracts: content: is not valid JSON"_qs);
    }

    void unusableRequestIsRefusedLocally()
    {
        PublishPactsRequest r = publishRequest();
        r.pacticipantVersionNumber.clear();
        BrokerClient client(connection());
        auto *reply = client.publishPacts(r);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::InvalidArgument);
        QVERIFY(m_broker->requests().isEmpty());
    }

    void recordProviderVersion()
    {
        BrokerClient client(connection());
        auto *reply = client.recordPacticipantVersion(u"Bar"_qs, u"abc 1"_qs, u"feat/x"_qs, {u"main"_qs});
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QList<QByteArray> sent;
        for (const auto &r : m_broker->requests("PUT"))
            sent << r.target;
        QCOMPARE(sent, QList<QByteArray>({"/pacticipants/Bar/branches/feat%2Fx/versions/abc%201",
                                          "/pacticipants/Bar/versions/abc%201/tags/main"}));
        QCOMPARE(reply->value().urls.size(), 2);
        QVERIFY(reply->value().notices.isEmpty());
    }

    void recordProviderVersionOnAnOlderBroker_data()
    {
        // An index without the branch (before 2.86.0) or tag relation: that PUT is skipped with a
        // warning notice, the call succeeds, and the caller publishes its results all the same.
        QTest::addColumn<QStringList>("dropped");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QList<QByteArray>>("puts");
        QTest::addColumn<QStringList>("warnings"); // what each notice's text starts with
        const QByteArray branchPut = "/pacticipants/Bar/branches/main/versions/1.2.3";
        const QByteArray tagPut = "/pacticipants/Bar/versions/1.2.3/tags/";
        const QString branchRel = u"pb:pacticipant-branch-version"_qs;
        const QString tagRel = u"pb:pacticipant-version-tag"_qs;
        const QString noBranches = u"the broker does not support branches (its index has no 'pb:pacticipant-branch-version'): "
                                   "branch 'main' of version '1.2.3' of 'Bar' was not recorded; upgrade to Pact Broker 2.86.0 "
                                   "or later for branch support"_qs;
        const QString noTags = u"the broker does not support version tags (its index has no 'pb:pacticipant-version-tag'): "_qs;
        QTest::addRow("with the relations: branch and tags PUT")
            << QStringList{} << u"main"_qs << QStringList{u"prod"_qs} << QList<QByteArray>{branchPut, tagPut + "prod"} << QStringList{};
        QTest::addRow("no branch relation: branch skipped, warned")
            << QStringList{branchRel} << u"main"_qs << QStringList{} << QList<QByteArray>{} << QStringList{noBranches};
        QTest::addRow("no branch relation, tags: only the tags PUT")
            << QStringList{branchRel} << u"main"_qs << QStringList{u"prod"_qs} << QList<QByteArray>{tagPut + "prod"}
            << QStringList{noBranches};
        QTest::addRow("no branch relation, no branch: nothing to say")
            << QStringList{branchRel} << QString() << QStringList{u"prod"_qs} << QList<QByteArray>{tagPut + "prod"} << QStringList{};
        QTest::addRow("no tag relation: the branch PUT, tags warned")
            << QStringList{tagRel} << u"main"_qs << QStringList{u"prod"_qs, u"dev"_qs} << QList<QByteArray>{branchPut}
            << QStringList{noTags + u"tags 'prod', 'dev' of version '1.2.3' of 'Bar' were not recorded"_qs};
        QTest::addRow("neither relation: two warnings, no PUT")
            << QStringList{branchRel, tagRel} << u"main"_qs << QStringList{u"prod"_qs} << QList<QByteArray>{}
            << QStringList{noBranches, noTags + u"tag 'prod' of version '1.2.3' of 'Bar' was not recorded"_qs};
    }

    void recordProviderVersionOnAnOlderBroker()
    {
        QFETCH(QStringList, dropped);
        QFETCH(QString, branch);
        QFETCH(QStringList, tags);
        QFETCH(QList<QByteArray>, puts);
        QFETCH(QStringList, warnings);
        for (const QString &rel : dropped)
            m_broker->dropRelation(rel);
        BrokerClient client(connection());
        auto *reply = client.recordPacticipantVersion(u"Bar"_qs, u"1.2.3"_qs, branch, tags);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QList<QByteArray> sent;
        for (const auto &r : m_broker->requests("PUT"))
            sent << r.target;
        QCOMPARE(sent, puts);
        QCOMPARE(reply->value().urls.size(), puts.size());
        QStringList texts;
        for (const BrokerNotice &n : reply->value().notices) {
            QCOMPARE(n.type, u"warning"_qs);
            texts << n.text;
        }
        QCOMPARE(texts, warnings);
    }

    void publishingPactsStillNeedsTheBranchRelation()
    {
        // The legacy publish route (no publish-contracts) keeps refusing a branch it cannot record:
        // only a verifier's results go ahead without it.
        m_broker->setPublishContracts(false);
        m_broker->dropRelation(u"pb:pacticipant-branch-version"_qs);
        BrokerClient client(connection());
        auto *reply = client.publishPacts(publishRequest());
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::MissingRelation);
        QVERIFY(m_broker->requests("PUT").isEmpty());
    }

    void publishVerificationResultsFromFetchedPact()
    {
        BrokerClient client(connection());
        PactsForVerificationRequest request;
        request.providerName = u"Bar"_qs;
        auto *pacts = client.pactsToVerify(request);
        QVERIFY(finishes(pacts));
        QVERIFY(pacts->ok());
        const BrokerPact pact = pacts->value().first();
        m_broker->clearRequests();
        auto *reply = client.publishVerificationResults(pact, results());
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const auto posts = m_broker->requests("POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().target, QByteArray("/pacts/provider/Bar/consumer/Consumer%202/pact-version/")
                     + m_broker->pacts().at(2).sha().toLatin1() + "/metadata/c1tdW2xdPXRydWU/verification-results");
        QCOMPARE(posts.first().header("content-type"), QByteArray("application/json"));
        // The body of the compatibility suite's "publish verification results for c_1".
        QCOMPARE(posts.first().json(), obj(R"({"providerApplicationVersion": "0.0.0", "success": true,
            "testResults": [{"interactionId": "ID1", "success": true}],
            "verifiedBy": {"implementation": "Pact-JVM", "version": "4.5.7"}})"));
        QVERIFY(reply->value().path().endsWith(u"/verification-results/1"));
        QCOMPARE(m_broker->verificationResults().size(), 1);
    }

    void publishResultsErrors()
    {
        BrokerClient client(connection());
        BrokerPact noLink;
        noLink.url = QUrl(u"http://x/pact"_qs);
        auto *missing = client.publishVerificationResults(noLink, results());
        QVERIFY(finishes(missing));
        QCOMPARE(missing->error().kind, Kind::MissingRelation);

        VerificationResults noVersion = results();
        noVersion.providerApplicationVersion.clear();
        auto *invalid = client.publishVerificationResults(QUrl(m_broker->baseUrl().toString() + u"/x"_qs), noVersion);
        QVERIFY(finishes(invalid));
        QCOMPARE(invalid->error().kind, Kind::InvalidArgument);

        const QString path = u"/pacts/provider/Bar/consumer/Foo/pact-version/nope/verification-results"_qs;
        auto *notFound = client.publishVerificationResults(QUrl(m_broker->baseUrl().toString() + path), results());
        QVERIFY(finishes(notFound));
        QCOMPARE(notFound->error().kind, Kind::NotFound);
        QVERIFY(notFound->error().message.startsWith(u"verification results for http://127.0.0.1:"));
    }
};

QTEST_GUILESS_MAIN(TestBrokerPublish)
#include "tst_brokerpublish.moc"
