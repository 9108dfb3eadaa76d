// SPDX-License-Identifier: MIT
#include "rules.h"

#include "regexcache.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pactbench {

namespace {

bool isPlainField(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

PathToken field(const QString &name)
{
    return PathToken{PathToken::Kind::Field, name, 0};
}

/// Parses `[...]` at `pos` (pointing at '['); returns false on a syntax error.
bool parseBracket(const QString &e, qsizetype &pos, QList<PathToken> &out)
{
    const qsizetype close = e.indexOf(u']', pos);
    if (close < 0)
        return false;
    QString inner = e.mid(pos + 1, close - pos - 1).trimmed();
    if (inner.startsWith(u'\'') && inner.endsWith(u'\'') && inner.size() >= 2) {
        // A quoted key may hold ']' itself: find the closing "']".
        const qsizetype qclose = e.indexOf(QStringLiteral("']"), pos + 2);
        if (qclose < 0)
            return false;
        out.append(field(e.mid(pos + 2, qclose - pos - 2)));
        pos = qclose + 2;
        return true;
    }
    pos = close + 1;
    if (inner == u"*") {
        out.append(PathToken{PathToken::Kind::StarIndex, {}, 0});
        return true;
    }
    bool ok = false;
    const qint64 index = inner.toLongLong(&ok);
    if (!ok)
        return false;
    out.append(PathToken{PathToken::Kind::Index, {}, index});
    return true;
}

bool parseTokens(const QString &e, QList<PathToken> &out)
{
    if (!e.startsWith(u'$'))
        return false;
    out.append(PathToken{});
    qsizetype pos = 1;
    while (pos < e.size()) {
        if (e.at(pos) == u'[') {
            if (!parseBracket(e, pos, out))
                return false;
            continue;
        }
        if (e.at(pos) != u'.')
            return false;
        ++pos;
        qsizetype end = pos;
        while (end < e.size() && e.at(end) != u'.' && e.at(end) != u'[')
            ++end;
        const QString name = e.mid(pos, end - pos);
        if (name.isEmpty())
            return false;
        out.append(name == u"*" ? PathToken{PathToken::Kind::Star, {}, 0} : field(name));
        pos = end;
    }
    return true;
}

int tokenWeight(const PathToken &token, const QString &fragment)
{
    switch (token.kind) {
    case PathToken::Kind::Root:
        return fragment == u"$" ? 2 : 0;
    case PathToken::Kind::Field:
        return fragment == token.name ? 2 : 0;
    case PathToken::Kind::Index: {
        bool ok = false;
        const qint64 i = fragment.toLongLong(&ok);
        return ok && i == token.index ? 2 : 0;
    }
    case PathToken::Kind::StarIndex: {
        bool ok = false;
        fragment.toLongLong(&ok);
        return ok || fragment == u"[*]" ? 1 : 0;
    }
    case PathToken::Kind::Star:
        return 1;
    }
    return 0;
}

} // namespace

RulePath RulePath::parse(const QString &expression)
{
    RulePath p;
    p.text = expression;
    if (!parseTokens(expression, p.tokens)) {
        p.tokens = {PathToken{}, field(expression)};
    }
    return p;
}

RulePath RulePath::named(const QString &name)
{
    RulePath p;
    p.text = name;
    p.tokens = {PathToken{}, field(name)};
    return p;
}

int RulePath::weight(const QStringList &valuePath) const
{
    if (valuePath.size() < tokens.size())
        return 0;
    int w = 1;
    for (qsizetype i = 0; i < tokens.size() && w > 0; ++i)
        w *= tokenWeight(tokens.at(i), valuePath.at(i));
    return w;
}

QString pathToString(const ValuePath &path)
{
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &p = path.at(i);
        if (i == 0 && p == u"$") {
            out += p;
            continue;
        }
        bool isIndex = false;
        p.toLongLong(&isIndex);
        if (isIndex)
            out += u'[' + p + u']';
        else if (p == u"*")
            out += QStringLiteral(".*");
        else if (isPlainField(p))
            out += u'.' + p;
        else
            out += QStringLiteral("['") + p + QStringLiteral("']");
    }
    return out;
}

bool StatusSpec::accepts(int s) const
{
    if (className == u"info")
        return s >= 100 && s <= 199;
    if (className == u"success")
        return s >= 200 && s <= 299;
    if (className == u"redirect")
        return s >= 300 && s <= 399;
    if (className == u"clientError")
        return s >= 400 && s <= 499;
    if (className == u"serverError")
        return s >= 500 && s <= 599;
    if (className == u"nonError")
        return s < 400;
    if (className == u"error")
        return s >= 400;
    return codes.contains(s);
}

QString StatusSpec::describe() const
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("info"), QStringLiteral("Informational response (100–199)")},
        {QStringLiteral("success"), QStringLiteral("Successful response (200–299)")},
        {QStringLiteral("redirect"), QStringLiteral("Redirect (300–399)")},
        {QStringLiteral("clientError"), QStringLiteral("Client error (400–499)")},
        {QStringLiteral("serverError"), QStringLiteral("Server error (500–599)")},
        {QStringLiteral("nonError"), QStringLiteral("Non-error response (< 400)")},
        {QStringLiteral("error"), QStringLiteral("Error response (>= 400)")},
    };
    for (const auto &[key, text] : names) {
        if (key == className)
            return text;
    }
    QStringList list;
    for (int c : codes)
        list.append(QString::number(c));
    return list.join(QStringLiteral(", "));
}

namespace {

bool readCount(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble() && v.toDouble() >= 0) {
        *out = qint64(v.toDouble());
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().toLongLong(&ok);
        return ok;
    }
    return false;
}

QString attrText(const QJsonObject &a, const QString &key)
{
    const QJsonValue v = a.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Rule invalid(const QString &why)
{
    Rule r;
    r.type = Rule::Type::Invalid;
    r.error = why;
    return r;
}

Rule typeRule(const QJsonObject &a, const QString &type)
{
    Rule r;
    qint64 min = 0, max = 0;
    const bool hasMin = readCount(a.value(type == u"max" ? QStringLiteral("-") : QStringLiteral("min")), &min);
    const bool hasMax = readCount(a.value(type == u"min" ? QStringLiteral("-") : QStringLiteral("max")), &max);
    r.min = min;
    r.max = max;
    if (hasMin && hasMax)
        r.type = Rule::Type::MinMaxType;
    else if (hasMin)
        r.type = Rule::Type::MinType;
    else if (hasMax)
        r.type = Rule::Type::MaxType;
    else if (type == u"type")
        r.type = Rule::Type::Type;
    else
        return invalid(QStringLiteral("%1 matcher missing '%1' field").arg(type));
    return r;
}

Rule statusRule(const QJsonObject &a)
{
    Rule r;
    r.type = Rule::Type::StatusCode;
    const QJsonValue s = a.value(u"status");
    if (s.isUndefined()) {
        r.status.className = QStringLiteral("success");
    } else if (s.isString()) {
        static const QStringList known{QStringLiteral("info"), QStringLiteral("success"), QStringLiteral("redirect"),
                                       QStringLiteral("clientError"), QStringLiteral("serverError"),
                                       QStringLiteral("nonError"), QStringLiteral("error")};
        if (!known.contains(s.toString()))
            return invalid(QStringLiteral("'%1' is not a valid value for an HTTP Status").arg(s.toString()));
        r.status.className = s.toString();
    } else if (s.isArray()) {
        for (const QJsonValue &c : s.toArray())
            r.status.codes.append(c.isString() ? c.toString().toInt() : c.toInt());
    } else {
        return invalid(QStringLiteral("Unable to parse status code for StatusCode matcher"));
    }
    return r;
}

Rule eachRule(const QJsonObject &a, Rule::Type type)
{
    Rule r;
    r.type = type;
    r.text = attrText(a, QStringLiteral("value"));
    for (const QJsonValue &v : a.value(u"rules").toArray())
        r.subRules.append(Rule::fromJson(v.toObject()));
    return r;
}

Rule arrayContainsRule(const QJsonObject &a)
{
    Rule r;
    r.type = Rule::Type::ArrayContains;
    const QJsonValue variants = a.value(u"variants");
    if (!variants.isArray())
        return invalid(QStringLiteral("ArrayContains matcher missing 'variants' field"));
    for (const QJsonValue &v : variants.toArray()) {
        const QJsonObject o = v.toObject();
        Rule::Variant variant;
        variant.index = o.value(u"index").toInt();
        auto category = std::make_shared<RuleCategory>();
        const QJsonObject rules = o.value(u"rules").toObject();
        if (!o.contains(u"rules")) {
            category->add(RulePath::parse(QStringLiteral("$")), RuleGroup{{Rule{}}, RuleLogic::And, false});
        }
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            const QJsonObject list = it.value().toObject();
            RuleGroup g;
            for (const QJsonValue &m : list.value(u"matchers").toArray())
                g.rules.append(Rule::fromJson(m.toObject()));
            if (list.value(u"combine").toString().compare(u"OR", Qt::CaseInsensitive) == 0)
                g.logic = RuleLogic::Or;
            category->add(RulePath::parse(it.key()), g);
        }
        variant.rules = category;
        r.variants.append(variant);
    }
    return r;
}

Rule simple(Rule::Type type, const QString &text = {})
{
    Rule r;
    r.type = type;
    r.text = text;
    return r;
}

Rule formatRule(const QJsonObject &a, const QString &type, Rule::Type t)
{
    const QString format = a.contains(u"format") ? attrText(a, QStringLiteral("format")) : attrText(a, type);
    return simple(t, format);
}

} // namespace

Rule Rule::fromJson(const QJsonObject &json)
{
    Matcher m;
    m.attributes = json;
    m.type = json.value(u"match").toString();
    if (m.type.isEmpty())
        m.type = json.value(u"pact:matcher:type").toString();
    m.attributes.remove(QStringLiteral("match"));
    if (m.type.isEmpty()) {
        if (json.contains(u"regex"))
            m.type = QStringLiteral("regex");
        else if (json.contains(u"min") || json.contains(u"max"))
            m.type = QStringLiteral("type");
        else if (json.contains(u"timestamp"))
            m.type = QStringLiteral("timestamp");
        else if (json.contains(u"time"))
            m.type = QStringLiteral("time");
        else if (json.contains(u"date"))
            m.type = QStringLiteral("date");
    }
    return fromMatcher(m);
}

Rule Rule::fromMatcher(const Matcher &matcher)
{
    const QString &t = matcher.type;
    const QJsonObject &a = matcher.attributes;
    if (t == u"regex") {
        if (!a.contains(u"regex"))
            return invalid(QStringLiteral("Regex matcher missing 'regex' field"));
        Rule r = simple(Type::Regex, attrText(a, QStringLiteral("regex")));
        const QString err = RegexCache::instance().errorFor(r.text);
        if (!err.isEmpty())
            r.error = QStringLiteral("'%1' is not a valid regular expression - %2").arg(r.text, err);
        return r;
    }
    if (t == u"equality")
        return simple(Type::Equality);
    if (t == u"include") {
        if (!a.contains(u"value"))
            return invalid(QStringLiteral("Include matcher missing 'value' field"));
        return simple(Type::Include, attrText(a, QStringLiteral("value")));
    }
    if (t == u"type" || t == u"min" || t == u"max" || t == u"min-type" || t == u"max-type" || t == u"minmax"
        || t == u"min-max-type")
        return typeRule(a, t.startsWith(u"min-") ? QStringLiteral("min") : t.startsWith(u"max-") ? QStringLiteral("max") : (t == u"minmax" || t == u"min-max-type") ? QStringLiteral("type") : t);
    if (t == u"number")
        return simple(Type::Number);
    if (t == u"integer")
        return simple(Type::Integer);
    if (t == u"decimal" || t == u"real")
        return simple(Type::Decimal);
    if (t == u"boolean")
        return simple(Type::Boolean);
    if (t == u"null")
        return simple(Type::Null);
    if (t == u"timestamp" || t == u"datetime")
        return formatRule(a, t, Type::Timestamp);
    if (t == u"date")
        return formatRule(a, t, Type::Date);
    if (t == u"time")
        return formatRule(a, t, Type::Time);
    if (t == u"contentType" || t == u"content-type") {
        if (!a.contains(u"value"))
            return invalid(QStringLiteral("ContentType matcher missing 'value' field"));
        return simple(Type::ContentType, attrText(a, QStringLiteral("value")));
    }
    if (t == u"arrayContains" || t == u"array-contains")
        return arrayContainsRule(a);
    if (t == u"values")
        return simple(Type::Values);
    if (t == u"statusCode" || t == u"status-code")
        return statusRule(a);
    if (t == u"notEmpty" || t == u"not-empty")
        return simple(Type::NotEmpty);
    if (t == u"semver")
        return simple(Type::Semver);
    if (t == u"eachKey" || t == u"each-key")
        return eachRule(a, Type::EachKey);
    if (t == u"eachValue" || t == u"each-value")
        return eachRule(a, Type::EachValue);
    if (t.isEmpty())
        return invalid(QStringLiteral("Matching rule type can not be empty"));
    return simple(Type::Plugin, t);
}

bool Rule::isTypeMatcher() const
{
    return type == Type::Type || type == Type::MinType || type == Type::MaxType || type == Type::MinMaxType;
}

bool Rule::isValuesMatcher() const
{
    return type == Type::Values || type == Type::EachValue || type == Type::ArrayContains;
}

bool Rule::canCascade() const
{
    return type != Type::Values && type != Type::EachValue && type != Type::EachKey && type != Type::Plugin;
}

QString Rule::referenceName() const
{
    switch (type) {
    case Type::Values:
        return QStringLiteral("values");
    case Type::EachKey:
        return QStringLiteral("each-key");
    case Type::EachValue:
        return QStringLiteral("each-value");
    case Type::ArrayContains:
        return QStringLiteral("array-contains");
    default:
        return debugName().toLower();
    }
}

QString Rule::debugName() const
{
    static const char *const names[] = {"Equality", "Regex", "Type", "MinType", "MaxType", "MinMaxType", "Include",
                                        "Integer", "Decimal", "Number", "Timestamp", "Time", "Date", "Null",
                                        "Boolean", "ContentType", "Values", "ArrayContains", "StatusCode",
                                        "NotEmpty", "Semver", "EachKey", "EachValue", "Plugin", "Invalid"};
    const QString name = QString::fromLatin1(names[int(type)]);
    switch (type) {
    case Type::Regex:
    case Type::Include:
    case Type::Timestamp:
    case Type::Time:
    case Type::Date:
    case Type::ContentType:
        return name + QStringLiteral("(\"") + text + QStringLiteral("\")");
    case Type::MinType:
        return name + QStringLiteral("(%1)").arg(min);
    case Type::MaxType:
        return name + QStringLiteral("(%1)").arg(max);
    case Type::MinMaxType:
        return name + QStringLiteral("(%1, %2)").arg(min).arg(max);
    case Type::Plugin:
        return QStringLiteral("Plugin { name: \"%1\" }").arg(text);
    default:
        return name;
    }
}

RuleCategory::RuleCategory(Kind kind, const MatchingRules::Category &rules)
    : m_kind(kind)
{
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        RuleGroup g;
        g.logic = it.value().combine;
        for (const Matcher &m : it.value().matchers)
            g.rules.append(Rule::fromMatcher(m));
        RulePath path;
        if (kind == Kind::Header)
            path = RulePath::named(it.key().toLower());
        else if (kind == Kind::Query)
            path = RulePath::named(it.key());
        else if (kind == Kind::Metadata && !it.key().startsWith(u'$'))
            path = RulePath::named(it.key());
        else
            path = RulePath::parse(it.key());
        m_entries.append({path, g});
    }
}

void RuleCategory::add(const RulePath &path, const RuleGroup &group)
{
    m_entries.append({path, group});
}

bool RuleCategory::isDefined(const ValuePath &path) const
{
    if (m_kind == Kind::Single)
        return !m_entries.isEmpty();
    for (const Entry &e : m_entries) {
        if (e.path.weight(path) > 0)
            return true;
    }
    return false;
}

RuleGroup RuleCategory::best(const ValuePath &path) const
{
    if (m_kind == Kind::Single)
        return m_entries.isEmpty() ? RuleGroup{} : m_entries.first().group;
    if (m_kind == Kind::Header || m_kind == Kind::Query) {
        for (const Entry &e : m_entries) {
            if (e.path.weight(path) > 0)
                return e.group;
        }
        return {};
    }
    const Entry *bestEntry = nullptr;
    qint64 bestScore = 0;
    for (const Entry &e : m_entries) {
        const qint64 score = qint64(e.path.weight(path)) * e.path.tokens.size();
        if (score > bestScore) {
            bestScore = score;
            bestEntry = &e;
        }
    }
    if (!bestEntry)
        return {};
    RuleGroup g = bestEntry->group;
    g.cascaded = bestEntry->path.tokens.size() != path.size();
    return g;
}

bool RuleCategory::typeMatcherDefined(const ValuePath &path) const
{
    for (const Entry &e : m_entries) {
        if (m_kind != Kind::Single && e.path.weight(path) == 0)
            continue;
        for (const Rule &r : e.group.rules) {
            if (r.isTypeMatcher())
                return true;
        }
    }
    return false;
}

bool RuleCategory::directMatcherDefined(const ValuePath &path, const QStringList &names) const
{
    for (const Entry &e : m_entries) {
        if (e.path.tokens.size() != path.size() || e.path.weight(path) == 0)
            continue;
        if (names.isEmpty())
            return true;
        for (const Rule &r : e.group.rules) {
            if (names.contains(r.referenceName()))
                return true;
        }
    }
    return false;
}

RuleCategory RuleCategory::withoutStarIndices() const
{
    RuleCategory out = *this;
    for (Entry &e : out.m_entries)
        e.path.tokens.removeIf([](const PathToken &t) { return t.kind == PathToken::Kind::StarIndex; });
    return out;
}

RuleCategory RuleCategory::rerooted(const ValuePath &prefix) const
{
    RuleCategory out;
    out.m_kind = m_kind;
    for (const Entry &e : m_entries) {
        if (e.path.weight(prefix) == 0 && !(e.path.tokens.size() > prefix.size()))
            continue;
        RulePath p;
        p.text = e.path.text;
        p.tokens.append(PathToken{});
        bool matches = e.path.tokens.size() >= prefix.size();
        for (qsizetype i = 0; matches && i < prefix.size(); ++i)
            matches = [&] { ValuePath one = prefix.mid(0, i + 1); RulePath head; head.tokens = e.path.tokens.mid(0, i + 1); return head.weight(one) > 0; }();
        if (!matches)
            continue;
        p.tokens.append(e.path.tokens.mid(prefix.size()));
        out.m_entries.append({p, e.group});
    }
    return out;
}

} // namespace Pactbench
