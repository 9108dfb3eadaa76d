// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/integrationsummary.h>

#include <QHash>
#include <QList>
#include <QStringList>

namespace Pactbench {

/**
 * The contract network as a graph: services (every consumer and provider, sorted by name) and one edge
 * per integration (consumer → provider), with the questions the view asks of it: who is next to whom,
 * which services a filter keeps, the neighbourhood of a service. No Qt GUI types.
 */
class NetworkGraph
{
public:
    /// How much of a service a name filter keeps.
    enum class Relevance { Other, Neighbour, Match };

    NetworkGraph() = default;
    explicit NetworkGraph(const QList<IntegrationSummary> &integrations);

    const QStringList &services() const { return m_services; }
    const QList<IntegrationSummary> &integrations() const { return m_integrations; }
    qsizetype serviceCount() const { return m_services.size(); }
    qsizetype edgeCount() const { return m_integrations.size(); }
    /// The service's index, -1 when it is not in the network.
    int indexOf(const QString &service) const { return m_index.value(service, -1); }
    int consumerOf(int edge) const { return m_ends[edge].first; }
    int providerOf(int edge) const { return m_ends[edge].second; }
    const QList<std::pair<int, int>> &edgeEnds() const { return m_ends; }
    /// The edges that start or end at the service.
    const QList<int> &edgesOf(int service) const { return m_edgesOf[service]; }
    /// The services it consumes (its providers) and the services that consume it (its consumers).
    QList<int> providersOf(int service) const;
    QList<int> consumersOf(int service) const;

    /// Per service: Match when its name contains `text` (case-insensitive; every service for an empty
    /// text), Neighbour when it shares an integration with a match, else Other.
    QList<Relevance> filter(const QString &text) const;
    /// Per service: true for `service` and its consumers and providers (every service when it is -1).
    QList<bool> neighbourhood(int service) const;
    /// Same services and the same consumer → provider pairs in the same order (only statuses may differ).
    bool sameShape(const NetworkGraph &other) const;

private:
    QList<IntegrationSummary> m_integrations;
    QStringList m_services;
    QHash<QString, int> m_index;
    QList<std::pair<int, int>> m_ends;
    QList<QList<int>> m_edgesOf;
};

} // namespace Pactbench
