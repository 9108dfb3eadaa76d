// SPDX-License-Identifier: MIT
#pragma once

#include "mismatch.h"
#include "rules.h"
#include "valuematchers.h"

#include <QByteArray>
#include <QJsonValue>
#include <QSet>
#include <optional>

namespace Pactbench::detail {

/**
 * A JSON document with the number lexemes Qt's JSON drops: the paths of numbers written
 * with a fraction or an exponent (1.0, 2e3), so `integer` rejects 1.0 and `decimal` accepts 22.0.
 */
struct JsonDoc
{
    QJsonValue root;
    QSet<QString> decimalPaths; ///< ValuePath joined by U+001F
    bool fromText = false; ///< lexemes known (parsed from bytes here)

    /// Parses JSON text (any value at the top); nothing and `error` on a syntax error.
    static std::optional<JsonDoc> parse(const QByteArray &text, QString *error);
    static JsonDoc fromValue(const QJsonValue &value);
    bool isDecimal(const ValuePath &path, const QJsonValue &value) const;
};

/// Compares JSON bodies the way Pact's reference does (maps, lists, values, cascading rules).
class JsonComparer
{
public:
    JsonComparer(const RuleCategory &rules, bool allowUnexpectedKeys, const JsonDoc &expected, const JsonDoc &actual);
    /// Compares the two documents from the root.
    QList<Mismatch> run();
    int checks() const { return m_checks; }

private:
    using Out = QList<Mismatch>;
    void compare(const ValuePath &path, const QJsonValue &e, const QJsonValue &a, Out &out);
    void compareMaps(const ValuePath &path, const QJsonObject &e, const QJsonObject &a, Out &out);
    void mapWithRule(const Rule &rule, bool cascaded, const ValuePath &path, const QJsonObject &e,
                     const QJsonObject &a, Out &out);
    void compareLists(const ValuePath &path, const QJsonArray &e, const QJsonArray &a, Out &out);
    void listWithRule(const Rule &rule, bool cascaded, const ValuePath &path, const QJsonArray &e,
                      const QJsonArray &a, Out &out);
    void arrayContains(const Rule &rule, const ValuePath &path, const QJsonArray &e, const QJsonArray &a, Out &out);
    void listContents(const ValuePath &path, const QJsonArray &e, const QJsonArray &a, Out &out);
    void compareValues(const ValuePath &path, const QJsonValue &e, const QJsonValue &a, Out &out);
    void matchKeys(const ValuePath &path, const QJsonObject &e, const QJsonObject &a, Out &out);
    JsonItem expectedItem(const ValuePath &path, const QJsonValue &v) const;
    JsonItem actualItem(const ValuePath &path, const QJsonValue &v) const;
    void add(Out &out, const ValuePath &path, const QString &expected, const QString &actual, const QString &sentence);

    const RuleCategory *m_rules;
    bool m_allowUnexpected;
    const JsonDoc &m_expected;
    const JsonDoc &m_actual;
    ValuePath m_actualBase; ///< where the compared actual value sits in the document (arrayContains)
    int m_checks = 0;
};

} // namespace Pactbench::detail
