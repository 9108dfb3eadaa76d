// SPDX-License-Identifier: MIT
#include "body.h"

#include <core/json/jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench {

Body Body::fromJson(const QJsonValue &value, const QString &contentType)
{
    Body b;
    b.state = value.isNull() ? State::Null : State::Present;
    b.encoding = Encoding::Json;
    b.json = value;
    b.contentType = contentType;
    return b;
}

Body Body::fromText(const QString &text, const QString &contentType)
{
    Body b;
    b.state = text.isEmpty() ? State::Empty : State::Present;
    b.encoding = Encoding::Text;
    b.bytes = text.toUtf8();
    b.contentType = contentType;
    return b;
}

Body Body::fromBytes(const QByteArray &bytes, const QString &contentType)
{
    Body b;
    b.state = bytes.isEmpty() ? State::Empty : State::Present;
    b.encoding = Encoding::Base64;
    b.bytes = bytes;
    b.contentType = contentType;
    return b;
}

QByteArray Body::content() const
{
    if (state != State::Present)
        return {};
    if (encoding == Encoding::Json)
        return JsonWriter::write(json, JsonStyle::Compact, &lexemes);
    return bytes;
}

QJsonValue Body::asJson() const
{
    if (state == State::Null)
        return QJsonValue(QJsonValue::Null);
    if (state != State::Present)
        return QJsonValue(QJsonValue::Undefined);
    if (encoding == Encoding::Json)
        return json;
    QJsonParseError err;
    const QByteArray wrapped = '[' + bytes + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &err);
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}

qsizetype Body::size() const
{
    return content().size();
}

QString Body::effectiveContentType(const QString &contextType) const
{
    if (!contentType.isEmpty())
        return contentType;
    if (!contextType.isEmpty())
        return contextType;
    if (encoding == Encoding::Json || encoding == Encoding::JsonString)
        return QStringLiteral("application/json");
    return detectContentType(bytes);
}

bool Body::operator==(const Body &other) const
{
    if (state != other.state || hint != other.hint || contentType != other.contentType)
        return false;
    if (state != State::Present)
        return true;
    const bool jsonA = encoding == Encoding::Json || encoding == Encoding::JsonString;
    const bool jsonB = other.encoding == Encoding::Json || other.encoding == Encoding::JsonString;
    if (encoding == Encoding::Json && other.encoding == Encoding::Json)
        return json == other.json && lexemes == other.lexemes; // 10 and 10.0 differ, as in Pact
    if (jsonA && jsonB)
        return asJson() == other.asJson();
    // A JSON string value and a text body hold the same content when the text is the string.
    if (encoding == Encoding::Json && json.isString() && other.encoding == Encoding::Text)
        return json.toString().toUtf8() == other.bytes;
    if (other.encoding == Encoding::Json && other.json.isString() && encoding == Encoding::Text)
        return other.json.toString().toUtf8() == bytes;
    return content() == other.content();
}

QString baseMediaType(const QString &contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

ContentKind contentKindOf(const QString &contentType)
{
    const QString base = baseMediaType(contentType);
    if (base.isEmpty())
        return ContentKind::Unknown;
    const QString type = base.section(u'/', 0, 0);
    const QString sub = base.section(u'/', 1);
    if (sub == u"json" || sub.endsWith(u"+json") || sub == u"x-json" || sub.endsWith(u"-json"))
        return ContentKind::Json;
    if (sub == u"xml" || sub.endsWith(u"+xml"))
        return ContentKind::Xml;
    if (base == u"application/x-www-form-urlencoded")
        return ContentKind::Form;
    if (type == u"multipart")
        return ContentKind::Multipart;
    if (type == u"text" || base == u"application/javascript")
        return ContentKind::Text;
    return ContentKind::Binary;
}

QString detectContentType(const QByteArray &bytes)
{
    const QByteArray t = bytes.trimmed();
    if (t.isEmpty())
        return QStringLiteral("text/plain");
    if (t.startsWith('{') || t.startsWith('[')) {
        QJsonParseError err;
        QJsonDocument::fromJson(t, &err);
        if (err.error == QJsonParseError::NoError)
            return QStringLiteral("application/json");
    }
    if (t.startsWith("<?xml") || (t.startsWith('<') && t.endsWith('>')))
        return QStringLiteral("application/xml");
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes && !bytes.contains('\0'))
        return QStringLiteral("text/plain");
    return QStringLiteral("application/octet-stream");
}

} // namespace Pactbench
