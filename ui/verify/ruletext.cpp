// SPDX-License-Identifier: MIT
#include "ruletext.h"

#include <core/matching/rules.h>

namespace Pactbench::RuleText {

namespace {

QString categoryName(const MatchingRules &rules, Part part)
{
    switch (part) {
    case Part::Header:
        return QStringLiteral("header");
    case Part::Metadata:
        return QStringLiteral("metadata");
    case Part::Body:
        break;
    }
    return rules.hasCategory(QStringLiteral("content")) ? QStringLiteral("content") : QStringLiteral("body");
}

RuleCategory::Kind kindOf(Part part)
{
    switch (part) {
    case Part::Header:
        return RuleCategory::Kind::Header;
    case Part::Metadata:
        return RuleCategory::Kind::Metadata;
    case Part::Body:
        break;
    }
    return RuleCategory::Kind::Body;
}

ValuePath valuePathOf(Part part, const QString &path)
{
    if (part == Part::Header)
        return { QStringLiteral("$"), path.toLower() };
    if (part == Part::Metadata)
        return { QStringLiteral("$"), path };
    return RulePath::parse(path).asValuePath();
}

} // namespace

QString at(const MatchingRules &rules, Part part, const QString &path)
{
    return Lookup(rules, part).at(path);
}

Lookup::Lookup(const MatchingRules &rules, Part part) : m_part(part)
{
    const QString name = categoryName(rules, part);
    if (rules.hasCategory(name))
        m_category = RuleCategory(kindOf(part), rules.category(name));
}

QString Lookup::at(const QString &path) const
{
    if (m_category.isEmpty())
        return {};
    const ValuePath valuePath = valuePathOf(m_part, path);
    if (!m_category.isDefined(valuePath))
        return {};
    const RuleGroup group = m_category.best(valuePath);
    QStringList names;
    for (const Rule &rule : group.rules)
        names.append(rule.debugName());
    return names.join(group.logic == RuleLogic::Or ? QStringLiteral(" or ") : QStringLiteral(" and "));
}

} // namespace Pactbench::RuleText
