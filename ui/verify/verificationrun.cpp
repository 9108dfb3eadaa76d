// SPDX-License-Identifier: MIT
#include "verificationrun.h"

#include "verificationresultsmodel.h"

#include <core/verifier/matchingengine.h>
#include <ui/document/pactdocument.h>

namespace Pactbench {

VerificationRun::VerificationRun(VerificationResultsModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_engine(createMatchingEngine()), m_verifier(new Verifier(m_engine.get(), this))
{
    connect(m_verifier, &Verifier::interactionStarted, this, &VerificationRun::onStarted);
    connect(m_verifier, &Verifier::interactionFinished, this, &VerificationRun::onFinished);
    connect(m_verifier, &Verifier::finished, this, &VerificationRun::onRunFinished);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &VerificationRun::flush);
}

VerificationRun::~VerificationRun()
{
    // Nothing may reach the panel while it is being destroyed.
    m_verifier->blockSignals(true);
    m_verifier->cancel();
}

bool VerificationRun::start(PactDocument *document, const VerificationOptions &options)
{
    if (!document || isRunning())
        return false;
    const bool rerun = !options.filter.interactionIndexes.isEmpty() && document == m_document;
    m_snapshot = document->pact();
    if (!rerun) {
        m_expected.clear();
        m_model->reset(tr("%1 → %2").arg(m_snapshot.consumer.name, m_snapshot.provider.name));
    }
    m_document = document;
    m_total = 0;
    for (int i = 0; i < m_snapshot.interactions.size(); ++i)
        m_total += Verifier::selects(options.filter, m_snapshot, i) ? 1 : 0;
    m_done = 0;
    m_pending.clear();
    m_running = -1;
    m_verifier->setOptions(options);
    m_verifier->start({ VerificationTarget{ m_snapshot, document->origin(), {}, false } });
    m_flushTimer.start();
    Q_EMIT progress(0, m_total);
    return true;
}

void VerificationRun::cancel()
{
    m_verifier->cancel();
}

void VerificationRun::forget()
{
    cancel();
    m_document = nullptr;
    m_expected.clear();
    m_model->clear();
}

const Interaction *VerificationRun::expectedFor(int interactionIndex) const
{
    const auto it = m_expected.constFind(interactionIndex);
    return it == m_expected.constEnd() ? nullptr : &it.value();
}

void VerificationRun::onStarted(int, int interactionIndex, const QString &description)
{
    m_running = interactionIndex;
    m_runningDescription = description;
}

void VerificationRun::onFinished(const InteractionResult &result)
{
    m_expected.insert(result.interactionIndex, m_snapshot.interactions.at(result.interactionIndex));
    m_pending.append(result);
    m_running = -1;
    ++m_done;
}

void VerificationRun::flush()
{
    for (const InteractionResult &result : std::as_const(m_pending))
        m_model->setResult(result);
    const bool changed = !m_pending.isEmpty();
    m_pending.clear();
    if (m_running >= 0)
        m_model->markRunning(m_running, m_runningDescription);
    if (changed)
        Q_EMIT progress(m_done, m_total);
}

void VerificationRun::onRunFinished(const VerificationSummary &summary)
{
    m_flushTimer.stop();
    m_running = -1;
    flush();
    Q_EMIT finished(summary);
}

} // namespace Pactbench
