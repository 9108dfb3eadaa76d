// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pactbench {

/**
 * One matcher as the pact file gives it: its type ("type", "regex", "integer", …, written
 * in the file's spelling; aliases are resolved by the matching engine) and its other
 * attributes (`regex`, `min`, `max`, `format`, `value`, `rules`, `variants`, …).
 */
struct Matcher
{
    QString type;
    QJsonObject attributes;

    bool operator==(const Matcher &o) const { return type == o.type && attributes == o.attributes; }
    bool operator!=(const Matcher &o) const { return !(*this == o); }
    /// The `{"match": type, …attributes}` object written in V3/V4 files.
    QJsonObject toJson() const;
};

/// How the matchers of one rule list combine.
enum class RuleLogic { And, Or };

/// The matchers that apply to one place (a JSON path, a header, a query parameter …).
struct RuleList
{
    QList<Matcher> matchers;
    RuleLogic combine = RuleLogic::And;
    QJsonObject extra; ///< unknown keys beside `matchers` and `combine`

    bool operator==(const RuleList &o) const
    {
        return matchers == o.matchers && combine == o.combine && extra == o.extra;
    }
    bool operator!=(const RuleList &o) const { return !(*this == o); }
};

/**
 * Matching rules of one request, response or message, by category (`path`, `method`,
 * `query`, `header`, `body`, `status`, `metadata`, `content`) and, within a category, by
 * key: a JSON path for body/content/metadata, a parameter or header name for query and
 * header, and the empty key for path, method and status.
 */
class MatchingRules
{
public:
    using Category = QMap<QString, RuleList>;

    bool isEmpty() const;
    QStringList categories() const { return m_categories.keys(); }
    bool hasCategory(const QString &category) const { return m_categories.contains(category); }
    Category category(const QString &name) const { return m_categories.value(name); }
    Category &categoryRef(const QString &name) { return m_categories[name]; }
    void setCategory(const QString &name, const Category &rules) { m_categories.insert(name, rules); }
    void removeCategory(const QString &name) { m_categories.remove(name); }
    /// Adds a rule list at (category, key), appending its matchers if one is there already.
    void add(const QString &category, const QString &key, const RuleList &rules);
    /// The number of matchers in all categories.
    int matcherCount() const;
    /// The matcher types in use, each once.
    QStringList matcherTypes() const;
    const QMap<QString, Category> &all() const { return m_categories; }

    /// Equal rules; a category with no rules counts as absent.
    bool operator==(const MatchingRules &o) const;
    bool operator!=(const MatchingRules &o) const { return !(*this == o); }

private:
    QMap<QString, Category> m_categories;
};

/// True for the categories that hold one rule list with no key (path, method, status).
bool isSingleRuleCategory(const QString &category);

} // namespace Pactbench
