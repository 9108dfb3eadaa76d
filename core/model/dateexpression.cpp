// SPDX-License-Identifier: MIT
#include "dateexpression.h"

#include <QRegularExpression>

#include <optional>

namespace Pactbench {

namespace {

std::optional<DateExpression::Unit> unitNamed(const QString &word)
{
    using U = DateExpression::Unit;
    static const QList<std::pair<QString, U>> units{ { u"millisecond"_qs, U::Millisecond }, { u"second"_qs, U::Second },
        { u"minute"_qs, U::Minute }, { u"hour"_qs, U::Hour }, { u"day"_qs, U::Day }, { u"week"_qs, U::Week },
        { u"fortnight"_qs, U::Fortnight }, { u"month"_qs, U::Month }, { u"year"_qs, U::Year } };
    const QString singular = word.endsWith(u's') ? word.chopped(1) : word;
    for (const auto &[name, unit] : units) {
        if (name == singular)
            return unit;
    }
    return std::nullopt;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_qs);
    return text.split(space, Qt::SkipEmptyParts);
}

/// "+ 2 days - 3 hours next week": false with `error` set when a word does not fit.
bool readOffsets(QStringList words, QList<DateExpression::Offset> *out, QString *error)
{
    while (!words.isEmpty()) {
        const QString op = words.takeFirst();
        qint64 amount = 1;
        if ((op == u"+" || op == u"-") && words.size() >= 2) {
            const QString number = words.takeFirst();
            bool ok = false;
            amount = number.toLongLong(&ok);
            if (!ok || amount < 0) {
                *error = u"'%1' is not a whole number"_qs.arg(number);
                return false;
            }
            if (amount > DateExpression::MaxAmount) {
                *error = u"the amount %1 is over the limit of %2"_qs.arg(number).arg(DateExpression::MaxAmount);
                return false;
            }
            amount = op == u"+" ? amount : -amount;
        } else if ((op == u"next" || op == u"last") && !words.isEmpty()) {
            amount = op == u"next" ? 1 : -1;
        } else {
            *error = u"unexpected '%1'"_qs.arg(op);
            return false;
        }
        const QString unitWord = words.takeFirst();
        const auto unit = unitNamed(unitWord);
        if (!unit) {
            *error = u"unknown unit '%1'"_qs.arg(unitWord);
            return false;
        }
        out->append({ amount, *unit });
    }
    return true;
}

bool readTimePart(const QString &text, DateExpression *e, QString *error)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression clock(u"^(\\d{1,2})\\s*(o'clock|am|pm)$"_qs);
    if (t.isEmpty() || t == u"now")
        return true;
    if (t.startsWith(u'+') || t.startsWith(u'-') || t.startsWith(u"next") || t.startsWith(u"last"))
        return readOffsets(wordsOf(t), &e->timeOffsets, error);
    if (t == u"midnight" || t == u"noon") {
        e->timeBase = t == u"noon" ? DateExpression::TimeBase::Noon : DateExpression::TimeBase::Midnight;
        return true;
    }
    const QRegularExpressionMatch m = clock.match(t);
    if (!m.hasMatch()) {
        *error = u"unknown time '%1'"_qs.arg(text.trimmed());
        return false;
    }
    int h = m.captured(1).toInt();
    const bool twelveHour = m.captured(2) != u"o'clock";
    if (twelveHour ? (h < 1 || h > 12) : h > 23) {
        *error = u"'%1' is not a time of day"_qs.arg(text.trimmed());
        return false;
    }
    if (twelveHour)
        h = h % 12 + (m.captured(2) == u"pm" ? 12 : 0);
    e->timeBase = DateExpression::TimeBase::Hour;
    e->hour = h;
    return true;
}

} // namespace

DateExpression DateExpression::parse(const QString &text, QString *error)
{
    DateExpression e;
    QString problem;
    QStringList words = wordsOf(text.section(u'@', 0, 0).toLower());
    if (!words.isEmpty() && (words.first() == u"now" || words.first() == u"today"))
        words.removeFirst();
    else if (!words.isEmpty() && (words.first() == u"tomorrow" || words.first() == u"yesterday"))
        e.baseDays = words.takeFirst() == u"tomorrow" ? 1 : -1;
    const bool ok = readOffsets(words, &e.dateOffsets, &problem)
        && (!text.contains(u'@') || readTimePart(text.section(u'@', 1), &e, &problem));
    if (error)
        *error = ok ? QString() : problem;
    return e;
}

} // namespace Pactbench
