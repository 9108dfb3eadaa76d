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

// date, time and date-time are read by hand rather than by QRegularExpression: a pact's matchers make the
// check run a few hundred thousand times (each regex match cost about 2,500 instructions), and these
// grammars are fixed-width digits and separators. ASCII digits only, as AJV's \d.

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// The number the `count` ASCII digits at `at` spell, or -1 when one is not a digit (or `s` is too short).
int digitsAt(QStringView s, qsizetype at, int count)
{
    if (at + count > s.size())
        return -1;
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        if (!isDigit(s[i]))
            return -1;
        n = n * 10 + (s[i].unicode() - u'0');
    }
    return n;
}

/// RFC 3339 full-date: yyyy-mm-dd, a real day.
bool isDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return false;
    const int year = digitsAt(s, 0, 4);
    const int month = digitsAt(s, 5, 2);
    const int day = digitsAt(s, 8, 2);
    return year >= 0 && month >= 0 && day >= 0 && QDate::isValid(year, month, day);
}

/// The time zone at the end of a full-time: Z, or ±hh, ±hhmm, ±hh:mm. False when `s` is not one.
bool readZone(QStringView s, int *sign, int *hour, int *minute)
{
    *sign = 1;
    *hour = *minute = 0;
    if (s.size() == 1 && (s[0] == u'z' || s[0] == u'Z'))
        return true;
    if (s.isEmpty() || (s[0] != u'+' && s[0] != u'-'))
        return false;
    *sign = s[0] == u'-' ? -1 : 1;
    *hour = digitsAt(s, 1, 2);
    if (s.size() == 3)
        return *hour >= 0;
    const qsizetype minuteAt = s.size() == 6 && s[3] == u':' ? 4 : 3;
    if (s.size() != minuteAt + 2)
        return false;
    *minute = digitsAt(s, minuteAt, 2);
    return *hour >= 0 && *minute >= 0;
}

/// RFC 3339 full-time: hh:mm:ss[.frac] and a zone (Z or ±hh[:]mm); 23:59:60 only as a UTC leap second.
bool isTime(QStringView s)
{
    if (s.size() < 9 || s[2] != u':' || s[5] != u':')
        return false;
    const int hour = digitsAt(s, 0, 2);
    const int minute = digitsAt(s, 3, 2);
    const int wholeSecond = digitsAt(s, 6, 2);
    if (hour < 0 || minute < 0 || wholeSecond < 0)
        return false;
    qsizetype zoneAt = 8;
    double second = wholeSecond;
    if (s[8] == u'.') {
        zoneAt = 9;
        while (zoneAt < s.size() && isDigit(s[zoneAt]))
            ++zoneAt;
        if (zoneAt == 9)
            return false; // a point needs digits
        second = s.mid(6, zoneAt - 6).toDouble();
    }
    int sign = 1;
    int zoneHour = 0;
    int zoneMinute = 0;
    if (!readZone(s.mid(zoneAt), &sign, &zoneHour, &zoneMinute) || zoneHour > 23 || zoneMinute > 59)
        return false;
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
    const int utcMinute = minute - zoneMinute * sign;
    const int utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
    return (utcHour == 23 || utcHour == -1) && (utcMinute == 59 || utcMinute == -1) && second < 61;
}

/// full-date, one separator (T, t or white space), full-time.
bool isDateTime(QStringView s)
{
    const auto isSeparator = [](QChar c) {
        return c == u'T' || c == u't' || c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
    };
    qsizetype at = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isSeparator(s[i]))
            continue;
        if (at >= 0)
            return false;
        at = i;
    }
    return at >= 0 && isDate(s.first(at)) && isTime(s.sliced(at + 1));
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

/// ^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$, case-insensitive (AJV's), by hand: every
/// uuid field of every body is checked.
bool isUuid(QStringView s)
{
    if (s.size() == 45 && s.first(9).compare(u"urn:uuid:", Qt::CaseInsensitive) == 0)
        s = s.sliced(9);
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = s[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
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
        {QStringLiteral("uuid"), isUuid},
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

FormatMatcher::FormatMatcher(const QString &format)
    : m_format(format)
    , m_string(stringFormats().value(format))
{
}

bool FormatMatcher::matchesNumber(double n) const
{
    return matchesNumberFormat(m_format, n);
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
