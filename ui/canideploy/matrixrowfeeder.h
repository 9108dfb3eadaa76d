// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/matrix.h>

#include <QList>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Pactbench {

class MatrixTableModel;

/**
 * Puts a large matrix into a MatrixTableModel a batch at a time: the first batch at once, each
 * further one on its own turn of the event loop, so 2,000 rows appear progressively and the
 * window keeps answering in between. feed() again (or cancel()) drops the rows not yet shown.
 */
class MatrixRowFeeder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixRowFeeder)

public:
    static constexpr int defaultBatchSize = 200;

    explicit MatrixRowFeeder(MatrixTableModel *model, QObject *parent = nullptr);
    ~MatrixRowFeeder() override;

    /// Rows per batch (at least 1).
    void setBatchSize(int rows);
    int batchSize() const { return m_batchSize; }
    /// Appends `rows` to the model, batch by batch; rows still pending from an earlier feed() are dropped.
    void feed(const QList<MatrixRow> &rows);
    /// Drops the rows not yet shown.
    void cancel();
    bool isFeeding() const;
    int pendingRows() const { return int(m_rows.size() - m_next); }

Q_SIGNALS:
    /// After each batch: rows shown of this feed, and its total.
    void progress(int shown, int total);
    /// Every row of the feed is in the model.
    void finished();

private:
    void feedBatch();

    QPointer<MatrixTableModel> m_model;
    QTimer *m_timer;
    QList<MatrixRow> m_rows;
    qsizetype m_next = 0;
    quint64 m_generation = 0; ///< bumped by feed()/cancel(), so a slot that feeds again ends this batch's work
    int m_batchSize = defaultBatchSize;
};

} // namespace Pactbench
