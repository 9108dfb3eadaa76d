// SPDX-License-Identifier: MIT
// The matrix table: every column of every result kind, links, blocking reasons, and rows fed in
// batches from the event loop (QAbstractItemModelTester attached before the first row).

#include "matrixtestdata.h"

#include <ui/canideploy/matrixresult.h>
#include <ui/canideploy/matrixrowfeeder.h>
#include <ui/canideploy/matrixtablemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Pactbench;
using Test::matrixRow;
using M = MatrixTableModel;

Q_DECLARE_METATYPE(Pactbench::MatrixRow)

class TestMatrixTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data()
    {
        QTest::addColumn<MatrixRow>("row");
        QTest::addColumn<QStringList>("texts"); // every column, left to right
        QTest::addColumn<int>("result");
        const QString pact = M::dateText(QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC));
        const QString verified = M::dateText(QDateTime(QDate(2026, 12, 1), QTime(14, 30), Qt::UTC));
        QTest::newRow("success") << matrixRow(u"Web"_qs, u"1.0"_qs, u"Api"_qs, u"2.0"_qs,
            true) << QStringList{ u"Web"_qs, u"1.0"_qs, u"Api"_qs, u"2.0"_qs, pact, verified, u"success"_qs, {} }
                                 << int(MatrixResult::Success);
        QTest::newRow("failed") << matrixRow(u"Web"_qs, u"1.1"_qs, u"Api"_qs, u"2.1"_qs,
            false) << QStringList{ u"Web"_qs, u"1.1"_qs, u"Api"_qs, u"2.1"_qs, pact, verified, u"failed"_qs, {} }
                                << int(MatrixResult::Failed);
        QTest::newRow("not verified") << matrixRow(u"Web"_qs, u"1.2"_qs, u"Api"_qs, {},
            std::nullopt) << QStringList{ u"Web"_qs, u"1.2"_qs, u"Api"_qs, {}, pact, {}, u"not verified"_qs, {} }
                                      << int(MatrixResult::NotVerified);
        QTest::newRow("ignored") << matrixRow(u"Web"_qs, u"1.3"_qs, u"Api"_qs, u"2.3"_qs, false,
            true) << QStringList{ u"Web"_qs, u"1.3"_qs, u"Api"_qs, u"2.3"_qs, pact, verified, u"ignored"_qs, {} }
                                 << int(MatrixResult::Ignored);
    }
    void columns()
    {
        QFETCH(MatrixRow, row);
        QFETCH(QStringList, texts);
        QFETCH(int, result);
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRows({ row });
        QCOMPARE(model.columnCount(), int(M::ColumnCount));
        QStringList shown;
        for (int column = 0; column < model.columnCount(); ++column)
            shown << model.index(0, column).data().toString();
        QCOMPARE(shown, texts);
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(0, column).data(M::ResultRole).toInt(), result);
        // The result's colour goes with its words, and only in its column.
        QCOMPARE(model.index(0, M::ResultColumn).data(Qt::ForegroundRole).value<QColor>(),
            matrixResultColor(MatrixResult(result)));
        QVERIFY(!model.index(0, M::ConsumerColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, M::ResultColumn).data(M::SortRole).toInt(), result);
        QCOMPARE(model.index(0, M::PactColumn).data(M::SortRole).toDateTime(), row.pactCreatedAt);
        QCOMPARE(
            model.index(0, M::ConsumerVersionColumn).data(Qt::ToolTipRole).toString(), u"branch main; tags prod"_qs);
        QVERIFY(!model.index(0, 0).data(M::BlockingRole).toBool());
    }

    void ignoredRowSaysItsOwnResult()
    {
        M model;
        model.appendRows({ matrixRow(u"Web"_qs, u"1.3"_qs, u"Api"_qs, u"2.3"_qs, false, true) });
        QVERIFY(model.index(0, M::ResultColumn).data(Qt::ToolTipRole).toString().contains(u"failed"_qs));
    }

    void links()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MatrixRow verified = matrixRow(u"Web"_qs, u"1.0"_qs, u"Api"_qs, u"2.0"_qs, true);
        const MatrixRow missing = matrixRow(u"Web"_qs, u"1.0"_qs, u"Stock"_qs, {}, std::nullopt);
        model.appendRows({ verified, missing });
        QCOMPARE(model.index(0, M::PactColumn).data(M::LinkRole).toUrl(), verified.pactUrl);
        QCOMPARE(model.index(0, M::VerificationColumn).data(M::LinkRole).toUrl(), verified.verificationUrl);
        QVERIFY(model.index(0, M::PactColumn).data(Qt::ToolTipRole).toString().contains(verified.pactUrl.toString()));
        QVERIFY(model.index(1, M::VerificationColumn).data(M::LinkRole).toUrl().isEmpty());
        for (int column : { int(M::ConsumerColumn), int(M::ResultColumn), int(M::ExplanationColumn) })
            QVERIFY(!model.index(0, column).data(M::LinkRole).isValid());
    }

    void blockingRowsExplained()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRows(Test::notDeployableMatrix().rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        BlockingReason failed{ BlockingReason::Kind::FailedVerification, 1, u"OrderWeb"_qs, u"Billing"_qs,
            u"Billing 3.1.0 failed to verify OrderWeb 1.4.2."_qs, u"fix Billing or the pact"_qs };
        BlockingReason missing{ BlockingReason::Kind::MissingVerification, 2, u"OrderWeb"_qs, u"Inventory"_qs,
            u"Nobody verified OrderWeb 1.4.2 for Inventory."_qs, u"run Inventory's verification"_qs };
        BlockingReason noRow{ BlockingReason::Kind::NoVersionInTarget, -1, u"OrderWeb"_qs, u"Stock"_qs,
            u"Stock is not in production."_qs, u"record its deployment"_qs };
        model.setBlocking({ failed, missing, noRow });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, M::ExplanationColumn).data().toString(), QString());
        QCOMPARE(model.index(1, M::ExplanationColumn).data().toString(), failed.why);
        QCOMPARE(model.index(2, M::ExplanationColumn).data().toString(), missing.why);
        QVERIFY(!model.index(0, 0).data(M::BlockingRole).toBool());
        for (int column = 0; column < M::ColumnCount; ++column) {
            QVERIFY(model.index(1, column).data(M::BlockingRole).toBool());
            const QString tip = model.index(1, column).data(Qt::ToolTipRole).toString();
            QVERIFY2(
                tip.contains(failed.why) && tip.contains(u"Next step: fix Billing or the pact"_qs), qPrintable(tip));
        }
        QVERIFY(model.reasonsFor(2) == QList<BlockingReason>{ missing });
        QVERIFY(model.reasonsFor(-1).isEmpty());
        // Reasons set before their rows arrive apply when the rows come.
        model.clear();
        model.setBlocking({ failed });
        model.appendRows(Test::notDeployableMatrix().rows);
        QCOMPARE(model.index(1, M::ExplanationColumn).data().toString(), failed.why);
    }

    void sortsWorstFirst()
    {
        M model;
        model.appendRows({ matrixRow(u"A"_qs, u"1"_qs, u"P"_qs, u"1"_qs, true),
            matrixRow(u"B"_qs, u"1"_qs, u"P"_qs, u"1"_qs, false, true), matrixRow(u"C"_qs, u"1"_qs, u"P"_qs, {}, {}),
            matrixRow(u"D"_qs, u"1"_qs, u"P"_qs, u"1"_qs, false) });
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(M::SortRole);
        proxy.sort(M::ResultColumn);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, M::ConsumerColumn).data().toString();
        QCOMPARE(order, (QStringList{ u"D"_qs, u"C"_qs, u"A"_qs, u"B"_qs }));
    }

    void headers()
    {
        M model;
        QStringList headers;
        for (int column = 0; column < M::ColumnCount; ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList{ u"Consumer"_qs, u"Consumer version"_qs, u"Provider"_qs, u"Provider version"_qs,
                u"Pact published"_qs, u"Verified"_qs, u"Result"_qs, u"Why it blocks"_qs }));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void batchesFromTheEventLoop_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("batch");
        QTest::newRow("2000 by 200") << 2000 << 200;
        QTest::newRow("2001 by 200") << 2001 << 200;
        QTest::newRow("fewer than a batch") << 150 << 200;
        QTest::newRow("none") << 0 << 200;
    }
    void batchesFromTheEventLoop()
    {
        QFETCH(int, rows);
        QFETCH(int, batch);
        QList<MatrixRow> matrix;
        for (int i = 0; i < rows; ++i)
            matrix << matrixRow(u"C"_qs + QString::number(i), u"1"_qs, u"P"_qs, u"2"_qs, i % 3 != 0);
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MatrixRowFeeder feeder(&model);
        feeder.setBatchSize(batch);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(&feeder, &MatrixRowFeeder::progress);
        QSignalSpy finished(&feeder, &MatrixRowFeeder::finished);
        feeder.feed(matrix);
        // The first batch at once, the rest only from the event loop.
        QCOMPARE(model.rowCount(), qMin(rows, batch));
        QCOMPARE(feeder.isFeeding(), rows > batch);
        while (feeder.isFeeding()) {
            const int before = model.rowCount();
            QCoreApplication::processEvents();
            QVERIFY(model.rowCount() > before);
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(model.rowCount(), rows);
        const int batches = (rows + batch - 1) / batch;
        QCOMPARE(inserted.count(), batches);
        QCOMPARE(progress.count(), qMax(1, batches));
        for (int i = 0; i < progress.count(); ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), qMin(rows, (i + 1) * batch));
            QCOMPARE(progress.at(i).at(1).toInt(), rows);
        }
        for (int i = 0; i < rows; i += 97)
            QCOMPARE(model.index(i, M::ConsumerColumn).data().toString(), u"C"_qs + QString::number(i));
    }

    void newFeedDropsTheRest()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MatrixRowFeeder feeder(&model);
        feeder.setBatchSize(10);
        QList<MatrixRow> first(50, matrixRow(u"Old"_qs, u"1"_qs, u"P"_qs, u"2"_qs, true));
        feeder.feed(first);
        QCOMPARE(feeder.pendingRows(), 40);
        model.clear();
        feeder.feed({ matrixRow(u"New"_qs, u"1"_qs, u"P"_qs, u"2"_qs, true) });
        QVERIFY(!feeder.isFeeding());
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"New"_qs);
        feeder.feed(first);
        feeder.cancel();
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(feeder.pendingRows(), 0);
    }
};

QTEST_MAIN(TestMatrixTableModel)
#include "tst_matrixtablemodel.moc"
