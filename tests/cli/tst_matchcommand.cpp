// SPDX-License-Identifier: MIT
// pactbench-cli match: verdicts, exit codes, --spec, --json, unusable input.
#include <core/cli/cli.h>

#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Pactbench;

namespace {

struct Run
{
    int code = 0;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    Cli::Io io{o, e};
    Run r;
    r.code = Cli::run(QStringList{QStringLiteral("pactbench-cli"), QStringLiteral("match")} + args, io);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

QString spec(const char *rel)
{
    return Test::sharedDir() + QStringLiteral("/spec/") + QString::fromUtf8(rel);
}

} // namespace

class TestMatchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void json();
    void specOverride();
    void unusableInput_data();
    void unusableInput();
};

void TestMatchCommand::verdicts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("output");
    QTest::addRow("request match") << QStringList{QStringLiteral("--request"), spec("v3/testcases/request/body/matches.json")} << 0 << QStringLiteral("MATCH");
    QTest::addRow("request mismatch") << QStringList{QStringLiteral("--request"), spec("v3/testcases/request/body/missing key.json")} << 1 << QStringLiteral("MISMATCH");
    QTest::addRow("kind from path") << QStringList{spec("v2/testcases/response/status/different status.json")} << 1 << QStringLiteral("status: expected 202 but was 400");
    QTest::addRow("bom v1") << QStringList{QStringLiteral("--response"), spec("v1/testcases/response/status/matches.json")} << 0 << QStringLiteral("MATCH");
    QTest::addRow("message v4") << QStringList{QStringLiteral("--message"), spec("v4/testcases/message/body/matches.json")} << 0 << QStringLiteral("MATCH");
}

void TestMatchCommand::verdicts()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, output);
    const Run r = runCli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.contains(output), qPrintable(r.out + r.err));
}

void TestMatchCommand::json()
{
    const Run r = runCli({QStringLiteral("--json"), QStringLiteral("--request"), spec("v3/testcases/request/body/missing key.json")});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"match").toBool(), false);
    QCOMPARE(o.value(u"specification").toString(), QStringLiteral("V3"));
    QVERIFY(!o.value(u"mismatches").toArray().isEmpty());
    QCOMPARE(o.value(u"mismatches").toArray().at(0).toObject().value(u"kind").toString(), QStringLiteral("body"));
}

void TestMatchCommand::specOverride()
{
    // The V1 query rules differ: parameter order matters.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("case.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"expected":{"method":"GET","path":"/","query":"a=1&b=2"},"actual":{"method":"GET","path":"/","query":"b=2&a=1"}})");
    f.close();
    QCOMPARE(runCli({QStringLiteral("--request"), QStringLiteral("--spec"), QStringLiteral("v1"), file}).code, 1);
    QCOMPARE(runCli({QStringLiteral("--request"), QStringLiteral("--spec"), QStringLiteral("v2"), file}).code, 0);
    QCOMPARE(runCli({QStringLiteral("--request"), file}).code, 0);
}

void TestMatchCommand::unusableInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("not json") << QByteArray("{oops") << QStringList{QStringLiteral("--request")};
    QTest::addRow("no actual") << QByteArray(R"({"expected":{}})") << QStringList{QStringLiteral("--request")};
    QTest::addRow("no kind") << QByteArray(R"({"expected":{},"actual":{}})") << QStringList{};
    QTest::addRow("two kinds") << QByteArray(R"({"expected":{},"actual":{}})") << QStringList{QStringLiteral("--request"), QStringLiteral("--message")};
    QTest::addRow("bad spec") << QByteArray(R"({"expected":{},"actual":{}})") << QStringList{QStringLiteral("--request"), QStringLiteral("--spec"), QStringLiteral("v9")};
}

void TestMatchCommand::unusableInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("case.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const Run r = runCli(extra + QStringList{file});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_APPLESS_MAIN(TestMatchCommand)
#include "tst_matchcommand.moc"
