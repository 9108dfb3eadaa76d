// SPDX-License-Identifier: MIT
// BrokerClient's deployment calls against the local test broker: environments, record-deployment,
// -release, -undeployment, -support-ended, describe-version, verification results in the matrix,
// and their errors.

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

namespace {

MatrixSelector sel(const QString &pacticipant, const QString &version = {})
{
    MatrixSelector s;
    s.pacticipant = pacticipant;
    s.version = version;
    return s;
}

} // namespace

class TestBrokerDeploy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<BrokerClient> m_client;

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

    void environments()
    {
        auto *reply = m_client->environments();
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<Environment> list = reply->value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, u"test"_qs);
        QVERIFY(!list.at(0).production);
        QCOMPARE(list.at(1).name, u"production"_qs);
        QCOMPARE(list.at(1).displayName, u"Production"_qs);
        QVERIFY(list.at(1).production);
        QCOMPARE(list.at(1).uuid, m_broker->environments().at(1).uuid);
        QCOMPARE(list.at(1).url.path(), u"/environments/"_qs + list.at(1).uuid);
    }

    void recordDeploymentAndUndeployment()
    {
        auto *reply = m_client->recordDeployment(u"OrderService"_qs, u"2.1.0"_qs, u"test"_qs, u"blue"_qs);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->value().environment, u"test"_qs);
        QCOMPARE(reply->value().version, u"2.1.0"_qs);
        QCOMPARE(reply->value().applicationInstance, u"blue"_qs);
        QVERIFY(reply->value().current && !reply->value().released);
        QCOMPARE(m_broker->deployments().constLast().environment, u"test"_qs);
        QCOMPARE(m_broker->requests("POST").constLast().json().value(u"applicationInstance").toString(), u"blue"_qs);

        auto *undeploy = m_client->recordUndeployment(u"OrderService"_qs, u"test"_qs, u"blue"_qs);
        QVERIFY(finishes(undeploy));
        QVERIFY2(undeploy->ok(), qPrintable(undeploy->error().toString()));
        QCOMPARE(undeploy->value().size(), 1);
        QVERIFY(!m_broker->deployments().constLast().current);
        QCOMPARE(m_broker->requests("PATCH").size(), 1);
        QCOMPARE(m_broker->requests("PATCH").first().header("content-type"), QByteArray("application/merge-patch+json"));

        auto *again = m_client->recordUndeployment(u"OrderService"_qs, u"test"_qs);
        QVERIFY(finishes(again));
        QCOMPARE(again->error().kind, Kind::NotFound);
        QVERIFY2(again->error().message.contains(u"OrderService is not currently deployed to test"_qs), qPrintable(again->error().message));
    }

    void recordReleaseAndSupportEnded()
    {
        auto *reply = m_client->recordRelease(u"OrderWeb"_qs, u"1.1.0"_qs, u"production"_qs);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->value().released);
        auto *ended = m_client->recordSupportEnded(u"OrderWeb"_qs, u"1.1.0"_qs, u"production"_qs);
        QVERIFY(finishes(ended));
        QVERIFY2(ended->ok(), qPrintable(ended->error().toString()));
        QCOMPARE(ended->value().size(), 1);
        QVERIFY(!m_broker->deployments().constLast().current);
        auto *none = m_client->recordSupportEnded(u"OrderWeb"_qs, u"1.0.0"_qs, u"production"_qs);
        QVERIFY(finishes(none));
        QCOMPARE(none->error().kind, Kind::NotFound);
    }

    void recordToUnknownEnvironment()
    {
        auto *reply = m_client->recordDeployment(u"OrderService"_qs, u"2.1.0"_qs, u"staging"_qs);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->error().kind, Kind::NotFound);
        QVERIFY2(reply->error().message.contains(u"offers test, production"_qs), qPrintable(reply->error().message));
        auto *version = m_client->recordDeployment(u"OrderService"_qs, u"9.9.9"_qs, u"test"_qs);
        QVERIFY(finishes(version));
        QCOMPARE(version->error().kind, Kind::NotFound);
    }

    void describeVersion()
    {
        m_broker->addDeployment(u"OrderService"_qs, u"2.0.0"_qs, u"test"_qs, true);
        auto *reply = m_client->describeVersion(u"OrderService"_qs, u"2.0.0"_qs);
        QVERIFY(finishes(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const VersionDescription d = reply->value();
        QCOMPARE(d.pacticipant, u"OrderService"_qs);
        QCOMPARE(d.number, u"2.0.0"_qs);
        QCOMPARE(d.branch, u"main"_qs);
        QCOMPARE(d.tags, QStringList{u"prod"_qs});
        QCOMPARE(d.deployedTo, QStringList{u"production"_qs});
        QCOMPARE(d.releasedTo, QStringList{u"test"_qs});

        auto *latest = m_client->describeVersion(u"OrderService"_qs, {});
        QVERIFY(finishes(latest));
        QCOMPARE(latest->value().number, u"2.1.0"_qs);
        QVERIFY(latest->value().deployedTo.isEmpty());
        auto *tagged = m_client->describeVersion(u"OrderService"_qs, {}, u"prod"_qs);
        QVERIFY(finishes(tagged));
        QCOMPARE(tagged->value().number, u"2.0.0"_qs);
        auto *missing = m_client->describeVersion(u"OrderService"_qs, u"9"_qs);
        QVERIFY(finishes(missing));
        QCOMPARE(missing->error().kind, Kind::NotFound);
    }

    void verificationResultsAreStored()
    {
        // A result published the normal way shows in the matrix.
        auto *pact = m_client->fetchPact(QUrl(m_broker->baseUrl().toString() + u"/pacts/provider/Payments/consumer/OrderWeb/version/1.1.0"_qs));
        QVERIFY(finishes(pact));
        QVERIFY2(pact->ok(), qPrintable(pact->error().toString()));
        VerificationResults results;
        results.success = true;
        results.providerApplicationVersion = u"3.0.0"_qs;
        auto *published = m_client->publishVerificationResults(pact->value(), results);
        QVERIFY(finishes(published));
        QVERIFY2(published->ok(), qPrintable(published->error().toString()));
        MatrixQuery q;
        q.selectors = {sel(u"OrderWeb"_qs, u"1.1.0"_qs), sel(u"Payments"_qs, u"3.0.0"_qs)};
        auto *reply = m_client->matrix(q);
        QVERIFY(finishes(reply));
        QCOMPARE(reply->value().rows.size(), 1);
        QCOMPARE(reply->value().rows.first().providerVersion.number, u"3.0.0"_qs);
        QCOMPARE(reply->value().rows.first().success, std::optional<bool>(true));
    }
};

QTEST_GUILESS_MAIN(TestBrokerDeploy)
#include "tst_brokerdeploy.moc"
