// SPDX-License-Identifier: MIT
// `pactbench-cli broker describe-version --environment ENV [--deployed|--released]` against the
// reference `pact broker describe-version` (pact-cli 18.x, from ../shared/oracles) on the same local
// test broker: same exit code, same requests to the broker (GET /, /environments, then the
// environment's currently-deployed and/or currently-supported lists, in that order) and, with
// --output json, the same document (the list entries of the pacticipant, deployed first); the table's
// rows (cells, whitespace collapsed) are the same. Under CI=true a missing reference fails the test
// (PACTBENCH_REQUIRE_ORACLE).
//
// Different on purpose: we ask the lists with `?pacticipant=NAME` (the broker filters; we filter
// too, for brokers that ignore it), the reference takes every pacticipant's entries and filters
// them itself; a released version's STATUS is "Released" here and "Unknown" in the reference, which
// looks for currentlyDeployed, a field release resources do not have (the broker gives them
// currentlySupported); the table is plain ASCII.

#include "../broker/deploytestdata.h"
#include "../broker/testbroker.h"

#include "clirun.h"

#include <testpaths.h>

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;

namespace {

struct Outcome
{
    int code = -1;
    int withApiKey = 0; ///< requests that carried X-Api-Key: abc
    QStringList requests; ///< "GET /path?query", decoded
    QString out;
    QString err;
};

/// Table cells with runs of spaces, box drawing and rules collapsed, one string per row.
QStringList tableRows(const QString &text)
{
    QStringList rows;
    for (QString line : text.split(u'\n')) {
        for (const QChar c : {u'|', u'\u2502', u'\u2503', u'\u2506', u'\u250a'})
            line.replace(c, u' ');
        line = line.simplified();
        const bool rule = std::all_of(line.cbegin(), line.cend(), [](QChar c) {
            return c == u'-' || c == u'+' || c == u' ' || c == u'=' || (c.unicode() >= 0x2500 && c.unicode() < 0x2580);
        });
        if (!rule)
            rows << line;
    }
    return rows;
}

} // namespace

class TestDescribeVersionAgreement : public QObject
{
    Q_OBJECT

private:
    QString m_reference;
    std::unique_ptr<TestBroker> m_broker;

    void freshBroker()
    {
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        QVERIFY(Test::fillOrders(*m_broker));
        m_broker->addDeployment(u"OrderService"_qs, u"2.1.0"_qs, u"production"_qs, false, u"blue"_qs);
        m_broker->addDeployment(u"OrderService"_qs, u"2.0.0"_qs, u"production"_qs, true);
        m_broker->addDeployment(u"OrderService"_qs, u"2.1.0"_qs, u"test"_qs);
    }
    Outcome observe(int code, const QString &out, const QString &err) const
    {
        // Each broker has its own port and uuids.
        static const QRegularExpression uuids(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_qs);
        Outcome o{code, 0, {}, QString(out).replace(m_broker->baseUrl().toString(), u"{broker}"_qs).replace(uuids, u"{uuid}"_qs), err};
        static const QRegularExpression uuid(u"/environments/[^/]+/"_qs); // each broker has its own
        for (const Test::RecordedRequest &r : m_broker->requests())
            o.withApiKey += r.header("X-Api-Key") == "abc" ? 1 : 0;
        for (const Test::RecordedRequest &r : m_broker->requests())
            o.requests << QString::fromLatin1(r.method) + u' ' + QString(r.path).replace(uuid, u"/environments/{uuid}/"_qs)
                    + (r.query.isEmpty() ? QString() : u'?' + r.query.toString(QUrl::FullyDecoded));
        return o;
    }
    Outcome runReference(const QStringList &args)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &v : {u"PACT_BROKER_BASE_URL"_qs, u"PACT_BROKER_USERNAME"_qs, u"PACT_BROKER_PASSWORD"_qs,
                                 u"PACT_BROKER_TOKEN"_qs})
            e.remove(v);
        e.insert(u"PACT_DO_NOT_TRACK"_qs, u"true"_qs);
        QProcess p;
        p.setProcessEnvironment(e);
        QSignalSpy done(&p, &QProcess::finished); // the broker answers while we wait
        p.start(m_reference, QStringList{u"broker"_qs, u"describe-version"_qs} + args);
        if (!done.wait(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        return observe(code, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()));
    }
    Outcome runOurs(const QStringList &args)
    {
        const Test::CliRun r = Test::runCli(u"broker"_qs, QStringList{u"describe-version"_qs} + args);
        return observe(r.code, r.out, r.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString dir;
        PACTBENCH_REQUIRE_ORACLE(dir); // skips, or fails under CI=true, when the reference cannot be had
        m_reference = dir + u"/pact"_qs;
        for (const char *v : {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD", "PACT_BROKER_TOKEN"})
            qunsetenv(v);
    }

    void agree_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expectedCode");
        for (const QString &format : {u"table"_qs, u"json"_qs}) {
            const QStringList out{u"--output"_qs, format};
            const auto row = [&format](const char *name) -> QTestData & { return QTest::newRow(qPrintable(format + u": "_qs + QLatin1StringView(name))); };
            const QStringList service{u"-a"_qs, u"OrderService"_qs};
            row("deployed and released") << service + QStringList{u"--environment"_qs, u"production"_qs} + out << 0;
            row("deployed only") << service + QStringList{u"--environment"_qs, u"production"_qs, u"--deployed"_qs} + out << 0;
            row("released only") << service + QStringList{u"--environment"_qs, u"production"_qs, u"--released"_qs} + out << 0;
            row("other environment") << service + QStringList{u"--environment"_qs, u"test"_qs} + out << 0;
            row("nothing there") << QStringList{u"-a"_qs, u"Payments"_qs, u"--environment"_qs, u"test"_qs} + out << 0;
            row("unknown environment") << service + QStringList{u"--environment"_qs, u"staging"_qs} + out << 1;
        }
    }
    void agree()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expectedCode);
        freshBroker();
        const Outcome reference = runReference(args + QStringList{u"-b"_qs, m_broker->baseUrl().toString()});
        freshBroker();
        const Outcome ours = runOurs(args + QStringList{u"-b"_qs, m_broker->baseUrl().toString()});
        const QString both = u"reference (%1):\n%2%3\n%4\npactbench (%5):\n%6%7\n%8"_qs.arg(reference.code).arg(reference.out, reference.err,
            reference.requests.join(u'\n')).arg(ours.code).arg(ours.out, ours.err, ours.requests.join(u'\n'));
        QVERIFY2(reference.code >= 0, qPrintable(both));
        if (qEnvironmentVariableIsSet("PACTBENCH_DUMP"))
            qInfo().noquote() << both;
        QVERIFY2(reference.code == ours.code, qPrintable(both));
        QCOMPARE(ours.code, expectedCode);
        QStringList withoutFilter = ours.requests;
        for (QString &r : withoutFilter) {
            if (r.contains(u"/currently-"_qs)) {
                QVERIFY2(r.endsWith(u"?pacticipant="_qs + args.at(1)), qPrintable(r));
                r = r.section(u'?', 0, 0);
            }
        }
        QVERIFY2(reference.requests == withoutFilter, qPrintable(both));
        if (args.contains(u"json"_qs)) {
            const QJsonDocument a = QJsonDocument::fromJson(reference.out.toUtf8());
            const QJsonDocument b = QJsonDocument::fromJson(ours.out.toUtf8());
            QVERIFY2(ours.code != 0 || (!a.isNull() && a == b), qPrintable(both));
        } else if (ours.code == 0) {
            QStringList expected = tableRows(reference.out);
            expected.replaceInStrings(QRegularExpression(u"^(\\S+) Unknown "_qs), u"\\1 Released "_qs);
            QVERIFY2(expected == tableRows(ours.out), qPrintable(both));
        }
    }

    /// The options every `pact broker` deployment command shares: both accept or refuse the same values.
    void options_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("indexFailures"); ///< GET / answers 503 this many times first
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("custom header") << QStringList{u"--custom-header"_qs, u"X-Api-Key: abc"_qs} << 0 << 0;
        // The reference makes --retries N attempts in all (at least one), its help's "times to retry"
        // notwithstanding; so do we.
        QTest::newRow("retries 2, two 503s") << QStringList{u"--retries"_qs, u"2"_qs} << 2 << 1;
        QTest::newRow("retries 1, one 503") << QStringList{u"--retries"_qs, u"1"_qs} << 1 << 1;
        QTest::newRow("retries 3, two 503s") << QStringList{u"--retries"_qs, u"3"_qs} << 2 << 0;
        QTest::newRow("retries 3, three 503s") << QStringList{u"--retries"_qs, u"3"_qs} << 3 << 1;
        QTest::newRow("retries 0, one 503") << QStringList{u"--retries"_qs, u"0"_qs} << 1 << 1;
        QTest::newRow("log level info") << QStringList{u"--log-level"_qs, u"info"_qs} << 0 << 0;
        QTest::newRow("log level bogus") << QStringList{u"--log-level"_qs, u"loud"_qs} << 0 << 2;
        QTest::newRow("trust store false over http") << QStringList{u"--ssl-trust-store"_qs, u"false"_qs} << 0 << 0;
        QTest::newRow("trust store bogus") << QStringList{u"--ssl-trust-store"_qs, u"maybe"_qs} << 0 << 2;
        QTest::newRow("otel protocol bogus") << QStringList{u"--otel-exporter-protocol"_qs, u"grpc"_qs} << 0 << 2;
        QTest::newRow("otel stdout") << QStringList{u"--enable-otel"_qs, u"--otel-exporter"_qs, u"stdout"_qs} << 0 << 0;
    }
    void options()
    {
        QFETCH(QStringList, args);
        QFETCH(int, indexFailures);
        QFETCH(int, expectedCode);
        qputenv("PACTBENCH_BROKER_RETRY_SECOND_MS", "1");
        const QStringList all = QStringList{u"-a"_qs, u"OrderService"_qs, u"--environment"_qs, u"production"_qs} + args;
        Outcome results[2];
        for (int i = 0; i < 2; ++i) {
            freshBroker();
            if (indexFailures > 0) {
                m_broker->setOverride("GET", u"/"_qs, {503, "{}", "application/json", 0, {}});
                auto count = std::make_shared<int>(0);
                connect(m_broker.get(), &TestBroker::requestReceived, m_broker.get(), [this, count, indexFailures] {
                    if (m_broker->requests().constLast().path == u"/" && ++*count == indexFailures + 1)
                        m_broker->clearOverride("GET", u"/"_qs);
                });
            }
            const QStringList withBroker = all + QStringList{u"-b"_qs, m_broker->baseUrl().toString()};
            results[i] = i == 0 ? runReference(withBroker) : runOurs(withBroker);
        }
        qunsetenv("PACTBENCH_BROKER_RETRY_SECOND_MS");
        const Outcome &reference = results[0], &ours = results[1];
        const QString both = u"reference (%1):\n%2%3\n%4\npactbench (%5):\n%6%7\n%8"_qs.arg(reference.code)
                                 .arg(reference.out, reference.err.left(3000), reference.requests.join(u'\n')).arg(ours.code)
                                 .arg(ours.out, ours.err.left(3000), ours.requests.join(u'\n'));
        QVERIFY2(reference.code == ours.code, qPrintable(both));
        QCOMPARE(ours.code, expectedCode);
        QCOMPARE(ours.requests.count(u"GET /"_qs), reference.requests.count(u"GET /"_qs));
        QCOMPARE(ours.requests.size(), reference.requests.size());
        QCOMPARE(ours.withApiKey, reference.withApiKey);
        if (args.contains(u"--custom-header"_qs))
            QCOMPARE(ours.withApiKey, ours.requests.size());
    }
};

QTEST_GUILESS_MAIN(TestDescribeVersionAgreement)
#include "tst_describeversionagreement.moc"
