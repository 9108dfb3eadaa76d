// SPDX-License-Identifier: MIT
#include "numberlexemes.h"

namespace Pactbench {

namespace {

/// Whether `path` is `prefix` itself or lies below it.
bool isAtOrBelow(const QString &path, const QString &prefix)
{
    return path.startsWith(prefix)
        && (path.size() == prefix.size() || path.at(prefix.size()) == NumberLexemes::separator);
}

} // namespace

QString NumberLexemes::child(const QString &parent, QStringView key)
{
    QString out;
    out.reserve(parent.size() + 1 + key.size());
    out += parent;
    out += separator;
    out += key;
    return out;
}

QString NumberLexemes::child(const QString &parent, qsizetype index)
{
    return parent + separator + QString::number(index);
}

void NumberLexemes::insert(const QString &path, const QByteArray &lexeme)
{
    if (lexeme.isEmpty())
        m_entries.remove(path);
    else
        m_entries.insert(path, lexeme);
}

void NumberLexemes::remove(const QString &path)
{
    m_entries.remove(path);
}

void NumberLexemes::removeSubtree(const QString &prefix)
{
    m_entries.removeIf([&prefix](QHash<QString, QByteArray>::iterator it) { return isAtOrBelow(it.key(), prefix); });
}

NumberLexemes NumberLexemes::subtree(const QString &prefix) const
{
    NumberLexemes out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (isAtOrBelow(it.key(), prefix))
            out.m_entries.insert(root() + QStringView(it.key()).mid(prefix.size()), it.value());
    }
    return out;
}

void NumberLexemes::insertSubtree(const QString &prefix, const NumberLexemes &other)
{
    for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it)
        m_entries.insert(prefix + QStringView(it.key()).mid(1), it.value());
}

} // namespace Pactbench
