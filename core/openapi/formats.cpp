// SPDX-License-Identifier: MIT
#include "formats.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace Pactbench::OpenApi {

namespace {

using StringCheck = std::function<bool(QStringView)>;

bool isDate(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(s);
    return m.hasMatch() && QDate::isValid(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
}

/// RFC 3339 full-time: hh:mm:ss[.frac] and a zone (Z or ±hh[:]mm); 23:59:60 only as a UTC leap second.
bool isTime(QStringView s)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    const int hour = m.capturedView(1).toInt();
    const int minute = m.capturedView(2).toInt();
    const double second = m.capturedView(3).toDouble();
    const int sign = m.capturedView(5) == u"-" ? -1 : 1;
    const int zoneHour = m.capturedView(6).toInt();
    const int zoneMinute = m.capturedView(7).toInt();
    if (zoneHour > 23 || zoneMinute > 59)
        return false;
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
    const int utcMinute = minute - zoneMinute * sign;
    const int utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
    return (utcHour == 23 || utcHour == -1) && (utcMinute == 59 || utcMinute == -1) && second < 61;
}

bool isDateTime(QStringView s)
{
    static const QRegularExpression separator(QStringLiteral("[tT\\s]"));
    const QList<QStringView> parts = s.split(separator);
    return parts.size() == 2 && isDate(parts[0]) && isTime(parts[1]);
}

bool isUri(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9+\\-.]*:[^\\s]*$"), QRegularExpression::CaseInsensitiveOption);
    return (s.contains(u'/') || s.contains(u':')) && re.match(s).hasMatch();
}

bool isIpv6(QStringView s)
{
    // Eight groups, or fewer around one "::", optionally ending in a dotted IPv4 address.
    static const QRegularExpression group(QStringLiteral("^[0-9a-fA-F]{1,4}$"));
    static const QRegularExpression ipv4(QStringLiteral("^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$"));
    if (s.isEmpty() || s.count(u"::") > 1)
        return false;
    QList<QStringView> groups = s.split(u':');
    int needed = 8;
    if (!groups.isEmpty() && ipv4.match(groups.last()).hasMatch()) {
        groups.removeLast();
        needed = 6;
        if (s.endsWith(u"::") == false && groups.isEmpty())
            return false;
    }
    const bool compressed = s.contains(u"::");
    int count = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups[i].isEmpty()) {
            if (!compressed)
                return false;
            continue;
        }
        if (!group.match(groups[i]).hasMatch())
            return false;
        ++count;
    }
    return compressed ? count < needed : count == needed;
}

/// A check by one regular expression (compiled once, with the table below).
StringCheck regexCheck(const char *pattern, bool caseInsensitive = false)
{
    const QRegularExpression re(QString::fromLatin1(pattern),
        caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    return [re](QStringView s) { return re.match(s).hasMatch(); };
}

const QHash<QString, StringCheck> &stringFormats()
{
    static const QHash<QString, StringCheck> formats{
        {QStringLiteral("date"), isDate},
        {QStringLiteral("time"), isTime},
        {QStringLiteral("date-time"), isDateTime},
        {QStringLiteral("uri"), isUri},
        {QStringLiteral("ipv6"), isIpv6},
        {QStringLiteral("uuid"), regexCheck("^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$", true)},
        {QStringLiteral("email"), regexCheck("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                                 "@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", true)},
        {QStringLiteral("hostname"), [re = regexCheck("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\\.?$", true)](QStringView s) {
             return s.size() <= 254 && re(s); }},
        {QStringLiteral("ipv4"), regexCheck("^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$")},
        {QStringLiteral("uri-reference"), [](QStringView s) { return !s.contains(u' ') && !s.contains(u'\\'); }},
        {QStringLiteral("duration"), [re = regexCheck("^P((\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?|(\\d+W)?)$")](QStringView s) {
             return s != u"P" && re(s); }},
        {QStringLiteral("json-pointer"), regexCheck("^(?:/(?:[^~/]|~0|~1)*)*$")},
        {QStringLiteral("regex"), [](QStringView s) { return QRegularExpression(s.toString()).isValid(); }},
        {QStringLiteral("byte"), regexCheck("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")},
    };
    return formats;
}

bool matchesNumberFormat(const QString &format, double n)
{
    if (format == u"int32")
        return std::floor(n) == n && n >= -2147483648.0 && n <= 2147483647.0;
    if (format == u"int64")
        return std::isfinite(n) && std::floor(n) == n; // as AJV: any whole number (doubles cannot tell more)
    return true; // float, double: any number
}

} // namespace

bool isStringFormat(const QString &format)
{
    return stringFormats().contains(format);
}

bool matchesFormat(const QString &format, const QJsonValue &value)
{
    if (value.isString()) {
        const auto it = stringFormats().constFind(format);
        return it == stringFormats().constEnd() || (*it)(value.toString());
    }
    if (value.isDouble())
        return matchesNumberFormat(format, value.toDouble());
    return true;
}

} // namespace Pactbench::OpenApi
