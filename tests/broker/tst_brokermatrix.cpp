// SPDX-License-Identifier: MIT
// BrokerClient's matrix calls against the local test broker: integrations() for the contract
// network (also at 200 pacticipants / 1,000 integrations), the matrix with every selector kind,
// can-i-deploy, and their errors. (Environments and deployments: tst_brokerdeploy.cpp.)

#include "brokertestwait.h"
#include "deploytestdata.h"
#include "testbroker.h"

#include <core/broker/brokerclient.h>

#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::finishes;
using Pactbench::Test::TestBroker;
using Kind = BrokerError::Kind;
using Status = IntegrationSummary::Status;

namespace {

MatrixSelector sel(const QString &pacticipant, const QString &version = {})
{
    MatrixSelector s;
    s.pacticipant = pacticipant;
    s.version = version;
    return s;
}

/// "OrderWeb 1.1.0 → OrderService 2.0.0 false" per row ("?" for no verification, "[ignored]" appended).
QStringList rowsOf(const Matrix &m)
{
    QStringList out;
    for (const MatrixRow &r : m.rows) {
        out << r.consumer + u' ' + r.consumerVersion.number + u" \u2192 "_qs + r.provider + u' '
                + (r.providerVersion.number.isEmpty() ? u"-"_qs : r.providerVersion.number) + u' '
                + (r.success ? (*r.success ? u"true"_qs : u"false"_qs) : u"?"_qs) + (r.ignored ? u" [ignored]"_qs : QString());
    }
    return out;
}

QString deployableText(const std::optional<bool> &d)
{
    return d ? (*d ? u"true"_qs : u"false"_qs) : u"null"_qs;
}

} // namespace

class TestBrokerMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<BrokerClient> m_client;

    const IntegrationSummary *find(const QList<IntegrationSummary> &list, const QString &consumer, const QString &provider)
    {
        for (const IntegrationSummary &s : list) {
            if (s.consumer == consumer && s.provider == provider)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        QVERIFY(Test::fillOrders(*m_broker));
        m_client = std::make_unique<BrokerClient>(Test::connectionTo(*m_broker));
    }
    void cleanup()
    {
        m_client.reset();
        m_broker.reset();
    }

    void integrations_data()
    {
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<int>("orderServiceStatus");
        QTest::addColumn<QString>("orderServiceVersion");
        QTest::addColumn<int>("paymentsStatus");
        // OrderWeb's latest pact (1.1.0): its latest verification overall, on a branch, in an environment.
        QTest::newRow("latest") << QString() << QString() << int(Status::Verified) << u"2.1.0"_qs << int(Status::Unverified);
        QTest::newRow("branch main") << u"main"_qs << QString() << int(Status::Verified) << u"2.1.0"_qs << int(Status::Unverified);
        QTest::newRow("branch without versions") << u"feat-x"_qs << QString() << int(Status::Unverified) << QString() << int(Status::Unverified);
        QTest::newRow("production") << QString() << u"production"_qs << int(Status::Failed) << u"2.0.0"_qs << int(Status::Unverified);
        QTest::newRow("test (empty)") << QString() << u"test"_qs << int(Status::Unverified) << QString() << int(Status::Unverified);
    }
    void integrations()
    {
        QFETCH(QString, branch);
        QFETCH(QString, environment);
        QFETCH(int, orderServiceStatus);
        QFETCH(QString, orderServiceVersion);
        QFETCH(int, paymentsStatus);
        auto *reply = m_client->integrations(branch, environment);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<IntegrationSummary> list = reply->value();
        QCOMPARE(list.size(), 2);
        const IntegrationSummary *service = find(list, u"OrderWeb"_qs, u"OrderService"_qs);
        const IntegrationSummary *payments = find(list, u"OrderWeb"_qs, u"Payments"_qs);
        QVERIFY(service && payments);
        QCOMPARE(service->consumerVersion, u"1.1.0"_qs);
        QCOMPARE(int(service->status), orderServiceStatus);
        QCOMPARE(service->providerVersion, orderServiceVersion);
        QCOMPARE(service->verificationUrl.isEmpty(), orderServiceVersion.isEmpty());
        QCOMPARE(service->verifiedAt.isValid(), !orderServiceVersion.isEmpty());
        QCOMPARE(int(payments->status), paymentsStatus);
        QVERIFY(service->pactUrl.toString().endsWith(u"/pacts/provider/OrderService/consumer/OrderWeb/latest"_qs));
        QCOMPARE(service->matrixUrl.path(), u"/matrix/provider/OrderService/consumer/OrderWeb"_qs);
        // One matrix query per provider, asking for exactly the branch or environment.
        const QList<Test::RecordedRequest> queries = m_broker->requests("GET", u"/matrix"_qs);
        QCOMPARE(queries.size(), 2);
        for (const Test::RecordedRequest &q : queries) {
            QCOMPARE(q.query.queryItemValue(u"q[][branch]"_qs, QUrl::FullyDecoded), branch);
            QCOMPARE(q.query.queryItemValue(u"q[][environment]"_qs, QUrl::FullyDecoded), environment);
            QCOMPARE(q.query.queryItemValue(u"latestby"_qs), u"cvp"_qs);
        }
    }

    void integrationsAtScale()
    {
        TestBroker big;
        QVERIFY(big.start());
        big.populate(200, 1000);
        QCOMPARE(big.pacts().size(), 1000);
        BrokerClient client(Test::connectionTo(big));
        auto *reply = client.integrations({}, u"production"_qs);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->value().size(), 1000);
        int failed = 0, verified = 0;
        for (const IntegrationSummary &s : reply->value()) {
            failed += s.status == Status::Failed;
            verified += s.status == Status::Verified;
        }
        QCOMPARE(failed, 142); // every seventh: 6, 13, …, 993
        QCOMPARE(verified, 1000 - 142);
        // Bounded: one matrix query per provider (199 providers: service-000 is nobody's provider).
        QCOMPARE(big.requests("GET", u"/matrix"_qs).size(), 199);
    }

    void integrationsFailWithTheMatrix()
    {
        m_broker->setOverride("GET", u"/matrix"_qs, {500, "{}", "application/hal+json", 0, {}});
        auto *reply = m_client->integrations();
        QVERIFY(finishes(reply));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, Kind::Server);
    }

    void matrix_data()
    {
        QTest::addColumn<MatrixQuery>("query");
        QTest::addColumn<QString>("deployable");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("reason");

        MatrixQuery q;
        q.selectors = {sel(u"OrderWeb"_qs, u"1.0.0"_qs)};
        q.toEnvironment = u"production"_qs;
        q.latestBy = u"cvpv"_qs;
        QTest::newRow("version to environment, verified") << q << u"true"_qs
            << QStringList{u"OrderWeb 1.0.0 \u2192 OrderService 2.0.0 true"_qs}
            << u"All required verification results are published and successful"_qs;

        q.selectors = {sel(u"OrderWeb"_qs, u"1.1.0"_qs)};
        QTest::newRow("missing and failed verification") << q << u"null"_qs
            << QStringList{u"OrderWeb 1.1.0 \u2192 OrderService 2.0.0 false"_qs, u"OrderWeb 1.1.0 \u2192 Payments - ?"_qs}
            << u"The verification for the pact between version 1.1.0 of OrderWeb and the version of OrderService currently in production (2.0.0) failed\n"
               u"There is no verified pact between version 1.1.0 of OrderWeb and the version of Payments currently in production (3.0.0)"_qs;

        q.ignore = {MatrixIgnore{u"Payments"_qs, {}}};
        QTest::newRow("failed, one pacticipant ignored") << q << u"false"_qs
            << QStringList{u"OrderWeb 1.1.0 \u2192 OrderService 2.0.0 false"_qs, u"OrderWeb 1.1.0 \u2192 Payments - ? [ignored]"_qs}
            << u"The verification for the pact between version 1.1.0 of OrderWeb and the version of OrderService currently in production (2.0.0) failed\n"
               u"Ignoring: There is no verified pact between version 1.1.0 of OrderWeb and the version of Payments currently in production (3.0.0)"_qs;

        q.ignore = {MatrixIgnore{u"Nobody"_qs, {}}};
        q.selectors = {sel(u"OrderWeb"_qs, u"1.0.0"_qs)};
        QTest::newRow("ignoring a pacticipant that does not exist") << q << u"true"_qs
            << QStringList{u"OrderWeb 1.0.0 \u2192 OrderService 2.0.0 true"_qs}
            << u"WARN: Cannot ignore any version of Nobody (no such pacticipant exists)\n"
               u"All required verification results are published and successful"_qs;

        q = {};
        q.selectors = {sel(u"OrderWeb"_qs, u"9.9.9"_qs)};
        q.toEnvironment = u"production"_qs;
        QTest::newRow("unknown version") << q << u"false"_qs << QStringList{}
            << u"No pacts or verifications have been published for version 9.9.9 of OrderWeb"_qs;

        q = {};
        q.selectors = {sel(u"OrderWeb"_qs, u"1.0.0"_qs)};
        q.toTag = u"prod"_qs;
        q.latest = true;
        q.latestBy = u"cvp"_qs;
        QTest::newRow("to tag") << q << u"true"_qs << QStringList{u"OrderWeb 1.0.0 \u2192 OrderService 2.0.0 true"_qs}
            << u"All required verification results are published and successful"_qs;

        q = {};
        MatrixSelector web = sel(u"OrderWeb"_qs);
        web.latest = true;
        web.branch = u"main"_qs;
        MatrixSelector service = sel(u"OrderService"_qs);
        service.latest = true;
        service.branch = u"main"_qs;
        q.selectors = {web, service};
        q.latestBy = u"cvpv"_qs;
        QTest::newRow("latest of two branches") << q << u"true"_qs << QStringList{u"OrderWeb 1.1.0 \u2192 OrderService 2.1.0 true"_qs}
            << u"WARN: It is recommended to specify the version number (rather than the tag or branch) of the pacticipant you wish to deploy to avoid race conditions. Without a version number, this result will not be reliable.\n"
               u"All required verification results are published and successful"_qs;

        web = sel(u"OrderWeb"_qs);
        web.mainBranch = true;
        web.latest = true;
        q.selectors = {web, sel(u"OrderService"_qs, u"2.0.0"_qs)};
        QTest::newRow("main branch with a version") << q << u"false"_qs << QStringList{u"OrderWeb 1.1.0 \u2192 OrderService 2.0.0 false"_qs}
            << u"The verification for the pact between the latest version of OrderWeb from branch main (1.1.0) and version 2.0.0 of OrderService failed"_qs;

        MatrixSelector tagged = sel(u"OrderService"_qs);
        tagged.tag = u"prod"_qs;
        tagged.latest = true;
        q.selectors = {sel(u"OrderWeb"_qs, u"1.0.0"_qs), tagged};
        QTest::newRow("latest with tag") << q << u"true"_qs << QStringList{u"OrderWeb 1.0.0 \u2192 OrderService 2.0.0 true"_qs}
            << u"All required verification results are published and successful"_qs;

        MatrixSelector deployed = sel(u"OrderService"_qs);
        deployed.environment = u"production"_qs;
        q.selectors = {sel(u"OrderWeb"_qs, u"1.1.0"_qs), deployed};
        QTest::newRow("selector by environment") << q << u"false"_qs << QStringList{u"OrderWeb 1.1.0 \u2192 OrderService 2.0.0 false"_qs}
            << u"The verification for the pact between version 1.1.0 of OrderWeb and the version of OrderService currently in production (2.0.0) failed"_qs;

        q = {};
        q.selectors = {sel(u"OrderWeb"_qs, u"1.0.0"_qs)};
        q.latest = true;
        q.latestBy = u"cvp"_qs;
        QTest::newRow("no target: with the latest of each") << q << u"null"_qs << QStringList{u"OrderWeb 1.0.0 \u2192 OrderService - ?"_qs}
            << u"WARN: It is recommended to specify the environment into which you are deploying. Without the environment, this result will not be reliable.\n"
               u"There is no verified pact between version 1.0.0 of OrderWeb and the latest version of OrderService (2.1.0)"_qs;

        q = {};
        q.selectors = {sel(u"OrderService"_qs, u"2.1.0"_qs)};
        q.toEnvironment = u"production"_qs;
        q.latestBy = u"cvpv"_qs;
        QTest::newRow("provider to environment") << q << u"null"_qs << QStringList{u"OrderWeb 1.0.0 \u2192 OrderService - ?"_qs}
            << u"There is no verified pact between the version of OrderWeb currently in production (1.0.0) and version 2.1.0 of OrderService"_qs;
    }
    void matrix()
    {
        QFETCH(MatrixQuery, query);
        QFETCH(QString, deployable);
        QFETCH(QStringList, rows);
        QFETCH(QString, reason);
        auto *reply = m_client->matrix(query);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const Matrix m = reply->value();
        QCOMPARE(deployableText(m.summary.deployable), deployable);
        QCOMPARE(rowsOf(m), rows);
        QCOMPARE(m.summary.reason, reason);
        QCOMPARE(m.notices.size(), reason.split(u'\n').size());
        int success = 0, failed = 0, unknown = 0, ignored = 0;
        for (const MatrixRow &r : m.rows) {
            ignored += r.ignored;
            success += !r.ignored && r.success == true;
            failed += !r.ignored && r.success == false;
            unknown += !r.ignored && !r.success;
        }
        QCOMPARE(m.summary.success, success);
        QCOMPARE(m.summary.failed, failed);
        QCOMPARE(m.summary.unknown, unknown);
        QCOMPARE(m.summary.ignored, ignored);
        QCOMPARE(m.document.value(u"matrix").toArray().size(), rows.size());
        // The query went out as the broker reads it: each selector's fields after its pacticipant.
        const Test::RecordedRequest sent = m_broker->requests("GET", u"/matrix"_qs).constLast();
        const auto items = sent.query.queryItems(QUrl::FullyDecoded);
        QCOMPARE(items.value(0).first, u"q[][pacticipant]"_qs);
        QCOMPARE(items.value(0).second, query.selectors.first().pacticipant);
        QCOMPARE(sent.query.queryItemValue(u"environment"_qs), query.toEnvironment);
    }

    void rowDetails()
    {
        MatrixQuery q;
        q.selectors = {sel(u"OrderWeb"_qs, u"1.1.0"_qs), sel(u"OrderService"_qs, u"2.1.0"_qs)};
        auto *reply = m_client->matrix(q);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->value().rows.size(), 1);
        const MatrixRow row = reply->value().rows.first();
        QCOMPARE(row.consumerVersion.branch, u"main"_qs);
        QCOMPARE(row.providerVersion.number, u"2.1.0"_qs);
        QVERIFY(row.consumerVersion.url.toString().endsWith(u"/pacticipants/OrderWeb/versions/1.1.0"_qs));
        QVERIFY(row.pactUrl.toString().endsWith(u"/pacts/provider/OrderService/consumer/OrderWeb/version/1.1.0"_qs));
        QVERIFY(row.verificationUrl.toString().contains(u"/verification-results/"_qs));
        QVERIFY(row.verifiedAt.isValid());
        QVERIFY(row.pactCreatedAt.isValid());
        QCOMPARE(row.consumerUrl.path(), u"/pacticipants/OrderWeb"_qs);
    }

    void canIDeployUsesTheBrokersResource()
    {
        MatrixQuery q;
        q.selectors = {sel(u"OrderWeb"_qs, u"1.0.0"_qs)};
        q.toEnvironment = u"production"_qs;
        auto *reply = m_client->canIDeploy(q);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->value().summary.deployable, std::optional<bool>(true));
        const QList<Test::RecordedRequest> sent = m_broker->requests("GET", u"/can-i-deploy"_qs);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().query.queryItemValue(u"environment"_qs), u"production"_qs);
        // Without the relation in the index: /matrix, with the reference client's latestby.
        m_broker->dropRelation(u"pb:can-i-deploy-pacticipant-version-to-environment"_qs);
        BrokerClient fresh(Test::connectionTo(*m_broker));
        auto *again = fresh.canIDeploy(q);
        QVERIFY(finishes(again));
        QVERIFY2(again->ok(), qPrintable(again->error().toString()));
        const Test::RecordedRequest matrixRequest = m_broker->requests("GET", u"/matrix"_qs).constLast();
        QCOMPARE(matrixRequest.query.queryItemValue(u"latestby"_qs), u"cvpv"_qs);
        QCOMPARE(again->value().summary, reply->value().summary);
    }

    void matrixErrors_data()
    {
        QTest::addColumn<MatrixQuery>("query");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no selector") << MatrixQuery{} << int(Kind::InvalidArgument) << u"at least one selector"_qs;
        MatrixQuery q;
        q.selectors = {sel(u"OrderWeb"_qs), sel(QString())};
        QTest::newRow("selector without name") << q << int(Kind::InvalidArgument) << u"selector 2 has no pacticipant name"_qs;
        q.selectors = {sel(u"OrderWeb"_qs)};
        q.latestBy = u"cv"_qs;
        QTest::newRow("bad latestby") << q << int(Kind::InvalidArgument) << u"'cv'"_qs;
        q.latestBy.clear();
        q.toEnvironment = u"production"_qs;
        q.toTag = u"prod"_qs;
        QTest::newRow("environment and tag") << q << int(Kind::InvalidArgument) << u"not both"_qs;
        q = {};
        q.selectors = {sel(u"Nobody"_qs, u"1"_qs)};
        QTest::newRow("unknown pacticipant") << q << int(Kind::Validation) << u"Pacticipant Nobody not found"_qs;
        q.selectors = {sel(u"OrderWeb"_qs, u"1.0.0"_qs)};
        q.toEnvironment = u"staging"_qs;
        QTest::newRow("unknown environment") << q << int(Kind::Validation) << u"staging"_qs;
    }
    void matrixErrors()
    {
        QFETCH(MatrixQuery, query);
        QFETCH(int, kind);
        QFETCH(QString, message);
        auto *reply = m_client->matrix(query);
        QVERIFY(finishes(reply));
        QVERIFY(!reply->ok());
        QCOMPARE(int(reply->error().kind), kind);
        QVERIFY2(reply->error().toString().contains(message), qPrintable(reply->error().toString()));
        if (kind == int(Kind::InvalidArgument))
            QVERIFY(m_broker->requests().isEmpty());
    }

    void matrixNotAMatrix()
    {
        m_broker->setOverride("GET", u"/matrix"_qs, {200, "{\"matrix\": 1}", "application/hal+json", 0, {}});
        MatrixQuery q;
        q.selectors = {sel(u"OrderWeb"_qs)};
        auto *reply = m_client->matrix(q);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::InvalidResponse);
    }
};

QTEST_GUILESS_MAIN(TestBrokerMatrix)
#include "tst_brokermatrix.moc"
