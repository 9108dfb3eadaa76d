// SPDX-License-Identifier: MIT
// pactbench-cli inspect, validate and convert, run in-process: output, exit codes, files written.

#include "clirun.h"
#include <core/model/pactreader.h>
#include <testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;

namespace {

using Run = Test::CliRun;

Run cli(const QStringList &args)
{
    return Test::runCli(QString(), args);
}

QString corpus(const QString &name)
{
    return Test::sharedDir() + QStringLiteral("/corpus/") + name;
}

const QString kCombined = QStringLiteral("files/pact-reference__rust_pact_matching_tests_v4-combined-pact.json");
const QString kSyncMessages = QStringLiteral("files/pact-avro-plugin__modules_core_src_main_resources_tmp__at-9df6cf4d.json");
const QString kV2 = QStringLiteral("files/pact-reference__rust_pact_matching_tests_v2-pact.json");
const QString kTrailingComma = QStringLiteral("edge/swagger-mock-validator__test_e2e_fixtures_pact-broken-consumer-for-keywords.json");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addRow("no command") << QStringList{} << 2;
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_qs} << 2;
        QTest::addRow("help") << QStringList{u"--help"_qs} << 0;
        QTest::addRow("inspect help") << QStringList{u"inspect"_qs, u"--help"_qs} << 0;
        QTest::addRow("validate help") << QStringList{u"validate"_qs, u"--help"_qs} << 0;
        QTest::addRow("convert help") << QStringList{u"convert"_qs, u"--help"_qs} << 0;
        QTest::addRow("inspect without file") << QStringList{u"inspect"_qs} << 2;
        QTest::addRow("inspect unknown option") << QStringList{u"inspect"_qs, u"--colour"_qs, u"x"_qs} << 2;
        QTest::addRow("convert to v5") << QStringList{ u"convert"_qs, u"--to"_qs, u"v5"_qs, corpus(kV2) } << 2;
        QTest::addRow("convert to nothing") << QStringList{ u"convert"_qs, u"--to"_qs, u"x"_qs, corpus(kV2) } << 2;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        if (code == 2)
            QVERIFY(!r.err.isEmpty());
        else
            QVERIFY(r.out.contains(u"Usage:"));
    }

    void inspectText()
    {
        const Run r = cli({u"inspect"_qs, corpus(kCombined)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"consumer:      test_consumer"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"specification: V4"));
        QVERIFY(r.out.contains(u"interactions:  2 (1 HTTP, 1 asynchronous message, 0 synchronous message)"));
        QVERIFY(r.out.contains(u"states: message exists"));
    }

    void inspectJson()
    {
        const Run r = cli({u"inspect"_qs, u"--json"_qs, corpus(kSyncMessages)});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const ReadResult model = PactReader::readFile(corpus(kSyncMessages));
        QCOMPARE(o.value(u"interactions").toArray().size(), model.pact->interactions.size());
        const QJsonObject first = o.value(u"interactions").toArray().at(0).toObject();
        QCOMPARE(first.value(u"kind").toString(), interactionKindTypeName(model.pact->interactions.at(0).kind));
        QCOMPARE(first.value(u"matchers").toInt(), model.pact->interactions.at(0).matcherCount());
    }

    void inspectBrokenFile()
    {
        const Run r = cli({u"inspect"_qs, corpus(kTrailingComma)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u":80:4: error: not valid JSON"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void validate()
    {
        const Run ok = cli({u"validate"_qs, corpus(kCombined), corpus(kV2)});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(u"2 valid, 0 invalid"));
        const QString pending = corpus(u"edge/pact-schemas__examples_v4_fail_invalid-interaction-pending.json"_qs);
        const Run bad = cli({u"validate"_qs, corpus(kCombined), pending});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.out.contains(u"1 valid, 1 invalid"));
        QVERIFY2(bad.err.contains(u"$.interactions[0].pending: invalid: 'pending' must be true or false"), qPrintable(bad.err));
        const Run missing = cli({u"validate"_qs, u"/nonexistent/pact.json"_qs});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"cannot read"));
    }

    void validateStrict()
    {
        // Valid, but with warnings (legacy providerState in a V2 file is fine; an unknown key is a warning).
        const QString withWarning = corpus(u"files/pact-reference__rust_pact_verifier_tests_pact-one.json"_qs);
        QCOMPARE(cli({u"validate"_qs, withWarning}).code, 0);
        QCOMPARE(cli({u"validate"_qs, u"--strict"_qs, withWarning}).code, 1);
    }

    void convertRefusesLoss()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.json"_qs);
        const Run refused = cli({u"convert"_qs, u"--to"_qs, u"v3"_qs, u"-o"_qs, out, corpus(kSyncMessages)});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"loss: interaction 0"), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"nothing written"));
        QVERIFY(!QFile::exists(out));
        const Run allowed = cli({u"convert"_qs, u"--to"_qs, u"v3"_qs, u"--allow-loss"_qs, u"-o"_qs, out, corpus(kSyncMessages)});
        QCOMPARE(allowed.code, 0);
        const ReadResult r = PactReader::readFile(out);
        QVERIFY(r.ok());
        QCOMPARE(r.pact->specVersion, SpecVersion::V3);
    }

    void convertToStdout()
    {
        const Run r = cli({u"convert"_qs, u"--to"_qs, u"v4"_qs, corpus(kV2)});
        QCOMPARE(r.code, 0);
        const ReadResult back = PactReader::read(r.out.toUtf8());
        QVERIFY(back.ok());
        QCOMPARE(back.pact->specVersion, SpecVersion::V4);
        QVERIFY(*back.pact == *PactReader::readFile(corpus(kV2)).pact);
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
