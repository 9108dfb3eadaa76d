// SPDX-License-Identifier: MIT
#include "multimap.h"

#include <QUrl>

namespace Pactbench {

bool OrderedMultiMap::contains(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.first.compare(name, m_case) == 0)
            return true;
    }
    return false;
}

QStringList OrderedMultiMap::values(const QString &name) const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (e.first.compare(name, m_case) == 0)
            out.append(e.second);
    }
    return out;
}

QString OrderedMultiMap::value(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.first.compare(name, m_case) == 0)
            return e.second;
    }
    return {};
}

QStringList OrderedMultiMap::names() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (!out.contains(e.first, m_case))
            out.append(e.first);
    }
    return out;
}

void OrderedMultiMap::set(const QString &name, const QStringList &values)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).first.compare(name, m_case) == 0) {
            at = i;
            break;
        }
    }
    remove(name);
    if (at < 0 || at > m_entries.size())
        at = m_entries.size();
    for (const QString &v : values)
        m_entries.insert(at++, {name, v});
}

void OrderedMultiMap::remove(const QString &name)
{
    m_entries.removeIf([&](const Entry &e) { return e.first.compare(name, m_case) == 0; });
}

static QStringList splitJoined(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const QStringList parts = v.split(u',');
        for (const QString &p : parts)
            out.append(p.trimmed());
    }
    return out;
}

bool OrderedMultiMap::operator==(const OrderedMultiMap &other) const
{
    const QStringList ours = names();
    const QStringList theirs = other.names();
    if (ours.size() != theirs.size())
        return false;
    for (const QString &n : ours) {
        if (!theirs.contains(n, m_case))
            return false;
        if (m_case == Qt::CaseInsensitive) {
            if (splitJoined(values(n)) != splitJoined(other.values(n)))
                return false;
        } else if (values(n) != other.values(n)) {
            return false;
        }
    }
    return true;
}

static QString decodeQueryComponent(QString s)
{
    s.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(s.toUtf8());
}

QueryParams QueryParams::fromQueryString(const QString &query)
{
    QueryParams out;
    const QStringList segments = query.split(u'&');
    for (const QString &seg : segments) {
        if (seg.isEmpty())
            continue;
        const qsizetype eq = seg.indexOf(u'=');
        if (eq < 0)
            out.append(decodeQueryComponent(seg), QString()); // null: no '=' at all
        else
            out.append(decodeQueryComponent(seg.left(eq)), decodeQueryComponent(seg.mid(eq + 1)));
    }
    return out;
}

QString QueryParams::toQueryString() const
{
    QStringList parts;
    for (const Entry &e : entries()) {
        const QByteArray k = QUrl::toPercentEncoding(e.first);
        if (e.second.isNull()) {
            parts.append(QString::fromLatin1(k));
            continue;
        }
        const QByteArray v = QUrl::toPercentEncoding(e.second);
        parts.append(QString::fromLatin1(k) + u'=' + QString::fromLatin1(v));
    }
    return parts.join(u'&');
}

} // namespace Pactbench
