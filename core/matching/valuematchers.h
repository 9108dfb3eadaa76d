// SPDX-License-Identifier: MIT
#pragma once

#include "rules.h"

#include <core/json/numberlexemes.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Pactbench::detail {

/**
 * A JSON value with what Qt's JSON forgets: whether a number is an Integer or a Float in the
 * reference (serde_json: `1.0` and `1e3` are floats, `12345678901234567890` an integer) and, for a
 * number Qt cannot spell back, its text as written. Objects and arrays carry where the numbers
 * inside them are spelled (their document's lexeme table and their path in it), for texts and equality.
 */
struct JsonItem
{
    QJsonValue value;
    bool decimal = false; ///< numbers only: a Float (f64) in the reference, else an Integer (u64/i64)
    QByteArray lexeme; ///< numbers only: the text as written, when Qt's value cannot give it back
    const NumberLexemes *lexemes = nullptr; ///< the document's table; nullptr: nothing known (a bare value)
    QString path; ///< the value's path in `lexemes` (NumberLexemes form); empty when the table is empty
};

/**
 * The item of `value` sitting at `path` of a document whose numbers are spelled in `lexemes`.
 * Kind of a number: its lexeme's; else, with a table (even an empty one: the text was known), Integer
 * when Qt's value is integral within qint64's range; with no table (a bare value) Integer when the
 * value is integral (isIntegral()).
 */
JsonItem jsonItem(const QJsonValue &value, const NumberLexemes *lexemes, const QString &path);
/// A bare value: nothing known about how its numbers were written.
inline JsonItem bareItem(const QJsonValue &value)
{
    return jsonItem(value, nullptr, {});
}
/// The path of member `key` (or element `key`, an index in decimal) below `parent`; empty stays empty.
QString lexemePath(const QString &parent, const QString &key);
/// The item of a member or element of a container item.
JsonItem childItem(const JsonItem &parent, const QString &key, const QJsonValue &value);
/// How the reference writes a number (serde_json's Display): integers as digits, floats shortest (`10.0`, `1e-7`,
/// `1e+16`).
QString numberText(const JsonItem &item);
/// The reference's equality of JSON values (serde_json's Value ==): Integer 10 ≠ Float 10.0, integers exact, floats as
/// f64.
bool sameJson(const JsonItem &expected, const JsonItem &actual);

/// A failure message, or nothing when the value satisfies the rule.
using Verdict = std::optional<QString>;

/// `path` with `key` as one more step.
ValuePath childPath(const ValuePath &path, const QString &key);
/// `value (type)` when `show`, else `value`: how mismatch texts name a value.
QString showType(const QString &value, const QString &type, bool show);
/// Whether `actual` matches the whole of rule `r`'s regex; the mismatch names it as `shown`.
Verdict regexCheck(const Rule &r, const QString &actual, const QString &shown);

/// "Integer", "Decimal", "String", "Object", "Array", "Boolean", "Null".
QString typeOf(const JsonItem &item);
/// 'text' for strings, JSON text otherwise (the reference's value_of).
QString valueOf(const JsonItem &item);
/// Raw text for strings, compact JSON otherwise (the reference's json_to_string).
QString jsonToString(const JsonItem &item);
/// Compact JSON as the reference writes it (serde_json), numbers as the item's document wrote them.
/// Rust's Debug of a string: quoted, `\"`, `\\`, `\n`, `\r`, `\t`, other controls as `\u{1f}`.
QString debugString(const QString &s);
QString compactJson(const JsonItem &item);
/// Compact JSON of a bare value.
QString compactJson(const QJsonValue &value);
/// Rust's Debug of a serde_json value (`Number(10.0)`, `String("x")`, `Object {"a": Null}`), as the reference prints
/// maps.
QString debugJson(const JsonItem &item);
/// Rust's Debug of the map an item holds (`{"a": Number(10)}`), the reference's texts of maps in rule messages.
QString debugMap(const JsonItem &item);
bool isIntegral(const QJsonValue &v);

/// One rule against one JSON value (scalars; the reference's DoMatch<&Value>).
Verdict matchJson(const Rule &rule, const JsonItem &expected, const JsonItem &actual, bool cascaded,
                  bool showTypes = true);
/// One rule against one string (headers, query values, paths, XML text; DoMatch<&str>).
Verdict matchString(const Rule &rule, const QString &expected, const QString &actual, bool cascaded,
                    bool showTypes = false);
/// One rule against a number given as text (status codes; DoMatch<u64>).
Verdict matchUnsigned(const Rule &rule, qint64 expected, qint64 actual, bool cascaded);
/// One rule against whole bodies as bytes (binary; DoMatch<&Bytes>).
Verdict matchBytes(const Rule &rule, const QByteArray &expected, const QByteArray &actual, bool cascaded);
/// The list-level check of a rule on a collection (sizes, emptiness; DoMatch<&[T]>).
Verdict matchList(const Rule &rule, const QStringList &expectedItems, const QStringList &actualItems, bool cascaded,
                  bool showTypes);
/// The same with the item texts made only when needed (equality, or a message).
Verdict matchListLazy(const Rule &rule, qsizetype expectedSize, qsizetype actualSize,
                      const std::function<QStringList(bool actual)> &items, bool cascaded, bool showTypes);
/// The map-level check of a rule on an object (DoMatch<&BTreeMap>); the items hold the objects.
Verdict matchMap(const Rule &rule, const JsonItem &expected, const JsonItem &actual, bool cascaded);

/// Applies every rule of the group with its AND/OR logic; the messages of the failures.
QStringList matchGroup(const RuleGroup &group, const ValuePath &path, const std::function<Verdict(const Rule &)> &one);

/// Detects a content type from magic bytes and checks it against `expected` ("image/png").
Verdict matchContentType(const QByteArray &data, const QString &expected);
/// Whether `text` is a semantic version (MAJOR.MINOR.PATCH[-pre][+build]); empty when it is.
QString semverError(const QString &text);

} // namespace Pactbench::detail
