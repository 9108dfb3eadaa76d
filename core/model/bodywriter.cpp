// SPDX-License-Identifier: MIT
#include "bodywriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::detail {

namespace {

bool isJsonText(const QByteArray &bytes)
{
    QJsonParseError err;
    QJsonDocument::fromJson('[' + bytes + ']', &err);
    return err.error == QJsonParseError::NoError;
}

QJsonValue inlineBody(const Body &body)
{
    switch (body.state) {
    case Body::State::Missing:
        return QJsonValue(QJsonValue::Undefined);
    case Body::State::Null:
        return QJsonValue(QJsonValue::Null);
    case Body::State::Empty:
        return QString();
    case Body::State::Present:
        break;
    }
    switch (body.encoding) {
    case Body::Encoding::Json:
        return body.json;
    case Body::Encoding::Base64:
        return QString::fromLatin1(body.bytes.toBase64());
    case Body::Encoding::Text:
    case Body::Encoding::JsonString:
        return QString::fromUtf8(body.bytes);
    }
    return {};
}

QJsonObject v4Body(const Body &body, const QString &contextType)
{
    QJsonObject o = body.extra;
    if (body.state == Body::State::Null) {
        o.insert(QStringLiteral("content"), QJsonValue(QJsonValue::Null));
        return o;
    }
    const QString type = body.effectiveContentType(contextType);
    o.insert(QStringLiteral("contentType"), type);
    if (body.hint == Body::Hint::Text)
        o.insert(QStringLiteral("contentTypeHint"), QStringLiteral("TEXT"));
    else if (body.hint == Body::Hint::Binary)
        o.insert(QStringLiteral("contentTypeHint"), QStringLiteral("BINARY"));
    else if (body.hintGiven)
        o.insert(QStringLiteral("contentTypeHint"), QStringLiteral("DEFAULT"));
    QJsonValue encoded = false;
    if (body.state == Body::State::Present) {
        if (body.encoding == Body::Encoding::Base64)
            encoded = QStringLiteral("base64");
        else if (body.encoding == Body::Encoding::JsonString)
            encoded = QStringLiteral("JSON");
        else if (body.encoding == Body::Encoding::Text && contentKindOf(type) == ContentKind::Json && isJsonText(body.bytes))
            encoded = QStringLiteral("JSON");
    }
    o.insert(QStringLiteral("encoded"), encoded);
    o.insert(QStringLiteral("content"), inlineBody(body));
    return o;
}

} // namespace

QJsonValue bodyToJson(const Body &body, const QString &contextType, SpecVersion version)
{
    if (version == SpecVersion::V4)
        return v4Body(body, contextType);
    return inlineBody(body);
}

} // namespace Pactbench::detail
