// SPDX-License-Identifier: MIT
// Where matching rules decide: canonical rule keys, the places a key selects, the rules and example there.
#include "ruleplaces.h"

#include "partdiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Pactbench::Diff {

namespace {

constexpr qsizetype MaxPlacesPerRule = 8; ///< places a rule key selects that are judged
constexpr qsizetype MaxCascadePlaces = 64; ///< places below them looked at for cascaded matchers

RuleCategory::Kind kindOf(const QString &category)
{
    if (category == u"header")
        return RuleCategory::Kind::Header;
    if (category == u"query")
        return RuleCategory::Kind::Query;
    if (category == u"metadata")
        return RuleCategory::Kind::Metadata;
    return isSingleRuleCategory(category) ? RuleCategory::Kind::Single : RuleCategory::Kind::Body;
}

QString categoryName(Place::Category c)
{
    switch (c) {
    case Place::Category::Header: return u"header"_qs;
    case Place::Category::Query: return u"query"_qs;
    case Place::Category::Metadata: return u"metadata"_qs;
    case Place::Category::Status: return u"status"_qs;
    case Place::Category::Path: return u"path"_qs;
    case Place::Category::Method: return u"method"_qs;
    case Place::Category::Body: return u"body"_qs;
    }
    return {};
}

void addPlace(QList<Place> *out, const ValuePath &vp)
{
    if (std::none_of(out->begin(), out->end(), [&vp](const Place &o) { return o.path == vp; }))
        out->append(Place{Place::Category::Body, {}, vp});
}

/// The places below `vp` in `root` (depth first), at most up to `limit` places in all.
void addDescendants(QList<Place> *out, const QJsonValue &value, const ValuePath &vp, qsizetype limit)
{
    const auto visit = [&](const QString &step, const QJsonValue &child) {
        if (out->size() >= limit)
            return;
        addPlace(out, vp + ValuePath{step});
        addDescendants(out, child, vp + ValuePath{step}, limit);
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            visit(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            visit(QString::number(i), a.at(i));
    }
}

} // namespace

/// "$.a['b c'][*]": one spelling per rule path, so V2, V3 and V4 keys compare equal.
QString canonicalPath(const QString &key)
{
    const RulePath rp = RulePath::parse(key);
    QString out;
    for (const PathToken &t : rp.tokens) {
        switch (t.kind) {
        case PathToken::Kind::Root: out += u'$'; break;
        case PathToken::Kind::Field: {
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
            out += plain.match(t.name).hasMatch() ? QString(u'.' + t.name) : QString(u"['"_qs + t.name + u"']"_qs);
            break;
        }
        case PathToken::Kind::Index: out += u'[' + QString::number(t.index) + u']'; break;
        case PathToken::Kind::Star: out += u".*"_qs; break;
        case PathToken::Kind::StarIndex: out += u"[*]"_qs; break;
        }
    }
    return out.isEmpty() ? key : out;
}

Place::Category placeCategory(const QString &category)
{
    static const QHash<QString, Place::Category> map{{u"header"_qs, Place::Category::Header}, {u"query"_qs, Place::Category::Query},
        {u"metadata"_qs, Place::Category::Metadata}, {u"status"_qs, Place::Category::Status}, {u"path"_qs, Place::Category::Path},
        {u"method"_qs, Place::Category::Method}};
    return map.value(category, Place::Category::Body);
}

/// The example value the rules of `place` are read with.
QJsonValue exampleAt(const PartView &p, const Place &place)
{
    const QJsonValue undefined(QJsonValue::Undefined);
    switch (place.category) {
    case Place::Category::Body: return valueAtPath(p.body().asJson(), place.path);
    case Place::Category::Header: {
        const QStringList v = p.request ? p.request->headers.values(place.name) : p.response ? p.response->headers.values(place.name) : QStringList{};
        return v.isEmpty() ? undefined : QJsonValue(v.join(u", "_qs));
    }
    case Place::Category::Query:
        return p.request && p.request->query.contains(place.name) ? QJsonValue(p.request->query.value(place.name)) : undefined;
    case Place::Category::Metadata:
        return p.message && p.message->metadata.contains(place.name) ? p.message->metadata.value(place.name) : undefined;
    case Place::Category::Status: return p.response ? QJsonValue(p.response->status) : undefined;
    case Place::Category::Path: return p.request ? QJsonValue(p.request->path) : undefined;
    case Place::Category::Method: return p.request ? QJsonValue(p.request->method) : undefined;
    }
    return undefined;
}

RuleGroup groupAt(const PartView &p, const Place &place)
{
    const QString name = categoryName(place.category);
    const RuleCategory cat(kindOf(name), canonicalRules(p, name));
    if (place.category == Place::Category::Body)
        return cat.best(place.path);
    if (place.category == Place::Category::Header)
        return cat.best({u"$"_qs, place.name.toLower()});
    if (place.category == Place::Category::Query || place.category == Place::Category::Metadata)
        return cat.best({u"$"_qs, place.name});
    return cat.best({});
}

/**
 * Where a rule key decides: the places it selects in either example (the key's own place when none)
 * and, since a rule cascades, the places below them whose deciding matchers differ.
 */
QList<Place> placesOf(const PartContext &c, const QString &category, const QString &key)
{
    const Place::Category pc = placeCategory(category);
    if (pc != Place::Category::Body)
        return {Place{pc, key, {}}};
    QList<Place> selected;
    const RulePath rp = RulePath::parse(key);
    for (const PartView *p : {&c.oldPart, &c.newPart}) {
        for (const ValuePath &vp : selectValuePaths(rp, p->body().asJson(), MaxPlacesPerRule))
            addPlace(&selected, vp);
    }
    if (selected.isEmpty())
        return {Place{pc, {}, rp.asValuePath()}};
    QList<Place> below;
    for (const Place &s : selected) {
        for (const PartView *p : {&c.oldPart, &c.newPart})
            addDescendants(&below, valueAtPath(p->body().asJson(), s.path), s.path, MaxCascadePlaces);
    }
    for (const Place &b : below) {
        if (rulesDifferAt(c, b))
            addPlace(&selected, b.path);
    }
    return selected;
}

} // namespace Pactbench::Diff
