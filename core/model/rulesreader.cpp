// SPDX-License-Identifier: MIT
#include "rulesreader.h"

#include "regexcheck.h"

#include "generatorcheck.h"

#include <QRegularExpression>

namespace Pactbench::detail {

bool isKnownMatcherType(const QString &type)
{
    static const QSet<QString> known{
        QStringLiteral("equality"),    QStringLiteral("regex"),       QStringLiteral("type"),
        QStringLiteral("min"),         QStringLiteral("max"),         QStringLiteral("min-type"),
        QStringLiteral("max-type"),    QStringLiteral("minmax"),      QStringLiteral("include"),
        QStringLiteral("integer"),     QStringLiteral("decimal"),     QStringLiteral("real"),
        QStringLiteral("number"),      QStringLiteral("timestamp"),   QStringLiteral("datetime"),
        QStringLiteral("time"),        QStringLiteral("date"),        QStringLiteral("null"),
        QStringLiteral("boolean"),     QStringLiteral("contentType"), QStringLiteral("content-type"),
        QStringLiteral("values"),      QStringLiteral("arrayContains"), QStringLiteral("array-contains"),
        QStringLiteral("statusCode"),  QStringLiteral("status-code"), QStringLiteral("notEmpty"),
        QStringLiteral("not-empty"),   QStringLiteral("semver"),      QStringLiteral("eachKey"),
        QStringLiteral("each-key"),    QStringLiteral("eachValue"),   QStringLiteral("each-value"),
    };
    return known.contains(type);
}

bool isKnownGeneratorType(const QString &type)
{
    static const QSet<QString> known{
        QStringLiteral("RandomInt"),  QStringLiteral("RandomDecimal"), QStringLiteral("RandomHexadecimal"),
        QStringLiteral("RandomString"), QStringLiteral("Regex"),       QStringLiteral("Uuid"),
        QStringLiteral("Date"),       QStringLiteral("Time"),          QStringLiteral("DateTime"),
        QStringLiteral("RandomBoolean"), QStringLiteral("ProviderState"), QStringLiteral("MockServerURL"),
    };
    return known.contains(type);
}

static QString inferMatcherType(const QJsonObject &json)
{
    // V2 files may leave out "match"; Pact's reference infers it from the other keys.
    if (json.contains(u"regex"))
        return QStringLiteral("regex");
    if (json.contains(u"min") || json.contains(u"max"))
        return QStringLiteral("type");
    if (json.contains(u"timestamp"))
        return QStringLiteral("timestamp");
    if (json.contains(u"time"))
        return QStringLiteral("time");
    if (json.contains(u"date"))
        return QStringLiteral("date");
    return {};
}

static void checkMatcher(const Matcher &m, const QString &path, ReadContext &ctx)
{
    if (m.type.isEmpty()) {
        ctx.invalid(path, QStringLiteral("matcher has no 'match' type"));
        return;
    }
    if (!isKnownMatcherType(m.type))
        ctx.warn(path, QStringLiteral("unknown matcher type '%1' (kept; Pact treats it as a plugin matcher)").arg(m.type));
    if (m.type == u"regex") {
        const QJsonValue r = m.attributes.value(u"regex");
        if (!r.isString()) {
            ctx.invalid(path, QStringLiteral("regex matcher needs a 'regex' string"));
        } else {
            if (const QString problem = regexProblem(r.toString()); !problem.isEmpty())
                ctx.invalid(path, QStringLiteral("invalid regex '%1': %2").arg(r.toString(), problem));
        }
    }
    const auto needs = [&](const char *attribute, QJsonValue::Type type, const QString &what) {
        const QJsonValue v = m.attributes.value(QLatin1String(attribute));
        if (v.type() != type)
            ctx.invalid(path, QStringLiteral("%1 matcher needs '%2' (%3)").arg(m.type, QLatin1String(attribute), what));
    };
    if (m.type == u"include")
        needs("value", QJsonValue::String, QStringLiteral("the text to look for"));
    else if (m.type == u"contentType" || m.type == u"content-type")
        needs("value", QJsonValue::String, QStringLiteral("the content type"));
    else if (m.type == u"arrayContains" || m.type == u"array-contains")
        needs("variants", QJsonValue::Array, QStringLiteral("a list of variants"));
    for (const char *key : {"min", "max"}) {
        const QJsonValue v = m.attributes.value(QLatin1String(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger())))
            ctx.invalid(path, QStringLiteral("'%1' must be a whole number ≥ 0").arg(QLatin1String(key)));
    }
}

Matcher readMatcher(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    Matcher m;
    m.attributes = json;
    const QJsonValue type = json.value(u"match");
    if (type.isString()) {
        m.type = type.toString();
        m.attributes.remove(QStringLiteral("match"));
    } else if (type.isUndefined()) {
        m.type = inferMatcherType(json);
        if (!m.type.isEmpty())
            ctx.warn(path, QStringLiteral("matcher without 'match': read as '%1'").arg(m.type));
    } else {
        ctx.fatal(childPath(path, QStringLiteral("match")),
                  QStringLiteral("'match' must be a string, not %1").arg(jsonTypeName(type)));
    }
    checkMatcher(m, path, ctx);
    return m;
}

static RuleList readRuleList(const QJsonValue &value, const QString &path, ReadContext &ctx)
{
    RuleList list;
    if (!value.isObject())
        ctx.fatal(path, QStringLiteral("a rule list must be an object, not %1").arg(jsonTypeName(value)));
    const QJsonObject o = value.toObject();
    if (!o.contains(u"matchers")) {
        // A bare matcher where a list was expected: older writers did this.
        ctx.warn(path, QStringLiteral("matcher given without a 'matchers' list"));
        list.matchers.append(readMatcher(o, path, ctx));
        return list;
    }
    const QJsonArray matchers = ctx.array(o, QStringLiteral("matchers"), path);
    const QString mpath = childPath(path, QStringLiteral("matchers"));
    for (qsizetype i = 0; i < matchers.size(); ++i) {
        const QJsonValue m = matchers.at(i);
        if (!m.isObject())
            ctx.fatal(indexPath(mpath, i), QStringLiteral("a matcher must be an object, not %1").arg(jsonTypeName(m)));
        list.matchers.append(readMatcher(m.toObject(), indexPath(mpath, i), ctx));
    }
    const QJsonValue combine = o.value(u"combine");
    if (combine.isString()) {
        const QString c = combine.toString();
        if (c.compare(u"OR", Qt::CaseInsensitive) == 0)
            list.combine = RuleLogic::Or;
        else if (c.compare(u"AND", Qt::CaseInsensitive) != 0)
            ctx.invalid(childPath(path, QStringLiteral("combine")),
                        QStringLiteral("'combine' must be AND or OR, not '%1'").arg(c));
    } else if (!combine.isUndefined()) {
        ctx.invalid(childPath(path, QStringLiteral("combine")), QStringLiteral("'combine' must be AND or OR"));
    }
    static const QSet<QString> known{QStringLiteral("matchers"), QStringLiteral("combine")}; // built once: a pact has thousands
    list.extra = ctx.unknownKeys(o, known, path);
    return list;
}

/// Undoes the escaping of a quoted name in a V2 path (`['C\'t']` is C't, `['a\\b']` is a\b), as
/// Pact's reference and PactWriterV2 write it; a backslash before anything else stays.
static QString unescapeQuotedName(const QString &quoted)
{
    QString name;
    name.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c == u'\\' && i + 1 < quoted.size() && (quoted.at(i + 1) == u'\\' || quoted.at(i + 1) == u'\''))
            name += quoted.at(++i);
        else
            name += c;
    }
    return name;
}

/// "$.body.a" → ("body", "$.a"); "$.headers.X" → ("header", "X"); "$.path" → ("path", "").
static QPair<QString, QString> splitV2Key(const QString &key)
{
    auto tail = [&](qsizetype from) -> QString { return QStringLiteral("$") + key.mid(from); };
    if (key == u"$.body")
        return {QStringLiteral("body"), QStringLiteral("$")};
    if (key.startsWith(u"$.body.") || key.startsWith(u"$.body["))
        return {QStringLiteral("body"), tail(6)};
    for (const QString &prefix : {QStringLiteral("$.headers."), QStringLiteral("$.header.")}) {
        if (key.startsWith(prefix))
            return {QStringLiteral("header"), key.mid(prefix.size())};
    }
    for (const QString &prefix : {QStringLiteral("$.headers['"), QStringLiteral("$.header['")}) {
        // "$.header['X-Token']", and with a value index as pact_models 1.1 wrote it: "$.header['X-Token'][0]".
        static const QRegularExpression indexed(QStringLiteral("'\\]\\[\\d+\\]$"));
        const qsizetype end = key.endsWith(u"']") ? key.size() - 2 : key.indexOf(indexed);
        if (key.startsWith(prefix) && end >= prefix.size())
            return { QStringLiteral("header"), unescapeQuotedName(key.mid(prefix.size(), end - prefix.size())) };
    }
    if (key.startsWith(u"$.query."))
        return {QStringLiteral("query"), key.mid(8)};
    if (key == u"$.path")
        return {QStringLiteral("path"), QString()};
    if (key == u"$.status")
        return {QStringLiteral("status"), QString()};
    if (key == u"$.method")
        return {QStringLiteral("method"), QString()};
    return {};
}

static MatchingRules readV2Rules(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    MatchingRules rules;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString at = childPath(path, it.key());
        if (!it.value().isObject())
            ctx.fatal(at, QStringLiteral("a matcher must be an object, not %1").arg(jsonTypeName(it.value())));
        const auto [category, key] = splitV2Key(it.key());
        if (category.isEmpty()) {
            ctx.invalid(at, QStringLiteral("'%1' is not a V2 rule path ($.body…, $.headers…, $.query…, $.path)")
                                .arg(it.key()));
            rules.add(QStringLiteral("body"), it.key(), RuleList{{readMatcher(it.value().toObject(), at, ctx)}, {}, {}});
            continue;
        }
        RuleList list;
        list.matchers.append(readMatcher(it.value().toObject(), at, ctx));
        rules.add(category, key, list);
    }
    return rules;
}

static bool looksLikeV2(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key().startsWith(u'$'))
            return true;
    }
    return false;
}

MatchingRules readMatchingRules(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    if (looksLikeV2(json)) {
        if (ctx.atLeast(SpecVersion::V3))
            ctx.warn(path, QStringLiteral("V2-style matching rules in a %1 pact").arg(specVersionLabel(effectiveVersion(ctx.version()))));
        return readV2Rules(json, path, ctx);
    }
    if (!json.isEmpty() && !ctx.atLeast(SpecVersion::V3))
        ctx.warn(path, QStringLiteral("V3-style matching rules in a %1 pact").arg(specVersionLabel(ctx.version())));
    MatchingRules rules;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString category = it.key();
        const QString cpath = childPath(path, category);
        if (!it.value().isObject())
            ctx.fatal(cpath, QStringLiteral("a rule category must be an object, not %1").arg(jsonTypeName(it.value())));
        const QJsonObject c = it.value().toObject();
        MatchingRules::Category &cat = rules.categoryRef(category);
        if (c.contains(u"matchers") && (isSingleRuleCategory(category) || c.value(u"matchers").isArray())) {
            cat.insert(QString(), readRuleList(c, cpath, ctx));
            continue;
        }
        for (auto r = c.begin(); r != c.end(); ++r)
            cat.insert(r.key(), readRuleList(r.value(), childPath(cpath, r.key()), ctx));
        if (cat.isEmpty())
            rules.removeCategory(category);
    }
    return rules;
}

static Generator readGenerator(const QJsonValue &value, const QString &path, ReadContext &ctx)
{
    if (!value.isObject())
        ctx.fatal(path, QStringLiteral("a generator must be an object, not %1").arg(jsonTypeName(value)));
    Generator g = Generator::fromJson(value.toObject());
    if (!value.toObject().value(u"type").isString()) {
        ctx.invalid(path, QStringLiteral("generator has no 'type'"));
        return g;
    }
    if (!isKnownGeneratorType(g.type))
        ctx.warn(path, QStringLiteral("unknown generator type '%1' (kept)").arg(g.type));
    else if (const QString problem = checkGenerator(g); !problem.isEmpty())
        ctx.invalid(path, problem); // kept as read; it does not run until fixed
    return g;
}

Generators readGenerators(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    Generators gens;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString cpath = childPath(path, it.key());
        if (!it.value().isObject())
            ctx.fatal(cpath, QStringLiteral("a generator category must be an object, not %1").arg(jsonTypeName(it.value())));
        const QJsonObject c = it.value().toObject();
        if (c.value(u"type").isString()) {
            gens.set(it.key(), QString(), readGenerator(c, cpath, ctx));
            continue;
        }
        for (auto g = c.begin(); g != c.end(); ++g)
            gens.set(it.key(), g.key(), readGenerator(g.value(), childPath(cpath, g.key()), ctx));
    }
    return gens;
}

} // namespace Pactbench::detail
