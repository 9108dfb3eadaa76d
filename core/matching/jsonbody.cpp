// SPDX-License-Identifier: MIT
// JSON body comparison: maps, lists and values with cascading rules (pact_matching json.rs).
#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pactbench::detail {

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
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
    compare(JsonLoc{ { QStringLiteral("$") }, m_expected.rootPath(), m_actual.rootPath() }, m_expected.root,
        m_actual.root, out);
    return out;
}

QStringList JsonComparer::itemTexts(const JsonLoc &at, const QJsonArray &list, bool actual) const
{
    const JsonDoc &doc = actual ? m_actual : m_expected;
    const QString &base = actual ? at.actual : at.expected;
    QStringList out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        out.append(compactJson(doc.item(lexemePath(base, QString::number(i)), list.at(i))));
    return out;
}

QString JsonComparer::listForMismatch(const JsonLoc &at, const QJsonArray &list, bool actual) const
{
    return compactJson(QJsonValue(QJsonArray::fromStringList(itemTexts(at, list, actual))));
}

QString JsonComparer::mapForMismatch(const JsonLoc &at, const QJsonObject &map, bool actual) const
{
    const JsonDoc &doc = actual ? m_actual : m_expected;
    const QString &base = actual ? at.actual : at.expected;
    QJsonObject texts;
    for (auto it = map.begin(); it != map.end(); ++it)
        texts.insert(it.key(), compactJson(doc.item(lexemePath(base, it.key()), it.value())));
    return compactJson(QJsonValue(texts));
}

void JsonComparer::add(Out &out, const ValuePath &path, const QString &expected, const QString &actual,
                       const QString &sentence)
{
    out.append(Mismatch{MismatchKind::Body, pathToString(path), expected, actual, sentence});
}

void JsonComparer::compare(const JsonLoc &at, const QJsonValue &e, const QJsonValue &a, Out &out)
{
    ++m_checks;
    if ((e.isObject() && !a.isObject()) || (e.isArray() && !a.isArray())) {
        const JsonItem ei = expectedItem(at, e), ai = actualItem(at, a);
        add(out, at.path, jsonToString(ei), jsonToString(ai),
            QStringLiteral("Type mismatch: Expected %1 (%2) to be the same type as %3 (%4)")
                .arg(valueOf(ai), typeOf(ai), valueOf(ei), typeOf(ei)));
    } else if (e.isObject()) {
        compareMaps(at, e.toObject(), a.toObject(), out);
    } else if (e.isArray()) {
        compareLists(at, e.toArray(), a.toArray(), out);
    } else {
        compareValues(at, e, a, out);
    }
}

void JsonComparer::compareMaps(const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out)
{
    if (e.isEmpty() && !m_allowUnexpected && !a.isEmpty()) {
        const QString shown = actualText(at, a);
        add(out, at.path, expectedText(at, e), shown,
            QStringLiteral("Expected an empty Map but received %1").arg(shown));
        return;
    }
    if (m_rules->isDefined(at.path)) {
        const RuleGroup group = m_rules->best(at.path);
        for (const Rule &rule : group.rules)
            mapWithRule(rule, group.cascaded, at, e, a, out);
        return;
    }
    matchKeys(at, e, a, out);
    mapContents(at, e, a, out);
}

void JsonComparer::mapContents(const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out)
{
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (a.contains(it.key()))
            compare(at.child(it.key()), it.value(), a.value(it.key()), out);
    }
}

void JsonComparer::mapWithRule(
    const Rule &rule, bool cascaded, const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out)
{
    if (!cascaded && rule.isValuesMatcher()) {
        const RuleCategory own = rule.type == Rule::Type::EachValue ? eachValueRules(rule, at.path) : *m_rules;
        RulesScope scope(m_rules, &own);
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (e.contains(it.key()))
                compare(at.child(it.key()), e.value(it.key()), it.value(), out);
            else if (!e.isEmpty())
                compare(at.child(it.key(), e.begin().key()), e.begin().value(), it.value(), out);
        }
        return;
    }
    if (const Verdict v = matchMap(rule, expectedItem(at, e), actualItem(at, a), cascaded))
        add(out, at.path, mapForMismatch(at, e, false), mapForMismatch(at, a, true), *v);
    matchKeys(at, e, a, out);
    mapContents(at, e, a, out);
}

void JsonComparer::matchKeys(const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out)
{
    static const QStringList keyFree{QStringLiteral("values"), QStringLiteral("each-value"), QStringLiteral("each-key")};
    const ValuePath &path = at.path;
    if (!m_rules->directMatcherDefined(path, keyFree)) {
        QStringList missing;
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                missing.append(it.key());
        }
        // As the reference: a key mismatch carries the two key lists (sorted, as JSON text), not the maps.
        const auto keyList = [](const QJsonObject &o) {
            return compactJson(QJsonValue(QJsonArray::fromStringList(sortedKeys(o))));
        };
        if (m_allowUnexpected && !missing.isEmpty()) {
            add(out, path, keyList(e), keyList(a),
                QStringLiteral("Actual map is missing the following keys: %1").arg(missing.join(QStringLiteral(", "))));
        } else if (!m_allowUnexpected && (!missing.isEmpty() || e.size() != a.size())) {
            const QString ek = sortedKeys(e).join(QStringLiteral(", ")), ak = sortedKeys(a).join(QStringLiteral(", "));
            add(out, path, keyList(e), keyList(a),
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
                    add(out, childPath(path, key), QString(), key, *v);
            }
        }
    }
}

void JsonComparer::compareLists(const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out)
{
    if (m_rules->isDefined(at.path)) {
        const RuleGroup group = m_rules->best(at.path);
        QList<Out> results;
        for (const Rule &rule : group.rules) {
            Out one;
            listWithRule(rule, group.cascaded, at, e, a, one);
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
        const QString shown = actualText(at, a);
        add(out, at.path, expectedText(at, e), shown,
            QStringLiteral("Expected an empty List but received %1").arg(shown));
        return;
    }
    for (qsizetype i = 0; i < e.size(); ++i) {
        const JsonLoc c = at.child(QString::number(i));
        if (i < a.size())
            compare(c, e.at(i), a.at(i), out);
        else if (!m_rules->isDefined(c.path))
            add(out, at.path, expectedText(at, e), actualText(at, a),
                QStringLiteral("Expected %1 but was missing").arg(jsonToString(expectedItem(c, e.at(i)))));
    }
    if (e.size() != a.size())
        add(out, at.path, expectedText(at, e), actualText(at, a),
            QStringLiteral("Expected a List with %1 elements but received %2 elements").arg(e.size()).arg(a.size()));
}

void JsonComparer::listWithRule(
    const Rule &rule, bool cascaded, const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out)
{
    if (e.isEmpty())
        return;
    if (rule.type == Rule::Type::ArrayContains) {
        arrayContains(rule, at, e, a, out);
        return;
    }
    if (rule.type == Rule::Type::EachValue) {
        if (cascaded)
            return;
        const RuleCategory own = eachValueRules(rule, at.path);
        RulesScope scope(m_rules, &own);
        listContents(at, e, a, out);
        return;
    }
    // Equal lists by the reference's Value equality (-0.0 == 0.0) whatever their texts say.
    const bool equal = rule.type == Rule::Type::Equality && sameJson(expectedItem(at, e), actualItem(at, a));
    const auto texts = [&](bool actual) {
        return itemTexts(at, actual ? a : e, actual);
    };
    if (!equal) {
        if (const Verdict v = matchListLazy(rule, e.size(), a.size(), texts, cascaded, true))
            add(out, at.path, listForMismatch(at, e, false), listForMismatch(at, a, true), *v);
    }
    listContents(at, e, a, out);
}

void JsonComparer::arrayContains(
    const Rule &rule, const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out)
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
            add(out, at.path, listForMismatch(at, e, false), listForMismatch(at, a, true),
                QStringLiteral("ArrayContains: variant %1 is missing from the expected list, which has %2 items")
                    .arg(variant.index)
                    .arg(e.size()));
            continue;
        }
        const QJsonValue expected = e.at(variant.index);
        const QString expectedPath = lexemePath(at.expected, QString::number(variant.index));
        bool found = false;
        RulesScope scope(m_rules, variant.rules.get());
        for (qsizetype i = 0; i < a.size() && !found; ++i) {
            // The variant is compared from a new root ($), each actual item where it sits in its document.
            const JsonLoc trialAt{ { QStringLiteral("$") }, expectedPath, lexemePath(at.actual, QString::number(i)) };
            Out trial;
            compare(trialAt, expected, a.at(i), trial);
            found = trial.isEmpty();
        }
        if (!found) {
            const QString shown = compactJson(m_expected.item(expectedPath, expected));
            add(out, at.path, shown, listForMismatch(at, a, true),
                QStringLiteral("Variant at index %1 (%2) was not found in the actual list")
                    .arg(variant.index)
                    .arg(shown));
        }
    }
}

void JsonComparer::listContents(const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out)
{
    const qsizetype n = std::max(e.size(), a.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString key = QString::number(i);
        const bool own = i < e.size(); // past the expected list, every actual item is compared with its first
        const QJsonValue ev = own ? e.at(i) : e.first();
        const JsonLoc c = at.child(key, own ? key : QStringLiteral("0"));
        if (i < a.size())
            compare(c, ev, a.at(i), out);
        else if (!m_rules->isDefined(c.path))
            add(out, at.path, listForMismatch(at, e, false), listForMismatch(at, a, true),
                QStringLiteral("Expected %1 (%2) but was missing").arg(compactJson(expectedItem(c, ev))).arg(i));
    }
}

void JsonComparer::compareValues(const JsonLoc &at, const QJsonValue &e, const QJsonValue &a, Out &out)
{
    const JsonItem ei = expectedItem(at, e), ai = actualItem(at, a);
    QStringList messages;
    if (m_rules->isDefined(at.path)) {
        const RuleGroup group = m_rules->best(at.path);
        messages
            = matchGroup(group, at.path, [&](const Rule &r) { return matchJson(r, ei, ai, group.cascaded, true); });
    } else if (const Verdict v = matchJson(Rule{}, ei, ai, false, true)) {
        messages.append(*v);
    }
    // As the reference: the values as JSON text, so "27" and 27 stay apart.
    for (const QString &m : messages)
        add(out, at.path, compactJson(ei), compactJson(ai), m);
}

} // namespace Pactbench::detail
