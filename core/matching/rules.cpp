// SPDX-License-Identifier: MIT
// Matchers read from pact files: aliases resolved, attributes checked.
#include "rules.h"

#include "regexcache.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pactbench {

namespace {

bool readCount(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble() && v.toDouble() >= 0) {
        // Saturated: 1e20 does not fit a qint64 (and converting it would be undefined).
        *out = v.toDouble() < 9.0e18 ? qint64(v.toDouble()) : qint64(9.0e18);
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

/// "type" (with optional min/max), "min"/"min-type" (min required), "max"/"max-type" (max required).
Rule typeRule(const QJsonObject &a, bool readMin, bool readMax, const QString &name)
{
    Rule r;
    const bool hasMin = readMin && readCount(a.value(u"min"), &r.min);
    const bool hasMax = readMax && readCount(a.value(u"max"), &r.max);
    if (hasMin && hasMax)
        r.type = Rule::Type::MinMaxType;
    else if (hasMin)
        r.type = Rule::Type::MinType;
    else if (hasMax)
        r.type = Rule::Type::MaxType;
    else if (readMin && readMax)
        r.type = Rule::Type::Type;
    else
        return invalid(QStringLiteral("%1 matcher missing '%2' field").arg(name, readMin ? QStringLiteral("min") : QStringLiteral("max")));
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

Rule Rule::fromMatcher(const Matcher &matcher, RegexCheck check)
{
    const QString &t = matcher.type;
    const QJsonObject &a = matcher.attributes;
    if (t == u"regex") {
        if (!a.contains(u"regex"))
            return invalid(QStringLiteral("Regex matcher missing 'regex' field"));
        Rule r = simple(Type::Regex, attrText(a, QStringLiteral("regex")));
        if (check == RegexCheck::Skip)
            return r;
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
    if (t == u"type" || t == u"minmax" || t == u"min-max-type")
        return typeRule(a, true, true, t);
    if (t == u"min" || t == u"min-type")
        return typeRule(a, true, false, QStringLiteral("Min"));
    if (t == u"max" || t == u"max-type")
        return typeRule(a, false, true, QStringLiteral("Max"));
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

QString Rule::dateTimeFormat() const
{
    if (!text.isEmpty())
        return text;
    if (type == Type::Date)
        return QStringLiteral("yyyy-MM-dd");
    if (type == Type::Time)
        return QStringLiteral("HH:mm:ss");
    return QStringLiteral("yyyy-MM-dd'T'HH:mm:ssXXX");
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

} // namespace Pactbench
