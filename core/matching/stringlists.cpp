// SPDX-License-Identifier: MIT
// Rule groups on lists of strings: repeated headers and query parameters (compare_lists_with_matchingrules).
#include "partmatchers.h"

#include "valuematchers.h"

namespace Pactbench::detail {

namespace {

QList<Mismatch> contents(const ValuePath &path, const QStringList &e, const QStringList &a,
                         const RuleCategory &context, MismatchKind kind, const QString &where,
                         const StringListCallback &each)
{
    QList<Mismatch> out;
    const qsizetype n = std::max(e.size(), a.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString ev = i < e.size() ? e.at(i) : e.first();
        const ValuePath p = childPath(path, QString::number(i));
        if (i < a.size())
            out.append(each(p, ev, a.at(i), context));
        else if (!context.isDefined(p))
            out.append(Mismatch{kind, where, ev, QString(), QStringLiteral("Expected %1 (%2) but was missing").arg(ev).arg(i)});
    }
    return out;
}

QList<Mismatch> oneRule(const Rule &rule, bool cascaded, const ValuePath &path, const QStringList &e,
                        const QStringList &a, const RuleCategory &context, MismatchKind kind, const QString &where,
                        const StringListCallback &each)
{
    QList<Mismatch> out;
    if (e.isEmpty())
        return out;
    if (rule.type == Rule::Type::ArrayContains) {
        for (const QString &ev : e) {
            if (!a.contains(ev))
                out.append(Mismatch{kind, where, ev, a.join(QStringLiteral(", ")),
                                    QStringLiteral("Variant at index %1 (%2) was not found in the actual list").arg(e.indexOf(ev)).arg(ev)});
        }
        return out;
    }
    if (rule.type == Rule::Type::EachValue) {
        if (cascaded)
            return out;
        RuleCategory own;
        RulePath p;
        for (const QString &segment : path)
            p.tokens.append(segment == u"$" ? PathToken{} : PathToken{PathToken::Kind::Field, segment, 0});
        p.tokens.append(PathToken{PathToken::Kind::Star, {}, 0});
        own.add(p, RuleGroup{rule.subRules, RuleLogic::And, false});
        return contents(path, e, a, own, kind, where, each);
    }
    if (const Verdict v = matchList(rule, e, a, cascaded, true))
        out.append(Mismatch{kind, where, e.join(QStringLiteral(", ")), a.join(QStringLiteral(", ")), *v});
    out.append(contents(path, e, a, context, kind, where, each));
    return out;
}

} // namespace

QList<Mismatch> matchStringList(const ValuePath &path, const RuleGroup &group, const QStringList &expected,
                                const QStringList &actual, const RuleCategory &context, MismatchKind kind,
                                const QString &where, const StringListCallback &each)
{
    if (group.isEmpty())
        return {Mismatch{kind, where, {}, {}, QStringLiteral("No matcher found for path '%1'").arg(pathToString(path))}};
    QList<QList<Mismatch>> results;
    for (const Rule &r : group.rules)
        results.append(oneRule(r, group.cascaded, path, expected, actual, context, kind, where, each));
    QList<Mismatch> out;
    const bool anyOk = std::any_of(results.begin(), results.end(), [](const auto &r) { return r.isEmpty(); });
    if (group.logic == RuleLogic::Or && anyOk)
        return out;
    for (const auto &r : results)
        out.append(r);
    return out;
}

} // namespace Pactbench::detail
