// SPDX-License-Identifier: MIT
#include "runningserver.h"

#include <ui/models/pactformat.h>

#include "journalexport.h"
#include "journalmodel.h"

#include <core/mockserver/mockserver.h>
#include <ui/document/pactdocument.h>

namespace Pactbench {

namespace {

QStringList interactionNames(const Pact &pact)
{
    QStringList out;
    out.reserve(pact.interactions.size());
    for (const Interaction &i : pact.interactions)
        out.append(i.description);
    return out;
}

} // namespace

RunningServer::RunningServer(PactDocument *document, const MockServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_config(config)
    , m_server(new MockServer(document->pact(), config, this))
    , m_journal(new JournalModel(this))
{
    m_journal->setInteractionNames(interactionNames(m_server->pact()));
    m_journal->setCapacity(int(qMin<qsizetype>(config.journalCapacity, INT_MAX)));
    connect(m_server, &MockServer::journalBatch, this, [this](const JournalBatch &batch) {
        if (batch.generation < m_generation)
            return; // built before the last Clear
        m_journal->appendBatch(batch);
        Q_EMIT journalUpdated();
    });
    connect(m_server, &MockServer::started, this, [this](const QUrl &url) {
        m_state = State::Running;
        Q_EMIT started(url);
    });
    connect(m_server, &MockServer::failed, this, [this](const QString &error) {
        m_state = State::Failed;
        m_error = error;
        Q_EMIT failed(error);
    });
    connect(m_server, &MockServer::stopped, this, [this] {
        if (m_state != State::Stopping)
            return;
        m_state = State::Stopped;
        Q_EMIT stopped();
    });
    connect(document, &PactDocument::pactReset, this, &RunningServer::markStale);
    connect(document, &PactDocument::interactionChanged, this, &RunningServer::markStale);
    connect(document, &PactDocument::interactionsRearranged, this, &RunningServer::markStale);
}

RunningServer::~RunningServer() = default;

void RunningServer::start()
{
    m_state = State::Starting;
    m_server->start();
}

void RunningServer::stop()
{
    if (m_state == State::Stopping || m_state == State::Stopped)
        return;
    m_state = State::Stopping;
    m_server->stop(); // MockServer::stopped() follows the last journal batch
}

QUrl RunningServer::url() const
{
    return m_server->url();
}

QString RunningServer::title() const
{
    const QString name = m_document ? m_document->displayName() : tr("(closed pact)");
    switch (m_state) {
    case State::Starting:
        return tr("%1 — starting…").arg(name);
    case State::Running:
        return tr("%1 — %2").arg(name, url().toString());
    case State::Failed:
        return tr("%1 — failed").arg(name);
    case State::Stopping:
        return tr("%1 — stopping…").arg(name);
    case State::Stopped:
        return tr("%1 — stopped").arg(name);
    }
    return name;
}

QString RunningServer::statusText() const
{
    switch (m_state) {
    case State::Starting:
        return tr("Starting…");
    case State::Running:
        return PactFormat::numerus(tr("Serving %n interaction(s).", nullptr, int(m_server->servedInteractions().size())),
            m_server->servedInteractions().size());
    case State::Failed:
        return tr("Could not start: %1").arg(m_error);
    case State::Stopping:
        return tr("Stopping…");
    case State::Stopped:
        return tr("Stopped.");
    }
    return {};
}

int RunningServer::documentIndexOf(int snapshotIndex) const
{
    const Pact &served = m_server->pact();
    if (!m_document || snapshotIndex < 0 || snapshotIndex >= served.interactions.size())
        return -1;
    if (!m_stale)
        return snapshotIndex;
    const Interaction &wanted = served.interactions.at(snapshotIndex);
    const QList<Interaction> &now = m_document->pact().interactions;
    for (int i = 0; i < now.size(); ++i) {
        if (now.at(i).description == wanted.description && now.at(i).request.method == wanted.request.method
            && now.at(i).request.path == wanted.request.path)
            return i;
    }
    return -1;
}

QList<int> RunningServer::missing() const
{
    return m_server->missing();
}

void RunningServer::clearJournal()
{
    m_server->reset();
    m_generation = m_server->journal().clearCount(); // batches of entries from before are dropped
    m_journal->clear();
    Q_EMIT journalUpdated();
}

bool RunningServer::exportJournal(const QString &path, QString *error) const
{
    const Pact &pact = m_server->pact();
    JournalExportInfo info;
    info.url = url();
    info.consumer = pact.consumer.name;
    info.provider = pact.provider.name;
    info.interactionNames = interactionNames(pact);
    info.counters = m_journal->counters();
    info.dropped = m_journal->droppedRows();
    return writeJournalFile(path, m_journal->entries(), info, error);
}

void RunningServer::markStale()
{
    if (m_stale)
        return;
    m_stale = true;
    Q_EMIT staleChanged();
}

} // namespace Pactbench
