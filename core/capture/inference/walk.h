// SPDX-License-Identifier: MIT
#pragma once

#include "inference.h"
#include "pathtrie.h"

#include <core/json/numberlexemes.h>

namespace Pactbench::Inference::detail {

/// Where a walk stopped descending because of maxDepth (the first such place).
struct DepthCut
{
    int maxDepth = 256;
    QString firstPath; ///< empty while nothing was cut
};

/**
 * Adds one JSON sample to the places below `node` (arrays' elements all go to `[*]`). `lexemes`
 * is the sample's number lexemes, or null when it has none; `lexPath` the value's path in them.
 * Returns true when something below was left out for the depth limit.
 */
bool walkJson(PathNode &node, const QJsonValue &value, const NumberLexemes *lexemes, const QString &lexPath, DepthCut &cut);

/// Adds one XML sample below `root` ($.root.child, ['@attr'], ['#text']); returns an error ("line 3, column 7: …") or empty.
QString walkXml(PathNode &root, const QByteArray &bytes, DepthCut &cut);

/// The proposals for the places below and at `root`, in their order.
QList<RuleProposal> propose(const PathNode &root, bool xml, RuleProposal::Side side, const InferenceLimits &limits,
                            InferenceNotes *notes);

/// True when `matcher` accepts every value (each distinct one checked once by the matching engine).
bool acceptsAll(const Matcher &matcher, const QStringList &values);

} // namespace Pactbench::Inference::detail
