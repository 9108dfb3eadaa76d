// SPDX-License-Identifier: MIT
#include "networkgraph.h"

#include <algorithm>

namespace Pactbench {

NetworkGraph::NetworkGraph(const QList<IntegrationSummary> &integrations)
    : m_integrations(integrations)
{
    for (const IntegrationSummary &i : integrations) {
        m_services.append(i.consumer);
        m_services.append(i.provider);
    }
    std::sort(m_services.begin(), m_services.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    m_services.erase(std::unique(m_services.begin(), m_services.end()), m_services.end());
    for (int i = 0; i < m_services.size(); ++i)
        m_index.insert(m_services[i], i);
    m_edgesOf.resize(m_services.size());
    for (int e = 0; e < integrations.size(); ++e) {
        const int consumer = m_index.value(integrations[e].consumer);
        const int provider = m_index.value(integrations[e].provider);
        m_ends.append({consumer, provider});
        m_edgesOf[consumer].append(e);
        if (provider != consumer)
            m_edgesOf[provider].append(e);
    }
}

QList<int> NetworkGraph::providersOf(int service) const
{
    QList<int> out;
    for (const int e : m_edgesOf[service]) {
        if (m_ends[e].first == service && !out.contains(m_ends[e].second))
            out.append(m_ends[e].second);
    }
    return out;
}

QList<int> NetworkGraph::consumersOf(int service) const
{
    QList<int> out;
    for (const int e : m_edgesOf[service]) {
        if (m_ends[e].second == service && !out.contains(m_ends[e].first))
            out.append(m_ends[e].first);
    }
    return out;
}

QList<NetworkGraph::Relevance> NetworkGraph::filter(const QString &text) const
{
    const QString needle = text.trimmed();
    QList<Relevance> out(m_services.size(), needle.isEmpty() ? Relevance::Match : Relevance::Other);
    if (needle.isEmpty())
        return out;
    for (int s = 0; s < m_services.size(); ++s) {
        if (m_services[s].contains(needle, Qt::CaseInsensitive))
            out[s] = Relevance::Match;
    }
    for (const auto &[consumer, provider] : m_ends) {
        if (out[consumer] == Relevance::Match && out[provider] == Relevance::Other)
            out[provider] = Relevance::Neighbour;
        else if (out[provider] == Relevance::Match && out[consumer] == Relevance::Other)
            out[consumer] = Relevance::Neighbour;
    }
    return out;
}

QList<bool> NetworkGraph::neighbourhood(int service) const
{
    QList<bool> out(m_services.size(), service < 0);
    if (service < 0 || service >= m_services.size())
        return out;
    out[service] = true;
    for (const int e : m_edgesOf[service]) {
        out[m_ends[e].first] = true;
        out[m_ends[e].second] = true;
    }
    return out;
}

bool NetworkGraph::sameShape(const NetworkGraph &other) const
{
    return m_services == other.m_services && m_ends == other.m_ends;
}

} // namespace Pactbench
