// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

namespace Pactbench {

/**
 * How Pact's reference implementation (serde_json without `arbitrary_precision`) holds a number:
 * as an integer (u64 or i64) or as a float (f64). A float is written with a fraction or an
 * exponent (`10.0`), an integer without.
 */
enum class NumberKind { Integer, Float };

/**
 * A double spelled exactly as serde_json writes an f64 (the shortest digits of Rust's `ryu` crate, `format64`, with a `+` on positive exponents as the serde_json of the reference writes them): the
 * shortest digits that read back to the same double, `10.0`, `0.1`, `0.000123`, `1.23e-6`,
 * `1e+16`, `1.2345678901234567e+19`, `-0.0`. Not finite: `null`, as serde_json writes it.
 */
QByteArray canonicalDoubleText(double d);

/**
 * How serde_json writes the number Qt holds: an integral value within qint64's range as integer
 * digits (Qt keeps those as integers, whatever the text said), any other as canonicalDoubleText().
 * Empty for a value that is not a number.
 */
QByteArray canonicalNumberText(const QJsonValue &v);

/**
 * The value Qt's parser (QJsonDocument::fromJson, Qt 6.4) makes of a number lexeme: an integer
 * for every integral value within qint64's range (`10.0`, `1e3`, `-0.0` → 10, 1000, 0), else a
 * double. Undefined when Qt refuses the lexeme (overflow, a non-zero value that underflows to 0,
 * not a number). Qt also accepts `.5`, `1.` and `1.e5`, and so does this.
 */
QJsonValue qtValueOfLexeme(QByteArrayView lexeme);

/// Whether `lexeme` is a number by RFC 8259's grammar (Qt's parser also takes `.5` and `1.`).
bool isJsonNumberLexeme(QByteArrayView lexeme);

/**
 * The kind serde_json gives a number lexeme: Integer when it has no `.`, `e` or `E` and fits
 * u64 (or i64 when negative); everything else is a Float, `-0` included (serde_json reads it as
 * -0.0) and so are integers beyond u64.
 */
NumberKind kindOfLexeme(QByteArrayView lexeme);

/**
 * The kind of a number: from its lexeme when there is one, else Integer when Qt's value is
 * integral and within qint64's range, else Float.
 */
NumberKind kindOf(const QJsonValue &v, QByteArrayView lexemeOrEmpty = {});

/**
 * Whether `lexeme` still spells `v`: Qt makes the same number of it (the same integer, or the
 * same double). A lexeme recorded before an edit no longer fits the edited value.
 */
bool lexemeFits(QByteArrayView lexeme, const QJsonValue &v);

} // namespace Pactbench
