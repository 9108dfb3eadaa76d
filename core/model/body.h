// SPDX-License-Identifier: MIT
#pragma once

#include <core/json/numberlexemes.h>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Pactbench {

/**
 * The body of a request, a response or a message.
 *
 * A body keeps what the file said: whether it was there at all, its declared content type
 * (V4 body objects; empty when the type comes from the headers), how it was written
 * (inline JSON, a string, base64) and its content. JSON content is kept as a JSON value so
 * matching sees its structure; every other content is kept as exact bytes.
 */
struct Body
{
    /// Whether and how a body was given.
    enum class State {
        Missing, ///< no body key: the body is not checked
        Null, ///< `"body": null` (V4: `{"content": null}`)
        Empty, ///< an empty string: the actual body must be empty
        Present, ///< content follows
    };
    /// How the content is written in the file.
    enum class Encoding {
        Json, ///< inline JSON value (V1–V3 `body`, V4 `"encoded": false` with JSON content)
        Text, ///< a string holding the content as text
        Base64, ///< a string holding base64 of the exact bytes (V4 `"encoded": "base64"`)
        JsonString, ///< V4 `"encoded": "JSON"`: a string holding JSON text
    };
    /// The V4 content-type hint.
    enum class Hint { Default, Text, Binary };

    State state = State::Missing;
    Encoding encoding = Encoding::Json;
    Hint hint = Hint::Default;
    bool hintGiven = false; ///< the file named the hint (`"contentTypeHint": "DEFAULT"` too): written back
    QString contentType; ///< declared (V4 `contentType`, message metadata); empty: from the headers
    QJsonValue json; ///< the content when encoding is Json
    QByteArray bytes; ///< the exact bytes otherwise (decoded for Base64, UTF-8 for Text)
    QJsonObject extra; ///< unknown keys of a V4 body object, kept for writing
    /**
     * Numbers of `json` whose text Qt's value cannot give back (`10.0`, `1e3`, integers past 2^63),
     * by path from the content's root. Whoever replaces `json` replaces these too.
     */
    NumberLexemes lexemes;

    static Body missing() { return {}; }
    static Body fromJson(const QJsonValue &value, const QString &contentType = {});
    static Body fromText(const QString &text, const QString &contentType = {});
    static Body fromBytes(const QByteArray &bytes, const QString &contentType);

    bool isPresent() const { return state == State::Present; }
    /// The content as bytes: JSON content serialised compactly, numbers as written.
    QByteArray content() const;
    /// The content as a JSON value when it is JSON (inline or parsable JSON text), else undefined.
    QJsonValue asJson() const;
    qsizetype size() const;
    /**
     * The content type that applies: the declared one, else the one the context gives
     * (the Content-Type header, a message's metadata), else one detected from the content.
     */
    QString effectiveContentType(const QString &contextType = {}) const;

    bool operator==(const Body &other) const;
    bool operator!=(const Body &other) const { return !(*this == other); }
};

/// The broad kind of a content type, the way Pact chooses a body matcher.
enum class ContentKind { Unknown, Json, Xml, Text, Form, Multipart, Binary };

/// "application/json; charset=utf-8" → "application/json" (lower case, no parameters).
QString baseMediaType(const QString &contentType);
ContentKind contentKindOf(const QString &contentType);
/// Guesses a content type from the content itself (JSON, XML, text, else octet-stream).
QString detectContentType(const QByteArray &bytes);

} // namespace Pactbench
