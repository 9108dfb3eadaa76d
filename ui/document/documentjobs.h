// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/pact.h>

#include <QHash>
#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
class QTimer;
QT_END_NAMESPACE

namespace Pactbench {

class DocumentManager;
class PactDocument;

/**
 * Runs a job over every open pact off the GUI thread: when a pact opens, a moment after its last
 * edit, and when it is saved. The job gets copies of the pact and of its saved form
 * (PactDocument::savedPact), so edits go on while it runs; a newer edit drops the result of an older
 * run, and a closed pact's result never arrives. One worker thread, niced: the GUI thread comes first.
 */
class DocumentJobs : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentJobs)

public:
    using Job = std::function<QVariant(const Pact &current, const Pact &saved)>;

    /// `job` runs on a worker thread; it must not touch the documents.
    DocumentJobs(DocumentManager *documents, Job job, int delayMs, QObject *parent = nullptr);
    ~DocumentJobs() override;

    /// Runs now for `document` instead of after the delay.
    void runNow(PactDocument *document);

Q_SIGNALS:
    /// The job's result for the document's latest state (on the GUI thread).
    void finished(Pactbench::PactDocument *document, const QVariant &result);
    /// The document is about to close: forget what was kept for it.
    void forgotten(Pactbench::PactDocument *document);

private:
    using Counter = std::shared_ptr<std::atomic<quint64>>;
    struct Watch
    {
        QTimer *timer = nullptr;
        Counter generation;
    };
    void watch(PactDocument *document);
    void forget(PactDocument *document);
    void schedule(PactDocument *document);
    void deliver(PactDocument *document, const Counter &counter, quint64 generation, const QVariant &result);

    Job m_job;
    int m_delayMs;
    QHash<const PactDocument *, Watch> m_watches;
    QThreadPool *m_pool;
};

} // namespace Pactbench
