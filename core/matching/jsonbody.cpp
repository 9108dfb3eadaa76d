// SPDX-License-Identifier: MIT
// JSON body comparison: maps, lists and values with cascading rules (pact_matching json.rs).
#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pactbench::detail {

namespace {

ValuePath child(const ValuePath &path, const QString &key)
{
    ValuePath p = path;
    p.append(key);
    return p;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QStringList itemTexts(const QJsonArray &a)
{
    QStringList out;
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(compactJson(v));
    return out;
}

/// Swaps the rules for a while (eachValue and arrayContains bring their own).
class RulesScope
{
public:
    RulesScope(const RuleCategory *&slot, const RuleCategory *rules)
        : m_slot(slot)
        , m_saved(slot)
    {
        m_slot = rules;
    }
    ~RulesScope() { m_slot = m_saved; }
    RulesScope(const RulesScope &) = delete;
    RulesScope &operator=(const RulesScope &) = delete;

private:
    const RuleCategory *&m_slot;
    const RuleCategory *m_saved;
};

RuleCategory eachValueRules(const Rule &rule, const ValuePath &path)
{
    RuleCategory c;
    RulePath p = RulePath::parse(QStringLiteral("$"));
    p.tokens.clear();
    for (const QString &segment : path) {
        if (segment == u"$")
            p.tokens.append(PathToken{});
        else
            p.tokens.append(PathToken{PathToken::Kind::Field, segment, 0});
    }
    bool isIndex = false;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const qint64 n = path.at(i).toLongLong(&isIndex);
        if (isIndex)
            p.tokens[i] = PathToken{PathToken::Kind::Index, {}, n};
    }
    p.tokens.append(PathToken{PathToken::Kind::Star, {}, 0});
    c.add(p, RuleGroup{rule.subRules, RuleLogic::And, false});
    return c;
}

} // namespace

JsonComparer::JsonComparer(const RuleCategory &rules, bool allowUnexpectedKeys, const JsonDoc &expected,
                           const JsonDoc &actual)
    : m_rules(&rules)
    , m_allowUnexpected(allowUnexpectedKeys)
    , m_expected(expected)
    , m_actual(actual)
{
}

QList<Mismatch> JsonComparer::run()
{
    Out out;
    compare({QStringLiteral("$")}, m_expected.root, m_actual.root, out);
    return out;
}

JsonItem JsonComparer::expectedItem(const ValuePath &path, const QJsonValue &v) const
{
    Q_UNUSED(path)
    return JsonItem{v, m_expected.isDecimal(ValuePath{}, v)};
}

JsonItem JsonComparer::actualItem(const ValuePath &path, const QJsonValue &v) const
{
    if (m_actualBase.isEmpty())
        return JsonItem{v, m_actual.isDecimal(path, v)};
    ValuePath absolute = m_actualBase;
    absolute.append(path.mid(1));
    return JsonItem{v, m_actual.isDecimal(absolute, v)};
}

void JsonComparer::add(Out &out, const ValuePath &path, const QString &expected, const QString &actual,
                       const QString &sentence)
{
    out.append(Mismatch{MismatchKind::Body, pathToString(path), expected, actual, sentence});
}

void JsonComparer::compare(const ValuePath &path, const QJsonValue &e, const QJsonValue &a, Out &out)
{
    ++m_checks;
    if ((e.isObject() && !a.isObject()) || (e.isArray() && !a.isArray())) {
        const JsonItem ei = expectedItem(path, e), ai = actualItem(path, a);
        add(out, path, jsonToString(ei), jsonToString(ai),
            QStringLiteral("Type mismatch: Expected %1 (%2) to be the same type as %3 (%4)")
                .arg(valueOf(ai), typeOf(ai), valueOf(ei), typeOf(ei)));
    } else if (e.isObject()) {
        compareMaps(path, e.toObject(), a.toObject(), out);
    } else if (e.isArray()) {
        compareLists(path, e.toArray(), a.toArray(), out);
    } else {
        compareValues(path, e, a, out);
    }
}

void JsonComparer::compareMaps(const ValuePath &path, const QJsonObject &e, const QJsonObject &a, Out &out)
{
    if (e.isEmpty() && !m_allowUnexpected && !a.isEmpty()) {
        add(out, path, compactJson(e), compactJson(a),
            QStringLiteral("Expected an empty Map but received %1").arg(compactJson(a)));
        return;
    }
    if (m_rules->isDefined(path)) {
        const RuleGroup group = m_rules->best(path);
        for (const Rule &rule : group.rules)
            mapWithRule(rule, group.cascaded, path, e, a, out);
        return;
    }
    matchKeys(path, e, a, out);
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (a.contains(it.key()))
            compare(child(path, it.key()), it.value(), a.value(it.key()), out);
    }
}

void JsonComparer::mapWithRule(const Rule &rule, bool cascaded, const ValuePath &path, const QJsonObject &e,
                               const QJsonObject &a, Out &out)
{
    if (!cascaded && rule.isValuesMatcher()) {
        const RuleCategory own = rule.type == Rule::Type::EachValue ? eachValueRules(rule, path) : *m_rules;
        RulesScope scope(m_rules, &own);
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (e.contains(it.key()))
                compare(child(path, it.key()), e.value(it.key()), it.value(), out);
            else if (!e.isEmpty())
                compare(child(path, it.key()), e.begin().value(), it.value(), out);
        }
        return;
    }
    if (const Verdict v = matchMap(rule, e, a, cascaded))
        add(out, path, compactJson(e), compactJson(a), *v);
    matchKeys(path, e, a, out);
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (a.contains(it.key()))
            compare(child(path, it.key()), it.value(), a.value(it.key()), out);
    }
}

void JsonComparer::matchKeys(const ValuePath &path, const QJsonObject &e, const QJsonObject &a, Out &out)
{
    static const QStringList keyFree{QStringLiteral("values"), QStringLiteral("each-value"), QStringLiteral("each-key")};
    if (!m_rules->directMatcherDefined(path, keyFree)) {
        QStringList missing;
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                missing.append(it.key());
        }
        if (m_allowUnexpected && !missing.isEmpty()) {
            add(out, path, compactJson(e), compactJson(a),
                QStringLiteral("Actual map is missing the following keys: %1").arg(missing.join(QStringLiteral(", "))));
        } else if (!m_allowUnexpected && (!missing.isEmpty() || e.size() != a.size())) {
            const QString ek = sortedKeys(e).join(QStringLiteral(", ")), ak = sortedKeys(a).join(QStringLiteral(", "));
            add(out, path, compactJson(e), compactJson(a),
                QStringLiteral("Expected a Map with keys [%1] but received one with keys [%2]").arg(ek, ak));
        }
    }
    if (!m_rules->directMatcherDefined(path))
        return;
    for (const Rule &rule : m_rules->best(path).rules) {
        if (rule.type != Rule::Type::EachKey)
            continue;
        for (const Rule &sub : rule.subRules) {
            for (const QString &key : sortedKeys(a)) {
                if (const Verdict v = matchString(sub, QString(), key, false))
                    add(out, child(path, key), QString(), key, *v);
            }
        }
    }
}

void JsonComparer::compareLists(const ValuePath &path, const QJsonArray &e, const QJsonArray &a, Out &out)
{
    if (m_rules->isDefined(path)) {
        const RuleGroup group = m_rules->best(path);
        QList<Out> results;
        for (const Rule &rule : group.rules) {
            Out one;
            listWithRule(rule, group.cascaded, path, e, a, one);
            results.append(one);
        }
        const bool anyOk = std::any_of(results.begin(), results.end(), [](const Out &o) { return o.isEmpty(); });
        if (group.logic == RuleLogic::Or && anyOk)
            return;
        for (const Out &o : results)
            out.append(o);
        return;
    }
    if (e.isEmpty() && !a.isEmpty()) {
        add(out, path, compactJson(e), compactJson(a),
            QStringLiteral("Expected an empty List but received %1").arg(compactJson(a)));
        return;
    }
    for (qsizetype i = 0; i < e.size(); ++i) {
        const ValuePath p = child(path, QString::number(i));
        if (i < a.size())
            compare(p, e.at(i), a.at(i), out);
        else if (!m_rules->isDefined(p))
            add(out, path, compactJson(e), compactJson(a),
                QStringLiteral("Expected %1 but was missing").arg(jsonToString(expectedItem(p, e.at(i)))));
    }
    if (e.size() != a.size())
        add(out, path, compactJson(e), compactJson(a),
            QStringLiteral("Expected a List with %1 elements but received %2 elements").arg(e.size()).arg(a.size()));
}

void JsonComparer::listWithRule(const Rule &rule, bool cascaded, const ValuePath &path, const QJsonArray &e,
                                const QJsonArray &a, Out &out)
{
    if (e.isEmpty())
        return;
    if (rule.type == Rule::Type::ArrayContains) {
        arrayContains(rule, path, e, a, out);
        return;
    }
    if (rule.type == Rule::Type::EachValue) {
        if (cascaded)
            return;
        const RuleCategory own = eachValueRules(rule, path);
        RulesScope scope(m_rules, &own);
        listContents(path, e, a, out);
        return;
    }
    const auto texts = [&](bool actual) { return itemTexts(actual ? a : e); };
    if (const Verdict v = matchListLazy(rule, e.size(), a.size(), texts, cascaded, true))
        add(out, path, compactJson(e), compactJson(a), *v);
    listContents(path, e, a, out);
}

void JsonComparer::arrayContains(const Rule &rule, const ValuePath &path, const QJsonArray &e, const QJsonArray &a,
                                 Out &out)
{
    QList<Rule::Variant> variants = rule.variants;
    if (variants.isEmpty()) {
        auto equality = std::make_shared<RuleCategory>();
        equality->add(RulePath::parse(QStringLiteral("$")), RuleGroup{{Rule{}}, RuleLogic::And, false});
        for (qsizetype i = 0; i < e.size(); ++i)
            variants.append(Rule::Variant{int(i), equality});
    }
    for (const Rule::Variant &variant : variants) {
        if (variant.index < 0 || variant.index >= e.size()) {
            add(out, path, compactJson(e), compactJson(a),
                QStringLiteral("ArrayContains: variant %1 is missing from the expected list, which has %2 items")
                    .arg(variant.index).arg(e.size()));
            continue;
        }
        const QJsonValue expected = e.at(variant.index);
        bool found = false;
        RulesScope scope(m_rules, variant.rules.get());
        const ValuePath savedBase = m_actualBase;
        for (qsizetype i = 0; i < a.size() && !found; ++i) {
            m_actualBase = child(savedBase.isEmpty() ? path : savedBase + path.mid(1), QString::number(i));
            Out trial;
            compare({QStringLiteral("$")}, expected, a.at(i), trial);
            found = trial.isEmpty();
        }
        m_actualBase = savedBase;
        if (!found)
            add(out, path, compactJson(expected), compactJson(a),
                QStringLiteral("Variant at index %1 (%2) was not found in the actual list")
                    .arg(variant.index).arg(compactJson(expected)));
    }
}

void JsonComparer::listContents(const ValuePath &path, const QJsonArray &e, const QJsonArray &a, Out &out)
{
    const qsizetype n = std::max(e.size(), a.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QJsonValue ev = i < e.size() ? e.at(i) : e.first();
        const ValuePath p = child(path, QString::number(i));
        if (i < a.size())
            compare(p, ev, a.at(i), out);
        else if (!m_rules->isDefined(p))
            add(out, path, compactJson(e), compactJson(a),
                QStringLiteral("Expected %1 (%2) but was missing").arg(compactJson(ev)).arg(i));
    }
}

void JsonComparer::compareValues(const ValuePath &path, const QJsonValue &e, const QJsonValue &a, Out &out)
{
    const JsonItem ei = expectedItem(path, e), ai = actualItem(path, a);
    QStringList messages;
    if (m_rules->isDefined(path)) {
        const RuleGroup group = m_rules->best(path);
        messages = matchGroup(group, path, [&](const Rule &r) { return matchJson(r, ei, ai, group.cascaded, true); });
    } else if (const Verdict v = matchJson(Rule{}, ei, ai, false, true)) {
        messages.append(*v);
    }
    for (const QString &m : messages)
        add(out, path, jsonToString(ei), jsonToString(ai), m);
}

} // namespace Pactbench::detail
