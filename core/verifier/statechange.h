// SPDX-License-Identifier: MIT
#pragma once

#include "providerclient.h"
#include "verificationoptions.h"
#include "verificationresult.h"

#include <functional>

namespace Pactbench {

/**
 * Provider-state calls as Pact's reference verifier makes them: POST to the state-change URL
 * with `{"state", "params", "action"}` (or, "as query", `?state=…&action=…&param=…`), one call
 * per state, in order. A call answered 5xx, 408 or 429 is sent again (retryWaitMs()); one that
 * still fails (transport error or non-2xx) stops the sequence.
 */
class StateChangeRunner
{
public:
    using Done = std::function<void(QList<StateCall> calls, bool ok, QJsonObject values)>;

    StateChangeRunner(ProviderClient *client, const VerificationOptions &options)
        : m_client(client)
        , m_options(options)
    {
    }

    /// Runs `action` ("setup" or "teardown") for the states; `values` merges the JSON objects returned.
    void run(const QList<ProviderState> &states, const QString &action, Done done);
    /// Drops the calls under way: no retry is sent and no `done` called for them.
    void cancel() { ++m_generation; }

    /**
     * The wait before sending again a call that got `exchange` as its attempt number `attempt`
     * (1: the first), in ms; -1: not again. As the reference: only answers 5xx, 408 and 429;
     * 500 ms × 2^attempt, or for a 429 with Retry-After its seconds plus a fifth (at most 60 s
     * more). Capped at 300 s. `secondMs` is the length of one second.
     */
    static qint64 retryWaitMs(const HttpExchange &exchange, int attempt, int secondMs);

private:
    using Then = std::function<void(const HttpExchange &, int attempts)>;
    /// Sends `call` (attempt `number`), again while retryWaitMs() allows and attempts remain.
    void attempt(const StateCall &call, const NumberLexemes &params, int number, Then then);
    void runOne(QList<ProviderState> remaining, const QString &action, QList<StateCall> calls, QJsonObject values,
                Done done);
    /// `params`: the lexemes of the state's params, from their object's root.
    void send(const StateCall &call, const NumberLexemes &params, std::function<void(const HttpExchange &)> then);

    ProviderClient *m_client;
    const VerificationOptions &m_options;
    int m_generation = 0;
};

} // namespace Pactbench
