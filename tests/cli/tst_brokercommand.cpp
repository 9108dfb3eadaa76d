// SPDX-License-Identifier: MIT
// pactbench-cli broker list|fetch|publish, run in-process against the local test broker:
// exit codes, output, files written, requests sent, and secrets never shown.

#include "brokertestdata.h"
#include "testbroker.h"

#include "clirun.h"
#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>
#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using Pactbench::Test::TestBroker;

Q_DECLARE_METATYPE(Pactbench::SpecVersion)

namespace {

using Run = Test::CliRun;

Run cli(const QStringList &args)
{
    return Test::runCli(QStringLiteral("broker"), args);
}

const char *const kVariables[] = {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD", "PACT_BROKER_TOKEN"};

} // namespace

class TestBrokerCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;

    QStringList url() const { return {u"--broker-base-url"_qs, m_broker->baseUrl().toString()}; }

private Q_SLOTS:
    void init()
    {
        for (const char *v : kVariables)
            qunsetenv(v);
        m_broker = std::make_unique<TestBroker>();
        QVERIFY(m_broker->start());
        Test::fillBroker(*m_broker);
    }
    void cleanup()
    {
        m_broker.reset();
        for (const char *v : kVariables)
            qunsetenv(v);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("no sub-command") << QStringList{} << 2 << u"Usage: pactbench-cli broker"_qs;
        QTest::addRow("help") << QStringList{u"--help"_qs} << 0 << u"Usage: pactbench-cli broker"_qs;
        QTest::addRow("fetch help") << QStringList{u"fetch"_qs, u"--help"_qs} << 0 << u"--broker-base-url"_qs;
        QTest::addRow("unknown sub-command") << QStringList{u"frob"_qs} << 2 << u"unknown sub-command 'frob'"_qs;
        QTest::addRow("no broker URL") << QStringList{u"list"_qs} << 2 << u"no broker: give --broker-base-url or set PACT_BROKER_BASE_URL"_qs;
        QTest::addRow("list takes no files") << QStringList{u"list"_qs, u"x"_qs} << 2 << u"expected 0 argument(s)"_qs;
        QTest::addRow("fetch without names") << QStringList{u"fetch"_qs, u"-b"_qs, u"http://x"_qs} << 2
                                             << u"--consumer and --provider are required"_qs;
        QTest::addRow("fetch branch and tag") << QStringList{u"fetch"_qs, u"--consumer"_qs, u"A"_qs, u"--provider"_qs, u"B"_qs,
                                                             u"--branch"_qs, u"x"_qs, u"--tag"_qs, u"y"_qs}
                                              << 2 << u"give at most one of --branch, --tag and --version"_qs;
        QTest::addRow("publish without version") << QStringList{u"publish"_qs, u"x.json"_qs} << 2
                                                 << u"--consumer-app-version is required"_qs;
        QTest::addRow("publish without files") << QStringList{u"publish"_qs, u"-a"_qs, u"1"_qs} << 2 << u"expected 1 or more argument(s)"_qs;
        QTest::addRow("bad timeout") << QStringList{u"list"_qs, u"-b"_qs, u"http://x"_qs, u"--timeout"_qs, u"soon"_qs} << 2
                                     << u"--timeout must be a positive number of seconds"_qs;
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2((code == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
        QVERIFY(m_broker->requests().isEmpty());
    }

    void list()
    {
        const Run r = cli(QStringList{u"list"_qs} + url());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Pacticipants (4):\n  Bar\n  Baz\n  Consumer 2\n  Foo  (main branch main)\nLatest pacts (3):\n"));
        QVERIFY(r.out.contains(u"  Foo 1.1.0 -> Bar  "_qs + m_broker->baseUrl().toString() + u"/pacts/provider/Bar/consumer/Foo/latest\n"));
        QVERIFY(r.err.isEmpty());
    }

    void environmentVariables()
    {
        m_broker->requireBearer(u"env-token"_qs);
        qputenv("PACT_BROKER_BASE_URL", m_broker->baseUrl().toEncoded());
        qputenv("PACT_BROKER_TOKEN", "env-token");
        QCOMPARE(cli({u"list"_qs}).code, 0);
        QCOMPARE(m_broker->requests().first().header("authorization"), QByteArray("Bearer env-token"));
        // Options win over the environment.
        m_broker->clearRequests();
        const Run r = cli({u"list"_qs, u"--broker-token"_qs, u"option-token"_qs});
        QCOMPARE(r.code, 1);
        QCOMPARE(m_broker->requests().first().header("authorization"), QByteArray("Bearer option-token"));
    }

    void basicAuthFromOptions()
    {
        m_broker->requireBasic(u"ci"_qs, u"pw"_qs);
        const Run r = cli(QStringList{u"list"_qs, u"-u"_qs, u"ci"_qs, u"-p"_qs, u"pw"_qs} + url());
        QCOMPARE(r.code, 0);
        QCOMPARE(m_broker->requests().first().header("authorization"), "Basic " + QByteArray("ci:pw").toBase64());
    }

    void fetch_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::addColumn<QString>("consumer");
        QTest::addColumn<QString>("version");
        QTest::addColumn<SpecVersion>("spec");
        QTest::addRow("latest V3") << QStringList{} << u"Foo"_qs << u"1.1.0"_qs << SpecVersion::V3;
        QTest::addRow("branch") << QStringList{u"--branch"_qs, u"main"_qs} << u"Foo"_qs << u"1.0.0"_qs << SpecVersion::V3;
        QTest::addRow("tag") << QStringList{u"--tag"_qs, u"prod"_qs} << u"Foo"_qs << u"1.0.0"_qs << SpecVersion::V3;
        QTest::addRow("version, V4 kept") << QStringList{u"--version"_qs, u"2.0.0"_qs} << u"Consumer 2"_qs << u"2.0.0"_qs << SpecVersion::V4;
    }
    void fetch()
    {
        QFETCH(QStringList, selection);
        QFETCH(QString, consumer);
        QFETCH(QString, version);
        QFETCH(SpecVersion, spec);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"pact.json"_qs);
        const Run r = cli(QStringList{u"fetch"_qs, u"--consumer"_qs, consumer, u"--provider"_qs, u"Bar"_qs, u"-o"_qs, file} + selection + url());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"(consumer version "_qs + version + u") as "_qs + specVersionLabel(spec) + u" into "_qs + file), qPrintable(r.err));
        const ReadResult saved = PactReader::readFile(file);
        QVERIFY(saved.ok());
        QCOMPARE(saved.pact->specVersion, spec);
        const TestBroker::StoredPact *stored = nullptr;
        for (const auto &p : m_broker->pacts()) {
            if (p.consumer == consumer && p.provider == u"Bar" && p.version == version)
                stored = &p;
        }
        QVERIFY(stored);
        QCOMPARE(Test::readAll(file), PactWriter::write(*PactReader::read(stored->content).pact, spec));
        QVERIFY(!Test::readAll(file).contains("_links"));
    }

    void fetchToStandardOutput()
    {
        const Run r = cli(QStringList{u"fetch"_qs, u"--consumer"_qs, u"Foo"_qs, u"--provider"_qs, u"Baz"_qs} + url());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.toUtf8(), PactWriter::write(*PactReader::read(m_broker->pacts().at(3).content).pact, SpecVersion::V3));
    }

    void fetchNotFound()
    {
        const Run r = cli(QStringList{u"fetch"_qs, u"--consumer"_qs, u"Nobody"_qs, u"--provider"_qs, u"Bar"_qs} + url());
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"pactbench-cli broker fetch: the latest pact from 'Nobody' to 'Bar' not found on the broker\n"_qs);
        QVERIFY(r.out.isEmpty());
    }

    void publish()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(u"more"_qs);
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(u"a.json"_qs, Test::pactJson(u"Web"_qs, u"Bar"_qs));
        write(u"more/b.json"_qs, Test::pactJson(u"Web"_qs, u"Baz"_qs, u"x"_qs, u"4.0"_qs));
        write(u"more/notes.txt"_qs, "not a pact");
        write(u"more/c.json"_qs, Test::pactJson(u"Mobile"_qs, u"Bar"_qs));
        const Run r = cli(QStringList{u"publish"_qs, dir.filePath(u"a.json"_qs), dir.filePath(u"more"_qs), u"--consumer-app-version"_qs,
                                      u"7.0.0"_qs, u"--branch"_qs, u"main"_qs, u"--tag"_qs, u"dev"_qs, u"-t"_qs, u"rc"_qs,
                                      u"--build-url"_qs, u"https://ci/1"_qs}
                          + url());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"published 2 pact(s) of Web version 7.0.0\n"), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"published 1 pact(s) of Mobile version 7.0.0\n"));
        QVERIFY(r.out.contains(u"success: Pact published for Web version 7.0.0 and provider Baz."));
        const auto posts = m_broker->requests("POST", u"/contracts/publish"_qs);
        QCOMPARE(posts.size(), 2); // one per consumer, in name order
        QCOMPARE(posts.at(0).json().value(u"pacticipantName"), u"Mobile"_qs);
        const QJsonObject web = posts.at(1).json();
        QCOMPARE(web.value(u"tags").toArray(), QJsonArray({u"dev"_qs, u"rc"_qs}));
        QCOMPARE(web.value(u"branch"), u"main"_qs);
        QCOMPARE(web.value(u"buildUrl"), u"https://ci/1"_qs);
        const QJsonArray contracts = web.value(u"contracts").toArray();
        QCOMPARE(contracts.size(), 2);
        // The files' own bytes are published, not a rewrite.
        QCOMPARE(QByteArray::fromBase64(contracts.at(1).toObject().value(u"content").toString().toLatin1()),
                 Test::pactJson(u"Web"_qs, u"Baz"_qs, u"x"_qs, u"4.0"_qs));
    }

    void publishRefusesBrokenFiles()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"broken.json"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"consumer\": ");
        f.close();
        const Run r = cli(QStringList{u"publish"_qs, f.fileName(), u"-a"_qs, u"1"_qs} + url());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"not a pact with consumer and provider names; nothing published"));
        QVERIFY(m_broker->requests().isEmpty());
    }

    void publishConflictFails()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"foo.json"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Test::pactJson(u"Foo"_qs, u"Bar"_qs, u"changed"_qs));
        f.close();
        const Run r = cli(QStringList{u"publish"_qs, f.fileName(), u"-a"_qs, u"1.0.0"_qs} + url());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"conflict with what it already has (409)"));
        QVERIFY(r.err.contains(u"\n  content: Cannot change the content of the pact for Foo version 1.0.0"));
    }

    void secretsNeverShown_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("fromEnvironment");
        QTest::addColumn<bool>("refused");
        const QStringList list{u"list"_qs};
        const QStringList fetch{u"fetch"_qs, u"--consumer"_qs, u"Foo"_qs, u"--provider"_qs, u"Bar"_qs};
        const QStringList publish{u"publish"_qs, u"-a"_qs, u"1"_qs};
        for (bool env : {false, true}) {
            const QString how = env ? u" (environment)"_qs : u" (options)"_qs;
            QTest::addRow("%s", qPrintable(u"list 401"_qs + how)) << list << env << false;
            QTest::addRow("%s", qPrintable(u"fetch 401"_qs + how)) << fetch << env << false;
            QTest::addRow("%s", qPrintable(u"publish 401"_qs + how)) << publish << env << false;
            QTest::addRow("%s", qPrintable(u"list refused"_qs + how)) << list << env << true;
        }
    }
    void secretsNeverShown()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, fromEnvironment);
        QFETCH(bool, refused);
        m_broker->requireBasic(u"admin"_qs, u"the-right-one"_qs);
        QTemporaryDir dir;
        if (args.first() == u"publish") {
            QFile f(dir.filePath(u"p.json"_qs));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Test::pactJson(u"Web"_qs, u"Bar"_qs));
            args << f.fileName();
        }
        const QString password = u"Pa55-Secret-Value"_qs;
        const QString base = refused ? TestBroker::refusedUrl().toString() : m_broker->baseUrl().toString();
        for (const bool token : {false, true}) {
            QStringList all = args;
            if (fromEnvironment) {
                qputenv("PACT_BROKER_BASE_URL", base.toUtf8());
                qputenv(token ? "PACT_BROKER_TOKEN" : "PACT_BROKER_PASSWORD", password.toUtf8());
                qputenv("PACT_BROKER_USERNAME", "admin");
            } else {
                all << u"-b"_qs << base << u"-u"_qs << u"admin"_qs << (token ? u"-k"_qs : u"-p"_qs) << password;
            }
            const Run r = cli(all);
            QCOMPARE(r.code, 1);
            const QString output = r.out + r.err;
            QVERIFY2(output.contains(refused ? u"connection refused"_qs : u"401 Unauthorized"_qs), qPrintable(output));
            QVERIFY(!output.contains(password));
            QVERIFY(!output.contains(QString::fromLatin1(QByteArray("admin:" + password.toUtf8()).toBase64())));
            QVERIFY(output.contains(refused ? u"connection refused"_qs : (token ? u"a bearer token"_qs : u"basic auth (username and password)"_qs)));
            for (const char *v : kVariables)
                qunsetenv(v);
        }
    }
};

QTEST_GUILESS_MAIN(TestBrokerCommand)
#include "tst_brokercommand.moc"
