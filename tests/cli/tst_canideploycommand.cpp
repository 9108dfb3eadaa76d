// SPDX-License-Identifier: MIT
// pactbench-cli broker can-i-deploy (options and their positions, output formats, exit codes,
// --explain, --retry-while-unknown) and the deployment sub-commands, in-process against the test broker.

#include "../broker/deploytestdata.h"
#include "../broker/testbroker.h"

#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;

class TestCanIDeployCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;

    Test::CliRun broker(const QString &sub, QStringList args)
    {
        args.replaceInStrings(u"{broker}"_qs, m_broker->baseUrl().toString());
        return Test::runCli(u"broker"_qs, QStringList{sub} + args);
    }
    QStringList withBroker(const QStringList &args) const { return args + QStringList{u"-b"_qs, u"{broker}"_qs}; }

private Q_SLOTS:
    void init()
    {
        for (const char *v : {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD", "PACT_BROKER_TOKEN",
                              "PACT_BROKER_CAN_I_DEPLOY_IGNORE", "PACT_BROKER_CAN_I_DEPLOY_DRY_RUN"})
            qunsetenv(v);
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        QVERIFY(Test::fillOrdersAndShop(*m_broker));
    }
    void cleanup() { m_broker.reset(); }

    void verdicts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("out"); ///< each in the output (whitespace collapsed)
        const QString no = u"Computer says no \u00af\\_(\u30c4)_/\u00af"_qs;
        QTest::newRow("deployable, table") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs, u"--to-environment"_qs, u"production"_qs}
            << 0 << QStringList{u"CONSUMER | C.VERSION | PROVIDER | P.VERSION | SUCCESS? | RESULT#"_qs,
                                u"OrderWeb | 1.0.0 | OrderService | 2.0.0 | true | 1"_qs, u"VERIFICATION RESULTS"_qs,
                                u"All required verification results are published and successful"_qs, u"Computer says yes \\o/"_qs};
        QTest::newRow("missing verification") << QStringList{u"--pacticipant=OrderWeb"_qs, u"--version=1.1.0"_qs, u"--to-environment"_qs, u"production"_qs}
            << 1 << QStringList{u"OrderWeb | 1.1.0 | Payments | ??? | unknown |"_qs, u"There is no verified pact between version 1.1.0 of OrderWeb"_qs, no};
        QTest::newRow("failed, Payments ignored") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.1.0"_qs, u"--to-environment"_qs, u"production"_qs, u"--ignore"_qs, u"Payments"_qs}
            << 1 << QStringList{u"OrderWeb | 1.1.0 | OrderService | 2.0.0 | false | 1"_qs, u"unknown (ignored)"_qs, no};
        QTest::newRow("ignored pacticipant makes it deployable") << QStringList{u"-a"_qs, u"Shop"_qs, u"-e"_qs, u"1.0.0"_qs, u"--to-environment"_qs, u"production"_qs, u"--ignore"_qs, u"Payments"_qs}
            << 0 << QStringList{u"Computer says yes"_qs};
        QTest::newRow("dry run") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.1.0"_qs, u"--to-environment"_qs, u"production"_qs, u"--dry-run"_qs}
            << 0 << QStringList{no, u"Dry run: exit code 0 although the answer is no"_qs};
        QTest::newRow("by tag") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs, u"--to"_qs, u"prod"_qs}
            << 0 << QStringList{u"OrderWeb | 1.0.0 | OrderService | 2.0.0 | true | 1"_qs};
        QTest::newRow("two pacticipants, latest with tag") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs, u"-a"_qs, u"OrderService"_qs, u"--latest"_qs, u"prod"_qs}
            << 0 << QStringList{u"OrderWeb | 1.0.0 | OrderService | 2.0.0 | true | 1"_qs};
        QTest::newRow("branch") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"--branch"_qs, u"main"_qs, u"--latest"_qs, u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.1.0"_qs}
            << 0 << QStringList{u"OrderWeb | 1.1.0 | OrderService | 2.1.0 | true | 1"_qs};
        QTest::newRow("main branch") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"--main-branch"_qs, u"--latest"_qs, u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.0.0"_qs}
            << 1 << QStringList{u"OrderWeb | 1.1.0 | OrderService | 2.0.0 | false | 1"_qs};
        QTest::newRow("unknown version") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"9.9.9"_qs, u"--to-environment"_qs, u"production"_qs}
            << 1 << QStringList{u"No pacts or verifications have been published for version 9.9.9 of OrderWeb"_qs, no};
        QTest::newRow("text") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs, u"--to-environment"_qs, u"production"_qs, u"-o"_qs, u"text"_qs}
            << 0 << QStringList{u"All required verification results are published and successful Computer says yes \\o/"_qs};
        QTest::newRow("explain") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.1.0"_qs, u"--to-environment"_qs, u"production"_qs, u"--explain"_qs}
            << 1 << QStringList{u"OrderWeb 1.1.0 cannot be deployed to production: 1 of 2 integrations failed verification and 1 has no verification result yet."_qs,
                                u"- OrderService 2.0.0 failed its verification of OrderWeb 1.1.0's pact on"_qs,
                                u"Next: change OrderWeb so that its pact matches what OrderService 2.0.0 provides"_qs,
                                u"- OrderWeb 1.1.0 has no verification by Payments 3.0.0, the version deployed to production."_qs,
                                u"Next: run Payments's verification of 3.0.0 against the pact of OrderWeb 1.1.0"_qs};
    }
    void verdicts()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QStringList, out);
        const Test::CliRun r = broker(u"can-i-deploy"_qs, withBroker(args));
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        const QString printed = r.out.simplified();
        for (const QString &s : out)
            QVERIFY2(printed.contains(s), qPrintable(u"missing: "_qs + s + u"\nin: "_qs + r.out));
    }

    void jsonIsTheBrokersDocument_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("code");
        QTest::newRow("json, yes") << u"json"_qs << u"1.0.0"_qs << 0;
        QTest::newRow("json, no") << u"json"_qs << u"1.1.0"_qs << 1;
        QTest::newRow("pretty") << u"pretty"_qs << u"1.0.0"_qs << 0;
    }
    void jsonIsTheBrokersDocument()
    {
        QFETCH(QString, format);
        QFETCH(QString, version);
        QFETCH(int, code);
        const Test::CliRun r = broker(u"can-i-deploy"_qs, withBroker({u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, version,
                                                                      u"--to-environment"_qs, u"production"_qs, u"-o"_qs, format}));
        QCOMPARE(r.code, code);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"summary").toObject().value(u"deployable").toBool(), code == 0);
        QVERIFY(json.value(u"matrix").isArray());
        QCOMPARE(r.out.count(u'\n') > 1, format == u"pretty");
    }

    void queryAsTheReferenceSendsIt()
    {
        const Test::CliRun r = broker(u"can-i-deploy"_qs, withBroker({u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs, u"-a"_qs, u"OrderService"_qs,
                                                                      u"--latest"_qs, u"prod"_qs, u"--ignore"_qs, u"Payments"_qs, u"--version"_qs, u"3.0.0"_qs}));
        QCOMPARE(r.code, 0);
        const Test::RecordedRequest sent = m_broker->requests("GET", u"/matrix"_qs).constLast();
        const QList<QPair<QString, QString>> items = sent.query.queryItems(QUrl::FullyDecoded);
        const QList<QPair<QString, QString>> expected{
            {u"q[][pacticipant]"_qs, u"OrderWeb"_qs}, {u"q[][version]"_qs, u"1.0.0"_qs}, {u"q[][pacticipant]"_qs, u"OrderService"_qs},
            {u"q[][latest]"_qs, u"true"_qs}, {u"q[][tag]"_qs, u"prod"_qs}, {u"ignore[][pacticipant]"_qs, u"Payments"_qs},
            {u"ignore[][version]"_qs, u"3.0.0"_qs}, {u"latestby"_qs, u"cvpv"_qs}};
        QCOMPARE(items, expected);
    }

    void ignoreFromTheEnvironment()
    {
        qputenv("PACT_BROKER_CAN_I_DEPLOY_IGNORE", "Payments, Nobody");
        qputenv("PACT_BROKER_BASE_URL", m_broker->baseUrl().toString().toUtf8());
        const Test::CliRun r = broker(u"can-i-deploy"_qs, {u"-a"_qs, u"Shop"_qs, u"-e"_qs, u"1.0.0"_qs, u"--to-environment"_qs, u"production"_qs});
        qunsetenv("PACT_BROKER_CAN_I_DEPLOY_IGNORE");
        qunsetenv("PACT_BROKER_BASE_URL");
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"WARN: Cannot ignore any version of Nobody (no such pacticipant exists)"_qs));
    }

    void dryRunFromTheEnvironment_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("true") << QByteArray("true") << 0;
        QTest::newRow("false") << QByteArray("false") << 1; // only "true" turns it on, as in the reference
    }
    void dryRunFromTheEnvironment()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, code);
        qputenv("PACT_BROKER_CAN_I_DEPLOY_DRY_RUN", value);
        const Test::CliRun r = broker(u"can-i-deploy"_qs, withBroker({u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.1.0"_qs,
                                                                      u"--to-environment"_qs, u"production"_qs}));
        qunsetenv("PACT_BROKER_CAN_I_DEPLOY_DRY_RUN");
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        QCOMPARE(r.out.contains(u"Dry run: exit code 0 although the answer is no"_qs), code == 0);
    }

    void retryWhileUnknown_data()
    {
        QTest::addColumn<int>("unknownAnswers");
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("requests");
        QTest::newRow("known after two unknown answers") << 2 << 3 << 0 << 3;
        QTest::newRow("still unknown after the retries") << 5 << 2 << 1 << 3;
        QTest::newRow("no retries") << 1 << 0 << 1 << 1;
    }
    void retryWhileUnknown()
    {
        QFETCH(int, unknownAnswers);
        QFETCH(int, retries);
        QFETCH(int, code);
        QFETCH(int, requests);
        m_broker->setUnknownFor(unknownAnswers);
        const Test::CliRun r = broker(u"can-i-deploy"_qs, withBroker({u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.0.0"_qs, u"--to-environment"_qs,
                                                                      u"production"_qs, u"--retry-while-unknown"_qs, QString::number(retries),
                                                                      u"--retry-interval"_qs, u"0"_qs}));
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        QCOMPARE(m_broker->requests("GET", u"/matrix"_qs).size(), requests);
        QCOMPARE(r.err.count(u"asking again"_qs), requests - 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("version before pacticipant") << QStringList{u"-e"_qs, u"1"_qs, u"-a"_qs, u"OrderWeb"_qs, u"-b"_qs, u"{broker}"_qs} << u"-e must come after the --pacticipant"_qs;
        QTest::newRow("no pacticipant") << QStringList{u"--to-environment"_qs, u"production"_qs, u"-b"_qs, u"{broker}"_qs} << u"--pacticipant is required"_qs;
        QTest::newRow("bad output") << QStringList{u"-a"_qs, u"X"_qs, u"-o"_qs, u"xml"_qs, u"-b"_qs, u"{broker}"_qs} << u"--output must be"_qs;
        QTest::newRow("both targets") << QStringList{u"-a"_qs, u"X"_qs, u"--to"_qs, u"t"_qs, u"--to-environment"_qs, u"e"_qs, u"-b"_qs, u"{broker}"_qs} << u"not both"_qs;
        QTest::newRow("no broker") << QStringList{u"-a"_qs, u"X"_qs, u"-e"_qs, u"1"_qs} << u"no broker"_qs;
        QTest::newRow("bad retries") << QStringList{u"-a"_qs, u"X"_qs, u"--retry-while-unknown"_qs, u"many"_qs, u"-b"_qs, u"{broker}"_qs} << u"--retry-while-unknown"_qs;
        QTest::newRow("missing value") << QStringList{u"-b"_qs, u"{broker}"_qs, u"-a"_qs} << u"-a needs a value"_qs;
        QTest::newRow("unknown option") << QStringList{u"-a"_qs, u"X"_qs, u"--frobnicate"_qs, u"-b"_qs, u"{broker}"_qs} << u"frobnicate"_qs;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Test::CliRun r = broker(u"can-i-deploy"_qs, args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(m_broker->requests("GET", u"/matrix"_qs).isEmpty());
    }

    void brokerFailureIsExitOne()
    {
        const Test::CliRun r = broker(u"can-i-deploy"_qs, withBroker({u"-a"_qs, u"Nobody"_qs, u"-e"_qs, u"1"_qs}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Pacticipant Nobody not found"_qs), qPrintable(r.err));
    }

    void recordDeploymentAndUndeployment()
    {
        Test::CliRun r = broker(u"record-deployment"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.1.0"_qs, u"--environment"_qs, u"test"_qs,
                                                                     u"--application-instance"_qs, u"blue"_qs}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"Recorded deployment of OrderService version 2.1.0 to test environment (application instance blue) in the Pact Broker.\n"_qs);
        r = broker(u"record-undeployment"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"test"_qs}));
        QCOMPARE(r.code, 1); // deployed to an application instance: it must be named, as in the reference
        QVERIFY2(r.err.contains(u"give one of its application instances there: blue"_qs), qPrintable(r.err));
        r = broker(u"record-undeployment"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"test"_qs,
                                                          u"--application-instance"_qs, u"blue"_qs}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"Undeployed OrderService version 2.1.0 from test environment (application instance blue).\n"_qs);
        r = broker(u"record-undeployment"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"test"_qs}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"OrderService is not currently deployed to test"_qs));
        r = broker(u"record-deployment"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.1.0"_qs, u"--environment"_qs, u"staging"_qs}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"environment 'staging' does not exist"_qs));
        r = broker(u"record-deployment"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.1.0"_qs}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--environment is required"_qs));
        r = broker(u"record-deployment"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.1.0"_qs, u"--environment"_qs, u"test"_qs, u"-o"_qs, u"json"_qs}));
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"currentlyDeployed"_qs), QJsonValue(true));
    }

    void recordReleaseAndSupportEnded()
    {
        Test::CliRun r = broker(u"record-release"_qs, withBroker({u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.1.0"_qs, u"--environment"_qs, u"production"_qs}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"Recorded release of OrderWeb version 1.1.0 to production environment in the Pact Broker.\n"_qs);
        r = broker(u"record-support-ended"_qs, withBroker({u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"1.1.0"_qs, u"--environment"_qs, u"production"_qs}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"Recorded support ended for OrderWeb version 1.1.0 from production environment.\n"_qs);
        QVERIFY(!m_broker->deployments().constLast().current);
    }

    void listEnvironments()
    {
        Test::CliRun r = broker(u"list-environments"_qs, withBroker({}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.simplified().contains(u"UUID | NAME | DISPLAY NAME | PRODUCTION"_qs));
        QVERIFY(r.out.simplified().contains(m_broker->environments().at(1).uuid + u" | production | Production | true"_qs));
        r = broker(u"list-environments"_qs, withBroker({u"-o"_qs, u"json"_qs}));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"_embedded"_qs).toObject().value(u"environments"_qs).toArray().size(), 2);
    }

    void describeVersion()
    {
        Test::CliRun r = broker(u"describe-version"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"2.0.0"_qs}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.simplified().contains(u"2.0.0 | main | prod | production | -"_qs), qPrintable(r.out));
        r = broker(u"describe-version"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"--latest"_qs, u"prod"_qs}));
        QVERIFY2(r.out.simplified().contains(u"2.0.0 | main | prod"_qs), qPrintable(r.out + r.err));
        r = broker(u"describe-version"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"-o"_qs, u"json"_qs}));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"number"_qs).toString(), u"2.1.0"_qs);
        r = broker(u"describe-version"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"-e"_qs, u"7"_qs}));
        QCOMPARE(r.code, 1);
    }

    void describeEnvironment_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("lines"); ///< standard output's lines (table), or standard error's first (errors)
        const QStringList service{u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"production"_qs};
        const QString header = u"VERSION | STATUS   | ENVIRONMENT | APPLICATION INSTANCE"_qs;
        const QString rule = u"--------|----------|-------------|---------------------"_qs;
        QTest::newRow("deployed and released") << service << 0
            << QStringList{header, rule, u"2.0.0   | Deployed | production  | -"_qs, u"2.1.0   | Deployed | production  | blue"_qs, u"2.0.0   | Released | production  | -"_qs};
        QTest::newRow("deployed") << service + QStringList{u"--deployed"_qs} << 0
            << QStringList{header, rule, u"2.0.0   | Deployed | production  | -"_qs, u"2.1.0   | Deployed | production  | blue"_qs};
        QTest::newRow("released") << service + QStringList{u"--released"_qs} << 0
            << QStringList{u"VERSION | STATUS   | ENVIRONMENT | APPLICATION INSTANCE"_qs, rule, u"2.0.0   | Released | production  | -"_qs};
        QTest::newRow("unknown environment") << QStringList{u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"staging"_qs} << 1
            << QStringList{u"pactbench-cli broker describe-version: environment 'staging' not found on the broker"_qs};
        QTest::newRow("--deployed alone") << QStringList{u"-a"_qs, u"OrderService"_qs, u"--deployed"_qs} << 2
            << QStringList{u"pactbench-cli broker describe-version: --deployed and --released go with --environment"_qs};
        QTest::newRow("with a version") << service + QStringList{u"-e"_qs, u"2.0.0"_qs} << 2
            << QStringList{u"pactbench-cli broker describe-version: give --environment or --version/--latest, not both"_qs};
    }
    void describeEnvironment()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QStringList, lines);
        m_broker->addDeployment(u"OrderService"_qs, u"2.1.0"_qs, u"production"_qs, false, u"blue"_qs);
        m_broker->addDeployment(u"OrderService"_qs, u"2.0.0"_qs, u"production"_qs, true);
        const Test::CliRun r = broker(u"describe-version"_qs, withBroker(args));
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        if (code == 0)
            QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts), lines);
        else
            QCOMPARE(r.err.split(u'\n').constFirst(), lines.constFirst());
    }
    void describeEnvironmentJson()
    {
        m_broker->addDeployment(u"OrderService"_qs, u"2.0.0"_qs, u"production"_qs, true);
        const Test::CliRun r = broker(u"describe-version"_qs, withBroker({u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"production"_qs, u"-o"_qs, u"json"_qs}));
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2); // deployed first, then released
        QCOMPARE(list.at(0).toObject().value(u"currentlyDeployed"), QJsonValue(true));
        QCOMPARE(list.at(1).toObject().value(u"currentlySupported"), QJsonValue(true));
        // Asked with ?pacticipant= (the broker filters), OrderWeb's deployment there is not listed.
        for (const Test::RecordedRequest &req : m_broker->requests("GET", u"/environments/"_qs))
            QCOMPARE(req.query.queryItemValue(u"pacticipant"_qs), u"OrderService"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCanIDeployCommand)
#include "tst_canideploycommand.moc"
