// SPDX-License-Identifier: MIT
#pragma once

#include "journalentry.h"

#include <QObject>
#include <QTimer>

namespace Pactbench {

class Journal;

/**
 * Turns a flood of journal appends into at most one batchReady() every interval: notify()
 * after each Journal::append() arms a single-shot timer; when it fires, every entry new since
 * the last batch (at most maxBatch, the newest) goes out in one signal with the exact counters.
 * Lives on the thread that appends (the server's); listeners on other threads (the GUI) get
 * the batches queued. Does not own the journal, which must outlive it.
 */
class JournalPublisher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPublisher)
public:
    static constexpr int DefaultIntervalMs = 100;

    explicit JournalPublisher(const Journal *journal, int intervalMs = DefaultIntervalMs, QObject *parent = nullptr);
    ~JournalPublisher() override;

    /// Largest batch; older unpublished entries are counted in JournalBatch::skipped. Default: the ring capacity.
    void setMaxBatch(qsizetype max) { m_maxBatch = qMax(qsizetype(1), max); }
    int intervalMs() const { return m_timer.interval(); }

    /// New entries are in the journal: publish them within the interval. Any thread.
    void notify();
    /// Publishes what is pending now (e.g. when the server stops). This object's thread.
    void flush();
    /// flush(), then finished(): queued after a server's stop, it says the last batch is out. This object's thread.
    void finish();

Q_SIGNALS:
    void batchReady(const Pactbench::JournalBatch &batch);
    /// After finish(): every entry of the journal has been published (or skipped).
    void finished();

private:
    const Journal *m_journal;
    QTimer m_timer;
    qsizetype m_maxBatch;
    quint64 m_published = 0; ///< sequence of the newest entry already published or skipped
    quint64 m_clears = 0; ///< Journal::clearCount() when m_published was last valid
};

} // namespace Pactbench
