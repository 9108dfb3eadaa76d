// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the importers: typed access to JSON with located errors, URLs, headers, bodies.

#include "importer.h"

#include <core/json/numberlexemes.h>
#include <core/model/body.h>
#include <core/model/multimap.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

namespace Pactbench::Import::Detail {

/// A fatal problem of the input, thrown inside an importer and turned into Result::error by its entry point.
struct FormatError
{
    QString location; ///< a JSON path ("log.entries[3].request") or "line:column"; may be empty
    QString message;
};

[[noreturn]] void fail(const QString &location, const QString &message);
/// "name: location: message" (or "name:line:column: message" when location starts with a digit).
QString errorText(const QString &name, const FormatError &error);

/// A JSON value with its path from the document's root. Reading the wrong type throws a FormatError there.
class Node
{
public:
    Node(const QJsonValue &value, const QString &path)
        : m_value(value)
        , m_path(path)
    {
    }

    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }
    /// Absent or null.
    bool isMissing() const { return m_value.isUndefined() || m_value.isNull(); }
    bool isObject() const { return m_value.isObject(); }
    bool isArray() const { return m_value.isArray(); }
    bool isString() const { return m_value.isString(); }

    /// The member `key`; a missing node gives missing members, anything else but an object fails.
    Node operator[](const QString &key) const;
    Node operator[](qsizetype index) const;
    bool has(const QString &key) const { return !(*this)[key].isMissing(); }
    /// Elements of an array (0 when missing); fails for other types and past MaxEntries when `limited`.
    qsizetype size(bool limited = false) const;
    QStringList keys() const;

    QJsonObject object() const; ///< an object (missing: empty)
    QString string(const QString &fallback = {}) const; ///< a string (missing: fallback)
    /// A string, or a number or boolean written as text (header values some tools write unquoted).
    QString text(const QString &fallback = {}) const;
    double number(double fallback) const;
    int integer(int fallback) const;
    bool boolean(bool fallback) const;
    /// Fails with "missing" unless present.
    const Node &required() const;

private:
    [[noreturn]] void wrongType(const char *expected) const;

    QJsonValue m_value;
    QString m_path;
};

/// The JSON document of a file, or a FormatError at "line:column" (a UTF-8 BOM skipped; empty files named as such).
QJsonValue parseJson(const QByteArray &data, NumberLexemes *lexemes = nullptr);

/// The parts of a URL that an interaction keeps (and the origin, for notes).
struct UrlParts
{
    QString origin; ///< "https://api.example.com", empty for a relative URL
    QString scheme; ///< lower case, empty for a relative URL
    QString path = QStringLiteral("/"); ///< percent-decoded
    QueryParams query;
    bool hasQuery = false;
};
/// Splits "https://host:8080/a%20b?x=1#frag" (or "/a?x=1"); the path is percent-decoded, the query form-decoded.
UrlParts splitUrl(const QString &url);

/// Appends a header unless it is an HTTP/2 pseudo-header (":authority").
void appendHeader(Headers &headers, const QString &name, const QString &value);
/// "Basic base64(user:password)".
QString basicAuthorization(const QString &user, const QString &password);

/**
 * A body from content and its content type: JSON content (by type, or parsing as an object or array when
 * no type is given) → Body::fromJson with its lexemes; text (valid UTF-8 of a textual or unknown type) →
 * fromText; anything else → fromBytes. Empty content → no body (Body::missing()).
 */
Body makeBody(const QByteArray &content, const QString &contentType);

/// A URL-encoded form ("a=1&b=x+y") of name/value pairs.
QString formEncode(const QList<QPair<QString, QString>> &pairs);

/// Collects the origins requests went to and notes them once ("requests went to https://a, https://b").
class OriginNote
{
public:
    void add(const QString &origin);
    void addTo(CaptureBatch &batch, const QString &where) const;

private:
    QStringList m_origins;
    QSet<QString> m_seen;
};

/// The file's content, or a FormatError (unreadable, over MaxInputBytes).
QByteArray readInputFile(const QString &path);
/// `name` for locations: the file name of a path.
QString displayName(const QString &path);
/// A WireMock file or folder (wiremockfiles.cpp).
Result readWireMockPath(const QString &path);
/// Runs an importer body, turning a FormatError into Result::error located in `name`.
template<typename F>
Result guarded(const QString &name, F &&body)
{
    Result result;
    try {
        body(result.batch);
    } catch (const FormatError &e) {
        return Result{{}, errorText(name, e)};
    }
    return result;
}

} // namespace Pactbench::Import::Detail
