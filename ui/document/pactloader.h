// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/pactreader.h>

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace Pactbench {

/**
 * Reads pact files on a worker thread, one after the other, and hands each result back on the
 * thread the loader lives in, so a 10 MB pact never blocks the window. cancel() drops the file
 * being read (its parse finishes in the background and is thrown away) and the ones queued.
 */
class PactLoader : public QObject
{
    Q_OBJECT

public:
    explicit PactLoader(QObject *parent = nullptr);
    ~PactLoader() override;
    Q_DISABLE_COPY_MOVE(PactLoader)

    /// Queues files; reading starts at once when idle.
    void load(const QStringList &paths);
    void cancel();
    bool isBusy() const { return !m_current.isEmpty(); }
    /// The file being read (empty when idle) and how many wait after it.
    QString currentPath() const { return m_current; }
    int queued() const { return int(m_queue.size()); }
    /// Reads a pact file and notes whether Save would rewrite more than the edits (rewritesOnSave).
    static ReadResult readAndCompare(const QString &path);

Q_SIGNALS:
    /// Reading `path` (of `bytes` bytes) begins; `remaining` files wait after it.
    void started(const QString &path, qint64 bytes, int remaining);
    /// `path` was read (the result may hold only diagnostics); `elapsedMs` from start to result.
    void loaded(const QString &path, const Pactbench::ReadResult &result, qint64 elapsedMs);
    /// Nothing left to read (after the last file, or after cancel()).
    void idle();
    void cancelled(const QString &path);

private:
    void startNext();
    void deliver(quint64 generation, const QString &path, ReadResult result);

    QStringList m_queue;
    QString m_current;
    quint64 m_generation = 0;
    QElapsedTimer m_timer;
};

} // namespace Pactbench
