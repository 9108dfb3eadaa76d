// SPDX-License-Identifier: MIT
// Path and query proposals (pathRules, queryRules) and path shapes (pathShape); every proposed
// regex is checked against every sample by the matching engine.
#include "inferencecheck.h"

#include <QTest>

using namespace Pactbench;
using namespace InferenceCheck;

class TestInferencePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape_data();
    void shape();
    void pathRules_data();
    void pathRules();
    void queryRules_data();
    void queryRules();
};

void TestInferencePaths::shape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("shape");
    QTest::addRow("number") << u"/orders/7/items"_qs << u"/orders/{id}/items"_qs;
    QTest::addRow("uuid") << u"/u/3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f"_qs << u"/u/{id}"_qs;
    QTest::addRow("long hex") << u"/blobs/a3f2c4b18a9d4c3b"_qs << u"/blobs/{id}"_qs;
    QTest::addRow("short hex is a word") << u"/beef/cafe12"_qs << u"/beef/cafe12"_qs;
    QTest::addRow("hex letters only") << u"/abcdefabcdefabcdef"_qs << u"/abcdefabcdefabcdef"_qs;
    QTest::addRow("version") << u"/v1/orders"_qs << u"/v1/orders"_qs;
    QTest::addRow("trailing slash") << u"/orders/12/"_qs << u"/orders/{id}/"_qs;
    QTest::addRow("root") << u"/"_qs << u"/"_qs;
}

void TestInferencePaths::shape()
{
    QFETCH(QString, path);
    QFETCH(QString, shape);
    QCOMPARE(Inference::pathShape(path), shape);
}

void TestInferencePaths::pathRules_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("reason");
    QTest::addRow("numbers") << QStringList{u"/orders/7/items"_qs, u"/orders/12/items"_qs}
                             << QStringList{u"path regex ^/orders/[0-9]+/items$"_qs} << u"segment 2 is a number in all 2 samples"_qs;
    QTest::addRow("one sample") << QStringList{u"/orders/7"_qs} << QStringList{u"path regex ^/orders/[0-9]+$"_qs}
                                << u"segment 2 is a number in the one sample"_qs;
    QTest::addRow("uuid and number") << QStringList{u"/u/3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f/o/1"_qs}
        << QStringList{u"path regex ^/u/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/o/[0-9]+$"_qs}
        << u"segment 2 is a UUID; segment 4 is a number in the one sample"_qs;
    QTest::addRow("hex ids") << QStringList{u"/b/a3f2c4b18a9d4c3b"_qs, u"/b/00000000000000001"_qs}
                             << QStringList{u"path regex ^/b/[0-9a-fA-F-]+$"_qs} << u"segment 2 is a hexadecimal id in all 2 samples"_qs;
    QTest::addRow("a name that differs") << QStringList{u"/users/ann/profile.json"_qs, u"/users/bob/profile.json"_qs}
        << QStringList{u"path regex ^/users/[^/]+/profile\\.json$"_qs} << u"segment 2 is different in each sample in all 2 samples"_qs;
    QTest::addRow("nothing variable") << QStringList{u"/health"_qs, u"/health"_qs} << QStringList{} << QString();
    QTest::addRow("different lengths") << QStringList{u"/a/1"_qs, u"/a/1/b"_qs} << QStringList{} << QString();
    QTest::addRow("none") << QStringList{} << QStringList{} << QString();
}

void TestInferencePaths::pathRules()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, expected);
    QFETCH(QString, reason);
    const QList<RuleProposal> got = Inference::pathRules(paths);
    QCOMPARE(compact(got), expected);
    for (const RuleProposal &p : got) {
        QCOMPARE(p.side, RuleProposal::Side::Request);
        QCOMPARE(p.reason, reason);
        QCOMPARE(p.example, QJsonValue(paths.first()));
        for (const QString &path : paths) {
            HttpRequest e, a;
            e.path = paths.first();
            applyProposals(e.matchingRules, got, RuleProposal::Side::Request);
            a.path = path;
            QVERIFY2(matchRequest(e, a).matched(), qPrintable(path));
        }
    }
}

void TestInferencePaths::queryRules_data()
{
    QTest::addColumn<QStringList>("queries");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("numbers, constants, words")
        << QStringList{u"page=2&size=20&q=shoes"_qs, u"page=3&size=20&q=hats"_qs}
        << QStringList{u"query page regex ^-?[0-9]+$"_qs};
    QTest::addRow("one sample") << QStringList{u"page=2&sort=name"_qs} << QStringList{u"query page regex ^-?[0-9]+$"_qs};
    QTest::addRow("repeated parameter") << QStringList{u"id=1&id=2"_qs} << QStringList{u"query id regex ^-?[0-9]+$"_qs};
    QTest::addRow("decimals and mixed") << QStringList{u"lat=1.5&x=1"_qs, u"lat=2.25&x=1.5"_qs}
                                        << QStringList{u"query lat regex ^-?[0-9]+\\.[0-9]+$"_qs, u"query x regex ^-?[0-9]+(\\.[0-9]+)?$"_qs};
    QTest::addRow("dates and uuids") << QStringList{u"from=2024-01-02&at=2024-01-02T03:04:05Z&u=3f2c4b1e-8a9d-4c3b-9e2f-1a2b3c4d5e6f"_qs}
        << QStringList{u"query from regex ^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_qs,
                       u"query at regex ^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$"_qs,
                       u"query u regex ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_qs};
    QTest::addRow("parameter in some samples only") << QStringList{u"a=x"_qs, u"a=y&n=5"_qs} << QStringList{u"query n regex ^-?[0-9]+$"_qs};
    QTest::addRow("no parameters") << QStringList{QString()} << QStringList{};
}

void TestInferencePaths::queryRules()
{
    QFETCH(QStringList, queries);
    QFETCH(QStringList, expected);
    QList<QueryParams> samples;
    for (const QString &q : queries)
        samples.append(QueryParams::fromQueryString(q));
    const QList<RuleProposal> got = Inference::queryRules(samples);
    QCOMPARE(compact(got), expected);
    // Each proposal accepts every value of its parameter in every sample (as the engine matches queries).
    for (const RuleProposal &p : got) {
        QVERIFY(!p.reason.isEmpty());
        for (const QueryParams &q : samples) {
            for (const QString &v : q.values(p.key))
                QVERIFY2(evaluateMatcher(p.matcher, QJsonValue(v)).isEmpty(), qPrintable(p.key + u'=' + v));
        }
    }
}

QTEST_APPLESS_MAIN(TestInferencePaths)
#include "tst_inferencepaths.moc"
