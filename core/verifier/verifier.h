// SPDX-License-Identifier: MIT
#pragma once

#include "verificationengine.h"
#include "verificationoptions.h"
#include "verificationresult.h"

#include <core/model/pact.h>

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Pactbench {

class ProviderClient;
class StateChangeRunner;

/// A pact to verify and where it came from.
struct VerificationTarget
{
    Pact pact;
    QString origin; ///< file path or URL, for messages and reports
    QStringList notices; ///< broker notices, printed before verification
    bool pending = false; ///< the broker says the whole pact is pending
};

/**
 * Verifies pacts against a running provider, one interaction after the other: provider-state
 * setup calls, the request (or the message trigger), the comparison, teardown calls. Results are
 * emitted as they happen; the run can be cancelled. Everything runs on the calling thread's event
 * loop with asynchronous networking, so a GUI stays responsive.
 */
class Verifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verifier)

public:
    /// `engine` must outlive the verifier.
    explicit Verifier(const VerificationEngine *engine, QObject *parent = nullptr);
    ~Verifier() override;

    void setOptions(const VerificationOptions &options);
    const VerificationOptions &options() const { return m_options; }

    void start(const QList<VerificationTarget> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<InteractionResult> &results() const { return m_results; }

    /// Whether the filter keeps this interaction.
    static bool accepts(const VerificationFilter &filter, const Pact &pact, const Interaction &interaction);
    /// Whether the filter keeps the interaction at `index` of `pact` (accepts() and the index list).
    static bool selects(const VerificationFilter &filter, const Pact &pact, int index);

Q_SIGNALS:
    void interactionStarted(int pactIndex, int interactionIndex, const QString &description);
    void interactionFinished(const Pactbench::InteractionResult &result);
    void finished(const Pactbench::VerificationSummary &summary);

private:
    struct Item
    {
        int pact;
        int interaction;
    };

    void runNext();
    void afterSetup(InteractionResult result, QList<StateCall> calls, bool ok, const QJsonObject &values);
    void sendHttp(InteractionResult result, const QJsonObject &stateValues);
    void sendMessage(InteractionResult result);
    void compareHttp(InteractionResult result, const HttpExchange &exchange);
    void compareMessage(InteractionResult result, const HttpExchange &exchange);
    static void noteContentEncoding(InteractionResult &result);
    /// Runs `compare` on a worker thread (a 5 MB body takes long enough to freeze a window), then
    /// goes on with its mismatches here; a cancelled run's comparison is dropped.
    void compareInBackground(InteractionResult result, std::function<QList<VerifierMismatch>()> compare);
    void teardown(InteractionResult result);
    void finishInteraction(InteractionResult result);
    void finishRun();
    const Interaction &interactionOf(const InteractionResult &r) const;
    SpecVersion versionOf(const InteractionResult &r) const;

    const VerificationEngine *m_engine;
    VerificationOptions m_options;
    ProviderClient *m_client;
    StateChangeRunner *m_states = nullptr;
    QList<VerificationTarget> m_targets;
    QList<Item> m_queue;
    QList<InteractionResult> m_results;
    QElapsedTimer m_runTimer;
    QElapsedTimer m_interactionTimer;
    quint64 m_generation = 0; ///< callbacks of a cancelled run are dropped
    bool m_running = false;
    bool m_cancelled = false;
    QThreadPool m_comparisons; ///< one thread: interactions are compared in turn; waited for on destruction
};

} // namespace Pactbench
