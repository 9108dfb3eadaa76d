// SPDX-License-Identifier: MIT
#pragma once
// Character tests and small scanners shared by the format recognisers (ASCII only, on purpose:
// the regexes they stand for use [0-9], [a-f], not Unicode classes).

#include <QStringView>

namespace Pactbench::Inference::detail {

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isHex(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

inline bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// `count` ASCII digits at `pos`; advances past them.
inline bool digits(QStringView s, qsizetype &pos, int count)
{
    for (int i = 0; i < count; ++i, ++pos) {
        if (pos >= s.size() || !isAsciiDigit(s.at(pos)))
            return false;
    }
    return true;
}

inline bool literal(QStringView s, qsizetype &pos, QChar c)
{
    if (pos >= s.size() || s.at(pos) != c)
        return false;
    ++pos;
    return true;
}

inline bool isDateAt(QStringView s, qsizetype &pos)
{
    return digits(s, pos, 4) && literal(s, pos, u'-') && digits(s, pos, 2) && literal(s, pos, u'-') && digits(s, pos, 2);
}

/// "HH:mm" or "HH:mm:ss" at pos; sets `seconds`.
inline bool isTimeAt(QStringView s, qsizetype &pos, bool *seconds)
{
    if (!(digits(s, pos, 2) && literal(s, pos, u':') && digits(s, pos, 2)))
        return false;
    *seconds = pos < s.size() && s.at(pos) == u':';
    return !*seconds || (literal(s, pos, u':') && digits(s, pos, 2));
}

inline bool isDomainLabelChar(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c) || c == u'-';
}


} // namespace Pactbench::Inference::detail
