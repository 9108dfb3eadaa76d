// SPDX-License-Identifier: MIT
#include "documentjobs.h"

#include "documentmanager.h"
#include "pactdocument.h"

#include <QThreadPool>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <utility>

namespace Pactbench {

namespace {

/// The worker yields to the GUI thread when both want a core: it runs niced (Linux: per thread).
void lowerPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!std::exchange(lowered, true))
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

DocumentJobs::DocumentJobs(DocumentManager *documents, Job job, int delayMs, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_delayMs(delayMs)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    for (PactDocument *document : documents->documents()) {
        watch(document);
        runNow(document);
    }
    connect(documents, &DocumentManager::documentAdded, this, [this](PactDocument *document) {
        watch(document);
        runNow(document);
    });
    connect(documents, &DocumentManager::documentAboutToBeRemoved, this, &DocumentJobs::forget);
}

DocumentJobs::~DocumentJobs()
{
    for (const Watch &w : std::as_const(m_watches))
        w.generation->fetch_add(1); // running workers drop their result
    m_pool->clear();
    m_pool->waitForDone();
}

void DocumentJobs::watch(PactDocument *document)
{
    if (m_watches.contains(document))
        return;
    Watch w;
    w.timer = new QTimer(this);
    w.timer->setSingleShot(true);
    w.timer->setInterval(m_delayMs);
    w.generation = std::make_shared<std::atomic<quint64>>(0);
    m_watches.insert(document, w);
    connect(w.timer, &QTimer::timeout, this, [this, document] { runNow(document); });
    const auto later = [this, document] { schedule(document); };
    connect(document, &PactDocument::pactReset, this, later);
    connect(document, &PactDocument::interactionChanged, this, later);
    connect(document, &PactDocument::interactionInserted, this, later);
    connect(document, &PactDocument::interactionRemoved, this, later);
    connect(document, &PactDocument::interactionMoved, this, later);
    connect(document, &PactDocument::interactionsRearranged, this, later);
    connect(document, &PactDocument::saved, this, [this, document] { runNow(document); });
}

void DocumentJobs::forget(PactDocument *document)
{
    const auto it = m_watches.find(document);
    if (it == m_watches.end())
        return;
    it->generation->fetch_add(1);
    delete it->timer;
    m_watches.erase(it);
    disconnect(document, nullptr, this, nullptr);
    Q_EMIT forgotten(document);
}

void DocumentJobs::schedule(PactDocument *document)
{
    const auto it = m_watches.constFind(document);
    if (it == m_watches.constEnd())
        return;
    it->generation->fetch_add(1); // a run under way is already out of date
    it->timer->start();
}

void DocumentJobs::runNow(PactDocument *document)
{
    const auto it = m_watches.constFind(document);
    if (it == m_watches.constEnd())
        return;
    it->timer->stop();
    const quint64 generation = it->generation->fetch_add(1) + 1;
    Counter counter = it->generation;
    // The destructor waits for the pool, so `this` outlives the worker; the document is named by its
    // generation counter, which forget() retires, so a document deleted meanwhile is never touched.
    m_pool->start([this, document, counter, generation, current = document->pact(), saved = document->savedPact()] {
        if (counter->load() != generation)
            return;
        lowerPriority();
        const QVariant result = m_job(current, saved);
        if (counter->load() != generation)
            return;
        QMetaObject::invokeMethod(
            this, [this, document, counter, generation, result] { deliver(document, counter, generation, result); },
            Qt::QueuedConnection);
    });
}

void DocumentJobs::deliver(PactDocument *document, const Counter &counter, quint64 generation, const QVariant &result)
{
    const auto it = m_watches.constFind(document);
    if (it == m_watches.constEnd() || it->generation != counter || counter->load() != generation)
        return;
    Q_EMIT finished(document, result);
}

} // namespace Pactbench
