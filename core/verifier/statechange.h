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
 * per state, in order. A call that fails (transport error or non-2xx) stops the sequence.
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

private:
    void runOne(QList<ProviderState> remaining, const QString &action, QList<StateCall> calls, QJsonObject values,
                Done done);
    /// `params`: the lexemes of the state's params, from their object's root.
    void send(const StateCall &call, const NumberLexemes &params, std::function<void(const HttpExchange &)> then);

    ProviderClient *m_client;
    const VerificationOptions &m_options;
};

} // namespace Pactbench
