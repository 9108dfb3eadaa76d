// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/body.h>

#include <QString>

#include <optional>

namespace Pactbench {

/// Where a body text fails to parse, for the editor's error marker.
struct BodyTextError
{
    int offset = -1; ///< character offset in the text, -1 when fine
    QString message;
};

/**
 * The conversions behind the body editor: the text shown for a body (JSON pretty-printed),
 * whether a body is binary (shown as hex and base64, read-only), and the body a typed text
 * gives, keeping the original's encoding, content type and extra keys.
 */
class BodyText
{
public:
    static QString toText(const Body &body);
    static bool isBinary(const Body &body, const QString &contentType);
    static bool isJson(const Body &body, const QString &contentType);
    static bool isXml(const QString &contentType);
    /// The body for `text`; nullopt with `error` set when JSON text does not parse.
    static std::optional<Body> fromText(
        const Body &original, const QString &contentType, const QString &text, BodyTextError *error);
    /// XML well-formedness (the body is still applied: XML is kept as text).
    static BodyTextError checkXml(const QString &text);
    /// "00000000  7b 22 61 …  {"a…" lines, then the base64, for binary bodies.
    static QString binaryView(const Body &body);
    /// Pretty-printed JSON text (indented), or `text` unchanged when it does not parse.
    static QString prettyJson(const QString &text);
};

} // namespace Pactbench
