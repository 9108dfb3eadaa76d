// SPDX-License-Identifier: MIT
#pragma once

#include "rules.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Pactbench::detail {

/// A JSON value with what Qt's JSON forgets: whether a number was written as a decimal (1.0).
struct JsonItem
{
    QJsonValue value;
    bool decimal = false; ///< numbers only: written with a fraction or exponent
};

/// A failure message, or nothing when the value satisfies the rule.
using Verdict = std::optional<QString>;

/// "Integer", "Decimal", "String", "Object", "Array", "Boolean", "Null".
QString typeOf(const JsonItem &item);
/// 'text' for strings, JSON text otherwise (the reference's value_of).
QString valueOf(const JsonItem &item);
/// Raw text for strings, compact JSON otherwise (the reference's json_to_string).
QString jsonToString(const JsonItem &item);
QString compactJson(const QJsonValue &value);
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
/// The map-level check of a rule on an object (DoMatch<&BTreeMap>).
Verdict matchMap(const Rule &rule, const QJsonObject &expected, const QJsonObject &actual, bool cascaded);

/// Applies every rule of the group with its AND/OR logic; the messages of the failures.
QStringList matchGroup(const RuleGroup &group, const ValuePath &path, const std::function<Verdict(const Rule &)> &one);

/// Detects a content type from magic bytes and checks it against `expected` ("image/png").
Verdict matchContentType(const QByteArray &data, const QString &expected);
/// Whether `text` is a semantic version (MAJOR.MINOR.PATCH[-pre][+build]); empty when it is.
QString semverError(const QString &text);

} // namespace Pactbench::detail
