// SPDX-License-Identifier: MIT
// JsonItem: a JSON value with the reference's number kinds and spellings; its texts (compact JSON,
// Rust Debug, the reference's value_of/json_to_string) and the reference's equality. The rules that
// use them are in valuematchers.cpp.
#include "valuematchers.h"

#include <core/json/jsonnumber.h>
#include <core/json/jsonwriter.h>
#include <core/model/body.h>

#include <cmath>

namespace Pactbench::detail {

namespace {

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

namespace {


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

} // namespace Pactbench::detail
