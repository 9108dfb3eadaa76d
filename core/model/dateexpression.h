// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Pactbench {

/**
 * A Pact date/time expression ("+ 1 day", "tomorrow @ 10 o'clock", "next week @ + 2 hours"),
 * parsed and checked: every amount is at most MaxAmount, so applying it cannot overflow.
 * Date, Time and DateTime generators carry one in their `expression` attribute.
 */
struct DateExpression
{
    static constexpr qint64 MaxAmount = 1000000000; ///< the largest amount of any unit

    enum class Unit { Millisecond, Second, Minute, Hour, Day, Week, Fortnight, Month, Year };
    struct Offset
    {
        qint64 amount = 0; ///< signed
        Unit unit = Unit::Day;
    };
    enum class TimeBase {
        Keep, ///< the base's time of day (no `@` part, `@ now`, `@ + 2 hours`)
        Midnight,
        Noon,
        Hour, ///< `@ 3 pm`, `@ 10 o'clock`: `hour` o'clock
    };

    int baseDays = 0; ///< `tomorrow` 1, `yesterday` -1
    QList<Offset> dateOffsets;
    TimeBase timeBase = TimeBase::Keep;
    int hour = 0; ///< 0–23, for TimeBase::Hour
    QList<Offset> timeOffsets;

    /// Parses `text`; on failure `error` says what is wrong (and `error` stays empty on success).
    static DateExpression parse(const QString &text, QString *error);
};

} // namespace Pactbench
