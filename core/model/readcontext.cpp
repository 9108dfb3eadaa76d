// SPDX-License-Identifier: MIT
#include "readcontext.h"

#include <algorithm>

namespace Pactbench::detail {

namespace {

/// [A-Za-z_][A-Za-z0-9_-]*: a key written after a dot. (Checked by hand: every member of every pact read
/// passes here, and a regular expression match cost more than the rest of building the path.)
bool isPlainKey(QStringView key)
{
    const auto letter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    if (key.isEmpty() || !letter(key.front().unicode()))
        return false;
    return std::all_of(key.begin() + 1, key.end(), [&](QChar c) {
        const char16_t u = c.unicode();
        return letter(u) || (u >= u'0' && u <= u'9') || u == u'-';
    });
}

} // namespace

QString childPath(const QString &path, const QString &key)
{
    if (isPlainKey(key))
        return path + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return path + QStringLiteral("['") + escaped + QStringLiteral("']");
}

QJsonObject emptyMembers(const QJsonObject &json, const QStringList &keys)
{
    QJsonObject out;
    for (const QString &key : keys) {
        const QJsonValue v = json.value(key);
        if (v.isNull() || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty())) {
            out.insert(key, v);
            continue;
        }
        if (key != u"matchingRules" || !v.isObject())
            continue;
        QJsonObject categories;
        const QJsonObject rules = v.toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            // An empty V3 category ("body": {}) is written back; an empty V2 matcher ("$.body.id": {})
            // is a rule the reader has read (and reported), not a category to keep beside it.
            if (it.value().isObject() && it.value().toObject().isEmpty() && !it.key().startsWith(u'$'))
                categories.insert(it.key(), QJsonObject());
        }
        if (!categories.isEmpty())
            out.insert(key, categories);
    }
    return out;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void ReadContext::add(Diagnostic::Severity s, const QString &path, const QString &message)
{
    if (!m_diagnostics)
        return;
    Diagnostic d;
    d.severity = s;
    d.jsonPath = path;
    d.message = message;
    m_diagnostics->append(d);
}

void ReadContext::fatal(const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Fatal, path, message);
    throw FatalRead{};
}

QString ReadContext::string(const QJsonObject &o, const QString &key, const QString &path, bool required,
                            const QString &fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    const QString at = childPath(path, key); // only for a diagnostic: thousands of members are read
    if (v.isUndefined() || v.isNull()) {
        if (required)
            invalid(at, v.isNull() ? QStringLiteral("'%1' is null").arg(key) : QStringLiteral("'%1' is missing").arg(key));
        else if (v.isNull())
            warn(at, QStringLiteral("'%1' is null; read as absent").arg(key));
        return fallback;
    }
    fatal(at, QStringLiteral("'%1' must be a string, not %2").arg(key, jsonTypeName(v)));
}

QJsonObject ReadContext::object(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isObject())
        return v.toObject();
    const QString at = childPath(path, key); // only for a diagnostic
    if (v.isUndefined() || v.isNull()) {
        if (required)
            invalid(at, v.isNull() ? QStringLiteral("'%1' is null").arg(key) : QStringLiteral("'%1' is missing").arg(key));
        else if (v.isNull())
            warn(at, QStringLiteral("'%1' is null; read as absent").arg(key));
        return {};
    }
    if (v.isArray() && v.toArray().isEmpty()) {
        // Some writers (pact-broker-cli's tests among them) give "metadata": [] for "nothing".
        warn(at, QStringLiteral("'%1' is an empty array where an object belongs; read as {}").arg(key));
        return {};
    }
    fatal(at, QStringLiteral("'%1' must be an object, not %2").arg(key, jsonTypeName(v)));
}

QJsonArray ReadContext::array(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (v.isNull()) {
        warn(childPath(path, key), QStringLiteral("'%1' is null; read as absent").arg(key));
        return {};
    }
    if (!v.isArray())
        fatal(childPath(path, key), QStringLiteral("'%1' must be an array, not %2").arg(key, jsonTypeName(v)));
    return v.toArray();
}

QJsonObject ReadContext::unknownKeys(const QJsonObject &o, const QSet<QString> &known, const QString &path)
{
    QJsonObject extra;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        extra.insert(it.key(), it.value());
        warn(childPath(path, it.key()), QStringLiteral("unknown attribute '%1' kept as it is").arg(it.key()));
    }
    return extra;
}

} // namespace Pactbench::detail
