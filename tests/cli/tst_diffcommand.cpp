// SPDX-License-Identifier: MIT
// pactbench-cli diff and usage, run in-process: exit codes with --fail-on, the JSON shape, text and
// markdown, unusable inputs (exit 2, located), pacts fetched by URL from the test broker with
// credentials, and usage with and without --field.

#include "../diff/pactfixtures.h"
#include "clirun.h"
#include "testbroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pactbench;
using namespace Pactbench::Test;

namespace {

const QByteArray kOrder = R"({"id":7,"name":"Bob","tags":["a","b"]})";
const char *const kVariables[] = {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD", "PACT_BROKER_TOKEN"};

QByteArray order(const QByteArray &rules = {}, const QByteArray &body = kOrder)
{
    return pactV4(http("get order", response(body, rules)));
}

CliRun diff(const QStringList &args)
{
    return runCli(QStringLiteral("diff"), args);
}

CliRun usage(const QStringList &args)
{
    return runCli(QStringLiteral("usage"), args);
}

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        file(u"base.json"_qs, order(rule("$.name", R"({"match":"type"})")));
        file(u"breaking.json"_qs, order(rule("$.name", R"({"match":"type"})"), R"({"id":7,"name":"Bob","tags":["a","b"],"email":"e"})"));
        file(u"safe.json"_qs, order(rule("$.name", R"({"match":"type"})"), R"({"id":7,"name":"Bob"})"));
        file(u"cosmetic.json"_qs, order(rule("$.name", R"({"match":"type"})"), R"({"id":7,"name":"Ann","tags":["a","b"]})"));
        file(u"review.json"_qs, pactV4(http("get order", response(kOrder, rule("$.name", R"({"match":"type"})")), R"({"method":"GET","path":"/orders/7"})",
                                            R"("providerStates":[{"name":"an order"}],)")));
        file(u"mixed.json"_qs, order(rule("$.name", R"({"match":"type"})"), R"({"id":7,"name":"Ann","email":"e"})"));
    }

    void cleanup()
    {
        for (const char *v : kVariables)
            qunsetenv(v);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("newFile");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::addRow("none") << "base.json" << QStringList{} << 0;
        QTest::addRow("none, fail on safe") << "base.json" << QStringList{u"--fail-on"_qs, u"safe"_qs} << 0;
        QTest::addRow("breaking") << "breaking.json" << QStringList{} << 1;
        QTest::addRow("breaking, fail on review") << "breaking.json" << QStringList{u"--fail-on"_qs, u"review"_qs} << 1;
        QTest::addRow("breaking, never") << "breaking.json" << QStringList{u"--fail-on"_qs, u"never"_qs} << 0;
        QTest::addRow("review") << "review.json" << QStringList{} << 0;
        QTest::addRow("review, fail on review") << "review.json" << QStringList{u"--fail-on"_qs, u"review"_qs} << 1;
        QTest::addRow("review, fail on safe") << "review.json" << QStringList{u"--fail-on"_qs, u"safe"_qs} << 1;
        QTest::addRow("safe") << "safe.json" << QStringList{} << 0;
        QTest::addRow("safe, fail on review") << "safe.json" << QStringList{u"--fail-on"_qs, u"review"_qs} << 0;
        QTest::addRow("safe, fail on safe") << "safe.json" << QStringList{u"--fail-on"_qs, u"safe"_qs} << 1;
        QTest::addRow("cosmetic, fail on safe") << "cosmetic.json" << QStringList{u"--fail-on"_qs, u"safe"_qs} << 0;
        QTest::addRow("fail on nonsense") << "base.json" << QStringList{u"--fail-on"_qs, u"cosmetic"_qs} << 2;
        QTest::addRow("unknown format") << "base.json" << QStringList{u"--format"_qs, u"yaml"_qs} << 2;
    }

    void exitCodes()
    {
        QFETCH(QString, newFile);
        QFETCH(QStringList, options);
        QFETCH(int, code);
        const CliRun r = diff(QStringList{m_dir.filePath(u"base.json"_qs), m_dir.filePath(newFile)} + options);
        QCOMPARE(r.code, code);
        if (code == 2)
            QVERIFY(r.err.contains(u"--fail-on"_qs) || r.err.contains(u"--format"_qs));
    }

    void unusableInput_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
        QTest::addColumn<QString>("message");
        QTest::addRow("missing file") << QByteArray() << "cannot read";
        QTest::addRow("malformed JSON") << QByteArray("{\n  \"consumer\": {\"name\": \"web\"},\n  \"interactions\": [ oops ]\n}") << ":3:";
        QTest::addRow("not a pact") << QByteArray(R"({"hello":"world"})") << "error: not a pact";
    }

    void unusableInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString bad = content.isEmpty() ? m_dir.filePath(u"missing.json"_qs) : file(u"bad.json"_qs, content);
        for (const QStringList &args : {QStringList{m_dir.filePath(u"base.json"_qs), bad}, QStringList{bad, m_dir.filePath(u"base.json"_qs)}}) {
            const CliRun r = diff(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(bad), qPrintable(r.err));
            QVERIFY2(r.err.contains(u"unusable"_qs), qPrintable(r.err));
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(diff({m_dir.filePath(u"base.json"_qs)}).code, 2);
    }

    void jsonShape()
    {
        const CliRun r = diff({m_dir.filePath(u"base.json"_qs), m_dir.filePath(u"mixed.json"_qs), u"--format"_qs, u"json"_qs, u"--fail-on"_qs, u"never"_qs});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.keys(), (QStringList{u"interactions"_qs, u"maxImpact"_qs, u"summary"_qs}));
        QCOMPARE(o.value(u"maxImpact").toString(), u"breaking"_qs);
        const QJsonObject summary = o.value(u"summary").toObject();
        QCOMPARE(summary.keys(), (QStringList{u"breaking"_qs, u"cosmetic"_qs, u"review"_qs, u"safe"_qs}));
        QCOMPARE(summary.value(u"breaking").toInt(), 1); // email
        QCOMPARE(summary.value(u"safe").toInt(), 1); // tags
        QCOMPARE(summary.value(u"cosmetic").toInt(), 1); // name under type
        QCOMPARE(summary.value(u"review").toInt(), 0);
        const QJsonArray interactions = o.value(u"interactions").toArray();
        QCOMPARE(interactions.size(), 1);
        const QJsonObject i = interactions.at(0).toObject();
        QCOMPARE(i.keys(), (QStringList{u"changes"_qs, u"description"_qs, u"impact"_qs, u"key"_qs, u"status"_qs}));
        QCOMPARE(i.value(u"description").toString(), u"get order"_qs);
        QVERIFY(i.value(u"key").isNull());
        QCOMPARE(i.value(u"status").toString(), u"changed"_qs);
        QCOMPARE(i.value(u"impact").toString(), u"breaking"_qs);
        const QJsonArray changes = i.value(u"changes").toArray();
        QCOMPARE(changes.size(), 3);
        for (const QJsonValue &c : changes) {
            const QJsonObject change = c.toObject();
            QCOMPARE(change.keys(), (QStringList{u"impact"_qs, u"new"_qs, u"old"_qs, u"part"_qs, u"path"_qs, u"reason"_qs}));
            QVERIFY(!change.value(u"reason").toString().isEmpty());
            QCOMPARE(change.value(u"part").toString(), u"response.body"_qs);
            if (change.value(u"path").toString() == u"$.email") {
                QCOMPARE(change.value(u"impact").toString(), u"breaking"_qs);
                QVERIFY(change.value(u"old").isNull());
                QCOMPARE(change.value(u"new").toString(), u"e"_qs);
            }
        }
        // Unchanged interactions are not listed.
        const CliRun same = diff({m_dir.filePath(u"base.json"_qs), m_dir.filePath(u"base.json"_qs), u"--format"_qs, u"json"_qs});
        const QJsonObject none = QJsonDocument::fromJson(same.out.toUtf8()).object();
        QCOMPARE(none.value(u"maxImpact").toString(), u"none"_qs);
        QVERIFY(none.value(u"interactions").toArray().isEmpty());
    }

    void textListsBreakingFirst()
    {
        const CliRun r = diff({m_dir.filePath(u"base.json"_qs), m_dir.filePath(u"mixed.json"_qs)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.startsWith(u"web → orders: highest impact breaking"_qs));
        const qsizetype breaking = r.out.indexOf(u"\nBREAKING\n"_qs), safe = r.out.indexOf(u"\nSAFE\n"_qs), cosmetic = r.out.indexOf(u"\nCOSMETIC\n"_qs);
        QVERIFY(breaking > 0 && breaking < safe && safe < cosmetic);
        QVERIFY(r.out.contains(u"response.body $.email"_qs));
    }

    void markdown()
    {
        const CliRun r = diff({m_dir.filePath(u"base.json"_qs), m_dir.filePath(u"mixed.json"_qs), u"--format"_qs, u"markdown"_qs});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(u'\n');
        QVERIFY(lines.at(0).startsWith(u"### "_qs));
        QVERIFY(lines.at(0).contains(u"**breaking**"_qs));
        QVERIFY(r.out.contains(u"1 breaking · 0 review · 1 safe · 1 cosmetic"_qs));
        const qsizetype table = r.out.indexOf(u"| impact | interaction | where | why | old → new |"_qs);
        const qsizetype email = r.out.indexOf(u"`$.email`"_qs), details = r.out.indexOf(u"<details>"_qs), tags = r.out.indexOf(u"`$.tags`"_qs);
        QVERIFY(table > 0 && table < email && email < details && details < tags);
        QVERIFY(r.out.contains(u"</details>"_qs));
        // Without breaking or review changes there is no table above the fold.
        const CliRun safe = diff({m_dir.filePath(u"base.json"_qs), m_dir.filePath(u"safe.json"_qs), u"--format"_qs, u"markdown"_qs});
        QCOMPARE(safe.code, 0);
        QVERIFY(safe.out.indexOf(u"| impact"_qs) > safe.out.indexOf(u"<details>"_qs));
    }

    void brokerUrls()
    {
        TestBroker broker;
        QVERIFY(broker.start());
        broker.requireBasic(u"user"_qs, u"s3cret"_qs);
        broker.addPacticipant(u"web"_qs);
        broker.addPacticipant(u"orders"_qs);
        broker.addPact({u"web"_qs, u"orders"_qs, u"1.0.0"_qs, order(), u"main"_qs, {}});
        broker.addPact({u"web"_qs, u"orders"_qs, u"1.1.0"_qs, order({}, R"({"id":7,"name":"Bob","tags":["a","b"],"email":"e"})"), u"main"_qs, {}});
        const QString base = broker.baseUrl().toString();
        const QString v1 = base + u"/pacts/provider/orders/consumer/web/version/1.0.0"_qs;
        const QString v2 = base + u"/pacts/provider/orders/consumer/web/version/1.1.0"_qs;

        const CliRun refused = diff({v1, v2});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"OLD pact"_qs) && refused.err.contains(u"unusable"_qs), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(u"s3cret"_qs));

        qputenv("PACT_BROKER_USERNAME", "user");
        qputenv("PACT_BROKER_PASSWORD", "s3cret");
        const CliRun r = diff({v1, v2, u"--format"_qs, u"json"_qs});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"maxImpact").toString(), u"breaking"_qs);
        QCOMPARE(o.value(u"summary").toObject().value(u"breaking").toInt(), 1);
        // A file against a URL, credentials from the options.
        cleanup();
        const CliRun mixed = diff({m_dir.filePath(u"base.json"_qs), v1, u"-u"_qs, u"user"_qs, u"-p"_qs, u"s3cret"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(mixed.code == 0 || mixed.code == 1, qPrintable(mixed.err));
        QVERIFY(!broker.requests("GET", u"/pacts/provider/orders"_qs).isEmpty());
    }

    void usageLists()
    {
        const QString dir = m_dir.filePath(u"usage"_qs);
        QVERIFY(QDir().mkpath(dir));
        file(u"usage/web.json"_qs, order(rule("$.name", R"({"match":"type"})")));
        file(u"usage/app.json"_qs, pactV4(message("order created", R"({"id":7,"lines":[{"sku":"A"}]})", R"({"topic":"orders"})", rule("$.id", R"({"match":"integer"})")))
                                       .replace("\"web\"", "\"app\""));
        file(u"usage/notes.json"_qs, R"({"not":"a pact"})");

        const CliRun all = usage({dir});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.startsWith(u"orders: "_qs), qPrintable(all.out));
        QVERIFY(all.out.contains(u"by 2 consumer(s)"_qs));
        QVERIFY(all.out.contains(u"\n$.name\n  web: \"get order\" (response) — type\n"_qs));
        QVERIFY(all.out.contains(u"\nstatus\n"_qs));
        QVERIFY(all.out.contains(u"\nheader:Content-Type\n"_qs));
        QVERIFY(all.out.contains(u"\n$.lines[*].sku\n  app: \"order created\" (message) — equality\n"_qs));
        QVERIFY(all.out.contains(u"\nmetadata:topic\n"_qs));
        QVERIFY(all.err.contains(u"notes.json: skipped"_qs));

        const CliRun id = usage({dir, u"--field"_qs, u"$.id"_qs});
        QCOMPARE(id.code, 0);
        QVERIFY2(id.out.contains(u"would break 2 use(s) by 2 consumer(s): app, web"_qs), qPrintable(id.out));
        QVERIFY(id.out.contains(u"app: \"order created\" (message $.id, integer)"_qs));

        const CliRun lines = usage({dir, u"--field"_qs, u"$.lines[0]"_qs, u"--format"_qs, u"json"_qs});
        const QJsonObject o = QJsonDocument::fromJson(lines.out.toUtf8()).object();
        QCOMPARE(o.value(u"field").toString(), u"$.lines[0]"_qs);
        const QJsonArray breaks = o.value(u"breaks").toArray();
        QCOMPARE(breaks.size(), 2); // the element and the field below it
        QCOMPARE(breaks.at(0).toObject().value(u"field").toString(), u"$.lines[*]"_qs);
        QCOMPARE(breaks.at(1).toObject().value(u"field").toString(), u"$.lines[*].sku"_qs);
        QCOMPARE(breaks.at(1).toObject().value(u"consumer").toString(), u"app"_qs);

        const CliRun unused = usage({dir, u"--field"_qs, u"$.nothing"_qs});
        QCOMPARE(unused.code, 0);
        QVERIFY(unused.out.contains(u"breaks no pact"_qs));

        const CliRun json = usage({dir, u"--format"_qs, u"json"_qs});
        const QJsonObject u = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(u.value(u"provider").toString(), u"orders"_qs);
        QVERIFY(u.value(u"fields").toArray().size() >= 8);
    }

    void usageAsksTheEngine()
    {
        // Without the field, each interaction's example answer is matched: map matchers and lists the
        // rules let be empty do not need it.
        const QString pact = file(u"each.json"_qs, pactV4(http("get order", response(R"({"attrs":{"colour":"red"},"items":[{"sku":"A"}]})",
            rule("$.attrs", R"({"match":"eachValue","rules":[{"match":"type"}]})") + "," + rule("$.items", R"({"match":"type","min":0})")))));
        for (const QString &field : {u"$.attrs.colour"_qs, u"$.items[*]"_qs, u"$.items[0]"_qs}) {
            const CliRun r = usage({pact, u"--field"_qs, field});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(u"breaks no pact"_qs), qPrintable(field + u": "_qs + r.out));
        }
        const CliRun sku = usage({pact, u"--field"_qs, u"$.items[*].sku"_qs});
        QVERIFY2(sku.out.contains(u"would break 1 use(s) by 1 consumer(s): web"_qs), qPrintable(sku.out));
        QVERIFY(sku.out.contains(u"body $.items[0]: Actual map is missing the following keys: sku"_qs));
        const CliRun header = usage({pact, u"--field"_qs, u"header:content-type"_qs, u"--format"_qs, u"json"_qs});
        const QJsonArray breaks = QJsonDocument::fromJson(header.out.toUtf8()).object().value(u"breaks").toArray();
        QCOMPARE(breaks.size(), 1);
        QCOMPARE(breaks.at(0).toObject().value(u"field").toString(), u"header:Content-Type"_qs);
        QVERIFY(!breaks.at(0).toObject().value(u"reason").toString().isEmpty());
    }

    void usageProblems()
    {
        const QString other = file(u"other.json"_qs, order().replace("\"orders\"", "\"billing\""));
        const QString base = m_dir.filePath(u"base.json"_qs);
        const CliRun two = usage({base, other});
        QCOMPARE(two.code, 2);
        QVERIFY(two.err.contains(u"give --provider"_qs));
        QCOMPARE(usage({base, other, u"--provider"_qs, u"billing"_qs}).code, 0);
        const CliRun unknown = usage({base, u"--provider"_qs, u"nobody"_qs});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"'nobody'"_qs));
        const CliRun missing = usage({m_dir.filePath(u"missing.json"_qs)});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"missing.json"_qs));
        QCOMPARE(usage({base, u"--format"_qs, u"xml"_qs}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
