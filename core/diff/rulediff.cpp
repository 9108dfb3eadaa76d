// SPDX-License-Identifier: MIT
// Matching rules and generators of a part, compared as matchers, key by key.
#include "partdiff.h"
#include "ruleimpact.h"
#include "ruleplaces.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Diff {

namespace {

QStringList categoriesOf(const PartView &p)
{
    if (p.request)
        return {u"method"_qs, u"path"_qs, u"query"_qs, u"header"_qs, u"body"_qs};
    if (p.response)
        return {u"status"_qs, u"header"_qs, u"body"_qs};
    return {u"metadata"_qs, u"body"_qs};
}

QString listSignature(const RuleList &list)
{
    RuleGroup g;
    g.logic = list.combine;
    QString complex;
    for (const Matcher &m : list.matchers) {
        g.rules.append(Rule::fromMatcher(m));
        const Rule &r = g.rules.constLast();
        if (r.isValuesMatcher() || r.type == Rule::Type::EachKey || r.type == Rule::Type::Plugin || r.type == Rule::Type::Invalid)
            complex += QString::fromUtf8(QJsonDocument(m.attributes).toJson(QJsonDocument::Compact));
    }
    return ruleSignature(g) + complex;
}

QJsonValue listJson(const MatchingRules::Category &cat, const QString &key)
{
    if (!cat.contains(key))
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray matchers;
    for (const Matcher &m : cat.value(key).matchers)
        matchers.append(m.toJson());
    return cat.value(key).combine == RuleLogic::Or ? QJsonValue(QJsonObject{{u"combine"_qs, u"OR"_qs}, {u"matchers"_qs, matchers}})
                                                   : QJsonValue(matchers);
}

QString shown(const QJsonValue &v)
{
    return v.isString() ? u'\'' + v.toString() + u'\'' : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

Verdict judge(PartContext &c, const Place &place)
{
    const RulePlace o{groupAt(c.oldPart, place), exampleAt(c.oldPart, place)};
    const RulePlace n{groupAt(c.newPart, place), exampleAt(c.newPart, place)};
    const QString was = describeRules(o.group), now = describeRules(n.group);
    const QString change = was == now ? QStringLiteral("the matcher (%1) was rewritten").arg(now) : QStringLiteral("%1 → %2").arg(was, now);
    if (!c.consumerSends && place.category == Place::Category::Body) {
        const QString at = pathToString(place.path);
        const QString proof = c.proof->claim([&at](const Mismatch &m) { return m.kind == MismatchKind::Body && atOrBelow(m.path, at); });
        if (!proof.isEmpty())
            return {Impact::Breaking, change + u": OLD's example fails NEW: "_qs + proof};
    }
    const Confirm oldOnly = [&](const QJsonValue &v) { return c.prover->confirm(place, v, true); };
    const Confirm newOnly = [&](const QJsonValue &v) { return c.prover->confirm(place, v, false); };
    const RuleComparison r = compareRules(o, n, c.consumerSends ? Confirm{} : oldOnly, c.consumerSends ? newOnly : Confirm{});
    const Inclusion shrinks = c.consumerSends ? r.newInOld : r.oldInNew; // what the provider relied on still holds
    const Inclusion grows = c.consumerSends ? r.oldInNew : r.newInOld;
    if (shrinks == Inclusion::No) {
        const QJsonValue w = c.consumerSends ? r.newOnly : r.oldOnly;
        return {Impact::Breaking, c.consumerSends ? change + u": the consumer may now send "_qs + shown(w) + u", which OLD did not allow"_qs
                                                  : change + u": NEW rejects "_qs + shown(w) + u", which OLD accepted"_qs};
    }
    if (shrinks == Inclusion::Yes && grows == Inclusion::Yes)
        return {Impact::Cosmetic, change + u": the same values are accepted ("_qs + r.proof + u')'};
    if (shrinks == Inclusion::Yes)
        return {Impact::Safe, c.consumerSends ? change + u": the consumer may send less than before ("_qs + r.proof + u')'
                                              : change + u": loosened, NEW accepts everything OLD did ("_qs + r.proof + u')'};
    return {Impact::Review, change + u": the tool cannot tell whether "_qs
                + (c.consumerSends ? u"NEW allows only what OLD allowed"_qs : u"NEW accepts everything OLD accepted"_qs)};
}

void diffCategory(PartContext &c, const QString &category)
{
    const MatchingRules::Category o = canonicalRules(c.oldPart, category), n = canonicalRules(c.newPart, category);
    QStringList keys = o.keys();
    for (const QString &k : n.keys()) {
        if (!o.contains(k))
            keys.append(k);
    }
    for (const QString &key : keys) {
        if (listSignature(o.value(key)) == listSignature(n.value(key))) // an empty list is no list
            continue;
        Verdict worst{Impact::None, {}};
        for (const Place &place : placesOf(c, category, key)) {
            const Verdict v = judge(c, place);
            if (v.impact > worst.impact)
                worst = v;
        }
        const QString label = category == u"body" && c.oldPart.message ? u"content"_qs : category;
        c.sink.add(u"matchingRules."_qs + label, key, worst.impact, worst.reason, listJson(o, key), listJson(n, key));
    }
}

Generators::Category canonicalGenerators(const PartView &p, const QString &category)
{
    Generators::Category out;
    const QStringList names = category == u"body" && p.message ? QStringList{u"body"_qs, u"content"_qs} : QStringList{category};
    for (const QString &name : names) {
        const Generators::Category cat = p.generators().category(name);
        for (auto it = cat.begin(); it != cat.end(); ++it)
            out.insert(category == u"body" ? canonicalPath(it.key()) : it.key(), it.value());
    }
    return out;
}

} // namespace

MatchingRules::Category canonicalRules(const PartView &p, const QString &category)
{
    const MatchingRules::Category raw = category == u"body" ? p.bodyRules() : p.rules().category(category);
    if (category != u"body" && category != u"header")
        return raw;
    MatchingRules::Category out;
    for (auto it = raw.begin(); it != raw.end(); ++it)
        out.insert(category == u"body" ? canonicalPath(it.key()) : it.key().toLower(), it.value());
    return out;
}

bool rulesDifferAt(const PartContext &c, const Place &place)
{
    return ruleSignature(groupAt(c.oldPart, place)) != ruleSignature(groupAt(c.newPart, place));
}

void diffRules(PartContext &c)
{
    for (const QString &category : categoriesOf(c.oldPart))
        diffCategory(c, category);
}

void diffGenerators(PartContext &c)
{
    QStringList categories = c.oldPart.generators().categories() + c.newPart.generators().categories();
    categories.removeAll(u"content"_qs);
    categories.removeDuplicates();
    for (const QString &category : categories) {
        const Generators::Category o = canonicalGenerators(c.oldPart, category), n = canonicalGenerators(c.newPart, category);
        QStringList keys = o.keys() + n.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            if (o.contains(key) && n.contains(key) && o.value(key) == n.value(key))
                continue;
            const QJsonValue ov = o.contains(key) ? QJsonValue(o.value(key).toJson()) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue nv = n.contains(key) ? QJsonValue(n.value(key).toJson()) : QJsonValue(QJsonValue::Undefined);
            const QString label = category == u"body" && c.oldPart.message ? u"content"_qs : category;
            c.sink.add(u"generators."_qs + label, key, Impact::Review,
                       QStringLiteral("a generator changed: the value used at verification time is made differently, which the tool cannot judge"), ov, nv);
        }
    }
}

} // namespace Pactbench::Diff
