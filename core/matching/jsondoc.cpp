// SPDX-License-Identifier: MIT
// JsonDoc: Qt's parse, plus the lexemes of the numbers Qt cannot spell back (JsonReader's scan).
#include "jsonbody.h"

#include <core/json/jsonreader.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench::detail {

std::optional<JsonDoc> JsonDoc::parse(const QByteArray &text, QString *error)
{
    QJsonParseError err;
    // Wrapping accepts scalars at the top, as serde does.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &err);
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1 || text.trimmed().isEmpty()) {
        if (error) {
            *error = text.trimmed().isEmpty() ? QStringLiteral("EOF while parsing a value at line 1 column 0")
                                              : QStringLiteral("%1 at offset %2").arg(err.errorString()).arg(qMax(0, err.offset - 1));
        }
        return std::nullopt;
    }
    JsonDoc d;
    d.root = doc.array().at(0);
    d.lexemes = JsonReader::scanLexemes(text.trimmed());
    d.lexemesKnown = true;
    return d;
}

JsonDoc JsonDoc::fromValue(const QJsonValue &value)
{
    JsonDoc d;
    d.root = value;
    return d;
}

JsonDoc JsonDoc::fromValue(const QJsonValue &value, const NumberLexemes &lexemes)
{
    JsonDoc d;
    d.root = value;
    d.lexemes = lexemes;
    d.lexemesKnown = true;
    return d;
}

QString JsonDoc::rootPath() const
{
    return lexemes.isEmpty() ? QString() : NumberLexemes::root();
}

JsonItem JsonDoc::item(const QString &path, const QJsonValue &value) const
{
    return jsonItem(value, lexemesKnown ? &lexemes : nullptr, path);
}

JsonLoc JsonLoc::child(const QString &actualKey, const QString &expectedKey) const
{
    JsonLoc c{ path, lexemePath(expected, expectedKey), lexemePath(actual, actualKey) };
    c.path.append(actualKey);
    return c;
}

} // namespace Pactbench::detail
