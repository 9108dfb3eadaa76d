// SPDX-License-Identifier: MIT
// Hostile pacts (tests/data/hostile, plus generated ones too big to keep in git) through the built
// `pactbench-cli` as users run it: validate, inspect, convert, mock (one request per interaction)
// and verify. Each command must end with a verdict (exit 0, 1 or 2; an error on stderr when not 0),
// never crash, stay under 1 GiB, and stop on SIGINT. The time limits are hang detectors, not timings.
#include <core/model/pactreader.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Pactbench;

// (The class comes first: moc stops reading at the raw strings below, whose braces do not balance.)
class TestHostilePacts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;
    QStringList m_committed; ///< tests/data/hostile as it was, hidden files included

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();
    void mockAndVerify_data();
    void mockAndVerify();
    void verifyStopsOnSigint();
    void cleanupTestCase();
};

namespace {

const QString Cli = QStringLiteral(PACTBENCH_CLI_PATH);
constexpr int HangMs = 120000; // far beyond the ~0.1 s these take: only a hang gets there
constexpr long MemoryLimitKiB = 1024 * 1024;

QDir hostileFolder()
{
    return QDir(QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/data/hostile"));
}

/// The largest resident size of any child waited for so far, in KiB.
long peakChildKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

QByteArray pactWith(const QByteArray &interactions)
{
    return R"({"consumer":{"name":"c"},"provider":{"name":"p"},"metadata":{"pactSpecification":{"version":"4.0"}},)"
           R"("interactions":[)"
        + interactions + "]}";
}

QByteArray httpInteraction(int i, const QByteArray &requestExtra, const QByteArray &response)
{
    return R"({"type":"Synchronous/HTTP","description":"i)" + QByteArray::number(i)
        + R"(","request":{"method":"POST","path":"/i)" + QByteArray::number(i) + '"' + requestExtra
        + R"(},"response":)" + response + "}";
}

/// Hostile pacts too large for git, written into `dir`.
void writeGenerated(const QString &dir)
{
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile f(dir + u'/' + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    };
    write("big-body.json",
        pactWith(httpInteraction(0, {}, R"({"status":200,"body":{"content":")" + QByteArray(30 << 20, 'x')
                + R"(","contentType":"text/plain","encoded":false}})")));
    QByteArray many;
    for (int i = 0; i < 5000; ++i)
        many += (i ? "," : "") + httpInteraction(i, {}, R"({"status":200})");
    write("many-interactions.json", pactWith(many));
    write("deep-json.json",
        pactWith(httpInteraction(0, R"(,"body":{"content":)" + QByteArray(100000, '[') + QByteArray(100000, ']')
                + R"(,"contentType":"application/json"})",
            R"({"status":200})")));
    const QByteArray deepXml = QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000);
    write("deep-xml.json",
        pactWith(httpInteraction(0,
            R"(,"headers":{"Content-Type":["application/xml"]},"body":{"content":")" + deepXml
                + R"(","contentType":"application/xml","encoded":false})",
            R"({"status":200,"headers":{"Content-Type":["application/xml"]},"body":{"content":")" + deepXml
                + R"(","contentType":"application/xml","encoded":false}})")));
}

struct Run
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// The commands' environment: their cache (the last-failed store) in the test's folder.
QProcessEnvironment g_environment = QProcessEnvironment::systemEnvironment();

Run runCli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(g_environment);
    p.start(Cli, args);
    Run r;
    r.finished = p.waitForStarted(10000) && p.waitForFinished(HangMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// The URL a `mock` process prints first, or nothing once it has ended.
QUrl mockUrl(QProcess &p)
{
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    p.waitForStarted(HangMs);
    while (!out.contains('\n') && p.state() == QProcess::Running && clock.elapsed() < HangMs) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    const qsizetype at = out.indexOf("http://");
    return at < 0 ? QUrl() : QUrl(QString::fromUtf8(out.mid(at, out.indexOf(' ', at) - at)));
}

/// Sends every HTTP interaction's request once; true when each got an answer.
bool callEveryInteraction(const Pact &pact, const QUrl &base, QString *problem)
{
    QNetworkAccessManager nam;
    nam.setAutoDeleteReplies(true);
    for (const Interaction &i : pact.interactions) {
        if (!i.isHttp())
            continue;
        QUrl url = base;
        url.setPath(i.request.path);
        QNetworkRequest request(url);
        request.setTransferTimeout(HangMs);
        for (const auto &[name, value] : i.request.headers.entries())
            request.setRawHeader(name.toUtf8(), value.toUtf8());
        QNetworkReply *reply = nam.sendCustomRequest(request, i.request.method.toUtf8(), i.request.body.content());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(HangMs) || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            *problem = i.description + u": "_qs + reply->errorString();
            return false;
        }
    }
    return true;
}

} // namespace


void TestHostilePacts::initTestCase()
{
    QVERIFY(QFileInfo(Cli).isExecutable());
    QVERIFY(m_dir.isValid());
    writeGenerated(m_dir.path());
    g_environment.insert(u"XDG_CACHE_HOME"_qs, m_dir.filePath(u"cache"_qs));
    m_committed = hostileFolder().entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &folder : { hostileFolder().path(), m_dir.path() }) {
        QDirIterator it(folder, { u"*.json"_qs }, QDir::Files);
        while (it.hasNext())
            m_files.append(it.next());
    }
    QVERIFY2(m_files.size() >= 12, qPrintable(m_files.join(u'\n')));
    m_files.sort();
}

void TestHostilePacts::commands_data()
{
    QTest::addColumn<QStringList>("args");
    for (const QString &file : std::as_const(m_files)) {
        const QByteArray name = QFileInfo(file).fileName().toUtf8();
        QTest::addRow("validate %s", name.constData()) << QStringList{ u"validate"_qs, file };
        QTest::addRow("inspect %s", name.constData()) << QStringList{ u"inspect"_qs, file };
        QTest::addRow("convert %s", name.constData())
            << QStringList{ u"convert"_qs, u"--to"_qs, u"3"_qs, u"-o"_qs, m_dir.filePath(u"out.json"_qs), file };
    }
}

void TestHostilePacts::commands()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QVERIFY2(r.finished, "still running after 120 s");
    QVERIFY2(!r.crashed, r.err.right(2000).constData());
    QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.right(2000).constData());
    if (r.exitCode != 0)
        QVERIFY2(!r.err.trimmed().isEmpty(), "a failure without a word on stderr");
    QVERIFY2(peakChildKiB() < MemoryLimitKiB, qPrintable(u"peak %1 KiB"_qs.arg(peakChildKiB())));
}

void TestHostilePacts::mockAndVerify_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : std::as_const(m_files))
        QTest::addRow("%s", QFileInfo(file).fileName().toUtf8().constData()) << file;
}

void TestHostilePacts::mockAndVerify()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ReadResult read = PactReader::read(f.readAll());
    QProcess mock;
    mock.setProcessEnvironment(g_environment);
    mock.start(Cli, { u"mock"_qs, u"--port"_qs, u"0"_qs, file });
    const QUrl url = mockUrl(mock);
    if (!read.pact) { // unusable: refused with a word and exit 2, never served
        QVERIFY(mock.state() == QProcess::NotRunning || mock.waitForFinished(HangMs));
        QCOMPARE(mock.exitStatus(), QProcess::NormalExit);
        QCOMPARE(mock.exitCode(), 2);
        QVERIFY(!mock.readAllStandardError().trimmed().isEmpty());
        return;
    }
    QVERIFY2(url.port() > 0, mock.readAllStandardError().constData());
    QString problem;
    QVERIFY2(callEveryInteraction(*read.pact, url, &problem), qPrintable(problem));

    const Run verify = runCli({ u"verify"_qs, u"-f"_qs, file, u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs,
        QString::number(url.port()), u"--request-timeout"_qs, u"60000"_qs });
    QVERIFY2(verify.finished, "verify still running after 120 s");
    QVERIFY2(!verify.crashed, verify.err.right(2000).constData());
    QVERIFY2(verify.exitCode >= 0 && verify.exitCode <= 2, verify.err.right(2000).constData());

    ::kill(pid_t(mock.processId()), SIGINT);
    QVERIFY2(mock.waitForFinished(HangMs), "mock ignored SIGINT");
    QCOMPARE(mock.exitStatus(), QProcess::NormalExit);
    QVERIFY2(mock.readAllStandardOutput().contains("Summary:"), "no summary after SIGINT");
    QVERIFY2(peakChildKiB() < MemoryLimitKiB, qPrintable(u"peak %1 KiB"_qs.arg(peakChildKiB())));
}

void TestHostilePacts::verifyStopsOnSigint()
{
    // A provider that accepts and never answers: only the signal can end the run early.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QProcess verify;
    verify.setProcessEnvironment(g_environment);
    verify.start(Cli, { u"verify"_qs, u"-f"_qs, QStringLiteral(PACTBENCH_SOURCE_DIR "/resources/examples/order-service-v4.json"),
        u"-h"_qs, u"127.0.0.1"_qs, u"-p"_qs, QString::number(silent.serverPort()), u"--request-timeout"_qs,
        u"600000"_qs });
    QVERIFY(verify.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), HangMs); // the first request is under way
    ::kill(pid_t(verify.processId()), SIGINT);
    QVERIFY2(verify.waitForFinished(HangMs), "verify ignored SIGINT");
}

void TestHostilePacts::cleanupTestCase()
{
    // No command wrote beside its input.
    QCOMPARE(hostileFolder().entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), m_committed);
    qInfo("peak resident size of any command: %ld KiB", peakChildKiB());
}

QTEST_GUILESS_MAIN(TestHostilePacts)
#include "tst_hostilepacts.moc"
