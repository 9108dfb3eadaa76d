// SPDX-License-Identifier: MIT
// V2 matching rules: flat keys ("$.body.a", "$.headers.X", "$.query.q", "$.path"), one matcher each,
// keyed and spelt the way pact_models' `MatchingRules::to_v2_json` writes them.
#include "pactwriterv2.h"

#include <cmath>
#include <limits>

#include <QHash>
#include <QVersionNumber>

#include <optional>

namespace Pactbench::detail {

namespace {

struct PathToken
{
    enum Kind { Field, Index, Star, StarIndex };
    Kind kind = Field;
    QString name; ///< the field name, or the index's digits
};

bool isIdentifierChar(QChar c)
{
    return c.isLetter() || c.isNumber() || c == u'_' || c == u'-' || c == u':' || c == u'#' || c == u'@';
}

/// A name that needs no brackets: ^[_A-Za-z][_A-Za-z0-9]*$ (pact_models' IDENT).
bool isPlainName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

/// Reads path expressions the way pact_models' DocPath does ("$.a['b c'][0].*", or "a.b" without the root).
class PathParser
{
public:
    explicit PathParser(const QString &expr) : m_expr(expr) { }

    std::optional<QList<PathToken>> parse()
    {
        if (m_expr.isEmpty())
            return m_tokens;
        const QChar first = m_expr.at(0);
        if (first == u'$')
            m_at = 1;
        else if (!(first.isLetter() || first.isNumber()) || !identifier())
            return std::nullopt;
        while (m_at < m_expr.size()) {
            const QChar c = m_expr.at(m_at++);
            const bool ok = c == u'.' ? dotted() : c == u'[' ? bracketed() : false;
            if (!ok)
                return std::nullopt;
        }
        return m_tokens;
    }

private:
    bool identifier()
    {
        const qsizetype start = m_at;
        while (m_at < m_expr.size() && isIdentifierChar(m_expr.at(m_at)))
            ++m_at;
        m_tokens.append(PathToken{ PathToken::Field, m_expr.mid(start, m_at - start) });
        return m_at > start;
    }

    bool dotted()
    {
        if (m_at < m_expr.size() && m_expr.at(m_at) == u'*') {
            ++m_at;
            m_tokens.append(PathToken{ PathToken::Star, {} });
            return true;
        }
        return m_at < m_expr.size() && isIdentifierChar(m_expr.at(m_at)) && identifier();
    }

    bool bracketed()
    {
        if (m_at >= m_expr.size())
            return false;
        const QChar c = m_expr.at(m_at);
        if (c == u'\'') {
            const qsizetype end = m_expr.indexOf(u'\'', m_at + 1);
            if (end < 0 || end == m_at + 1)
                return false;
            m_tokens.append(PathToken{ PathToken::Field, m_expr.mid(m_at + 1, end - m_at - 1) });
            m_at = end + 1;
        } else if (c.isDigit()) {
            const qsizetype start = m_at;
            while (m_at < m_expr.size() && m_expr.at(m_at).isDigit())
                ++m_at;
            m_tokens.append(PathToken{ PathToken::Index, m_expr.mid(start, m_at - start) });
        } else if (c == u'*') {
            ++m_at;
            m_tokens.append(PathToken{ PathToken::StarIndex, {} });
        } else {
            return false;
        }
        return m_at < m_expr.size() && m_expr.at(m_at++) == u']';
    }

    const QString &m_expr;
    qsizetype m_at = 0;
    QList<PathToken> m_tokens;
};

QString renderField(const QString &name)
{
    if (isPlainName(name))
        return u'.' + name;
    QString escaped = name;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return QStringLiteral("['") + escaped + QStringLiteral("']");
}

QString renderToken(const PathToken &t)
{
    switch (t.kind) {
    case PathToken::Field:
        return renderField(t.name);
    case PathToken::Index:
        return u'[' + QString::number(t.name.toULongLong()) + u']';
    case PathToken::Star:
        return QStringLiteral(".*");
    case PathToken::StarIndex:
        return QStringLiteral("[*]");
    }
    return {};
}

/// "$" + category + the key's own path (a header or parameter name is one field when it is no path).
QString pathKey(const QString &category, const QString &key)
{
    QString out = u'$' + renderField(category);
    const auto tokens = PathParser(key).parse();
    if (!tokens)
        return out + renderField(key);
    for (const PathToken &t : *tokens)
        out += renderToken(t);
    return out;
}

std::optional<qint64> jsonToCount(const QJsonValue &v)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    if (v.isString()) {
        bool ok = false;
        const qulonglong n = v.toString().toULongLong(&ok);
        return ok ? std::optional<qint64>(qint64(std::min<qulonglong>(n, qulonglong(kMax)))) : std::nullopt;
    }
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d >= 9223372036854775807.0) // past qint64 (1e20): the largest count, never a cast out of range
        return kMax;
    if (d < 0)
        return d == std::trunc(d) ? std::nullopt : std::optional<qint64>(0); // negative whole numbers are no count
    return qint64(d);
}

QString jsonToString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

/// {"match": match} with one more attribute when `key` is given.
QJsonObject matchObject(const QString &match, const QString &key = {}, const QJsonValue &value = {})
{
    QJsonObject o{ { QStringLiteral("match"), match } };
    if (!key.isEmpty())
        o.insert(key, value);
    return o;
}

QJsonObject typeMatcher(const Matcher &m)
{
    std::optional<qint64> min = jsonToCount(m.attributes.value(u"min"));
    std::optional<qint64> max = jsonToCount(m.attributes.value(u"max"));
    if (m.type == u"max" || m.type == u"max-type")
        min.reset();
    if (m.type == u"min" || m.type == u"min-type")
        max.reset();
    QJsonObject o = matchObject(QStringLiteral("type"));
    if (min)
        o.insert(QStringLiteral("min"), *min);
    if (max)
        o.insert(QStringLiteral("max"), *max);
    return o;
}

bool isTypeMatcher(const Matcher &m)
{
    const QString &t = m.type;
    return t == u"type" || ((t == u"min" || t == u"min-type") && jsonToCount(m.attributes.value(u"min")))
        || ((t == u"max" || t == u"max-type") && jsonToCount(m.attributes.value(u"max")));
}

/// datetime, date, time: the format from "format", else from the key named like the type.
QJsonObject formatMatcher(const Matcher &m, const QString &match)
{
    const QString key = m.attributes.contains(u"format") ? QStringLiteral("format") : m.type;
    return matchObject(match, QStringLiteral("format"), jsonToString(m.attributes.value(key)));
}

/// regex, include and contentType: one required text attribute.
std::optional<QJsonObject> textMatcher(const Matcher &m, const QString &match, const QString &key)
{
    if (!m.attributes.contains(key))
        return std::nullopt;
    return matchObject(match, key, jsonToString(m.attributes.value(key)));
}

/// Matchers without attributes, and those whose attributes the reference writes back as read, by
/// every spelling the reference reads → the spelling it writes.
QString canonicalName(const QString &type)
{
    static const QHash<QString, QString> names{
        { QStringLiteral("equality"), QStringLiteral("equality") },
        { QStringLiteral("number"), QStringLiteral("number") },
        { QStringLiteral("integer"), QStringLiteral("integer") },
        { QStringLiteral("decimal"), QStringLiteral("decimal") },
        { QStringLiteral("real"), QStringLiteral("decimal") },
        { QStringLiteral("boolean"), QStringLiteral("boolean") },
        { QStringLiteral("null"), QStringLiteral("null") },
        { QStringLiteral("values"), QStringLiteral("values") },
        { QStringLiteral("notEmpty"), QStringLiteral("notEmpty") },
        { QStringLiteral("not-empty"), QStringLiteral("notEmpty") },
        { QStringLiteral("semver"), QStringLiteral("semver") },
        { QStringLiteral("arrayContains"), QStringLiteral("arrayContains") },
        { QStringLiteral("array-contains"), QStringLiteral("arrayContains") },
        { QStringLiteral("eachKey"), QStringLiteral("eachKey") },
        { QStringLiteral("each-key"), QStringLiteral("eachKey") },
        { QStringLiteral("eachValue"), QStringLiteral("eachValue") },
        { QStringLiteral("each-value"), QStringLiteral("eachValue") },
    };
    return names.value(type);
}

std::optional<QJsonObject> canonicalMatcher(const Matcher &m)
{
    const QString &t = m.type;
    if (t == u"regex")
        return textMatcher(m, t, QStringLiteral("regex"));
    if (isTypeMatcher(m))
        return typeMatcher(m);
    if (t == u"timestamp" || t == u"datetime")
        return formatMatcher(m, QStringLiteral("datetime"));
    if (t == u"date" || t == u"time")
        return formatMatcher(m, t);
    if (t == u"include")
        return textMatcher(m, t, QStringLiteral("value"));
    if (t == u"contentType" || t == u"content-type")
        return textMatcher(m, QStringLiteral("contentType"), QStringLiteral("value"));
    if (t == u"statusCode" || t == u"status-code") {
        const QJsonValue status = m.attributes.value(u"status");
        return matchObject(QStringLiteral("statusCode"), QStringLiteral("status"),
            status.isUndefined() ? QJsonValue(QStringLiteral("success")) : status);
    }
    const QString name = canonicalName(t);
    if (name.isEmpty())
        return std::nullopt; // plugin matchers and unknown types: as read
    const bool keepsAttributes = name == u"arrayContains" || name == u"eachKey" || name == u"eachValue";
    return keepsAttributes ? Matcher{ name, m.attributes }.toJson() : matchObject(name);
}

} // namespace

V2RuleKeys v2RuleKeysFor(const QJsonObject &metadata)
{
    const QJsonObject rust = metadata.value(metadata.contains(u"pactRust") ? u"pactRust" : u"pact-rust").toObject();
    const QJsonValue models = rust.value(u"models");
    if (!models.isString()) {
        // Before pact_models, the mock server wrote "pactRust": {"version": …} and the joined form.
        return rust.value(u"version").isString() ? V2RuleKeys::Joined : V2RuleKeys::PathHeaders;
    }
    const QVersionNumber version = QVersionNumber::fromString(models.toString());
    if (version.isNull())
        return V2RuleKeys::PathHeaders;
    if (version < QVersionNumber(1, 1, 13))
        return V2RuleKeys::Joined;
    if (version < QVersionNumber(1, 2, 3))
        return V2RuleKeys::PathHeader;
    return V2RuleKeys::PathHeaders;
}

QString v2RuleKey(const QString &category, const QString &key, V2RuleKeys keys)
{
    if (category == u"path")
        return QStringLiteral("$.path");
    if (category == u"body") {
        // A path that is not a JSON path ("column:1" of a CSV body, a V2 key PactReader reported and kept
        // as read such as "!$.body.id") goes below "$.body." too: a V2 object whose keys do not start
        // with '$' would read back as V3 categories.
        if (!key.startsWith(u'$'))
            return QStringLiteral("$.body.") + key;
        // The leading '$' only. The reference replaces every '$', which corrupts a name holding one
        // ("$.a['$x']") and makes such a key one "body" deeper on every save; for every other path the
        // two agree.
        return QStringLiteral("$.body") + key.mid(1);
    }
    const bool header = category == u"header" || category == u"headers";
    if (!header && category != u"query")
        return QStringLiteral("$.%1.%2").arg(category, key); // method, status: "$.status."
    if (keys == V2RuleKeys::Joined)
        return QStringLiteral("$.%1.%2").arg(header ? QStringLiteral("header") : category, key);
    const bool plural = header && keys == V2RuleKeys::PathHeaders;
    return pathKey(plural ? QStringLiteral("headers") : header ? QStringLiteral("header") : category, key);
}

QJsonObject matcherToV2Json(const Matcher &matcher)
{
    return canonicalMatcher(matcher).value_or(matcher.toJson());
}

QJsonObject matchingRulesToV2Json(const MatchingRules &rules, V2RuleKeys keys)
{
    QJsonObject out;
    for (auto c = rules.all().begin(); c != rules.all().end(); ++c) {
        for (auto r = c->begin(); r != c->end(); ++r) {
            // V2 holds one matcher per place: the first (the others are in the loss report).
            const QJsonObject first = r->matchers.isEmpty() ? QJsonObject() : matcherToV2Json(r->matchers.constFirst());
            out.insert(v2RuleKey(c.key(), r.key(), keys), first);
        }
    }
    return out;
}

bool isV2Matcher(const QString &type)
{
    return type == u"regex" || type == u"type" || type == u"min" || type == u"max" || type == u"min-type"
        || type == u"max-type";
}

} // namespace Pactbench::detail
