// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verifier.h>

#include <QHash>
#include <QObject>
#include <ui/document/pactdocument.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Pactbench {

class VerificationResultsModel;

/**
 * One verification run for the panel: verifies a snapshot of a document's pact on the GUI thread's
 * event loop (the Verifier's networking is asynchronous) and feeds the results model as each
 * interaction starts and finishes. A full run resets the model; a re-run (interaction indexes in
 * the options' filter) replaces the rows it verifies again. Keeps, per interaction, the snapshot
 * it was verified against, for the diff. Results reach the model in batches, at most every
 * kFlushIntervalMs, so a fast provider does not make the view repaint once per interaction.
 */
class VerificationRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationRun)

public:
    static constexpr int kFlushIntervalMs = 50;

    explicit VerificationRun(VerificationResultsModel *model, QObject *parent = nullptr);
    ~VerificationRun() override;

    /// Starts a run; false (nothing started) when one is running or `document` is null.
    bool start(PactDocument *document, const VerificationOptions &options);
    void cancel();
    bool isRunning() const { return m_verifier->isRunning(); }
    /// The document the results in the model belong to (null once it is closed).
    PactDocument *document() const { return m_document; }
    /// The interaction a result was verified against (null when unknown).
    const Interaction *expectedFor(int interactionIndex) const;
    int total() const { return m_total; }
    int done() const { return m_done; }
    /// Forgets the results' document (it is being closed): cancels and clears the model.
    void forget();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Pactbench::VerificationSummary &summary);

private:
    void onStarted(int pactIndex, int interactionIndex, const QString &description);
    void onFinished(const InteractionResult &result);
    void onRunFinished(const VerificationSummary &summary);
    /// Hands the results received since the last flush to the model, and marks the running interaction.
    void flush();

    VerificationResultsModel *m_model;
    std::unique_ptr<VerificationEngine> m_engine;
    Verifier *m_verifier;
    QPointer<PactDocument> m_document;
    Pact m_snapshot;
    QHash<int, Interaction> m_expected;
    QList<InteractionResult> m_pending;
    int m_running = -1; ///< the interaction under way, -1 when none
    QString m_runningDescription;
    QTimer m_flushTimer;
    int m_total = 0;
    int m_done = 0;
};

} // namespace Pactbench
