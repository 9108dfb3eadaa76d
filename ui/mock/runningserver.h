// SPDX-License-Identifier: MIT
#pragma once

#include <core/mockserver/mockproblem.h>
#include <core/mockserver/mockserverconfig.h>
#include <ui/document/pactdocument.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Pactbench {

class JournalModel;
class MockServer;

/**
 * One mock server the panel started: the MockServer (which runs on its own thread) serving a
 * snapshot of a document's pact taken at start, its journal table, and whether the document has
 * been edited since (then the server still serves the old snapshot: isStale()). Owns both.
 */
class RunningServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningServer)
public:
    enum class State { Starting, Running, Failed, Stopping, Stopped };

    RunningServer(PactDocument *document, const MockServerConfig &config, QObject *parent = nullptr);
    ~RunningServer() override;

    /// Listens; started() or failed() follow.
    void start();
    /// Stops listening; returns at once (the server may be busy with a request). The last journal
    /// batch reaches the table, then stopped() follows, once the port is free.
    void stop();

    PactDocument *document() const { return m_document; }
    MockServer *server() const { return m_server; }
    JournalModel *journal() const { return m_journal; }
    const MockServerConfig &config() const { return m_config; }
    State state() const { return m_state; }
    QUrl url() const;
    QString error() const { return m_error; }
    /// "order-service-v4.json — http://127.0.0.1:41399" (or its state while not running).
    QString title() const;
    /// "Serving 3 interaction(s).", "Starting…", "Could not start: …", "Stopping…", "Stopped."
    QString statusText() const;
    /// The document changed after the snapshot was taken.
    bool isStale() const { return m_stale; }
    /**
     * Where interaction `snapshotIndex` of the served snapshot is in the document now: the same index
     * while the pact is unchanged, else the interaction with the same description, method and path
     * (the first such); -1 when it is gone.
     */
    int documentIndexOf(int snapshotIndex) const;
    /// Served interactions never requested (indices in the snapshot).
    QList<int> missing() const;
    /// Empties the journal (server and table) and forgets calls, so every interaction is missing again.
    void clearJournal();
    /// Writes the journal table as JSON (journalToJson(), atomically); false with `error` set on failure.
    bool exportJournal(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);
    void stopped();
    /// New rows are in journal() (or it was cleared): counters and missing interactions may differ.
    void journalUpdated();
    /// isStale() became true.
    void staleChanged();

private:
    void markStale();

    QPointer<PactDocument> m_document;
    MockServerConfig m_config;
    MockServer *m_server; ///< child
    JournalModel *m_journal; ///< child
    State m_state = State::Starting;
    QString m_error;
    bool m_stale = false;
    quint64 m_generation = 0; ///< Journal::clearCount() after the last Clear
};

} // namespace Pactbench
