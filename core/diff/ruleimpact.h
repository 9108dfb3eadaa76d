// SPDX-License-Identifier: MIT
#pragma once

#include "regexcompare.h"

#include <core/matching/rules.h>

#include <QJsonValue>
#include <functional>
#include <optional>

namespace Pactbench::Diff {

/// The rules deciding one place and the example value they are read with.
struct RulePlace
{
    RuleGroup group; ///< empty: equality with the example
    QJsonValue example = QJsonValue(QJsonValue::Undefined); ///< undefined: the place is not in the example
};

/// Whether a candidate value at a place, put into a whole part, really shows the difference (see PartProver).
using Confirm = std::function<bool(const QJsonValue &value)>;

/// How the set of values NEW accepts at a place relates to the set OLD accepts.
struct RuleComparison
{
    Inclusion oldInNew = Inclusion::Unknown; ///< every value OLD accepts, NEW accepts
    Inclusion newInOld = Inclusion::Unknown; ///< every value NEW accepts, OLD accepts
    QJsonValue oldOnly = QJsonValue(QJsonValue::Undefined); ///< oldInNew No: a value OLD accepts and NEW rejects
    QJsonValue newOnly = QJsonValue(QJsonValue::Undefined); ///< newInOld No: a value NEW accepts and OLD rejects
    QString proof; ///< how an inclusion was proven, for the reason
};

/**
 * Compares the matchers of a place as matchers (rule lists with their AND/OR), not as JSON text.
 * Inclusion is Yes only by a structural rule (same matcher; equality whose value the other accepts;
 * type with wider bounds; integer or decimal inside number; a regex inside another, see
 * regexIncluded(); include of a longer text), No only with a witness value that the matching
 * engine accepts on one side and rejects on the other (and that `confirmOldOnly` / `confirmNewOnly`
 * accept, when given), and Unknown otherwise.
 */
RuleComparison compareRules(const RulePlace &oldPlace, const RulePlace &newPlace, const Confirm &confirmOldOnly = {},
                            const Confirm &confirmNewOnly = {});

/// Whether `value` satisfies the place's rules: nothing when the engine's rule cannot be judged alone.
std::optional<bool> accepts(const RulePlace &place, const QJsonValue &value);
/**
 * A value `from` accepts and `to` rejects, among candidates (both examples, samples of their regexes,
 * scalars of each JSON type, lists around the bounds, the object with a member more and an empty one),
 * each confirmed by `confirm` when given; undefined when there is none (witness.cpp).
 */
QJsonValue findWitness(const RulePlace &from, const RulePlace &to, const Confirm &confirm);
/// A rule whose accepted set does not depend on the example (regex, integer, date, …).
bool exampleFree(const Rule &rule);

/// "equality", "regex '^\d+$'", "type (min 1)", "integer OR null", …
QString describeRules(const RuleGroup &group);
/// A comparable text of a rule list: matchers resolved (aliases mapped), in order, with the combine.
QString ruleSignature(const RuleGroup &group);

} // namespace Pactbench::Diff
