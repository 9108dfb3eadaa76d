// SPDX-License-Identifier: MIT
// Date/time generator support: Java-pattern formatting and Pact's date/time expressions.
#include "generator.h"
#include "datetimepattern.h"

#include <core/model/dateexpression.h>

#include <QTimeZone>

namespace Pactbench {

namespace {

QString offsetText(int seconds, bool colon, bool zForZero)
{
    if (seconds == 0 && zForZero)
        return QStringLiteral("Z");
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    const QString h = QStringLiteral("%1").arg(seconds / 3600, 2, 10, QLatin1Char('0'));
    const QString m = QStringLiteral("%1").arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return sign + h + (colon ? QStringLiteral(":") : QString()) + m;
}

QString field(const QDateTime &dt, QChar letter, int count)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    auto num = [count](qint64 v) { return QStringLiteral("%1").arg(v, count, 10, QLatin1Char('0')); };
    const int offset = dt.offsetFromUtc();
    switch (letter.unicode()) {
    case 'y':
    case 'u':
        return count == 2 ? num(d.year() % 100) : num(d.year());
    case 'M':
    case 'L':
        if (count >= 4)
            return QLocale::c().monthName(d.month(), QLocale::LongFormat);
        if (count == 3)
            return QLocale::c().monthName(d.month(), QLocale::ShortFormat);
        return num(d.month());
    case 'd':
        return num(d.day());
    case 'D':
        return num(d.dayOfYear());
    case 'E':
        return QLocale::c().dayName(d.dayOfWeek(), count >= 4 ? QLocale::LongFormat : QLocale::ShortFormat);
    case 'H':
        return num(t.hour());
    case 'k':
        return num(t.hour() == 0 ? 24 : t.hour());
    case 'h':
        return num(t.hour() % 12 == 0 ? 12 : t.hour() % 12);
    case 'K':
        return num(t.hour() % 12);
    case 'm':
        return num(t.minute());
    case 's':
        return num(t.second());
    case 'S':
        return QStringLiteral("%1").arg(t.msec(), 3, 10, QLatin1Char('0')).leftJustified(count, u'0').left(count);
    case 'n':
        return QString::number(qint64(t.msec()) * 1000000);
    case 'a':
        return t.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM");
    case 'G':
        return QStringLiteral("AD");
    case 'X':
        return offsetText(offset, count == 3 || count == 5, true);
    case 'x':
        return offsetText(offset, count == 3 || count == 5, false);
    case 'Z':
        return count == 5 ? offsetText(offset, true, true) : offsetText(offset, false, false);
    case 'z':
    case 'V':
        return dt.timeZoneAbbreviation();
    default:
        return QString(count, letter);
    }
}

QDateTime addOffset(const QDateTime &dt, const DateExpression::Offset &o)
{
    // |amount| ≤ DateExpression::MaxAmount (1e9): no product below overflows.
    using U = DateExpression::Unit;
    switch (o.unit) {
    case U::Millisecond: return dt.addMSecs(o.amount);
    case U::Second: return dt.addSecs(o.amount);
    case U::Minute: return dt.addSecs(60 * o.amount);
    case U::Hour: return dt.addSecs(3600 * o.amount);
    case U::Day: return dt.addDays(o.amount);
    case U::Week: return dt.addDays(7 * o.amount);
    case U::Fortnight: return dt.addDays(14 * o.amount);
    case U::Month: return dt.addMonths(int(o.amount));
    case U::Year: return dt.addYears(int(o.amount));
    }
    return dt;
}

QDateTime addOffsets(QDateTime dt, const QList<DateExpression::Offset> &offsets)
{
    for (const DateExpression::Offset &o : offsets) {
        if (!dt.isValid())
            break;
        dt = addOffset(dt, o);
    }
    return dt;
}

} // namespace

QString formatJavaDateTime(const QDateTime &dt, const QString &pattern)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            out += readQuotedLiteral(pattern, i);
            continue;
        }
        if (c == u'[' || c == u']') {
            ++i;
            continue;
        }
        if (!(c.isLetter() && c.unicode() < 128)) {
            out += c;
            ++i;
            continue;
        }
        int count = 0;
        while (i < pattern.size() && pattern.at(i) == c) {
            ++count;
            ++i;
        }
        out += field(dt, c, count);
    }
    return out;
}

std::optional<QDateTime> evaluateDateExpression(const QString &expression, const QDateTime &base, QString *error)
{
    QString problem;
    const DateExpression e = DateExpression::parse(expression, &problem);
    QDateTime dt = problem.isEmpty() ? addOffsets(base.addDays(e.baseDays), e.dateOffsets) : QDateTime();
    if (dt.isValid() && e.timeBase != DateExpression::TimeBase::Keep) {
        const int hour = e.timeBase == DateExpression::TimeBase::Noon ? 12
            : e.timeBase == DateExpression::TimeBase::Hour            ? e.hour
                                                                      : 0;
        dt = QDateTime(dt.date(), QTime(hour, 0), dt.timeZone());
    }
    dt = dt.isValid() ? addOffsets(dt, e.timeOffsets) : dt;
    if (problem.isEmpty() && !dt.isValid())
        problem = u"the date is out of range"_qs;
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return dt;
}

} // namespace Pactbench
