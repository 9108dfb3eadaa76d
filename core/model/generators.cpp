// SPDX-License-Identifier: MIT
#include "generators.h"

namespace Pactbench {

Generator Generator::fromJson(const QJsonObject &json)
{
    Generator g;
    g.attributes = json;
    g.type = g.attributes.take(QStringLiteral("type")).toString();
    return g;
}

QJsonObject Generator::toJson() const
{
    QJsonObject o = attributes;
    o.insert(QStringLiteral("type"), type);
    return o;
}

bool Generators::isEmpty() const
{
    return count() == 0;
}

void Generators::set(const QString &category, const QString &key, const Generator &generator)
{
    m_categories[category].insert(key, generator);
}

void Generators::remove(const QString &category, const QString &key)
{
    auto it = m_categories.find(category);
    if (it == m_categories.end())
        return;
    it->remove(key);
    if (it->isEmpty())
        m_categories.erase(it);
}

int Generators::count() const
{
    int n = 0;
    for (const Category &c : m_categories)
        n += int(c.size());
    return n;
}

QStringList Generators::types() const
{
    QStringList out;
    for (const Category &c : m_categories) {
        for (const Generator &g : c) {
            if (!out.contains(g.type))
                out.append(g.type);
        }
    }
    return out;
}

} // namespace Pactbench
