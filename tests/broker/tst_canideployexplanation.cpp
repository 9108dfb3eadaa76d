// SPDX-License-Identifier: MIT
// explainCanIDeploy(): for each kind of blocking reason, its sentence and its next step, and the verdict.

#include <core/broker/canideployexplanation.h>

#include <QTimeZone>
#include <QtTest>

using namespace Pactbench;
using Kind = BlockingReason::Kind;

namespace {

MatrixRow row(const QString &consumer, const QString &consumerVersion, const QString &provider,
              const QString &providerVersion, std::optional<bool> success)
{
    MatrixRow r;
    r.consumer = consumer;
    r.consumerVersion.number = consumerVersion;
    r.provider = provider;
    r.providerVersion.number = providerVersion;
    r.success = success;
    if (success) {
        r.verifiedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        r.verificationUrl = QUrl(u"http://broker/v/1"_qs);
    }
    return r;
}

MatrixQuery toProduction(const QString &pacticipant, const QString &version)
{
    MatrixQuery q;
    MatrixSelector s;
    s.pacticipant = pacticipant;
    s.version = version;
    q.selectors << s;
    q.toEnvironment = u"production"_qs;
    return q;
}

Matrix matrixOf(std::optional<bool> deployable, const QString &reason, const QList<MatrixRow> &rows)
{
    Matrix m;
    m.summary.deployable = deployable;
    m.summary.reason = reason;
    m.rows = rows;
    for (const MatrixRow &r : rows) {
        if (r.ignored)
            ++m.summary.ignored;
        else if (!r.success)
            ++m.summary.unknown;
        else if (*r.success)
            ++m.summary.success;
        else
            ++m.summary.failed;
    }
    return m;
}

} // namespace

class TestCanIDeployExplanation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasons_data()
    {
        QTest::addColumn<MatrixQuery>("query");
        QTest::addColumn<Matrix>("matrix");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("rowIndex");
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("nextStep");
        QTest::addColumn<QString>("verdict");

        QTest::newRow("missing verification (consumer deployed)")
            << toProduction(u"OrderWeb"_qs, u"1.4.2"_qs)
            << matrixOf(std::nullopt, u"There is no verified pact between version 1.4.2 of OrderWeb and the version of OrderService currently in production (2.0.1)"_qs,
                        {row(u"OrderWeb"_qs, u"1.4.2"_qs, u"OrderService"_qs, {}, std::nullopt)})
            << int(Kind::MissingVerification) << 0
            << u"OrderWeb 1.4.2 has no verification by OrderService 2.0.1, the version deployed to production"_qs
            << u"run OrderService's verification of 2.0.1 against the pact of OrderWeb 1.4.2 (the broker's contract_requiring_verification_published webhook can trigger it) and publish the results"_qs
            << u"It is not known yet whether OrderWeb 1.4.2 can be deployed to production: 1 of 1 integration has no verification result yet."_qs;

        QTest::newRow("missing verification (provider deployed)")
            << toProduction(u"OrderService"_qs, u"2.1.0"_qs)
            << matrixOf(std::nullopt, u"There is no verified pact between the version of OrderWeb currently in production (1.4.2) and version 2.1.0 of OrderService"_qs,
                        {row(u"OrderWeb"_qs, u"1.4.2"_qs, u"OrderService"_qs, {}, std::nullopt)})
            << int(Kind::MissingVerification) << 0
            << u"OrderWeb 1.4.2, the version deployed to production, has no verification by OrderService 2.1.0"_qs
            << u"run OrderService's verification with the selector {deployedOrReleased: true} and publish the results as OrderService 2.1.0"_qs
            << u"It is not known yet whether OrderService 2.1.0 can be deployed to production: 1 of 1 integration has no verification result yet."_qs;

        QTest::newRow("failed verification")
            << toProduction(u"OrderWeb"_qs, u"1.4.2"_qs)
            << matrixOf(false, u"The verification for the pact between version 1.4.2 of OrderWeb and the version of OrderService currently in production (2.0.1) failed"_qs,
                        {row(u"OrderWeb"_qs, u"1.4.2"_qs, u"OrderService"_qs, u"2.0.1"_qs, false), row(u"OrderWeb"_qs, u"1.4.2"_qs, u"Payments"_qs, u"3.0.0"_qs, true)})
            << int(Kind::FailedVerification) << 0
            << u"OrderService 2.0.1 failed its verification of OrderWeb 1.4.2's pact on 2024-05-01T10:00:00Z; OrderService 2.0.1 is the version deployed to production"_qs
            << u"change OrderWeb so that its pact matches what OrderService 2.0.1 provides, or have OrderService support it and deploy it first (see http://broker/v/1)"_qs
            << u"OrderWeb 1.4.2 cannot be deployed to production: 1 of 2 integrations is not verified."_qs;

        Matrix pending = matrixOf(false, u"The verification for the pact between version 1.4.2 of OrderWeb and version 2.0.1 of OrderService failed"_qs,
                                  {row(u"OrderWeb"_qs, u"1.4.2"_qs, u"OrderService"_qs, u"2.0.1"_qs, false)});
        pending.notices << BrokerNotice{{}, u"info"_qs, u"The pact of OrderWeb is pending for OrderService"_qs};
        MatrixQuery both = toProduction(u"OrderWeb"_qs, u"1.4.2"_qs);
        both.toEnvironment.clear();
        QTest::newRow("pending pact") << both << pending << int(Kind::PendingPact) << 0
            << u"the pact of OrderWeb 1.4.2 is pending for OrderService and its verification by OrderService 2.0.1 failed"_qs
            << u"the pact is pending: a failure does not fail OrderService's build, so implement what OrderWeb expects in OrderService, verify it with the selector {deployedOrReleased: true} and publish the results"_qs
            << u"OrderWeb 1.4.2 cannot be deployed: 1 of 1 integration is not verified."_qs;

        QTest::newRow("no version in the environment")
            << toProduction(u"OrderWeb"_qs, u"1.4.2"_qs)
            << matrixOf(std::nullopt, u"There is no verified pact between version 1.4.2 of OrderWeb and a version of Payments currently in production (no version is currently recorded as deployed/released in this environment)"_qs,
                        {row(u"OrderWeb"_qs, u"1.4.2"_qs, u"Payments"_qs, {}, std::nullopt)})
            << int(Kind::NoVersionInTarget) << 0
            << u"Payments has no version in production, and OrderWeb 1.4.2 needs one there"_qs
            << u"deploy Payments to production first and record it: pactbench-cli broker record-deployment --pacticipant Payments --version VERSION --environment production"_qs
            << u"It is not known yet whether OrderWeb 1.4.2 can be deployed to production: 1 of 1 integration has no verification result yet."_qs;

        QTest::newRow("unknown version")
            << toProduction(u"OrderWeb"_qs, u"9.9.9"_qs)
            << matrixOf(false, u"No pacts or verifications have been published for version 9.9.9 of OrderWeb"_qs, {})
            << int(Kind::UnknownVersion) << -1
            << u"No pacts or verifications have been published for version 9.9.9 of OrderWeb"_qs
            << u"check the version, branch or tag of OrderWeb, or publish its pacts or verification results first (the broker learns of versions from them)"_qs
            << u"OrderWeb 9.9.9 cannot be deployed to production: No pacts or verifications have been published for version 9.9.9 of OrderWeb."_qs;

        QTest::newRow("another reason")
            << toProduction(u"OrderWeb"_qs, u"1.4.2"_qs) << matrixOf(false, u"Something the broker says"_qs, {})
            << int(Kind::Other) << -1 << u"Something the broker says"_qs
            << u"read the broker's reason above; `pactbench-cli broker can-i-deploy --output json` shows the whole matrix"_qs
            << u"OrderWeb 1.4.2 cannot be deployed to production: Something the broker says."_qs;
    }
    void reasons()
    {
        QFETCH(MatrixQuery, query);
        QFETCH(Matrix, matrix);
        QFETCH(int, kind);
        QFETCH(int, rowIndex);
        QFETCH(QString, why);
        QFETCH(QString, nextStep);
        QFETCH(QString, verdict);
        const CanIDeployExplanation e = explainCanIDeploy(query, matrix);
        QCOMPARE(e.deployable, matrix.summary.deployable);
        QCOMPARE(e.blocking.size(), 1);
        QCOMPARE(int(e.blocking.first().kind), kind);
        QCOMPARE(e.blocking.first().row, rowIndex);
        QCOMPARE(e.blocking.first().why, why);
        QCOMPARE(e.blocking.first().nextStep, nextStep);
        QCOMPARE(e.verdict, verdict);
    }

    void deployableHasNothingBlocking()
    {
        MatrixRow ignored = row(u"OrderWeb"_qs, u"1.4.2"_qs, u"Payments"_qs, {}, std::nullopt);
        ignored.ignored = true;
        const Matrix m = matrixOf(true, u"All required verification results are published and successful"_qs,
                                  {row(u"OrderWeb"_qs, u"1.4.2"_qs, u"OrderService"_qs, u"2.0.1"_qs, true), ignored});
        const CanIDeployExplanation e = explainCanIDeploy(toProduction(u"OrderWeb"_qs, u"1.4.2"_qs), m);
        QVERIFY(e.blocking.isEmpty());
        QCOMPARE(e.verdict, u"OrderWeb 1.4.2 can be deployed to production: its one integration is verified."_qs);
    }

    void everyBlockingRowIsExplained()
    {
        const Matrix m = matrixOf(std::nullopt, u"x"_qs,
                                  {row(u"OrderWeb"_qs, u"1.4.2"_qs, u"A"_qs, u"1"_qs, false), row(u"OrderWeb"_qs, u"1.4.2"_qs, u"B"_qs, u"2"_qs, true),
                                   row(u"OrderWeb"_qs, u"1.4.2"_qs, u"C"_qs, {}, std::nullopt)});
        const CanIDeployExplanation e = explainCanIDeploy(toProduction(u"OrderWeb"_qs, u"1.4.2"_qs), m);
        QCOMPARE(e.blocking.size(), 2);
        QCOMPARE(e.blocking.at(0).row, 0);
        QCOMPARE(e.blocking.at(0).provider, u"A"_qs);
        QCOMPARE(e.blocking.at(1).row, 2);
        QCOMPARE(int(e.blocking.at(1).kind), int(Kind::MissingVerification));
        // A failed verification decides it, even while the broker cannot say for lack of another result.
        QCOMPARE(e.verdict, u"OrderWeb 1.4.2 cannot be deployed to production: 1 of 3 integrations failed verification and 1 has no verification result yet."_qs);
    }
};

QTEST_GUILESS_MAIN(TestCanIDeployExplanation)
#include "tst_canideployexplanation.moc"
