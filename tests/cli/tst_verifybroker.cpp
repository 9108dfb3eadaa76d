// SPDX-License-Identifier: MIT
// pactbench-cli verify with a broker: pacts for verification (selectors, pending, notices) from a
// test broker, verified against a test provider, and the results published back.

#include "../broker/testbroker.h"
#include "../verifier/testprovider.h"

#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;
using Pactbench::Test::TestProvider;

namespace {

using Run = Test::CliRun;

Run cli(const QStringList &args)
{
    return Test::runCli(QStringLiteral("verify"), args);
}

QByteArray pactBetween(const QString &consumer, int expectedId)
{
    return QStringLiteral(R"({"consumer":{"name":"%1"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"3.0.0"}},
        "interactions":[{"description":"get order","request":{"method":"GET","path":"/orders/7"},
        "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":%2}}}]})")
        .arg(consumer)
        .arg(expectedId)
        .toUtf8();
}

} // namespace

class TestVerifyBroker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<TestProvider> m_provider;

    QStringList args() const
    {
        return {QStringLiteral("-b"), m_broker->baseUrl().toString(), QStringLiteral("-n"), QStringLiteral("orders"),
                QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_provider->url().port())};
    }

private Q_SLOTS:
    void init()
    {
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        m_broker->addPacticipant(QStringLiteral("web"), QStringLiteral("main"));
        m_broker->addPacticipant(QStringLiteral("mobile"), QStringLiteral("main"));
        m_broker->addPacticipant(QStringLiteral("orders"), QStringLiteral("main"));
        m_broker->addPact({QStringLiteral("web"), QStringLiteral("orders"), QStringLiteral("1.0.0"), pactBetween(QStringLiteral("web"), 7),
                           QStringLiteral("main"), {}});
        m_broker->addPact({QStringLiteral("mobile"), QStringLiteral("orders"), QStringLiteral("2.0.0"),
                           pactBetween(QStringLiteral("mobile"), 8), QStringLiteral("main"), {}});
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->start());
        m_provider->route(QStringLiteral("GET"), QStringLiteral("/orders/7"), Test::jsonResponse(200, R"({"id":7})"));
    }

    void verifiesAndPublishes()
    {
        const Run r = cli(args() + QStringList{u"--consumer-version-selectors"_qs, u"{\"mainBranch\":true}"_qs, u"--publish"_qs,
                                               u"--provider-version"_qs, u"3.1.0"_qs, u"--provider-branch"_qs, u"main"_qs,
                                               u"--build-url"_qs, u"http://ci/42"_qs});
        // mobile expects id 8: that pact fails.
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"Verifying a pact between web and orders"), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"Verifying a pact between mobile and orders"));
        QVERIFY(r.out.contains(u"2 interactions: 1 passed, 1 failed"));

        const QList<Test::RecordedRequest> selection = m_broker->requests("POST", QStringLiteral("/pacts/provider/orders/for-verification"));
        QCOMPARE(selection.size(), 1);
        QCOMPARE(selection.at(0).json().value(u"consumerVersionSelectors").toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("mainBranch"), true}}));
        QCOMPARE(selection.at(0).json().value(u"providerVersionBranch").toString(), u"main"_qs);

        const auto &results = m_broker->verificationResults();
        QCOMPARE(results.size(), 2);
        QMap<bool, int> outcomes;
        for (const auto &[path, body] : results) {
            QCOMPARE(body.value(u"providerApplicationVersion").toString(), u"3.1.0"_qs);
            QCOMPARE(body.value(u"buildUrl").toString(), u"http://ci/42"_qs);
            ++outcomes[body.value(u"success").toBool()];
            const QJsonObject test = body.value(u"testResults").toArray().at(0).toObject();
            QCOMPARE(test.value(u"success").toBool(), body.value(u"success").toBool());
        }
        QCOMPARE(outcomes.value(true), 1);
        QCOMPARE(outcomes.value(false), 1);
        QVERIFY(r.out.contains(u"published verification results for web"));
    }

    void olderBrokerWithoutBranches_data()
    {
        // A broker whose index lacks the version's branch (before 2.86.0) or tag relation: the branch or
        // tags are not recorded, a warning says so on stderr (not at -l error), the results are published
        // and the run exits 0 when verification passed. With the relations, the PUTs are made as before.
        QTest::addColumn<QStringList>("dropped");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("puts");
        QTest::addColumn<QStringList>("warnings");
        const QString branchRel = u"pb:pacticipant-branch-version"_qs;
        const QString tagRel = u"pb:pacticipant-version-tag"_qs;
        const QString branchPut = u"/pacticipants/orders/branches/main/versions/3.1.0"_qs;
        const QString tagPut = u"/pacticipants/orders/versions/3.1.0/tags/rc"_qs;
        const QString noBranches = u"verify: warning: the broker does not support branches (its index has no "
                                   "'pb:pacticipant-branch-version'): branch 'main' of version '3.1.0' of 'orders' was not "
                                   "recorded; upgrade to Pact Broker 2.86.0 or later for branch support"_qs;
        const QString noTags = u"verify: warning: the broker does not support version tags (its index has no "
                               "'pb:pacticipant-version-tag'): tag 'rc' of version '3.1.0' of 'orders' was not recorded"_qs;
        const QStringList branch{u"--provider-branch"_qs, u"main"_qs};
        const QStringList tags{u"--provider-tags"_qs, u"rc"_qs};
        QTest::addRow("with the branch relation: branch PUT") << QStringList{} << branch << QStringList{branchPut} << QStringList{};
        QTest::addRow("without it: warned, published") << QStringList{branchRel} << branch << QStringList{} << QStringList{noBranches};
        QTest::addRow("without it, -l error: published quietly")
            << QStringList{branchRel} << branch + QStringList{u"-l"_qs, u"error"_qs} << QStringList{} << QStringList{};
        QTest::addRow("without it, tags: the tag PUT") << QStringList{branchRel} << branch + tags << QStringList{tagPut}
                                                      << QStringList{noBranches};
        QTest::addRow("without it, no branch given: nothing to say") << QStringList{branchRel} << tags << QStringList{tagPut}
                                                                    << QStringList{};
        QTest::addRow("without the tag relation: warned, published") << QStringList{tagRel} << branch + tags
                                                                    << QStringList{branchPut} << QStringList{noTags};
        QTest::addRow("without either") << QStringList{branchRel, tagRel} << branch + tags << QStringList{}
                                        << QStringList{noBranches, noTags};
    }

    void olderBrokerWithoutBranches()
    {
        QFETCH(QStringList, dropped);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, puts);
        QFETCH(QStringList, warnings);
        for (const QString &rel : dropped)
            m_broker->dropRelation(rel);
        // Only web's pact, which passes.
        const Run r = cli(args() + QStringList{u"--consumer-version-selectors"_qs, u"{\"mainBranch\":true,\"consumer\":\"web\"}"_qs,
                                               u"--publish"_qs, u"--provider-version"_qs, u"3.1.0"_qs}
                          + extra);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QStringList sent;
        for (const Test::RecordedRequest &put : m_broker->requests("PUT"))
            sent << put.path;
        QCOMPARE(sent, puts);
        QStringList printed;
        for (const QString &line : r.err.split(u'\n')) {
            if (line.startsWith(u"verify: warning: "))
                printed << line;
        }
        QCOMPARE(printed, warnings);
        QCOMPARE(m_broker->verificationResults().size(), 1);
        QCOMPARE(m_broker->verificationResults().constFirst().second.value(u"success").toBool(), true);
        QVERIFY(r.out.contains(u"published verification results for web"));
    }

    void pendingPactsDoNotFail()
    {
        m_broker->setPending(QStringLiteral("mobile"), true);
        const Run r = cli(args() + QStringList{u"--enable-pending"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"1 pending failures"));
        QVERIFY(m_broker->verificationResults().isEmpty()); // nothing published without --publish
        QVERIFY(r.out.contains(u"notice: "));
    }

    void noPacts()
    {
        // As the reference: with selectors (or tags), no pacts is a failure unless --ignore-no-pacts-error;
        // without, the latest pacts are asked for and none is no failure.
        const QStringList none{u"-b"_qs, m_broker->baseUrl().toString(), u"-n"_qs, u"nobody"_qs, u"-p"_qs, u"1"_qs};
        const QStringList selectors{u"--consumer-version-selectors"_qs, u"{\"mainBranch\":true}"_qs};
        QCOMPARE(cli(none + selectors).code, 1);
        QCOMPARE(cli(none + QStringList{u"--consumer-version-tags"_qs, u"prod"_qs}).code, 1);
        QCOMPARE(cli(none + selectors + QStringList{u"--ignore-no-pacts-error"_qs}).code, 0);
        QCOMPARE(cli(none).code, 0);
    }

    void brokerErrorsNameNoSecret()
    {
        m_broker->requireBasic(QStringLiteral("ci"), QStringLiteral("s3cret-pw"));
        const Run r = cli(args() + QStringList{u"--user"_qs, u"ci"_qs, u"--password"_qs, u"wrong-pw"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"401") || r.err.contains(u"basic auth"), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"wrong-pw") && !r.out.contains(u"wrong-pw"));
        const Run ok = cli(args() + QStringList{u"--user"_qs, u"ci"_qs, u"--password"_qs, u"s3cret-pw"_qs});
        QVERIFY(ok.out.contains(u"Verifying a pact between web and orders"));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("error");
        QTest::addRow("publish without version") << QStringList{u"--publish"_qs} << u"--publish needs --provider-version"_qs;
        QTest::addRow("bad selector") << QStringList{u"--consumer-version-selectors"_qs, u"{\"frob\":1}"_qs} << u"--consumer-version-selectors"_qs;
    }

    void usage()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, error);
        const Run r = cli(args() + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        const Run noName = cli({u"-b"_qs, m_broker->baseUrl().toString()});
        QCOMPARE(noName.code, 2);
        QVERIFY(noName.err.contains(u"--provider-name"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyBroker)
#include "tst_verifybroker.moc"
