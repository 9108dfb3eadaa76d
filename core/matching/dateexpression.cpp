// SPDX-License-Identifier: MIT
// Date/time generator support: Java-pattern formatting and Pact's date/time expressions.
#include "generator.h"

#include <QRegularExpression>
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

int unitSeconds(const QString &unit)
{
    const QString u = unit.endsWith(u's') ? unit.chopped(1) : unit;
    if (u == u"second")
        return 1;
    if (u == u"minute")
        return 60;
    if (u == u"hour")
        return 3600;
    return 0;
}

std::optional<QDateTime> addUnits(const QDateTime &dt, const QString &unitIn, qint64 n)
{
    const QString unit = unitIn.endsWith(u's') ? unitIn.chopped(1) : unitIn;
    if (unit == u"day")
        return dt.addDays(n);
    if (unit == u"week")
        return dt.addDays(7 * n);
    if (unit == u"fortnight")
        return dt.addDays(14 * n);
    if (unit == u"month")
        return dt.addMonths(int(n));
    if (unit == u"year")
        return dt.addYears(int(n));
    if (unit == u"millisecond")
        return dt.addMSecs(n);
    if (const int s = unitSeconds(unit))
        return dt.addSecs(s * n);
    return std::nullopt;
}

std::optional<QDateTime> addOffsets(QDateTime dt, QStringList words);

std::optional<QDateTime> applyTimePart(QDateTime dt, const QString &expr)
{
    const QString e = expr.trimmed().toLower();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2})\\s*(o'clock|am|pm)$"));
    if (e.isEmpty() || e == u"now")
        return dt;
    if (e.startsWith(u'+') || e.startsWith(u'-') || e.startsWith(u"next") || e.startsWith(u"last"))
        return addOffsets(dt, e.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts));
    if (e == u"midnight")
        return QDateTime(dt.date(), QTime(0, 0), dt.timeZone());
    if (e == u"noon")
        return QDateTime(dt.date(), QTime(12, 0), dt.timeZone());
    const QRegularExpressionMatch m = clock.match(e);
    if (m.hasMatch()) {
        int h = m.captured(1).toInt();
        if (m.captured(2) == u"pm" && h < 12)
            h += 12;
        return QDateTime(dt.date(), QTime(h % 24, 0), dt.timeZone());
    }
    return std::nullopt;
}

std::optional<QDateTime> addOffsets(QDateTime dt, QStringList words)
{
    while (!words.isEmpty()) {
        const QString op = words.takeFirst();
        if ((op == u"+" || op == u"-") && words.size() >= 2) {
            bool ok = false;
            const qint64 n = words.takeFirst().toLongLong(&ok);
            const auto next = ok ? addUnits(dt, words.takeFirst(), op == u"+" ? n : -n) : std::nullopt;
            if (!next)
                return std::nullopt;
            dt = *next;
        } else if ((op == u"next" || op == u"last") && !words.isEmpty()) {
            const auto next = addUnits(dt, words.takeFirst(), op == u"next" ? 1 : -1);
            if (!next)
                return std::nullopt;
            dt = *next;
        } else {
            return std::nullopt;
        }
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
            const qsizetype end = pattern.indexOf(u'\'', i + 1);
            if (end == i + 1) {
                out += u'\'';
                i += 2;
                continue;
            }
            out += pattern.mid(i + 1, (end < 0 ? pattern.size() : end) - i - 1);
            i = end < 0 ? pattern.size() : end + 1;
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

std::optional<QDateTime> evaluateDateExpression(const QString &expression, const QDateTime &base)
{
    const QString datePart = expression.section(u'@', 0, 0).trimmed().toLower();
    const QString timePart = expression.contains(u'@') ? expression.section(u'@', 1) : QString();
    QDateTime dt = base;
    QStringList words = datePart.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (!words.isEmpty() && (words.first() == u"now" || words.first() == u"today"))
        words.removeFirst();
    else if (!words.isEmpty() && words.first() == u"tomorrow")
        words.removeFirst(), dt = dt.addDays(1);
    else if (!words.isEmpty() && words.first() == u"yesterday")
        words.removeFirst(), dt = dt.addDays(-1);
    const auto shifted = addOffsets(dt, words);
    if (!shifted)
        return std::nullopt;
    dt = *shifted;
    return applyTimePart(dt, timePart);
}

} // namespace Pactbench
