// SPDX-License-Identifier: MIT
#pragma once

#include "numberlexemes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Pactbench {

/// The layouts of serde_json, which Pact's reference implementation writes pact files with.
enum class JsonStyle {
    Pretty, ///< `serde_json::to_string_pretty`: two-space indentation, `"key": value`, no final newline
    Compact, ///< `serde_json::to_string`: no whitespace at all
};

/**
 * Writes JSON byte for byte as serde_json writes a `serde_json::Value`, so that a pact written
 * here is the file Pact's reference implementation would write.
 *
 * - Object keys sorted by their UTF-8 bytes (serde's BTreeMap order; Qt keeps UTF-16 order).
 * - Strings escaped like serde_json: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control
 *   characters as `\u00XX` (lowercase hex); `/`, DEL and all non-ASCII written as they are
 *   (UTF-8). A lone surrogate, which serde cannot hold, is written as its escape (`\ud800`), as Qt does.
 * - Numbers as Qt holds them, spelled the serde way: integers as digits, other doubles by
 *   canonicalDoubleText() (`0.1`, `1e-7`), not finite as `null` — unless `lexemes` has the
 *   number's text and that text still spells the value (lexemeFits()): then the text as written.
 *
 * An undefined value is written as `null`.
 */
class JsonWriter
{
public:
    static QByteArray write(
        const QJsonValue &value, JsonStyle style = JsonStyle::Pretty, const NumberLexemes *lexemes = nullptr);
    static QByteArray write(
        const QJsonObject &object, JsonStyle style = JsonStyle::Pretty, const NumberLexemes *lexemes = nullptr);
    static QByteArray write(
        const QJsonArray &array, JsonStyle style = JsonStyle::Pretty, const NumberLexemes *lexemes = nullptr);
};

} // namespace Pactbench
