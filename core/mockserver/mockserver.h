// SPDX-License-Identifier: MIT
#pragma once

#include "journal.h"
#include "journalentry.h"
#include "mockproblem.h"
#include "mockserverconfig.h"

#include <core/model/pact.h>

#include <QObject>
#include <QUrl>

#include <memory>

namespace Pactbench {

class HttpServerThread;
class JournalPublisher;
class MockRequestHandler;

/**
 * Serves the HTTP interactions of a pact over real HTTP/1.1 (optionally HTTPS), on its own
 * thread, the way Pact's reference mock server does: each request is matched with the matching
 * engine against the interactions with its method and path; the best match answers with its
 * response (generators applied, MockServerURL resolved to url()); otherwise a 500 with
 * `X-Pact: Request-Mismatch` (the closest interaction's mismatches) or `X-Pact: Unexpected-Request`.
 * Every request goes to the journal with its verdict; new entries reach journalBatch() in
 * batches, queued to this object's thread. verify() reports mismatches, unexpected requests and
 * interactions never called; writePact() writes the pact of what was exercised.
 *
 *     MockServer server(pact);                 // 127.0.0.1, a free port
 *     connect(&server, &MockServer::started, ...);
 *     server.start();                          // asynchronous: started(url) or failed(error)
 *     ...
 *     server.stop();                           // asynchronous: the last batch, then stopped()
 *     if (server.verify().ok()) server.writePact(path, SpecVersion::V4);
 *
 * Nothing here waits for the server thread: stop() and the destructor return at once even while
 * a request is being answered (HttpServerThread hands the thread to ThreadReaper).
 */
class MockServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockServer)
public:
    explicit MockServer(const Pact &pact, const MockServerConfig &config = {}, QObject *parent = nullptr);
    ~MockServer() override;

    /// Listens (on the server thread); answers with started() or failed().
    void start();
    /// Closes the listener and every connection, then publishes the pending journal entries;
    /// stopped() follows the last journalBatch(). Asynchronous.
    void stop();
    bool isRunning() const { return m_running; }
    /// "http://127.0.0.1:PORT" (https with TLS) once started; empty before.
    QUrl url() const { return m_url; }
    const MockServerConfig &config() const { return m_config; }

    const Pact &pact() const;
    /// Indices (in pact().interactions) of the interactions served (HTTP, passing the state/description filters).
    const QList<int> &servedInteractions() const;
    /// How often an interaction answered a request. Any thread.
    quint64 callCount(int interaction) const;
    /**
     * Served interactions never called: neither matched nor the closest interaction of a mismatched
     * request (that one is reported as a request-mismatch instead, as the reference does). Any thread.
     */
    QList<int> missing() const;
    /// Every mismatched and unexpected request, then every missing interaction. Any thread.
    MockVerification verify() const;
    /// The pact of the served interactions that were called. Any thread.
    Pact exercisedPact() const;
    /**
     * Writes exercisedPact() as V3 or V4 (atomically). Like the reference, only when verify() is
     * ok, unless `evenIfNotOk`; false with `error` set otherwise.
     */
    bool writePact(const QString &path, SpecVersion version, QString *error = nullptr, bool evenIfNotOk = false) const;

    /// The journal (thread-safe): a ring of the latest requests and exact counters.
    const Journal &journal() const { return *m_journal; }
    JournalCounters counters() const { return m_journal->counters(); }
    /// Empties the journal and forgets calls and problems.
    void reset();

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);
    /// After stop(), once the listener is closed and the last batch is out.
    void stopped();
    /// New journal entries and the counters; at most one per publish interval.
    void journalBatch(const Pactbench::JournalBatch &batch);

private:
    void onStarted(const QUrl &url);
    void onStopped();

    MockServerConfig m_config;
    std::shared_ptr<Journal> m_journal; ///< shared with the server thread, which may outlive this object
    std::shared_ptr<MockRequestHandler> m_handler;
    HttpServerThread *m_http; ///< child
    JournalPublisher *m_publisher; ///< lives on the server thread
    QUrl m_url;
    bool m_running = false;
};

} // namespace Pactbench
