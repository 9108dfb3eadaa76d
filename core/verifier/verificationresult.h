// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <core/model/interaction.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>

namespace Pactbench {

/**
 * One difference between what the pact expects and what the provider did, in the shape of the
 * reference verifier's JSON report: `type` is "StatusMismatch", "HeaderMismatch",
 * "BodyMismatch", "BodyTypeMismatch", "MetadataMismatch", …; `path` the JSON path or header name.
 */
struct VerifierMismatch
{
    QString type;
    QString path;
    QJsonValue expected;
    QJsonValue actual;
    QString description; ///< the one-line sentence, in the reference's wording
    QString rule; ///< the matching rule that caused it, when one did
};

/// One provider-state call (setup or teardown) and how it went.
struct StateCall
{
    QString state;
    QJsonObject params;
    QString action; ///< "setup" or "teardown"
    HttpExchange exchange;
    bool skipped = false; ///< no state-change URL: nothing was called
    bool ok = false;
    int attempts = 0; ///< requests sent (more than one when the provider answered 5xx, 408 or 429)
    QString error;
};

/// What the pact expects of the answer, as the console's check lines and the failure diff show it.
struct ExpectedAnswer
{
    int status = 0; ///< HTTP: the expected status; 0 for a message
    QList<std::pair<QString, QString>> headers; ///< HTTP: each expected header, its values joined with ", "
    QList<std::pair<QString, QString>> metadata; ///< messages: each expected key, its value as JSON text
    QByteArray body; ///< the expected body (or message contents) as the pact holds it
    bool bodyIsJson = false;
};

/// The verdict on one interaction.
enum class InteractionOutcome {
    Passed,
    Failed, ///< the provider answered, and not as the pact says
    Error, ///< no usable answer: connection refused, timeout, state-change failure …
    Skipped, ///< filtered out or not verifiable (unknown kind)
};

QString outcomeLabel(InteractionOutcome outcome);

/// Everything about verifying one interaction, as it happened.
struct InteractionResult
{
    int pactIndex = -1;
    int interactionIndex = -1;
    QString consumer;
    QString provider;
    QString description;
    QString key;
    InteractionKind kind = InteractionKind::SynchronousHttp;
    QStringList providerStates;
    QStringList comments; ///< V4 `comments.text`, printed with the interaction
    QString testName; ///< V4 `comments.testname`: the consumer test that wrote the interaction
    bool pending = false;
    InteractionOutcome outcome = InteractionOutcome::Passed;
    QList<StateCall> stateCalls;
    ExpectedAnswer expected; ///< what the pact expects (set before the provider is asked)
    HttpExchange exchange; ///< the request sent and the response received (HTTP, or the message trigger)
    QJsonObject messageMetadata; ///< metadata the provider returned with a message
    QList<VerifierMismatch> mismatches;
    QStringList errors; ///< environment failures and warnings, in words
    /// Where the reference verifier (pact verifier 18.1.2) would decide otherwise, and why (README "Known departures").
    QStringList departures;
    qint64 durationMs = 0;

    /// Failed or errored and not pending: this fails the run.
    bool failsRun() const
    {
        return !pending && (outcome == InteractionOutcome::Failed || outcome == InteractionOutcome::Error);
    }
    /// "Verifying a pact between C and P Given s - description", as the reference names it.
    QString title() const;
};

/// The whole run, summed up.
struct VerificationSummary
{
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int pendingFailures = 0;
    int skipped = 0;
    bool cancelled = false;
    QStringList notices;
    qint64 durationMs = 0;

    bool success() const { return failed == 0 && errors == 0 && !cancelled; }
    /// Counts each result into passed, failed, errors, pending failures or skipped (nothing else is set).
    void count(const QList<InteractionResult> &results);
};

} // namespace Pactbench

Q_DECLARE_METATYPE(Pactbench::InteractionResult)
Q_DECLARE_METATYPE(Pactbench::VerificationSummary)
