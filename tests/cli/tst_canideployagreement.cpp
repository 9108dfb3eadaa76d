// SPDX-License-Identifier: MIT
// `pactbench-cli broker can-i-deploy` against the reference `pact broker can-i-deploy` (pact-cli 18.1.2,
// from ../shared/oracles) on the same local test broker: for each case both run with the same
// arguments and give the same exit code, ask the broker the same matrix query and, with --output json,
// print the same summary (deployable, reason, counts) and rows (consumer, provider, versions, success).
//
// One exit code differs on purpose: with --output json the reference exits 0 even when the answer is
// no or unknown (its JSON branch never looks at the verdict), although its --help promises "exit code
// 0 or 1, indicating whether or not the specified application can be deployed"; a CI step that asks
// for JSON would deploy anyway. Ours exits 1 there too; the test checks both sides of that difference.
//
// Where the text differs on purpose (not compared): the table is plain ASCII columns ("|" and "-")
// instead of the reference's box drawing, RESULT# numbers the verification results (the reference
// prints 1 for every row that has one), an ignored row says "(ignored)", there are no emoji or colours,
// and the dry-run line is worded differently; --explain exists only here.

#include "../broker/deploytestdata.h"
#include "../broker/testbroker.h"

#include "clirun.h"

#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;

namespace {

/// What one tool did in one case.
struct Outcome
{
    int code = -1;
    QStringList queries; ///< the /matrix queries the broker received, decoded
    QJsonObject summary; ///< with --output json
    QStringList rows; ///< with --output json: "consumer cv → provider pv success"
    QString output; ///< for a failure's message (not compared)

    bool operator==(const Outcome &o) const
    {
        return code == o.code && queries == o.queries && summary == o.summary && rows == o.rows;
    }
};

QStringList rowsOf(const QJsonObject &json)
{
    QStringList out;
    for (const QJsonValue &v : json.value(u"matrix").toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonObject c = r.value(u"consumer").toObject();
        const QJsonObject p = r.value(u"provider").toObject();
        const QJsonValue success = r.value(u"verificationResult").toObject().value(u"success");
        out << c.value(u"name").toString() + u' ' + c.value(u"version").toObject().value(u"number").toString() + u" \u2192 "_qs
                + p.value(u"name").toString() + u' ' + p.value(u"version").toObject().value(u"number").toString() + u' '
                + (success.isBool() ? (success.toBool() ? u"true"_qs : u"false"_qs) : u"unknown"_qs);
    }
    return out;
}

} // namespace

class TestCanIDeployAgreement : public QObject
{
    Q_OBJECT

private:
    QString m_reference;
    std::unique_ptr<TestBroker> m_broker;

    void freshBroker(int unknownAnswers)
    {
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        QVERIFY(Test::fillOrdersAndShop(*m_broker));
        m_broker->setUnknownFor(unknownAnswers);
    }

    Outcome observe(int code, const QString &stdoutText, bool json)
    {
        Outcome o;
        o.code = code;
        for (const Test::RecordedRequest &r : m_broker->requests("GET", u"/matrix"_qs))
            o.queries << r.query.toString(QUrl::FullyDecoded);
        if (json) {
            const QJsonObject doc = QJsonDocument::fromJson(stdoutText.trimmed().toUtf8()).object();
            o.summary = doc.value(u"summary").toObject();
            o.rows = rowsOf(doc);
        }
        o.output = stdoutText.right(3000);
        return o;
    }

    Outcome runReference(const QStringList &args, bool json)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &v : {u"PACT_BROKER_BASE_URL"_qs, u"PACT_BROKER_USERNAME"_qs, u"PACT_BROKER_PASSWORD"_qs,
                                 u"PACT_BROKER_TOKEN"_qs, u"PACT_BROKER_CAN_I_DEPLOY_IGNORE"_qs})
            e.remove(v);
        e.insert(u"PACT_DO_NOT_TRACK"_qs, u"true"_qs);
        QProcess p;
        p.setProcessEnvironment(e);
        QSignalSpy done(&p, &QProcess::finished); // the broker answers while we wait
        p.start(m_reference, QStringList{u"broker"_qs, u"can-i-deploy"_qs} + args);
        if (!done.wait(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        Outcome o = observe(code, QString::fromUtf8(p.readAllStandardOutput()), json);
        o.output += QString::fromUtf8(p.readAllStandardError()).right(2000);
        return o;
    }

    Outcome runOurs(const QStringList &args, bool json)
    {
        const Test::CliRun r = Test::runCli(u"broker"_qs, QStringList{u"can-i-deploy"_qs} + args);
        Outcome o = observe(r.code, r.out, json);
        o.output += r.err;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir); // skips, or fails under CI=true, when the reference cannot be had
        m_reference = dir + u"/pact"_qs;
        for (const char *v : {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD", "PACT_BROKER_TOKEN",
                              "PACT_BROKER_CAN_I_DEPLOY_IGNORE"})
            qunsetenv(v);
    }

    void agree_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("unknownAnswers"); ///< matrix answers that come back unknown first
        QTest::addColumn<int>("expectedCode"); ///< both must give it
        const QStringList web10{u"--pacticipant"_qs, u"OrderWeb"_qs, u"--version"_qs, u"1.0.0"_qs};
        const QStringList web11{u"--pacticipant"_qs, u"OrderWeb"_qs, u"--version"_qs, u"1.1.0"_qs};
        const QStringList prod{u"--to-environment"_qs, u"production"_qs};
        for (const QString &format : {u"table"_qs, u"json"_qs}) {
            const QStringList out{u"--output"_qs, format};
            const auto row = [&format](const char *name) -> QTestData & { return QTest::newRow(qPrintable(format + u": "_qs + QLatin1StringView(name))); };
            row("deployable to an environment") << web10 + prod + out << 0 << 0;
            row("missing verification") << web11 + prod + out << 0 << 1;
            row("failed verification") << web11 + prod + QStringList{u"--ignore"_qs, u"Payments"_qs} + out << 0 << 1;
            // A pending pact blocks a deployment like any other: can-i-deploy does not look at pending.
            row("pending pact never verified") << QStringList{u"-a"_qs, u"Shop"_qs, u"-e"_qs, u"1.0.0"_qs} + prod + out << 0 << 1;
            row("ignored pacticipant") << QStringList{u"-a"_qs, u"Shop"_qs, u"-e"_qs, u"1.0.0"_qs} + prod
                    + QStringList{u"--ignore"_qs, u"Payments"_qs} + out << 0 << 0;
            row("unknown after retries") << web10 + prod + out + QStringList{u"--retry-while-unknown"_qs, u"1"_qs, u"--retry-interval"_qs, u"0"_qs} << 5 << 1;
            row("known after a retry") << web10 + prod + out + QStringList{u"--retry-while-unknown"_qs, u"2"_qs, u"--retry-interval"_qs, u"0"_qs} << 1 << 0;
            row("by tag") << web10 + QStringList{u"--to"_qs, u"prod"_qs} + out << 0 << 0;
            row("with the latest tagged version") << web10 + QStringList{u"-a"_qs, u"OrderService"_qs, u"--latest"_qs, u"prod"_qs} + out << 0 << 0;
            row("unknown version") << QStringList{u"-a"_qs, u"OrderWeb"_qs, u"-e"_qs, u"9.9.9"_qs} + prod + out << 0 << 1;
            row("dry run") << web11 + prod + out + QStringList{u"--dry-run"_qs} << 0 << 0;
            // The HTTP options every `pact broker` command shares (tests/cli/tst_describeversionagreement.cpp compares their effects).
            row("shared HTTP options") << web10 + prod + out + QStringList{u"--custom-header"_qs, u"X-Api-Key: abc"_qs, u"--retries"_qs, u"3"_qs,
                    u"--log-level"_qs, u"off"_qs, u"--ssl-trust-store"_qs, u"true"_qs} << 0 << 0;
        }
    }
    void agree()
    {
        QFETCH(QStringList, args);
        QFETCH(int, unknownAnswers);
        QFETCH(int, expectedCode);
        const bool json = args.contains(u"json"_qs);
        freshBroker(unknownAnswers);
        const QStringList all = args + QStringList{u"--broker-base-url"_qs, m_broker->baseUrl().toString()};
        const Outcome reference = runReference(all, json);
        freshBroker(unknownAnswers);
        const QStringList ours = args + QStringList{u"--broker-base-url"_qs, m_broker->baseUrl().toString()};
        const Outcome pactbench = runOurs(ours, json);
        QVERIFY2(reference.code >= 0, qPrintable(u"the reference did not finish: "_qs + reference.output));
        Outcome expected = reference;
        if (json) {
            QCOMPARE(reference.code, 0); // the reference's JSON branch: always 0 (see the top of this file)
            expected.code = expectedCode;
        }
        QVERIFY2(expected == pactbench, qPrintable(u"reference:\n"_qs + reference.output + u"\npactbench:\n"_qs + pactbench.output));
        QCOMPARE(pactbench.code, expectedCode);
        if (json)
            QVERIFY(!pactbench.summary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCanIDeployAgreement)
#include "tst_canideployagreement.moc"
