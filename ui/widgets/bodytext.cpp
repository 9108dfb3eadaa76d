// SPDX-License-Identifier: MIT
#include "bodytext.h"

#include <core/json/jsonreader.h>
#include <core/json/jsonwriter.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QXmlStreamReader>

namespace Pactbench {

namespace {

/// JSON as Save writes it: two-space indentation, numbers as written (`10.0` stays `10.0`).
QString jsonToText(const QJsonValue &value, const NumberLexemes *lexemes = nullptr)
{
    return QString::fromUtf8(JsonWriter::write(value, JsonStyle::Pretty, lexemes));
}

/// Parses any JSON value (scalars too), keeping the text of its numbers in `lexemes`.
std::optional<QJsonValue> parseJson(const QString &text, BodyTextError *error, NumberLexemes *lexemes = nullptr)
{
    const QByteArray utf8 = text.toUtf8();
    const JsonReadResult read = JsonReader::read(utf8);
    if (!read.ok()) {
        // Offsets count UTF-8 bytes; close enough for ASCII-heavy JSON.
        error->offset = int(qBound<qsizetype>(0, read.errorOffset, text.size()));
        error->message = read.error;
        return std::nullopt;
    }
    if (lexemes)
        *lexemes = read.lexemes;
    return read.value;
}

} // namespace

QString BodyText::toText(const Body &body)
{
    switch (body.state) {
    case Body::State::Missing:
    case Body::State::Empty:
        return {};
    case Body::State::Null:
        return QStringLiteral("null");
    case Body::State::Present:
        break;
    }
    if (body.encoding == Body::Encoding::Json)
        return jsonToText(body.json, &body.lexemes);
    return QString::fromUtf8(body.bytes);
}

bool BodyText::isBinary(const Body &body, const QString &contentType)
{
    if (body.hint == Body::Hint::Binary)
        return true;
    if (body.encoding != Body::Encoding::Base64)
        return false;
    const ContentKind kind = contentKindOf(contentType);
    return kind == ContentKind::Binary || kind == ContentKind::Multipart || kind == ContentKind::Unknown;
}

bool BodyText::isJson(const Body &body, const QString &contentType)
{
    if (body.encoding == Body::Encoding::Json && body.state != Body::State::Missing)
        return true;
    return body.encoding == Body::Encoding::JsonString || contentKindOf(contentType) == ContentKind::Json;
}

bool BodyText::isXml(const QString &contentType)
{
    return contentKindOf(contentType) == ContentKind::Xml;
}

std::optional<Body> BodyText::fromText(
    const Body &original, const QString &contentType, const QString &text, BodyTextError *error)
{
    *error = {};
    Body body = original;
    if (text.trimmed().isEmpty()) {
        body.state = original.state == Body::State::Missing ? Body::State::Missing : Body::State::Empty;
        body.json = QJsonValue();
        body.lexemes.clear();
        body.bytes.clear();
        return body;
    }
    if (isJson(original, contentType)) {
        NumberLexemes lexemes;
        const std::optional<QJsonValue> value = parseJson(text, error, &lexemes);
        if (!value)
            return std::nullopt;
        if (body.encoding == Body::Encoding::Json) {
            body.json = *value;
            body.lexemes = lexemes;
            body.state = value->isNull() ? Body::State::Null : Body::State::Present;
            return body;
        }
    }
    if (original.state == Body::State::Missing && original.encoding == Body::Encoding::Json)
        body.encoding = Body::Encoding::Text;
    body.state = Body::State::Present;
    body.bytes = text.toUtf8();
    return body;
}

BodyTextError BodyText::checkXml(const QString &text)
{
    QXmlStreamReader reader(text);
    while (!reader.atEnd())
        reader.readNext();
    if (!reader.hasError())
        return {};
    return { int(reader.characterOffset()), reader.errorString() };
}

QString BodyText::binaryView(const Body &body)
{
    const QByteArray bytes = body.content();
    QStringList lines{ QCoreApplication::translate("Pactbench::BodyText", "Binary body, %1 (%2 bytes), read-only")
                           .arg(QLocale().formattedDataSize(bytes.size()))
                           .arg(bytes.size()),
        QString() };
    const qsizetype shown = qMin<qsizetype>(bytes.size(), 4096);
    for (qsizetype row = 0; row < shown; row += 16) {
        const QByteArray chunk = bytes.mid(row, 16);
        QString ascii;
        for (const char c : chunk)
            ascii += (c >= 32 && c < 127) ? QChar::fromLatin1(c) : u'.';
        lines.append(QStringLiteral("%1  %2  %3")
                         .arg(qlonglong(row), 8, 16, QLatin1Char('0'))
                         .arg(QString::fromLatin1(chunk.toHex(' ')), -47)
                         .arg(ascii));
    }
    if (shown < bytes.size())
        lines.append(QStringLiteral("…"));
    lines << QString() << QCoreApplication::translate("Pactbench::BodyText", "Base64:")
          << QString::fromLatin1(bytes.toBase64());
    return lines.join(u'\n');
}

QString BodyText::prettyJson(const QString &text)
{
    BodyTextError error;
    NumberLexemes lexemes;
    const std::optional<QJsonValue> value = parseJson(text, &error, &lexemes);
    return value ? jsonToText(*value, &lexemes) : text;
}

} // namespace Pactbench
