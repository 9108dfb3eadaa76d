// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Pactbench {

/**
 * An ordered list of (name, value) pairs in which a name may repeat: HTTP headers and
 * query parameters. Order of insertion is kept, so what was read is written back in the
 * same order. Name comparison is case-insensitive for headers, exact for query parameters.
 */
class OrderedMultiMap
{
public:
    using Entry = QPair<QString, QString>;

    explicit OrderedMultiMap(Qt::CaseSensitivity nameCase = Qt::CaseSensitive)
        : m_case(nameCase)
    {
    }

    Qt::CaseSensitivity nameCaseSensitivity() const { return m_case; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> &entries() { return m_entries; }

    void append(const QString &name, const QString &value) { m_entries.append({name, value}); }
    bool contains(const QString &name) const;
    /// Every value of the name, in order.
    QStringList values(const QString &name) const;
    /// The first value of the name, or an empty string.
    QString value(const QString &name) const;
    /// Distinct names in order of first appearance, spelled as first seen.
    QStringList names() const;
    /// Replaces every value of the name by the given ones (kept at the first position).
    void set(const QString &name, const QStringList &values);
    void remove(const QString &name);

    /**
     * Equality as HTTP sees it: the same names (compared with the map's case rule) with
     * the same values in the same order per name, where "a, b" equals the two values a and b.
     */
    bool operator==(const OrderedMultiMap &other) const;
    bool operator!=(const OrderedMultiMap &other) const { return !(*this == other); }

private:
    QList<Entry> m_entries;
    Qt::CaseSensitivity m_case;
};

/// HTTP headers: names case-insensitive.
class Headers : public OrderedMultiMap
{
public:
    Headers()
        : OrderedMultiMap(Qt::CaseInsensitive)
    {
    }
};

/// Query parameters: names case-sensitive, values un-encoded.
class QueryParams : public OrderedMultiMap
{
public:
    QueryParams()
        : OrderedMultiMap(Qt::CaseSensitive)
    {
    }
    /// Parses "a=1&b=x%20y&c" (V1/V2 form) into un-encoded pairs; empty segments are skipped.
    static QueryParams fromQueryString(const QString &query);
    /// The encoded "a=1&b=x%20y" form.
    QString toQueryString() const;
};

} // namespace Pactbench
