// SPDX-License-Identifier: MIT
#include "ruleproposal.h"

#include <QSet>

namespace Pactbench {

void applyProposals(MatchingRules &rules, const QList<RuleProposal> &proposals, RuleProposal::Side side)
{
    QSet<QString> replaced;
    for (const RuleProposal &p : proposals) {
        if (!p.accepted || p.side != side)
            continue;
        MatchingRules::Category &category = rules.categoryRef(p.category);
        const QString place = p.category + u'\x1f' + p.key;
        if (!replaced.contains(place)) {
            category.remove(p.key);
            replaced.insert(place);
        }
        category[p.key].matchers.append(p.matcher);
    }
}

} // namespace Pactbench
