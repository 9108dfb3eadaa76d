// SPDX-License-Identifier: MIT
#include "mismatchrule.h"

#include <core/matching/rules.h>

namespace Pactbench {

namespace {

/// "$.a[1]['b c']" as the engine's value path: "$", "a", "1", "b c".
ValuePath valuePathOf(const QString &text)
{
    ValuePath out;
    for (const PathToken &t : RulePath::parse(text.isEmpty() ? QStringLiteral("$") : text).tokens) {
        switch (t.kind) {
        case PathToken::Kind::Root:
            out.append(QStringLiteral("$"));
            break;
        case PathToken::Kind::Field:
            out.append(t.name);
            break;
        case PathToken::Kind::Index:
            out.append(QString::number(t.index));
            break;
        case PathToken::Kind::Star:
        case PathToken::Kind::StarIndex:
            out.append(QStringLiteral("*"));
            break;
        }
    }
    return out;
}

MismatchRule bestBodyRule(const MatchingRules::Category &rules, const QString &path)
{
    const ValuePath value = valuePathOf(path);
    MismatchRule out;
    out.category = QStringLiteral("body");
    qint64 bestScore = 0;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const RulePath rulePath = RulePath::parse(it.key());
        const qint64 score = qint64(rulePath.weight(value)) * rulePath.tokens.size();
        if (score > bestScore) {
            bestScore = score;
            out.key = it.key();
            out.rules = it.value();
        }
    }
    return out;
}

MismatchRule namedRule(
    const QString &category, const MatchingRules::Category &rules, const QString &name, Qt::CaseSensitivity cs)
{
    MismatchRule out;
    out.category = category;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (it.key().compare(name, cs) == 0) {
            out.key = it.key();
            out.rules = it.value();
            break;
        }
    }
    return out;
}

MismatchRule singleRule(const QString &category, const MatchingRules &rules)
{
    MismatchRule out;
    out.category = category;
    const MatchingRules::Category c = rules.category(category);
    if (!c.isEmpty()) {
        out.key = c.firstKey();
        out.rules = c.first();
    }
    return out;
}

} // namespace

MismatchRule ruleForMismatch(const HttpRequest &expected, const Mismatch &mismatch)
{
    const MatchingRules &rules = expected.matchingRules;
    switch (mismatch.kind) {
    case MismatchKind::Body:
        return bestBodyRule(rules.category(QStringLiteral("body")), mismatch.path);
    case MismatchKind::Header:
        return namedRule(
            QStringLiteral("header"), rules.category(QStringLiteral("header")), mismatch.path, Qt::CaseInsensitive);
    case MismatchKind::Query:
        return namedRule(
            QStringLiteral("query"), rules.category(QStringLiteral("query")), mismatch.path, Qt::CaseSensitive);
    case MismatchKind::Path:
        return singleRule(QStringLiteral("path"), rules);
    case MismatchKind::Method:
        return singleRule(QStringLiteral("method"), rules);
    case MismatchKind::BodyType:
    case MismatchKind::Status:
    case MismatchKind::Metadata:
    case MismatchKind::Rule:
        break;
    }
    return {};
}

} // namespace Pactbench
