// SPDX-License-Identifier: MIT
#pragma once

// Driving our MockServer for the consumer steps: start it with a pact, send requests to it over
// real HTTP, finish the test (verify, write the pact file) and read the written file back.

#include <core/model/pact.h>

#include <QJsonValue>

namespace Pactbench::Compat {

struct World;

/// Starts a MockServer for `pact` (waits until it listens); fails the step otherwise.
void startMockServer(World &w, const Pact &pact);
/// Sends the request to the running mock server; the answer goes to w.consumer.
void sendToMockServer(World &w, const HttpRequest &request);
/// Ends the consumer test: stops the server, writes the pact file when verify() is ok.
void finishConsumerTest(World &w);
/// The pact file written by finishConsumerTest(), read back with our PactReader.
Pact writtenPact(const World &w);
/// The pact of the interactions a consumer test defined.
Pact definedPact(const World &w);
/// Writes that pact with PactWriter (messages have no mock server) as the scenario's pact file.
void writeDefinedPact(World &w, const Pact &pact);
/// A JSON value from its text ("\"Bob\"", "22", "{…}"); undefined when not JSON.
QJsonValue parseValue(const QString &text);
const ProviderState *stateNamed(const Interaction &i, const QString &name);
/// The version pact files of this suite are written in (V3 for V1–V3, V4 for V4).
SpecVersion writeVersion(const World &w);

} // namespace Pactbench::Compat
