// SPDX-License-Identifier: MIT
#include "overlaplint.h"

#include "journalformat.h"

#include <core/mockserver/overlaps.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

namespace Pactbench {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OverlapLint)
};

} // namespace

OverlapLint::OverlapLint(DocumentManager *documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1); // one pact at a time; the GUI and the verifier keep the other cores
    for (PactDocument *document : documents->documents()) {
        watch(document);
        runNow(document);
    }
    connect(documents, &DocumentManager::documentAdded, this, [this](PactDocument *document) {
        watch(document);
        runNow(document);
    });
    connect(documents, &DocumentManager::documentAboutToBeRemoved, this, &OverlapLint::forget);
}

OverlapLint::~OverlapLint()
{
    for (const Watch &w : std::as_const(m_watches))
        w.generation->fetch_add(1); // running workers drop their result
    m_pool->clear();
    m_pool->waitForDone();
}

Diagnostics OverlapLint::lint(const Pact &pact)
{
    const QList<InteractionOverlap> overlaps = findOverlaps(pact, {}, Limit);
    Diagnostics out;
    for (const InteractionOverlap &o : overlaps) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.jsonPath = QStringLiteral("$.interactions[%1]").arg(o.requested);
        d.message = JournalFormat::overlap(o, pact);
        out.append(d);
    }
    if (overlaps.size() >= Limit) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.message = Text::tr("The overlap check stopped after %n finding(s) (its limit); there may be more.", nullptr,
            int(Limit));
        out.append(d);
    }
    return out;
}

void OverlapLint::watch(PactDocument *document)
{
    if (m_watches.contains(document))
        return;
    Watch w;
    w.timer = new QTimer(this);
    w.timer->setSingleShot(true);
    w.timer->setInterval(DelayMs);
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
}

void OverlapLint::forget(PactDocument *document)
{
    const auto it = m_watches.find(document);
    if (it == m_watches.end())
        return;
    it->generation->fetch_add(1);
    delete it->timer;
    m_watches.erase(it);
    disconnect(document, nullptr, this, nullptr);
    if (m_results.remove(document) > 0)
        Q_EMIT lintChanged(document, {});
}

void OverlapLint::schedule(PactDocument *document)
{
    const auto it = m_watches.constFind(document);
    if (it == m_watches.constEnd())
        return;
    it->generation->fetch_add(1); // a run under way is already out of date
    it->timer->start();
}

void OverlapLint::runNow(PactDocument *document)
{
    const auto it = m_watches.constFind(document);
    if (it == m_watches.constEnd())
        return;
    it->timer->stop();
    const quint64 generation = it->generation->fetch_add(1) + 1;
    std::shared_ptr<std::atomic<quint64>> current = it->generation;
    // The destructor waits for the pool, so `this` outlives the worker; the document is named by its
    // generation counter, which forget() retires, so a document deleted meanwhile is never touched.
    m_pool->start([this, document, current, generation, pact = document->pact()] {
        if (current->load() != generation)
            return;
        const Diagnostics found = lint(pact);
        if (current->load() != generation)
            return;
        QMetaObject::invokeMethod(
            this, [this, document, current, generation, found] { deliver(document, current, generation, found); },
            Qt::QueuedConnection);
    });
}

void OverlapLint::deliver(PactDocument *document, const std::shared_ptr<std::atomic<quint64>> &counter,
    quint64 generation, const Diagnostics &diagnostics)
{
    const auto it = m_watches.constFind(document);
    if (it == m_watches.constEnd() || it->generation != counter || counter->load() != generation)
        return;
    if (m_results.contains(document) && m_results.value(document) == diagnostics)
        return;
    m_results.insert(document, diagnostics);
    Q_EMIT lintChanged(document, diagnostics);
}

} // namespace Pactbench
