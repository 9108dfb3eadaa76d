// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/matchingrules.h>

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Pactbench {

/**
 * One matching rule the inference proposes for a captured interaction, for the user to accept
 * or reject before it enters the pact. `category` and `key` are where it goes in MatchingRules
 * ("body" and a JSON path such as "$.orders[*].id"; "path" and an empty key; "query" or
 * "header" and a name). `example` is the value recorded there (the first sample's), `reason`
 * says in words why this matcher ("an RFC 4122 UUID in all 3 samples").
 */
struct RuleProposal
{
    enum class Side { Request, Response };
    Side side = Side::Response;
    QString category;
    QString key;
    Matcher matcher;
    QString reason;
    QJsonValue example;
    bool accepted = true;

    bool operator==(const RuleProposal &o) const
    {
        return side == o.side && category == o.category && key == o.key && matcher == o.matcher && reason == o.reason
            && example == o.example && accepted == o.accepted;
    }
};

/// Adds the accepted proposals of `side` to `rules` (a proposal for a place that has rules replaces them).
void applyProposals(MatchingRules &rules, const QList<RuleProposal> &proposals, RuleProposal::Side side);

} // namespace Pactbench
