// SPDX-License-Identifier: MIT
// `pactbench-cli mock` as users run it: the built binary in a QProcess, stopped with SIGTERM or
// SIGINT; its URL line, one line per request, the summary and the exit code.
#include "mocktesthelpers.h"

#include <core/model/pactreader.h>

#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>

using namespace MockTest;

namespace {
const QString Cli = QStringLiteral(PACTBENCH_CLI_PATH);
const QString PactFile = QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/mockserver/mockpact.json");
} // namespace

class TestMockCommand : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    // Starts the command and returns the URL from its first line.
    static QUrl startCli(QProcess &p, const QStringList &args)
    {
        p.start(Cli, QStringList{ QStringLiteral("mock"), PactFile } + args);
        if (!p.waitForStarted(5000))
            return {};
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains('\n') && clock.elapsed() < 10000) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        const qsizetype at = out.indexOf("http");
        return at < 0 ? QUrl() : QUrl(QString::fromUtf8(out.mid(at, out.indexOf(' ', at) - at)));
    }

    // Sends the signal and returns everything printed after the first line.
    static QByteArray stopWith(QProcess &p, int signalNumber, int *exitCode)
    {
        ::kill(pid_t(p.processId()), signalNumber);
        p.waitForFinished(10000);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void allCalledExitsZeroOnSigterm()
    {
        QProcess p;
        const QUrl url = startCli(p, { QStringLiteral("--state"), QStringLiteral("user 1 exists") });
        QVERIFY2(url.isValid() && url.port() > 0, p.readAllStandardError().constData());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(
            send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } })
                .status,
            200);
        int exitCode = -1;
        const QByteArray out = stopWith(p, SIGTERM, &exitCode);
        QVERIFY2(out.contains("[1] 200 GET /users/1  matched \"get user\""), out.constData());
        QVERIFY2(
            out.contains("Summary: 1 request(s): 1 matched, 0 mismatched, 0 unexpected; 0 missing"), out.constData());
        QCOMPARE(exitCode, 0);
    }

    void cleanRunWritesTheExercisedPact_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<Pactbench::SpecVersion>("expected");
        QTest::newRow("V4") << QStringLiteral("4") << Pactbench::SpecVersion::V4;
        QTest::newRow("V3") << QStringLiteral("3") << Pactbench::SpecVersion::V3;
    }

    void cleanRunWritesTheExercisedPact()
    {
        QFETCH(QString, version);
        QFETCH(Pactbench::SpecVersion, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out/exercised.json"));
        QProcess p;
        const QUrl url = startCli(p,
            { QStringLiteral("--state"), QStringLiteral("user 1 exists"), QStringLiteral("--write-pact"), path,
                QStringLiteral("--pact-version"), version });
        QVERIFY(url.isValid());
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } });
        int exitCode = -1;
        const QByteArray out = stopWith(p, SIGTERM, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains("Wrote the exercised pact"), out.constData());
        const Pactbench::ReadResult written = Pactbench::PactReader::readFile(path);
        QVERIFY(written.ok());
        QCOMPARE(written.pact->specVersion, expected);
        QCOMPARE(written.pact->interactions.size(), 1);
        QCOMPARE(written.pact->interactions.constFirst().description, QStringLiteral("get user"));
    }

    void failedRunWritesNoPact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exercised.json"));
        QProcess p;
        const QUrl url = startCli(p, { QStringLiteral("--write-pact"), path });
        QVERIFY(url.isValid());
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/nowhere"))));
        int exitCode = -1;
        stopWith(p, SIGTERM, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(!QFile::exists(path));
    }

    void problemsExitOneOnSigint()
    {
        QProcess p;
        const QUrl url = startCli(p, {});
        QVERIFY(url.isValid());
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "text/plain" } });
        send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/nowhere"))));
        int exitCode = -1;
        const QByteArray out = stopWith(p, SIGINT, &exitCode); // the last batch is printed before the summary
        QVERIFY2(out.contains("[1] 500 GET /users/1  MISMATCH, closest \"get user\""), out.constData());
        QVERIFY2(out.contains("header 'Accept'"), out.constData());
        QVERIFY2(out.contains("[2] 500 GET /nowhere  UNEXPECTED"), out.constData());
        QVERIFY2(out.contains("2 request(s): 0 matched, 1 mismatched, 1 unexpected; 6 missing"), out.constData());
        QVERIFY2(out.contains("missing: \"create user\" (POST /users)"), out.constData());
        QVERIFY(out.contains("FAILED"));
        QCOMPARE(exitCode, 1);
    }

    void missingOnlyExitsOne()
    {
        QProcess p;
        QVERIFY(startCli(p, { QStringLiteral("--cors") }).isValid());
        int exitCode = -1;
        const QByteArray out = stopWith(p, SIGTERM, &exitCode);
        QVERIFY2(out.contains("0 request(s): 0 matched, 0 mismatched, 0 unexpected; 7 missing"), out.constData());
        QCOMPARE(exitCode, 1);
    }

    // --max-connections: one connection over it gets 503 + Connection: close; the one served goes on,
    // and once it leaves a new client is served again.
    void maxConnectionsTurnsAwayTheExtra()
    {
        QProcess p;
        const QUrl url = startCli(p,
            { QStringLiteral("--state"), QStringLiteral("user 1 exists"), QStringLiteral("--max-connections"),
                QStringLiteral("1") });
        QVERIFY2(url.isValid() && url.port() > 0, p.readAllStandardError().constData());
        const QByteArray get = "GET /users/1 HTTP/1.1\r\nHost: test\r\nAccept: application/json\r\n\r\n";
        QTcpSocket held; // the server is another process: blocking waits are fine here
        held.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(held.waitForConnected(5000));
        held.write(get);
        QVERIFY(held.waitForReadyRead(5000));
        QVERIFY(held.readAll().startsWith("HTTP/1.1 200"));

        QTcpSocket extra;
        extra.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(extra.waitForConnected(5000));
        QByteArray answer;
        while (extra.waitForReadyRead(5000))
            answer += extra.readAll();
        answer += extra.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
        QCOMPARE(extra.state(), QAbstractSocket::UnconnectedState);

        held.write(get); // still served
        QVERIFY(held.waitForReadyRead(5000));
        QVERIFY(held.readAll().startsWith("HTTP/1.1 200"));
        held.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(
            send(m_nam, "GET", url.resolved(QUrl(QStringLiteral("/users/1"))), { { "Accept", "application/json" } })
                .status,
            200, 10000);
        int exitCode = -1;
        const QByteArray out = stopWith(p, SIGTERM, &exitCode);
        QVERIFY2(!out.contains(" 503 "), out.constData()); // turned away before any handler: not in the journal
        QCOMPARE(exitCode, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("bad port") << QStringList{ QStringLiteral("mock"), PactFile, QStringLiteral("--port"),
            QStringLiteral("x") };
        QTest::addRow("bad host") << QStringList{ QStringLiteral("mock"), PactFile, QStringLiteral("--host"),
            QStringLiteral("nohost") };
        QTest::addRow("no pact") << QStringList{ QStringLiteral("mock") };
        QTest::addRow("bad pact version")
            << QStringList{ QStringLiteral("mock"), PactFile, QStringLiteral("--pact-version"), QStringLiteral("5") };
        QTest::addRow("missing file") << QStringList{ QStringLiteral("mock"), QStringLiteral("/nonexistent.json") };
        QTest::addRow("nothing to serve") << QStringList{ QStringLiteral("mock"), PactFile, QStringLiteral("--state"),
            QStringLiteral("no such state") };
        QTest::addRow("bad max connections") << QStringList{ QStringLiteral("mock"), PactFile,
            QStringLiteral("--max-connections"), QStringLiteral("0") };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(Cli, args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_MAIN(TestMockCommand)
#include "tst_mockcommand.moc"
