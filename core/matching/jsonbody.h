// SPDX-License-Identifier: MIT
#pragma once

#include "mismatch.h"
#include "rules.h"
#include "valuematchers.h"

#include <QByteArray>
#include <QJsonValue>
#include <optional>

namespace Pactbench::detail {

/**
 * A JSON document with the number lexemes Qt's JSON drops (see NumberLexemes), so that a number is
 * an Integer or a Float as in the reference: `integer` rejects 1.0, `decimal` accepts 22.0,
 * 10 ≠ 10.0, and 12345678901234567890 ≠ 12345678901234567891.
 */
struct JsonDoc
{
    QJsonValue root;
    NumberLexemes lexemes; ///< numbers whose text Qt's value cannot give back, by path from the root
    bool lexemesKnown = false; ///< read from text or a Body: a number without a lexeme is as Qt holds it

    /// Parses JSON text (any value at the top); nothing and `error` on a syntax error.
    static std::optional<JsonDoc> parse(const QByteArray &text, QString *error);
    /// A bare value: nothing known of how its numbers were written (1.0 looks like 1).
    static JsonDoc fromValue(const QJsonValue &value);
    /// A value with the lexemes of its numbers (a Body's `json` and `lexemes`).
    static JsonDoc fromValue(const QJsonValue &value, const NumberLexemes &lexemes);
    /// The root's lexeme path: `$`, or empty when no number has a lexeme (no paths are built then).
    QString rootPath() const;
    /// The item of `value`, which sits at lexeme path `path` (rootPath(), then lexemePath()).
    JsonItem item(const QString &path, const QJsonValue &value) const;
};

/**
 * Where two compared values sit: the rule path (the actual side's, as the reference walks it) and
 * each value's lexeme path in its own document. They part ways when the expected value stands for
 * several actual ones (lists under type rules, arrayContains variants, eachValue on maps).
 */
struct JsonLoc
{
    ValuePath path;
    QString expected; ///< lexeme path in the expected document (empty: no lexemes there)
    QString actual; ///< lexeme path in the actual document (empty: no lexemes there)

    /// Member `key` on both sides.
    JsonLoc child(const QString &key) const { return child(key, key); }
    /// Member or element `actualKey` of the actual value, compared with `expectedKey` of the expected one.
    JsonLoc child(const QString &actualKey, const QString &expectedKey) const;
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
    void compare(const JsonLoc &at, const QJsonValue &e, const QJsonValue &a, Out &out);
    void compareMaps(const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out);
    void mapWithRule(
        const Rule &rule, bool cascaded, const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out);
    void mapContents(const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out);
    void compareLists(const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out);
    void listWithRule(
        const Rule &rule, bool cascaded, const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out);
    void arrayContains(const Rule &rule, const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out);
    void listContents(const JsonLoc &at, const QJsonArray &e, const QJsonArray &a, Out &out);
    void compareValues(const JsonLoc &at, const QJsonValue &e, const QJsonValue &a, Out &out);
    void matchKeys(const JsonLoc &at, const QJsonObject &e, const QJsonObject &a, Out &out);
    JsonItem expectedItem(const JsonLoc &at, const QJsonValue &v) const { return m_expected.item(at.expected, v); }
    JsonItem actualItem(const JsonLoc &at, const QJsonValue &v) const { return m_actual.item(at.actual, v); }
    /// Compact JSON of a compared value, numbers as its document wrote them.
    QString expectedText(const JsonLoc &at, const QJsonValue &v) const { return compactJson(expectedItem(at, v)); }
    QString actualText(const JsonLoc &at, const QJsonValue &v) const { return compactJson(actualItem(at, v)); }
    QStringList itemTexts(const JsonLoc &at, const QJsonArray &list, bool actual) const;
    /// A list or map as the reference shows it in a rule's mismatch: each item's JSON text as a string.
    QString listForMismatch(const JsonLoc &at, const QJsonArray &list, bool actual) const;
    QString mapForMismatch(const JsonLoc &at, const QJsonObject &map, bool actual) const;
    void add(Out &out, const ValuePath &path, const QString &expected, const QString &actual, const QString &sentence);

    const RuleCategory *m_rules;
    bool m_allowUnexpected;
    const JsonDoc &m_expected;
    const JsonDoc &m_actual;
    int m_checks = 0;
};

} // namespace Pactbench::detail
