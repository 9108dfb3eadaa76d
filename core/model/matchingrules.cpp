// SPDX-License-Identifier: MIT
#include "matchingrules.h"

namespace Pactbench {

QJsonObject Matcher::toJson() const
{
    QJsonObject o = attributes;
    o.insert(QStringLiteral("match"), type);
    return o;
}

bool MatchingRules::isEmpty() const
{
    for (const Category &c : m_categories) {
        if (!c.isEmpty())
            return false;
    }
    return true;
}

void MatchingRules::add(const QString &category, const QString &key, const RuleList &rules)
{
    Category &c = m_categories[category];
    auto it = c.find(key);
    if (it == c.end()) {
        c.insert(key, rules);
        return;
    }
    it->matchers.append(rules.matchers);
}

int MatchingRules::matcherCount() const
{
    int n = 0;
    for (const Category &c : m_categories) {
        for (const RuleList &r : c)
            n += int(r.matchers.size());
    }
    return n;
}

QStringList MatchingRules::matcherTypes() const
{
    QStringList out;
    for (const Category &c : m_categories) {
        for (const RuleList &r : c) {
            for (const Matcher &m : r.matchers) {
                if (!out.contains(m.type))
                    out.append(m.type);
            }
        }
    }
    return out;
}

static QMap<QString, MatchingRules::Category> withoutEmpty(const QMap<QString, MatchingRules::Category> &all)
{
    QMap<QString, MatchingRules::Category> out;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it->isEmpty())
            out.insert(it.key(), *it);
    }
    return out;
}

bool MatchingRules::operator==(const MatchingRules &o) const
{
    return withoutEmpty(m_categories) == withoutEmpty(o.m_categories);
}

bool isSingleRuleCategory(const QString &category)
{
    return category == u"path" || category == u"method" || category == u"status";
}

} // namespace Pactbench
