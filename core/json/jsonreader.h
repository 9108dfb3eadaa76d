// SPDX-License-Identifier: MIT
#pragma once

#include "numberlexemes.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Pactbench {

/// What JsonReader made of a text: Qt's value and the numbers it does not spell as written.
struct JsonReadResult
{
    QJsonValue value = QJsonValue(QJsonValue::Undefined); ///< undefined when the text is not JSON
    NumberLexemes lexemes; ///< the numbers whose text Qt's value cannot give back
    QString error; ///< Qt's message (QJsonParseError::errorString()), empty when the text parsed
    qsizetype errorOffset = -1; ///< Qt's byte offset of the error in the text, -1 when it parsed

    bool ok() const { return errorOffset < 0; }
};

/**
 * Reads JSON as Qt does, keeping each number's text where Qt's value would lose it.
 *
 * The value is QJsonDocument::fromJson's, with its errors and offsets, so callers see Qt's
 * behaviour: a UTF-8 BOM at the very start is skipped, the last of repeated keys wins, `\ud800`
 * stays a lone surrogate, `1e400` and `1e-400` are errors. A scalar at the top (`42`, `"x"`) is
 * read too, which Qt alone refuses. One linear scan of the text then records in `lexemes` every
 * number whose text is not the canonical spelling of the value Qt made of it (`10.0`, `-0`, `1e3`,
 * `12345678901234567890`); see NumberLexemes.
 */
class JsonReader
{
public:
    /// With `numberSpellings` false the lexeme scan is left out (`lexemes` stays empty): for readers that
    /// never write the value back.
    static JsonReadResult read(const QByteArray &text, bool numberSpellings = true);
    /// The lexeme scan alone, for text Qt's parser has accepted already (anything else: undefined).
    static NumberLexemes scanLexemes(const QByteArray &validJsonText);
};

} // namespace Pactbench
