// SPDX-License-Identifier: MIT
#include "journalpublisher.h"

#include "journal.h"

#include <QThread>

namespace Pactbench {

JournalPublisher::JournalPublisher(const Journal *journal, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_timer(this) // a child, so moveToThread() takes it along
    , m_maxBatch(journal->capacity())
{
    qRegisterMetaType<Pactbench::JournalBatch>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(qMax(0, intervalMs));
    m_timer.callOnTimeout(this, &JournalPublisher::flush);
}

JournalPublisher::~JournalPublisher() = default;

void JournalPublisher::notify()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &JournalPublisher::notify, Qt::QueuedConnection);
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void JournalPublisher::finish()
{
    flush();
    Q_EMIT finished();
}

void JournalPublisher::flush()
{
    m_timer.stop();
    const quint64 clears = m_journal->clearCount();
    if (clears != m_clears) { // the journal was cleared: its sequences start at 1 again
        m_clears = clears;
        m_published = 0;
    }
    JournalBatch batch;
    batch.generation = clears;
    batch.entries = m_journal->entriesAfter(m_published, m_maxBatch, &batch.skipped);
    batch.counters = m_journal->counters();
    if (batch.entries.isEmpty() && batch.skipped == 0)
        return;
    m_published += batch.skipped + quint64(batch.entries.size());
    Q_EMIT batchReady(batch);
}

} // namespace Pactbench
