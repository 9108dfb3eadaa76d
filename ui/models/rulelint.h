// SPDX-License-Identifier: MIT
#pragma once

#include <ui/commands/interactionpart.h>

#include <QList>
#include <QString>

namespace Pactbench {

/// One finding of the rule lint: where and what.
struct RuleLintItem
{
    QString category;
    QString key; ///< JSON path, header or parameter name; empty for single-rule categories
    QString message;
    bool operator==(const RuleLintItem &o) const
    {
        return category == o.category && key == o.key && message == o.message;
    }
};

/**
 * Checks the matching rules of one part against the part itself: matchers that cannot be used
 * (ruleProblems), regexes that their own example does not match, and rules whose path or name
 * matches nothing in the body, headers or query.
 */
class RuleLint
{
public:
    static QList<RuleLintItem> check(const Interaction &interaction, InteractionPart part);
    /// The example a rule applies to: the body value at a path, a header or query value, the path.
    static QJsonValue exampleFor(
        const Interaction &interaction, InteractionPart part, const QString &category, const QString &key);
};

} // namespace Pactbench
