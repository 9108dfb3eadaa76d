// SPDX-License-Identifier: MIT
#include "brokererror.h"

#include <QJsonArray>

namespace Pactbench {

QString BrokerError::toString() const
{
    QString s = message;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        for (const QString &m : it.value())
            s += u"\n  " + (it.key().isEmpty() ? QString() : it.key() + u": ") + m;
    }
    for (const QString &n : notices)
        s += u"\n  " + n;
    return s;
}

QString BrokerError::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("no error");
    case Kind::InvalidArgument:
        return QStringLiteral("invalid argument");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("TLS error");
    case Kind::Unauthorized:
        return QStringLiteral("401 unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("403 forbidden");
    case Kind::NotFound:
        return QStringLiteral("404 not found");
    case Kind::Conflict:
        return QStringLiteral("409 conflict");
    case Kind::Validation:
        return QStringLiteral("rejected");
    case Kind::Server:
        return QStringLiteral("server error");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid response");
    case Kind::MissingRelation:
        return QStringLiteral("missing relation");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

static QStringList messagesOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out += messagesOf(e);
    } else if (v.isObject()) {
        // Nested contract errors: {"contracts": [{"content": ["…"]}]} → "content: …".
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            for (const QString &m : messagesOf(it.value()))
                out << it.key() + u": " + m;
        }
    } else if (v.isString()) {
        out << v.toString();
    } else if (!v.isNull() && !v.isUndefined()) {
        out << v.toVariant().toString();
    }
    return out;
}

QMap<QString, QStringList> BrokerError::parseErrors(const QJsonValue &errors)
{
    QMap<QString, QStringList> out;
    if (errors.isObject()) {
        const QJsonObject o = errors.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out[it.key()] = messagesOf(it.value());
    } else if (!errors.isUndefined() && !errors.isNull()) {
        out[QString()] = messagesOf(errors);
    }
    return out;
}

} // namespace Pactbench
