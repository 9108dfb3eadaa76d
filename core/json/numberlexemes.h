// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

namespace Pactbench {

/**
 * The text of JSON numbers that Qt's value cannot give back, by JSON path.
 *
 * Qt holds `10.0`, `1e3` and `-0.0` as integers and `12345678901234567890` as a rounded double;
 * this table keeps what the text said so that JsonWriter can put it back. Only numbers whose text
 * differs from the canonical spelling of Qt's value are recorded, so the table is usually empty.
 *
 * A path is its segments joined by U+001F: `$` first, then object keys as decoded strings and
 * array indexes as decimal numbers (`$␟items␟0␟price`), the convention of the matching engine.
 */
class NumberLexemes
{
public:
    static constexpr QChar separator = QChar(0x1F);

    /// `$`, the path of the root value.
    static QString root() { return QStringLiteral("$"); }
    /// The path of member `key` of the object at `parent`.
    static QString child(const QString &parent, QStringView key);
    /// The path of element `index` of the array at `parent`.
    static QString child(const QString &parent, qsizetype index);

    /// Records `lexeme` for the number at `path`; an empty lexeme removes the entry.
    void insert(const QString &path, const QByteArray &lexeme);
    void remove(const QString &path);
    /// Removes the entry at `prefix` and every entry below it.
    void removeSubtree(const QString &prefix);
    void clear() { m_entries.clear(); }

    /// The lexeme recorded for `path`, empty when there is none.
    QByteArray value(const QString &path) const { return m_entries.value(path); }
    bool contains(const QString &path) const { return m_entries.contains(path); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    const QHash<QString, QByteArray> &entries() const { return m_entries; }

    /**
     * The entries at and below `prefix`, re-rooted so that `prefix` becomes `$`: the lexemes of
     * the value at `prefix` on its own (a body's content inside a pact file, say).
     */
    NumberLexemes subtree(const QString &prefix) const;
    /**
     * The inverse of subtree(): adds `other`'s entries below `prefix` (`$` becomes `prefix`).
     * Entries already there stay unless `other` has the same path; call removeSubtree() first to
     * replace a whole subtree.
     */
    void insertSubtree(const QString &prefix, const NumberLexemes &other);

    bool operator==(const NumberLexemes &other) const { return m_entries == other.m_entries; }

private:
    QHash<QString, QByteArray> m_entries;
};

} // namespace Pactbench
