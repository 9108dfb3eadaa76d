// SPDX-License-Identifier: MIT
// Rule selection per category: weighted paths for bodies, names for headers and query.
#include "rules.h"

namespace Pactbench {

RuleCategory::RuleCategory(Kind kind, const MatchingRules::Category &rules)
    : m_kind(kind)
{
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        RuleGroup g;
        g.logic = it.value().combine;
        for (const Matcher &m : it.value().matchers)
            g.rules.append(Rule::fromMatcher(m));
        RulePath path;
        if (kind == Kind::Header)
            path = RulePath::named(it.key().toLower());
        else if (kind == Kind::Query)
            path = RulePath::named(it.key());
        else if (kind == Kind::Metadata && !it.key().startsWith(u'$'))
            path = RulePath::named(it.key());
        else
            path = RulePath::parse(it.key());
        m_entries.append({path, g});
    }
}

void RuleCategory::add(const RulePath &path, const RuleGroup &group)
{
    m_entries.append({path, group});
}

bool RuleCategory::isDefined(const ValuePath &path) const
{
    if (m_kind == Kind::Single)
        return !m_entries.isEmpty();
    for (const Entry &e : m_entries) {
        if (e.path.weight(path) > 0)
            return true;
    }
    return false;
}

RuleGroup RuleCategory::best(const ValuePath &path) const
{
    if (m_kind == Kind::Single)
        return m_entries.isEmpty() ? RuleGroup{} : m_entries.first().group;
    if (m_kind == Kind::Header || m_kind == Kind::Query) {
        for (const Entry &e : m_entries) {
            if (e.path.weight(path) > 0)
                return e.group;
        }
        return {};
    }
    const Entry *bestEntry = nullptr;
    qint64 bestScore = 0;
    for (const Entry &e : m_entries) {
        const qint64 score = qint64(e.path.weight(path)) * e.path.tokens.size();
        if (score > bestScore) {
            bestScore = score;
            bestEntry = &e;
        }
    }
    if (!bestEntry)
        return {};
    RuleGroup g = bestEntry->group;
    g.cascaded = bestEntry->path.tokens.size() != path.size();
    return g;
}

bool RuleCategory::typeMatcherDefined(const ValuePath &path) const
{
    for (const Entry &e : m_entries) {
        if (m_kind != Kind::Single && e.path.weight(path) == 0)
            continue;
        for (const Rule &r : e.group.rules) {
            if (r.isTypeMatcher())
                return true;
        }
    }
    return false;
}

bool RuleCategory::directMatcherDefined(const ValuePath &path, const QStringList &names) const
{
    for (const Entry &e : m_entries) {
        if (e.path.tokens.size() != path.size() || e.path.weight(path) == 0)
            continue;
        if (names.isEmpty())
            return true;
        for (const Rule &r : e.group.rules) {
            if (names.contains(r.referenceName()))
                return true;
        }
    }
    return false;
}

RuleCategory RuleCategory::withoutStarIndices() const
{
    RuleCategory out = *this;
    for (Entry &e : out.m_entries)
        e.path.tokens.removeIf([](const PathToken &t) { return t.kind == PathToken::Kind::StarIndex; });
    return out;
}

RuleCategory RuleCategory::rerooted(const ValuePath &prefix) const
{
    RuleCategory out;
    out.m_kind = m_kind;
    for (const Entry &e : m_entries) {
        if (e.path.weight(prefix) == 0 && !(e.path.tokens.size() > prefix.size()))
            continue;
        RulePath p;
        p.text = e.path.text;
        p.tokens.append(PathToken{});
        bool matches = e.path.tokens.size() >= prefix.size();
        for (qsizetype i = 0; matches && i < prefix.size(); ++i)
            matches = [&] { ValuePath one = prefix.mid(0, i + 1); RulePath head; head.tokens = e.path.tokens.mid(0, i + 1); return head.weight(one) > 0; }();
        if (!matches)
            continue;
        p.tokens.append(e.path.tokens.mid(prefix.size()));
        out.m_entries.append({p, e.group});
    }
    return out;
}

} // namespace Pactbench
