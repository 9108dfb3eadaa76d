// SPDX-License-Identifier: MIT
#include "valuematchers.h"

#include "datetimepattern.h"
#include "regexcache.h"

#include <core/json/jsonnumber.h>
#include <core/json/jsonwriter.h>
#include <core/model/body.h>

#include <cmath>

namespace Pactbench::detail {

namespace {

using T = Rule::Type;

QString showType(const QString &value, const QString &type, bool show)
{
    return show ? value + QStringLiteral(" (") + type + u')' : value;
}

/// serde_json's text of an f64 (as the reference ships it): shortest digits, `10.0`, `1e-7`, and `1e+16` with a sign.
QString floatText(double d)
{
    QByteArray t = canonicalDoubleText(d);
    const qsizetype e = t.indexOf('e');
    if (e >= 0 && e + 1 < t.size() && t.at(e + 1) != '-' && t.at(e + 1) != '+')
        t.insert(e + 1, '+');
    return QString::fromLatin1(t);
}

/// The f64 the reference holds for a Float: the lexeme's when there is one (`-0.0`, which Qt reads as 0).
double doubleOf(const JsonItem &item)
{
    return item.lexeme.isEmpty() ? item.value.toDouble() : item.lexeme.toDouble();
}

/// The digits of an Integer: as written when Qt cannot spell them (past 2^63), else Qt's integer.
QString integerText(const JsonItem &item)
{
    if (!item.lexeme.isEmpty())
        return QString::fromLatin1(item.lexeme);
    const QByteArray canonical = canonicalNumberText(item.value);
    if (!canonical.contains('.') && !canonical.contains('e'))
        return QString::fromLatin1(canonical);
    const double d = item.value.toDouble(); // a bare integral double past qint64
    if (d >= 0 && d < 18446744073709551616.0)
        return QString::number(quint64(d));
    return floatText(d);
}

/**
 * The lexemes JsonWriter needs to write `item`'s numbers as the reference does: every number whose
 * reference text is not the canonical spelling of Qt's value, at its path relative to `item`.
 */
void referenceSpellings(const JsonItem &item, const QString &at, NumberLexemes &out)
{
    const QJsonValue &v = item.value;
    if (v.isDouble()) {
        const QByteArray text = numberText(item).toLatin1();
        if (text != canonicalNumberText(v))
            out.insert(at, text);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            referenceSpellings(childItem(item, it.key(), it.value()), NumberLexemes::child(at, it.key()), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            referenceSpellings(childItem(item, QString::number(i), a.at(i)), NumberLexemes::child(at, i), out);
    }
}

bool sameKind(const QJsonValue &a, const QJsonValue &b)
{
    return a.type() == b.type();
}

QString defaultFormat(T type)
{
    if (type == T::Date)
        return QStringLiteral("yyyy-MM-dd");
    if (type == T::Time)
        return QStringLiteral("HH:mm:ss");
    return QStringLiteral("yyyy-MM-dd'T'HH:mm:ssXXX");
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

Verdict regexCheck(const Rule &r, const QString &actual, const QString &shown)
{
    if (!r.error.isEmpty())
        return r.error;
    if (RegexCache::instance().matchesWhole(r.text, actual))
        return {};
    return QStringLiteral("Expected %1 to match '%2'").arg(shown, r.text);
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

bool isIntegral(const QJsonValue &v)
{
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 1.8e19;
}

QString lexemePath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? QString() : NumberLexemes::child(parent, key);
}

JsonItem jsonItem(const QJsonValue &value, const NumberLexemes *lexemes, const QString &path)
{
    JsonItem item{ value, false, {}, lexemes, path };
    if (!value.isDouble())
        return item;
    if (!lexemes) {
        item.decimal = !isIntegral(value);
        return item;
    }
    if (!path.isEmpty()) {
        const QByteArray lexeme = lexemes->value(path);
        if (!lexeme.isEmpty() && lexemeFits(lexeme, value))
            item.lexeme = lexeme;
    }
    item.decimal = kindOf(value, item.lexeme) == NumberKind::Float;
    return item;
}

JsonItem childItem(const JsonItem &parent, const QString &key, const QJsonValue &value)
{
    return jsonItem(value, parent.lexemes, lexemePath(parent.path, key));
}

QString numberText(const JsonItem &item)
{
    return item.decimal ? floatText(doubleOf(item)) : integerText(item);
}

bool sameJson(const JsonItem &e, const JsonItem &a)
{
    const QJsonValue &ev = e.value, &av = a.value;
    if (ev.isDouble() && av.isDouble()) {
        if (e.decimal != a.decimal)
            return false;
        return e.decimal ? doubleOf(e) == doubleOf(a) : integerText(e) == integerText(a);
    }
    if (ev.type() != av.type())
        return false;
    if (ev.isObject()) {
        const QJsonObject eo = ev.toObject(), ao = av.toObject();
        if (eo.size() != ao.size())
            return false;
        for (auto it = eo.begin(); it != eo.end(); ++it) {
            const auto found = ao.constFind(it.key());
            if (found == ao.constEnd()
                || !sameJson(childItem(e, it.key(), it.value()), childItem(a, it.key(), found.value())))
                return false;
        }
        return true;
    }
    if (ev.isArray()) {
        const QJsonArray ea = ev.toArray(), aa = av.toArray();
        if (ea.size() != aa.size())
            return false;
        for (qsizetype i = 0; i < ea.size(); ++i) {
            const QString key = QString::number(i);
            if (!sameJson(childItem(e, key, ea.at(i)), childItem(a, key, aa.at(i))))
                return false;
        }
        return true;
    }
    return ev == av;
}

QString compactJson(const JsonItem &item)
{
    if (item.value.isDouble())
        return numberText(item);
    if (!item.value.isObject() && !item.value.isArray())
        return QString::fromUtf8(JsonWriter::write(item.value, JsonStyle::Compact));
    NumberLexemes spellings;
    referenceSpellings(item, NumberLexemes::root(), spellings);
    return QString::fromUtf8(JsonWriter::write(item.value, JsonStyle::Compact, &spellings));
}

QString compactJson(const QJsonValue &value)
{
    return compactJson(bareItem(value));
}

namespace {

/// Rust's Debug of a string: quoted, `\"`, `\\`, `\n`, `\r`, `\t`, other controls as `\u{1f}`.
QString debugString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u{%1}").arg(int(c.unicode()), 0, 16);
        else
            out += c;
    }
    return out + u'"';
}

/// Debug of a map or a list's contents: `{"a": Number(1)}`, `[Null, Bool(true)]`.
QString debugContents(const JsonItem &item)
{
    QStringList parts;
    if (item.value.isObject()) {
        const QJsonObject o = item.value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(
                debugString(it.key()) + QStringLiteral(": ") + debugJson(childItem(item, it.key(), it.value())));
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    const QJsonArray a = item.value.toArray();
    for (qsizetype i = 0; i < a.size(); ++i)
        parts.append(debugJson(childItem(item, QString::number(i), a.at(i))));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

} // namespace

QString debugJson(const JsonItem &item)
{
    switch (item.value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("Object ") + debugContents(item);
    case QJsonValue::Array:
        return QStringLiteral("Array ") + debugContents(item);
    case QJsonValue::Bool:
        return item.value.toBool() ? QStringLiteral("Bool(true)") : QStringLiteral("Bool(false)");
    case QJsonValue::Double:
        return QStringLiteral("Number(") + numberText(item) + u')';
    case QJsonValue::String:
        return QStringLiteral("String(") + debugString(item.value.toString()) + u')';
    default:
        return QStringLiteral("Null");
    }
}

QString debugMap(const JsonItem &item)
{
    return debugContents(item);
}

QString typeOf(const JsonItem &item)
{
    switch (item.value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("Object");
    case QJsonValue::Array:
        return QStringLiteral("Array");
    case QJsonValue::Bool:
        return QStringLiteral("Boolean");
    case QJsonValue::Double:
        return item.decimal ? QStringLiteral("Decimal") : QStringLiteral("Integer");
    case QJsonValue::String:
        return QStringLiteral("String");
    default:
        return QStringLiteral("Null");
    }
}

QString valueOf(const JsonItem &item)
{
    if (item.value.isString())
        return u'\'' + item.value.toString() + u'\'';
    if (item.value.isUndefined())
        return QStringLiteral("null");
    return compactJson(item);
}

QString jsonToString(const JsonItem &item)
{
    if (item.value.isString())
        return item.value.toString();
    return compactJson(item);
}

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
        const QString format = r.text.isEmpty() ? defaultFormat(r.type) : r.text;
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
        const QString format = r.text.isEmpty() ? defaultFormat(r.type) : r.text;
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
