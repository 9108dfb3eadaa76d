// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/integrationsummary.h>

#include <QList>

namespace Pactbench {

/**
 * A made-up but plausible contract network for benchmarks, screenshots and tests: services in five tiers
 * (web and mobile front ends, BFFs, domain services, core services, stores), each integration from a
 * tier to one of the next three (a few within a tier), statuses mostly verified. The same arguments
 * give the same network on every machine (std::mt19937 used directly, no distributions).
 */
class SampleNetwork
{
public:
    static QList<IntegrationSummary> generate(int services, int integrations, quint32 seed = 20);
};

} // namespace Pactbench
