// SPDX-License-Identifier: MIT
#include "mediatypes.h"

#include "boundedmemo.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Pactbench::OpenApi {

namespace {

QString normalized(const QString &t)
{
    QString out;
    out.reserve(t.size());
    for (const QChar c : t)
        if (!c.isSpace())
            out.append(c.toLower());
    return out;
}

double quality(const QString &t)
{
    static const QRegularExpression q(QStringLiteral(".*;q=([01].?\\d*)"));
    const auto m = q.match(t);
    return m.hasMatch() ? m.captured(1).toDouble() : 1.0;
}

QString withoutQuality(QString t)
{
    static const QRegularExpression q(QStringLiteral(";q=[01].?\\d*"));
    const auto m = q.match(t);
    if (m.hasMatch())
        t.remove(m.capturedStart(), m.capturedLength());
    return t;
}

QString withoutParameters(const QString &t)
{
    return t.section(u';', 0, 0);
}

QString typeOf(const QString &t)
{
    return t.section(u'/', 0, 0);
}

/// The subtype's last "+" part ("vnd.x+json" → "json"); null when there is no subtype.
QString subtypeOf(const QString &t)
{
    const QStringList parts = t.split(u'/');
    if (parts.size() < 2)
        return {};
    return parts[1].split(u'+').last();
}

using Predicate = std::function<bool(const QString &available, const QString &accept)>;

int findIndex(const QStringList &accept, const QStringList &available, const Predicate &match)
{
    for (const QString &a : accept)
        for (qsizetype i = 0; i < available.size(); ++i)
            if (match(available[i], a))
                return int(i);
    return -1;
}

QString negotiate(const QString &requested, const QStringList &available);

} // namespace

QString findMatchingType(const QString &requested, const QStringList &available)
{
    // Asked for every interaction with its Accept and Content-Type, of which a pact has a handful.
    static BoundedMemo<QPair<QString, QStringList>, QString> answers(4096);
    return answers.get({requested, available}, [&] { return negotiate(requested, available); });
}

namespace {

/// swagger-mock-validator's negotiation: exact, without parameters, by vendor suffix, wildcards.
QString negotiate(const QString &requested, const QStringList &available)
{
    QStringList accept;
    for (const QString &part : requested.split(u','))
        accept.append(normalized(part));
    std::stable_sort(accept.begin(), accept.end(), [](const QString &a, const QString &b) { return quality(b) < quality(a); });
    for (QString &a : accept)
        a = withoutQuality(a);
    QStringList types;
    for (const QString &t : available)
        types.append(normalized(t));

    const auto exact = [](const QString &t, const QString &a) { return t == a; };
    if (const int i = findIndex(accept, types, exact); i >= 0)
        return available[i];
    for (QString &a : accept)
        a = withoutParameters(a);
    for (QString &t : types)
        t = withoutParameters(t);
    if (const int i = findIndex(accept, types, exact); i >= 0)
        return available[i];
    const auto vendor = [](const QString &t, const QString &a) { return typeOf(t) == typeOf(a) && subtypeOf(t) == subtypeOf(a); };
    if (const int i = findIndex(accept, types, vendor); i >= 0)
        return available[i];
    const auto wildAvailable = [](const QString &t, const QString &a) { return subtypeOf(t) == u"*" && typeOf(t) == typeOf(a); };
    if (const int i = findIndex(accept, types, wildAvailable); i >= 0)
        return available[i];
    if (types.contains(QStringLiteral("*/*")))
        return QStringLiteral("*/*");
    const auto wildRequested = [](const QString &t, const QString &a) { return subtypeOf(a) == u"*" && typeOf(t) == typeOf(a); };
    if (const int i = findIndex(accept, types, wildRequested); i >= 0)
        return available[i];
    if (accept.contains(QStringLiteral("*/*")) && !available.isEmpty())
        return available.first();
    return {};
}

} // namespace

bool isJsonAmong(const QStringList &available)
{
    return !findMatchingType(QStringLiteral("application/json"), available).isEmpty();
}

} // namespace Pactbench::OpenApi
