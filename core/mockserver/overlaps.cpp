// SPDX-License-Identifier: MIT
#include "overlaps.h"

#include "interactionindex.h"

#include <core/matching/matching.h>

namespace Pactbench {

bool mockServes(const MockServerConfig &config, const Interaction &interaction)
{
    if (!interaction.isHttp())
        return false;
    if (!config.descriptions.isEmpty() && !config.descriptions.contains(interaction.description))
        return false;
    if (config.providerStates.isEmpty())
        return true;
    for (const ProviderState &s : interaction.providerStates) {
        if (config.providerStates.contains(s.name))
            return true;
    }
    return false;
}

QString InteractionOverlap::text(const Pact &pact) const
{
    const QString a = pact.interactions.at(requested).description;
    const QString b = pact.interactions.at(alsoMatched).description;
    QString out = QStringLiteral("\"%1\", the request of \"%2\", also matches \"%3\", which comes first in the "
                                 "pact: the mock server answers it with \"%3\", and \"%2\" is never served for it")
                      .arg(request, a, b);
    if (!requestedStates.isEmpty() || !otherStates.isEmpty()) {
        const auto states = [](const QStringList &s) {
            return s.isEmpty() ? QStringLiteral("none") : u'\'' + s.join(QStringLiteral("', '")) + u'\'';
        };
        out += QStringLiteral("; their provider states differ (%1 and %2): serve one state at a time "
                              "(--state, or the panel's state filter) to separate them")
                   .arg(states(requestedStates), states(otherStates));
    } else {
        out += QStringLiteral("; make the request or the rules of one of them narrower");
    }
    return out;
}

QList<InteractionOverlap> findOverlaps(const Pact &pact, const MockServerConfig &config, int limit)
{
    InteractionIndex index;
    QList<int> served;
    for (int i = 0; i < pact.interactions.size(); ++i) {
        if (mockServes(config, pact.interactions.at(i))) {
            served.append(i);
            index.add(i, pact.interactions.at(i).request);
        }
    }
    const SpecVersion version = effectiveVersion(pact.specVersion);
    QList<InteractionOverlap> out;
    for (const int a : std::as_const(served)) {
        const HttpRequest &example = pact.interactions.at(a).request;
        for (const int b : index.candidates(example.method, example.path)) {
            // Only an earlier interaction takes `a`'s request away: the mock server serves the first that matches.
            if (b >= a || !matchRequest(pact.interactions.at(b).request, example, version).matched())
                continue;
            InteractionOverlap o;
            o.requested = a;
            o.alsoMatched = b;
            o.served = b;
            o.request = example.method + u' ' + example.path;
            const QStringList sa = pact.interactions.at(a).providerStateNames();
            const QStringList sb = pact.interactions.at(b).providerStateNames();
            if (sa != sb) {
                o.requestedStates = sa;
                o.otherStates = sb;
            }
            out.append(o);
            if (out.size() >= limit)
                return out;
        }
    }
    return out;
}

} // namespace Pactbench
