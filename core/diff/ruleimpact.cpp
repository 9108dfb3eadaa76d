// SPDX-License-Identifier: MIT
#include "ruleimpact.h"

#include <core/matching/valuematchers.h>

#include <QJsonObject>
#include <algorithm>

namespace Pactbench::Diff {

namespace {

using T = Rule::Type;

bool isNumberRule(const Rule &r)
{
    return r.type == T::Integer || r.type == T::Decimal || r.type == T::Number;
}

qint64 lowerBound(const Rule &r, bool cascaded)
{
    return !cascaded && (r.type == T::MinType || r.type == T::MinMaxType) ? r.min : 0;
}

qint64 upperBound(const Rule &r, bool cascaded)
{
    return !cascaded && (r.type == T::MaxType || r.type == T::MinMaxType) ? r.max : -1;
}

QString jsonType(const QJsonValue &v)
{
    return v.isDouble() ? QStringLiteral("number") : detail::typeOf(detail::bareItem(v));
}

QString ruleText(const Rule &r)
{
    QStringList sub;
    for (const Rule &s : r.subRules)
        sub.append(ruleText(s));
    return QString::number(int(r.type)) + u'|' + r.text + u'|' + QString::number(r.min) + u'|' + QString::number(r.max)
        + u'|' + r.status.className + u'|' + QString::number(r.status.codes.size()) + u'|' + sub.join(u',') + u'|'
        + QString::number(r.variants.size());
}

/// Yes, with the rule that proved it.
Inclusion proven(QString *proof, const QString &why)
{
    *proof = why;
    return Inclusion::Yes;
}

} // namespace

bool exampleFree(const Rule &r)
{
    return r.type != T::Equality && !r.isTypeMatcher() && !r.isValuesMatcher() && r.type != T::EachKey && r.type != T::Plugin
        && r.type != T::Invalid;
}

namespace {

/// Single rule a ⊆ single rule b, by structure.
Inclusion ruleIncluded(const Rule &a, bool aCascaded, const QJsonValue &exA, const Rule &b, bool bCascaded,
                       const QJsonValue &exB, QString *proof)
{
    if (a.type == T::Invalid || b.type == T::Invalid || a.type == T::Plugin || b.type == T::Plugin)
        return Inclusion::Unknown;
    if (ruleText(a) == ruleText(b) && exampleFree(a))
        return proven(proof, QStringLiteral("the same matcher"));
    if (a.type == T::Equality && !exA.isUndefined()) {
        const std::optional<bool> ok = accepts(RulePlace{RuleGroup{{b}, RuleLogic::And, bCascaded}, exB}, exA);
        if (ok && *ok)
            return proven(proof, QStringLiteral("the new matcher accepts the old expected value"));
        return Inclusion::Unknown;
    }
    if (a.isTypeMatcher() && b.isTypeMatcher() && !exA.isUndefined() && jsonType(exA) == jsonType(exB)) {
        const qint64 ahi = upperBound(a, aCascaded), bhi = upperBound(b, bCascaded);
        const bool bounds = lowerBound(b, bCascaded) <= lowerBound(a, aCascaded) && (bhi < 0 || (ahi >= 0 && ahi <= bhi));
        if (bounds)
            return proven(proof, QStringLiteral("a type matcher with the same or wider bounds"));
        return Inclusion::Unknown;
    }
    if (isNumberRule(a) && b.type == T::Number)
        return proven(proof, QStringLiteral("every %1 is a number").arg(a.type == T::Integer ? u"integer"_qs : u"decimal"_qs));
    if (isNumberRule(a) && b.type == T::Type && exB.isDouble())
        return proven(proof, QStringLiteral("a type matcher on a number takes any number"));
    if (a.type == T::Regex && b.type == T::Regex) {
        const RegexInclusion r = regexIncluded(a.text, b.text);
        if (r.result == Inclusion::Yes)
            *proof = r.reason;
        return r.result == Inclusion::Yes ? Inclusion::Yes : Inclusion::Unknown;
    }
    if (a.type == T::Include && b.type == T::Include && a.text.contains(b.text))
        return proven(proof, QStringLiteral("every text containing '%1' contains '%2'").arg(a.text, b.text));
    return Inclusion::Unknown;
}

bool isContainer(const QJsonValue &v)
{
    return v.isObject() || v.isArray();
}

/**
 * No rule at a container is not an equality rule: the engine then compares its members one by one
 * (a response object may have more keys), while an equality rule compares the whole value.
 */
bool implicitContainer(const RulePlace &p)
{
    return p.group.isEmpty() && isContainer(p.example);
}

/// No rule at a container inside a type matcher: the same kind of container, a list's length within the bounds.
Inclusion implicitInType(const RulePlace &a, const Rule &b, bool bCascaded, const QJsonValue &exB, QString *proof)
{
    if (!b.isTypeMatcher() || a.example.isObject() != exB.isObject() || a.example.isArray() != exB.isArray())
        return Inclusion::Unknown;
    const qint64 size = a.example.isArray() ? a.example.toArray().size() : 0;
    const qint64 hi = upperBound(b, bCascaded);
    if (a.example.isArray() && (size < lowerBound(b, bCascaded) || (hi >= 0 && size > hi)))
        return Inclusion::Unknown;
    return proven(proof, QStringLiteral("a type matcher takes the container its members are checked in"));
}

Inclusion groupInOne(const RulePlace &a, const Rule &b, bool bCascaded, const QJsonValue &exB, QString *proof)
{
    if (implicitContainer(a))
        return implicitInType(a, b, bCascaded, exB, proof);
    const QList<Rule> rules = a.group.isEmpty() ? QList<Rule>{Rule{}} : a.group.rules;
    const bool any = a.group.logic == RuleLogic::And || rules.size() == 1;
    int yes = 0;
    for (const Rule &r : rules) {
        if (ruleIncluded(r, a.group.cascaded, a.example, b, bCascaded, exB, proof) == Inclusion::Yes)
            ++yes;
    }
    return (any ? yes > 0 : yes == rules.size()) ? Inclusion::Yes : Inclusion::Unknown;
}

Inclusion groupIncluded(const RulePlace &a, const RulePlace &b, QString *proof)
{
    if (implicitContainer(b))
        return implicitContainer(a) ? proven(proof, QStringLiteral("no matcher on either side")) : Inclusion::Unknown;
    if (!a.group.isEmpty() && !b.group.isEmpty() && ruleSignature(a.group) == ruleSignature(b.group)
        && std::all_of(a.group.rules.begin(), a.group.rules.end(), exampleFree))
        return proven(proof, QStringLiteral("the same matchers"));
    const QList<Rule> rules = b.group.isEmpty() ? QList<Rule>{Rule{}} : b.group.rules;
    if (b.group.logic == RuleLogic::And || rules.size() == 1) {
        for (const Rule &r : rules) {
            if (groupInOne(a, r, b.group.cascaded, b.example, proof) != Inclusion::Yes)
                return Inclusion::Unknown;
        }
        return Inclusion::Yes;
    }
    for (const Rule &r : rules) {
        if (groupInOne(a, r, b.group.cascaded, b.example, proof) == Inclusion::Yes)
            return Inclusion::Yes;
    }
    return Inclusion::Unknown;
}

} // namespace

RuleComparison compareRules(const RulePlace &oldPlace, const RulePlace &newPlace, const Confirm &confirmOldOnly,
                            const Confirm &confirmNewOnly)
{
    RuleComparison c;
    c.oldOnly = findWitness(oldPlace, newPlace, confirmOldOnly);
    c.newOnly = findWitness(newPlace, oldPlace, confirmNewOnly);
    QString proof;
    c.oldInNew = !c.oldOnly.isUndefined() ? Inclusion::No : groupIncluded(oldPlace, newPlace, &proof);
    if (c.oldInNew == Inclusion::Yes)
        c.proof = proof;
    c.newInOld = !c.newOnly.isUndefined() ? Inclusion::No : groupIncluded(newPlace, oldPlace, &proof);
    if (c.proof.isEmpty() && c.newInOld == Inclusion::Yes)
        c.proof = proof;
    return c;
}

namespace {

QString describeRule(const Rule &r)
{
    switch (r.type) {
    case T::Equality: return QStringLiteral("equality");
    case T::Regex: return QStringLiteral("regex '%1'").arg(r.text);
    case T::Type: return QStringLiteral("type");
    case T::MinType: return QStringLiteral("type (min %1)").arg(r.min);
    case T::MaxType: return QStringLiteral("type (max %1)").arg(r.max);
    case T::MinMaxType: return QStringLiteral("type (min %1, max %2)").arg(r.min).arg(r.max);
    case T::Include: return QStringLiteral("include '%1'").arg(r.text);
    case T::Timestamp: return QStringLiteral("datetime '%1'").arg(r.text);
    case T::Time: return QStringLiteral("time '%1'").arg(r.text);
    case T::Date: return QStringLiteral("date '%1'").arg(r.text);
    case T::ContentType: return QStringLiteral("contentType '%1'").arg(r.text);
    case T::StatusCode: return QStringLiteral("statusCode (%1)").arg(r.status.describe());
    case T::Plugin: return QStringLiteral("plugin matcher '%1'").arg(r.text);
    case T::Invalid: return QStringLiteral("unusable matcher (%1)").arg(r.error);
    default: return r.referenceName();
    }
}

} // namespace

QString describeRules(const RuleGroup &group)
{
    if (group.isEmpty())
        return QStringLiteral("equality");
    QStringList parts;
    for (const Rule &r : group.rules)
        parts.append(describeRule(r));
    return parts.join(group.logic == RuleLogic::Or ? u" OR "_qs : u" AND "_qs) + (group.cascaded ? u" (from a parent)"_qs : QString());
}

QString ruleSignature(const RuleGroup &group)
{
    QStringList parts;
    for (const Rule &r : group.rules)
        parts.append(ruleText(r));
    return parts.join(u';') + (group.logic == RuleLogic::Or ? u"|OR"_qs : u"|AND"_qs);
}

} // namespace Pactbench::Diff
