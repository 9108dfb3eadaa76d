// SPDX-License-Identifier: MIT
#include "matrixrowfeeder.h"

#include "matrixtablemodel.h"

#include <QTimer>

namespace Pactbench {

MatrixRowFeeder::MatrixRowFeeder(MatrixTableModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0); // the next turn of the event loop, after pending input and paints
    connect(m_timer, &QTimer::timeout, this, &MatrixRowFeeder::feedBatch);
}

MatrixRowFeeder::~MatrixRowFeeder() = default;

void MatrixRowFeeder::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

void MatrixRowFeeder::feed(const QList<MatrixRow> &rows)
{
    cancel();
    m_rows = rows;
    m_next = 0;
    feedBatch();
}

void MatrixRowFeeder::cancel()
{
    ++m_generation;
    m_timer->stop();
    m_rows.clear();
    m_next = 0;
}

bool MatrixRowFeeder::isFeeding() const
{
    return m_timer->isActive();
}

void MatrixRowFeeder::feedBatch()
{
    if (!m_model) {
        cancel();
        return;
    }
    const qsizetype count = qMin(qsizetype(m_batchSize), m_rows.size() - m_next);
    m_model->appendRows(m_rows.mid(m_next, count));
    m_next += count;
    const quint64 generation = m_generation;
    Q_EMIT progress(int(m_next), int(m_rows.size()));
    if (generation != m_generation)
        return; // a slot fed or cancelled: that is the feed now
    if (m_next < m_rows.size()) {
        m_timer->start();
        return;
    }
    m_rows.clear();
    m_next = 0;
    Q_EMIT finished();
}

} // namespace Pactbench
