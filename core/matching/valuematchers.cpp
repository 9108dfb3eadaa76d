// SPDX-License-Identifier: MIT
#include "valuematchers.h"

#include "datetimepattern.h"
#include "regexcache.h"

#include <core/model/body.h>

#include <cmath>

namespace Pactbench::detail {

ValuePath childPath(const ValuePath &path, const QString &key)
{
    ValuePath p = path;
    p.append(key);
    return p;
}

QString showType(const QString &value, const QString &type, bool show)
{
    return show ? value + QStringLiteral(" (") + type + u')' : value;
}

Verdict regexCheck(const Rule &r, const QString &actual, const QString &shown)
{
    if (!r.error.isEmpty())
        return r.error;
    if (RegexCache::instance().matchesWhole(r.text, actual))
        return {};
    return QStringLiteral("Expected %1 to match '%2'").arg(shown, r.text);
}

namespace {

using T = Rule::Type;

bool sameKind(const QJsonValue &a, const QJsonValue &b)
{
    return a.type() == b.type();
}

QString formatKind(T type)
{
    return type == T::Date ? QStringLiteral("date") : type == T::Time ? QStringLiteral("time") : QStringLiteral("timestamp");
}

Verdict typeCheck(const JsonItem &e, const JsonItem &a)
{
    if (sameKind(e.value, a.value))
        return {};
    return QStringLiteral("Expected %1 (%2) to be the same type as %3 (%4)")
        .arg(valueOf(a), typeOf(a), valueOf(e), typeOf(e));
}

Verdict lengthCheck(const Rule &r, const JsonItem &e, const JsonItem &a, bool cascaded)
{
    if (!(e.value.isArray() && a.value.isArray()))
        return typeCheck(e, a);
    const qint64 n = a.value.toArray().size();
    const bool checkMin = r.type == T::MinType || r.type == T::MinMaxType;
    const bool checkMax = r.type == T::MaxType || r.type == T::MinMaxType;
    if (!cascaded && checkMin && n < r.min)
        return QStringLiteral("Expected '%1' to have at least %2 item(s)").arg(jsonToString(a)).arg(r.min);
    if (!cascaded && checkMax && n > r.max)
        return QStringLiteral("Expected '%1' to have at most %2 item(s)").arg(jsonToString(a)).arg(r.max);
    return {};
}

QByteArray convertData(const JsonItem &item)
{
    const QJsonValue &v = item.value;
    if (v.isString()) {
        const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? *decoded : v.toString().toUtf8();
    }
    return compactJson(item).toUtf8();
}

Verdict notEmptyJson(const JsonItem &a)
{
    const QJsonValue &v = a.value;
    if (v.isNull())
        return QStringLiteral("Expected non-empty value but got a NULL");
    if (v.isString() && v.toString().isEmpty())
        return QStringLiteral("Expected '' (String) to not be empty");
    if (v.isArray() && v.toArray().isEmpty())
        return QStringLiteral("Expected [] (Array) to not be empty");
    if (v.isObject() && v.toObject().isEmpty())
        return QStringLiteral("Expected {} (Object) to not be empty");
    return {};
}

bool parsesAsF64(const QString &s)
{
    bool ok = false;
    s.toDouble(&ok);
    if (ok)
        return !s.isEmpty() && !s.at(0).isSpace() && !s.back().isSpace();
    const QString l = s.toLower();
    return l == u"inf" || l == u"+inf" || l == u"-inf" || l == u"nan" || l == u"infinity" || l == u"-infinity";
}

bool parsesAsU64(const QString &s)
{
    bool ok = false;
    s.toULongLong(&ok);
    return ok && !s.isEmpty() && (s.at(0).isDigit() || s.at(0) == u'+');
}

} // namespace

Verdict matchJson(const Rule &r, const JsonItem &e, const JsonItem &a, bool cascaded, bool showTypes)
{
    const QJsonValue &v = a.value;
    const bool isInteger = v.isDouble() && !a.decimal;
    switch (r.type) {
    case T::Invalid:
        return r.error;
    case T::Regex:
        return regexCheck(r, jsonToString(a), u'\'' + jsonToString(a) + u'\'');
    case T::Include: {
        const QString s = jsonToString(a);
        if (s.contains(r.text))
            return {};
        return QStringLiteral("Expected '%1' to include '%2'").arg(jsonToString(a), r.text);
    }
    case T::Type:
        return typeCheck(e, a);
    case T::MinType:
    case T::MaxType:
    case T::MinMaxType:
        return lengthCheck(r, e, a, cascaded);
    case T::Equality:
    case T::Values:
        if (sameJson(e, a))
            return {};
        return QStringLiteral("Expected %1 to be equal to %2")
            .arg(showType(valueOf(a), typeOf(a), showTypes), showType(valueOf(e), typeOf(e), showTypes));
    case T::Null:
        if (v.isNull())
            return {};
        return QStringLiteral("Expected %1 (%2) to be a null value").arg(valueOf(a), typeOf(a));
    case T::Integer:
        if (isInteger)
            return {};
        return QStringLiteral("Expected %1 (%2) to be an integer").arg(valueOf(a), typeOf(a));
    case T::Decimal:
        if (v.isDouble() && !isInteger)
            return {};
        return QStringLiteral("Expected %1 (%2) to be a decimal number").arg(valueOf(a), typeOf(a));
    case T::Number:
        if (v.isDouble())
            return {};
        return QStringLiteral("Expected %1 (%2) to be a number").arg(valueOf(a), typeOf(a));
    case T::Date:
    case T::Time:
    case T::Timestamp: {
        const QString s = jsonToString(a);
        const QString format = r.dateTimeFormat();
        const QString err = validateDateTime(s, format);
        if (err.isEmpty())
            return {};
        return QStringLiteral("Expected '%1' to match a %2 pattern of '%3': %4").arg(s, formatKind(r.type), format, err);
    }
    case T::ContentType: {
        const Verdict ct = matchContentType(convertData(a), r.text);
        if (!ct)
            return {};
        return QStringLiteral("Failed to match data to have a content type of '%1': %2").arg(r.text, *ct);
    }
    case T::Boolean:
        if (v.isBool() || (v.isString() && (v.toString() == u"true" || v.toString() == u"false")))
            return {};
        return QStringLiteral("Expected %1 (%2) to match a boolean").arg(valueOf(a), typeOf(a));
    case T::NotEmpty:
        return notEmptyJson(a);
    case T::Semver: {
        if (!v.isString())
            return QStringLiteral("Expected something that matches a semantic version, but got '%1'")
                .arg(compactJson(a));
        const QString err = semverError(v.toString());
        if (err.isEmpty())
            return {};
        return QStringLiteral("'%1' is not a valid semantic version - %2").arg(v.toString(), err);
    }
    case T::Plugin:
        return QStringLiteral("No plugin provides the matching rule '%1'").arg(r.text);
    default:
        return {};
    }
}

Verdict matchString(const Rule &r, const QString &e, const QString &a, bool cascaded, bool showTypes)
{
    switch (r.type) {
    case T::Invalid:
        return r.error;
    case T::Regex:
        return regexCheck(r, a, u'\'' + a + u'\'');
    case T::Equality:
    case T::Values:
        if (e == a)
            return {};
        return QStringLiteral("Expected '%1' to be equal to '%2'").arg(a, e);
    case T::Type:
    case T::MinType:
    case T::MaxType:
    case T::MinMaxType:
        return {};
    case T::Include:
        if (a.contains(r.text))
            return {};
        return QStringLiteral("Expected '%1' to include '%2'").arg(a, r.text);
    case T::Number:
    case T::Decimal:
        if (parsesAsF64(a))
            return {};
        return QStringLiteral("Expected '%1' to match a number").arg(a);
    case T::Integer:
        if (parsesAsU64(a))
            return {};
        return QStringLiteral("Expected '%1' to match an integer number").arg(a);
    case T::Date:
    case T::Time:
    case T::Timestamp: {
        const QString format = r.dateTimeFormat();
        if (validateDateTime(a, format).isEmpty())
            return {};
        return QStringLiteral("Expected '%1' to match a %2 pattern of '%3'").arg(a, formatKind(r.type), format);
    }
    case T::Boolean:
        if (a == u"true" || a == u"false")
            return {};
        return QStringLiteral("Expected %1 to match a boolean").arg(showType(a, QStringLiteral("String"), showTypes));
    case T::StatusCode: {
        bool ok = false;
        const int code = a.toInt(&ok);
        if (!ok || code < 0 || code > 65535)
            return QStringLiteral("Unable to match '%1' using %2 - invalid digit found in string").arg(a, r.debugName());
        return matchUnsigned(r, 0, code, cascaded);
    }
    case T::NotEmpty:
        if (!a.isEmpty())
            return {};
        return QStringLiteral("Expected %1 to not be empty").arg(showType(a, QStringLiteral("String"), showTypes));
    case T::Semver: {
        const QString err = semverError(a);
        if (err.isEmpty())
            return {};
        return QStringLiteral("'%1' is not a valid semantic version - %2").arg(a, err);
    }
    case T::ContentType:
        return matchContentType(a.toUtf8(), r.text);
    case T::Plugin:
        return QStringLiteral("No plugin provides the matching rule '%1'").arg(r.text);
    default:
        if (!cascaded || r.canCascade())
            return QStringLiteral("Unable to match '%1' using %2").arg(a, r.debugName());
        return {};
    }
}

Verdict matchUnsigned(const Rule &r, qint64 e, qint64 a, bool cascaded)
{
    switch (r.type) {
    case T::Invalid:
        return r.error;
    case T::Regex:
        return regexCheck(r, QString::number(a), QString::number(a));
    case T::Type:
    case T::MinType:
    case T::MaxType:
    case T::MinMaxType:
    case T::Number:
    case T::Integer:
        return {};
    case T::Equality:
        if (e == a)
            return {};
        return QStringLiteral("Expected %1 to be equal to %2").arg(a).arg(e);
    case T::Include:
        if (QString::number(a).contains(r.text))
            return {};
        return QStringLiteral("Expected %1 to include '%2'").arg(a).arg(r.text);
    case T::Decimal:
        return QStringLiteral("Expected %1 to match a decimal number").arg(a);
    case T::StatusCode:
        if (r.status.accepts(int(a)))
            return {};
        return QStringLiteral("Expected status code %1 to be a %2").arg(a).arg(r.status.describe());
    default:
        if (!cascaded || r.canCascade())
            return QStringLiteral("Unable to match %1 using %2").arg(a).arg(r.debugName());
        return {};
    }
}

} // namespace Pactbench::detail
