// SPDX-License-Identifier: MIT
// Witnesses: values one side's matchers accept and the other's reject, found among candidates and
// confirmed by the matching engine.
#include "ruleimpact.h"

#include <core/matching/valuematchers.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Pactbench::Diff {

namespace {

using T = Rule::Type;

QJsonArray repeated(const QJsonValue &item, qint64 n)
{
    QJsonArray out;
    for (qint64 i = 0; i < n; ++i)
        out.append(item);
    return out;
}

void addArrayCandidates(const RulePlace &p, QList<QJsonValue> *out)
{
    const QJsonArray ex = p.example.toArray();
    if (ex.isEmpty())
        return;
    QList<qint64> sizes{0, 1, 2, ex.size() - 1, ex.size() + 1};
    for (const Rule &r : p.group.rules) {
        sizes << r.min - 1 << r.min << r.min + 1;
        if (r.max > 0)
            sizes << r.max - 1 << r.max << r.max + 1;
    }
    for (qint64 n : sizes) {
        if (n >= 0 && n <= 1000)
            out->append(repeated(ex.first(), n));
    }
}

QList<QJsonValue> candidates(const RulePlace &from, const RulePlace &to)
{
    QList<QJsonValue> out{from.example, to.example};
    for (const RulePlace *p : {&from, &to}) {
        for (const Rule &r : p->group.rules) {
            if (r.type == T::Regex) {
                for (const QString &s : regexSamples(r.text))
                    out.append(s);
                if (p == &from) {
                    for (const Rule &other : to.group.rules) {
                        if (other.type == T::Regex)
                            out.append(regexIncluded(r.text, other.text).witness);
                    }
                }
            }
        }
        if (p->example.isArray())
            addArrayCandidates(*p, &out);
        if (p->example.isObject()) {
            QJsonObject more = p->example.toObject();
            more.insert(QStringLiteral("pactbench-extra"), u"x"_qs);
            out.append(more);
            out.append(QJsonObject{});
        }
    }
    for (const QJsonValue &v : {QJsonValue(0), QJsonValue(1), QJsonValue(-1), QJsonValue(1.5), QJsonValue(123),
                                QJsonValue(true), QJsonValue(false), QJsonValue(QJsonValue::Null), QJsonValue(QString()),
                                QJsonValue(u"a"_qs), QJsonValue(u"123"_qs), QJsonValue(u"1.5"_qs), QJsonValue(u"true"_qs)})
        out.append(v);
    return out;
}

detail::Verdict one(const Rule &rule, bool cascaded, const QJsonValue &example, const QJsonValue &value)
{
    const detail::JsonItem e = detail::bareItem(example);
    const detail::JsonItem a = detail::bareItem(value);
    if (value.isArray() && example.isArray()) {
        const QJsonArray ea = example.toArray(), aa = value.toArray();
        auto items = [&](bool actual) {
            QStringList out;
            for (const QJsonValue &v : actual ? aa : ea)
                out.append(detail::compactJson(v));
            return out;
        };
        return detail::matchListLazy(rule, ea.size(), aa.size(), items, cascaded, true);
    }
    if (value.isObject() && example.isObject())
        return detail::matchMap(rule, e, a, cascaded);
    return detail::matchJson(rule, e, a, cascaded);
}

} // namespace

std::optional<bool> accepts(const RulePlace &place, const QJsonValue &value)
{
    if (place.group.isEmpty()) {
        // Equality with the example; containers are judged at their members' own places.
        const bool container = value.isArray() || value.isObject() || place.example.isArray() || place.example.isObject();
        if (place.example.isUndefined() || container)
            return std::nullopt;
        return detail::sameJson(detail::bareItem(place.example), detail::bareItem(value));
    }
    int passed = 0;
    for (const Rule &r : place.group.rules) {
        if (r.type == T::Invalid || r.type == T::Plugin || r.type == T::ArrayContains || r.type == T::EachKey
            || r.type == T::EachValue || r.type == T::Values)
            return std::nullopt;
        if (place.example.isUndefined() && !exampleFree(r))
            return std::nullopt;
        if (!one(r, place.group.cascaded, place.example, value))
            ++passed;
    }
    return place.group.logic == RuleLogic::Or ? passed > 0 : passed == place.group.rules.size();
}


QJsonValue findWitness(const RulePlace &from, const RulePlace &to, const Confirm &confirm)
{
    if (from.example.isUndefined() && from.group.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    for (const QJsonValue &c : candidates(from, to)) {
        if (c.isUndefined())
            continue;
        const std::optional<bool> inFrom = accepts(from, c);
        const std::optional<bool> inTo = accepts(to, c);
        if (inFrom && *inFrom && inTo && !*inTo && (!confirm || confirm(c)))
            return c;
        // Rules the place alone cannot judge (members compared one by one, map matchers): the whole part decides.
        if ((!inFrom || !inTo) && (!inFrom || *inFrom) && (!inTo || !*inTo) && confirm && confirm(c))
            return c;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace Pactbench::Diff
