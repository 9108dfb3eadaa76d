// SPDX-License-Identifier: MIT
// JournalModel: one insertion per batch, bounded rows removed in chunks, exact counters, under
// QAbstractItemModelTester.
#include <ui/mock/journalmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Pactbench;

namespace {

/// A batch of `count` entries numbered from `first`, every third one mismatched.
JournalBatch batch(quint64 first, int count, quint64 skipped = 0)
{
    JournalBatch out;
    out.skipped = skipped;
    for (int i = 0; i < count; ++i) {
        JournalEntry e;
        e.sequence = first + quint64(i);
        e.timestamp = QDateTime::currentDateTimeUtc();
        e.method = QStringLiteral("GET");
        e.target = QStringLiteral("/r/%1").arg(e.sequence);
        e.responseStatus = e.sequence % 3 == 0 ? 500 : 200;
        e.verdict = e.sequence % 3 == 0 ? JournalVerdict::Mismatched : JournalVerdict::Matched;
        e.interactionIndex = 0;
        out.entries.append(e);
    }
    out.counters.total = first + quint64(count) - 1;
    out.counters.matched = out.counters.total - out.counters.total / 3;
    out.counters.mismatched = out.counters.total / 3;
    return out;
}

QStringList targets(const JournalModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, JournalModel::PathColumn).data().toString());
    return out;
}

} // namespace

class TestJournalModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneInsertionPerBatch()
    {
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionNames({ QStringLiteral("get thing") });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendBatch(batch(1, 500));
        model.appendBatch(batch(501, 300));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 500);
        QCOMPARE(inserted.at(1).at(2).toInt(), 799);
        QCOMPARE(model.rowCount(), 800);
        QCOMPARE(model.counters().total, quint64(800));
        QCOMPARE(model.index(2, JournalModel::VerdictColumn).data().toString(), QStringLiteral("mismatch"));
        QCOMPARE(model.index(2, JournalModel::VerdictColumn).data(JournalModel::VerdictRole).toInt(),
            int(JournalVerdict::Mismatched));
        QCOMPARE(model.index(0, JournalModel::InteractionColumn).data().toString(), QStringLiteral("get thing"));
        QCOMPARE(model.index(0, JournalModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(model.index(799, 0).data(JournalModel::SequenceRole).toULongLong(), quint64(800));
    }

    void capacityRemovesOldRowsInChunks_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("removals");
        QTest::addColumn<QString>("firstTarget");
        QTest::addRow("under capacity") << 100 << 10 << QList<int>{ 50, 50 } << 100 << 0 << QStringLiteral("/r/1");
        QTest::addRow("one over removes a chunk")
            << 100 << 10 << QList<int>{ 60, 41 } << 91 << 1 << QStringLiteral("/r/11");
        QTest::addRow("steady flood") << 100 << 25 << QList<int>{ 40, 40, 40, 40, 40 } << 100 << 3
                                      << QStringLiteral("/r/101");
        QTest::addRow("batch larger than capacity")
            << 100 << 10 << QList<int>{ 30, 250 } << 100 << 1 << QStringLiteral("/r/181");
    }

    void capacityRemovesOldRowsInChunks()
    {
        QFETCH(int, capacity);
        QFETCH(int, chunk);
        QFETCH(QList<int>, batches);
        QFETCH(int, rows);
        QFETCH(int, removals);
        QFETCH(QString, firstTarget);
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(capacity, chunk);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        quint64 next = 1;
        for (const int n : batches) {
            model.appendBatch(batch(next, n));
            next += quint64(n);
        }
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(removed.count(), removals);
        QCOMPARE(targets(model).first(), firstTarget);
        QCOMPARE(targets(model).last(), QStringLiteral("/r/%1").arg(next - 1));
        QCOMPARE(model.counters().total, next - 1); // exact, whatever the table keeps
        QCOMPARE(model.droppedRows() + quint64(model.rowCount()), next - 1);
    }

    void skippedEntriesCountAsDropped()
    {
        JournalModel model;
        model.appendBatch(batch(1, 10));
        model.appendBatch(batch(21, 10, 10)); // 11..20 were evicted before they were published
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.droppedRows(), quint64(10));
        QCOMPARE(model.counters().total, quint64(30));
    }

    void clearResets()
    {
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendBatch(batch(1, 10));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.counters().total, quint64(0));
        model.appendBatch(batch(1, 3));
        QCOMPARE(model.rowCount(), 3);
    }

    void headers()
    {
        JournalModel model;
        QStringList names;
        for (int c = 0; c < model.columnCount(); ++c)
            names.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(names,
            (QStringList{ QStringLiteral("Time"), QStringLiteral("Method"), QStringLiteral("Path"),
                QStringLiteral("Status"), QStringLiteral("Verdict"), QStringLiteral("Interaction") }));
    }
};

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
