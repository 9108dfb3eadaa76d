// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pactbench {

/// One generator: its type ("RandomInt", "Uuid", "ProviderState", …) and its attributes.
struct Generator
{
    QString type;
    QJsonObject attributes;

    bool operator==(const Generator &o) const { return type == o.type && attributes == o.attributes; }
    bool operator!=(const Generator &o) const { return !(*this == o); }
    /// The `{"type": type, …attributes}` object written in files.
    QJsonObject toJson() const;
    /// The generator such an object describes (a missing or non-string type leaves `type` empty).
    static Generator fromJson(const QJsonObject &json);
};

/**
 * Generators of one request, response or message, by category (`body`, `header`, `path`,
 * `query`, `metadata`, `status`, `method`, `content`) and key (a JSON path or a name; the
 * empty key for path, method and status, which hold one generator).
 */
class Generators
{
public:
    using Category = QMap<QString, Generator>;

    bool isEmpty() const;
    QStringList categories() const { return m_categories.keys(); }
    Category category(const QString &name) const { return m_categories.value(name); }
    void set(const QString &category, const QString &key, const Generator &generator);
    void remove(const QString &category, const QString &key);
    int count() const;
    QStringList types() const;
    const QMap<QString, Category> &all() const { return m_categories; }

    bool operator==(const Generators &o) const { return m_categories == o.m_categories; }
    bool operator!=(const Generators &o) const { return !(*this == o); }

private:
    QMap<QString, Category> m_categories;
};

} // namespace Pactbench
