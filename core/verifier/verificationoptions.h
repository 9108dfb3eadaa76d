// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Pactbench {

/// Which interactions a verification runs.
/**
 * One interaction picked out again (re-run failed, --last-failed): by its key when the reference and
 * the interaction both have one, else by description and provider-state names (two interactions may
 * share a description).
 */
struct InteractionRef
{
    QString key;
    QString description;
    QStringList providerStates; ///< names, in order
    bool statesKnown = true; ///< false: match on the description alone (a reference-written report)

    bool operator==(const InteractionRef &) const = default;
};

struct VerificationFilter
{
    QString description; ///< regex on the description (empty: all)
    QString providerState; ///< regex on a provider state name (empty: all)
    bool noState = false; ///< only interactions without provider states
    QString consumer; ///< regex on the consumer name (empty: all)
    QString key; ///< the interaction key (empty: all)
    QList<InteractionRef> onlyInteractions; ///< when not empty, only these (for "re-run failed")
    QList<int> interactionIndexes; ///< when not empty, only these positions in each pact (GUI re-runs)

    bool isEmpty() const
    {
        return description.isEmpty() && providerState.isEmpty() && !noState && consumer.isEmpty() && key.isEmpty()
            && onlyInteractions.isEmpty() && interactionIndexes.isEmpty();
    }
};

/**
 * Everything a verification run needs to know about the provider, as plain data: the CLI
 * fills it from its options, the GUI from its panel. Core never reads settings itself.
 */
struct VerificationOptions
{
    QUrl providerBaseUrl; ///< scheme://host:port[/base-path] for HTTP interactions
    QUrl messageUrl; ///< where message interactions are triggered (POST); empty: providerBaseUrl
    QUrl stateChangeUrl; ///< empty: no state-change calls (a warning per state)
    bool stateChangeAsQuery = false; ///< state, action and params in the query instead of a JSON body
    bool stateChangeTeardown = false; ///< call the state-change URL again with action "teardown"
    /// Sends of a state-change call answered 5xx, 408 or 429 (the reference's 8): waits 1 s, 2 s … 64 s between.
    int stateChangeAttempts = 8;
    int retrySecondMs = 1000; ///< one second of those waits, in ms (a test knob)
    Headers customHeaders; ///< added to (or replacing) each request's headers
    int requestTimeoutMs = 5000;
    bool ignoreTlsErrors = false; ///< TLS verification (provider, messages, state changes) is on unless this is set
    qint64 maxResponseBytes = 64 * 1024 * 1024; ///< largest response body read from the provider (64 MiB)
    bool exitOnFirstError = false;
    VerificationFilter filter;
    QString providerName; ///< the provider's name, for the broker and reports
};

} // namespace Pactbench
