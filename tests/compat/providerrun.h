// SPDX-License-Identifier: MIT
#pragma once

// Running our Verifier for the provider steps: the pact files and the broker's pacts against the
// scenario's TestProvider, with its state-change and message endpoints.

#include <core/broker/brokerpact.h>
#include <core/verifier/verifier.h>

namespace Pactbench::Compat {

struct World;

/// Starts the scenario's TestProvider if it is not running yet.
void ensureProvider(World &w);
/// Verifies every pact of the scenario (files and broker); results and summary go to the World.
void runVerification(World &w);
/// The broker's pacts as verification targets (starts the test broker); fails the step on errors.
QList<VerificationTarget> brokerTargets(World &w, QList<BrokerPact> *pacts);
/// Publishes the results of each broker pact when publishing is enabled.
void publishResults(World &w, const QList<BrokerPact> &pacts);

} // namespace Pactbench::Compat
