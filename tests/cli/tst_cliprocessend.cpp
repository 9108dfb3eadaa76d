// SPDX-License-Identifier: MIT
// pactbench-cli ends its process as soon as a one-shot command returns (app/cli/main.cpp, core/cli/processend.h):
// what the built binary prints, and its exit code, must be exactly what the same command gives in-process.
#include <core/cli/cli.h>
#include <core/cli/processend.h>

#include <QProcess>
#include <QTest>

using namespace Pactbench;

namespace {

const QString CliPath = QStringLiteral(PACTBENCH_CLI_PATH);
const QString Pairs = QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/openapi/pairs");
const QString Corpus = QStringLiteral(PACTBENCH_SHARED_DIR "/corpus/files");

struct Outcome
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Outcome inProcess(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Cli::Io io{outStream, errStream};
    Outcome o;
    o.code = Cli::run(QStringList{CliPath} + args, io);
    outStream.flush();
    errStream.flush();
    o.out = out.toUtf8();
    o.err = err.toUtf8();
    return o;
}

Outcome asProcess(const QStringList &args)
{
    QProcess p;
    p.start(CliPath, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

/// Counts its destructions.
struct Counted
{
    explicit Counted(int *counter)
        : destroyed(counter)
    {
    }
    Counted(Counted &&other) noexcept
        : destroyed(std::exchange(other.destroyed, nullptr))
    {
    }
    ~Counted()
    {
        if (destroyed)
            ++*destroyed;
    }
    int *destroyed;
};

} // namespace

class TestCliProcessEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsInProcess_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString spec = Pairs + u"/05-request-body-incompatible/spec.json";
        const QString pact = Pairs + u"/05-request-body-incompatible/pact.json";
        QTest::newRow("openapi json, errors") << QStringList{u"openapi"_qs, u"--format"_qs, u"json"_qs, u"--coverage"_qs, spec, pact} << 1;
        QTest::newRow("openapi text, errors") << QStringList{u"openapi"_qs, spec, pact} << 1;
        QTest::newRow("openapi, unusable spec") << QStringList{u"openapi"_qs, pact, pact} << 2;
        QTest::newRow("inspect, long pact")
            << QStringList{u"inspect"_qs, Corpus + u"/pact-matchers__pacts_long-pact__at-da72ee3f.json"} << 0;
        QTest::newRow("validate, missing file") << QStringList{u"validate"_qs, Corpus + u"/no-such-pact.json"} << 1;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << 2;
    }

    void sameAsInProcess()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QVERIFY(!Cli::processEndsAfterCommand()); // in-process callers free what commands build
        const Outcome expected = inProcess(args);
        QCOMPARE(expected.code, code);
        const Outcome actual = asProcess(args);
        QCOMPARE(actual.code, expected.code);
        QCOMPARE(actual.out, expected.out);
        QCOMPARE(actual.err, expected.err);
    }

    /// A large output (here 90 KB, more than a pipe holds) through a pipe arrives whole before the process is gone.
    void largeOutputArrivesWhole()
    {
        const QStringList args{u"inspect"_qs, u"--json"_qs, Corpus + u"/pact-matchers__pacts_long-pact__at-da72ee3f.json"};
        const Outcome expected = inProcess(args);
        QCOMPARE(expected.code, 0);
        QVERIFY2(expected.out.size() > 65536, QByteArray::number(expected.out.size()).constData());
        const Outcome actual = asProcess(args);
        QCOMPARE(actual.out.size(), expected.out.size());
        QCOMPARE(actual.out, expected.out);
    }

    void leaveToProcessEnd()
    {
        int destroyed = 0;
        {
            Counted value(&destroyed);
            Cli::leaveToProcessEnd(std::move(value));
        }
        QCOMPARE(destroyed, 1); // off: the owner destroys it as usual
        Cli::setProcessEndsAfterCommand(true);
        {
            Counted value(&destroyed);
            Cli::leaveToProcessEnd(std::move(value));
        }
        Cli::setProcessEndsAfterCommand(false);
        QCOMPARE(destroyed, 1); // on: moved out, kept until the process ends
    }
};

QTEST_GUILESS_MAIN(TestCliProcessEnd)
#include "tst_cliprocessend.moc"
