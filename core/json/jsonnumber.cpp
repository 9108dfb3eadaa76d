// SPDX-License-Identifier: MIT
#include "jsonnumber.h"

#include "numberformat.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace Pactbench {

namespace detail {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char *copyChars(char *out, const char *text, int length)
{
    std::memcpy(out, text, size_t(length));
    return out + length;
}

char *fill(char *out, char c, int count)
{
    for (int i = 0; i < count; ++i)
        *out++ = c;
    return out;
}

/**
 * `e` and the exponent, no leading zeros: `-` when negative, `+` when positive. Plain ryu writes no
 * `+`, but the serde_json Pact's reference ships (pact_models 1.3, checked by writing a pact through
 * libpact_ffi 0.5.8) writes `1e+16`, `1.5e+17`, `1e-7`.
 */
char *writeExponent(char *out, int exponent)
{
    *out++ = 'e';
    if (exponent > 0)
        *out++ = '+';
    return std::to_chars(out, out + 8, exponent).ptr;
}

/// A double Qt would hold as an integer: integral and within qint64's range (Qt's convertDoubleTo).
bool integralInRange(double d, qint64 *out)
{
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return false;
    *out = qint64(d);
    return double(*out) == d;
}

/// The shape Qt's parser gives a number: where it ends, and whether Qt tries it as an integer first.
struct QtNumberShape
{
    qsizetype end = 0;
    bool tryInteger = true;
};

/// Scans a number the way Qt's JSON parser (Parser::parseNumber) does, from `pos`.
QtNumberShape qtNumberShape(QByteArrayView s)
{
    QtNumberShape shape;
    qsizetype pos = 0;
    const qsizetype n = s.size();
    if (pos < n && s[pos] == '-')
        ++pos;
    if (pos < n && s[pos] == '0') {
        ++pos;
    } else {
        while (pos < n && isDigit(s[pos]))
            ++pos;
    }
    if (pos < n && s[pos] == '.') {
        ++pos;
        for (; pos < n && isDigit(s[pos]); ++pos)
            shape.tryInteger = shape.tryInteger && s[pos] == '0';
    }
    if (pos < n && (s[pos] == 'e' || s[pos] == 'E')) {
        shape.tryInteger = false;
        ++pos;
        if (pos < n && (s[pos] == '-' || s[pos] == '+'))
            ++pos;
        while (pos < n && isDigit(s[pos]))
            ++pos;
    }
    shape.end = pos;
    return shape;
}

} // namespace

bool qtInteger(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    // toInteger() answers the default for what is not integral: two defaults tell them apart.
    const qint64 n = v.toInteger(0);
    if (n == std::numeric_limits<qint64>::min() && std::isnan(v.toDouble()))
        return false; // Qt 6.4 answers qint64's minimum for NaN
    if (n != 0 || v.toInteger(1) == 0) {
        *out = n;
        return true;
    }
    return false;
}

int formatDouble(double d, char *out)
{
    if (!std::isfinite(d))
        return int(copyChars(out, "null", 4) - out);
    char *p = out;
    if (std::signbit(d)) {
        *p++ = '-';
        d = -d;
    }
    if (d == 0)
        return int(copyChars(p, "0.0", 3) - out);

    // The shortest digits that round-trip (libstdc++ uses Ryu for this), "d.ddde±XX".
    char sci[kNumberBufferSize];
    const char *sciEnd = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific).ptr;
    char digits[kNumberBufferSize];
    int length = 0;
    const char *s = sci;
    for (; s < sciEnd && *s != 'e'; ++s) {
        if (*s != '.')
            digits[length++] = *s;
    }
    s += (s + 1 < sciEnd && s[1] == '+') ? 2 : 1;
    int exponent = 0;
    std::from_chars(s, sciEnd, exponent);
    while (length > 1 && digits[length - 1] == '0')
        --length;

    const int kk = exponent + 1; // 10^(kk-1) <= d < 10^kk
    const int k = kk - length; // d = digits × 10^k
    if (0 <= k && kk <= 16) { // 1234e7 → 12340000000.0
        p = fill(copyChars(p, digits, length), '0', kk - length);
        p = copyChars(p, ".0", 2);
    } else if (0 < kk && kk <= 16) { // 1234e-2 → 12.34
        p = copyChars(p, digits, kk);
        *p++ = '.';
        p = copyChars(p, digits + kk, length - kk);
    } else if (-5 < kk && kk <= 0) { // 1234e-6 → 0.001234
        p = fill(copyChars(p, "0.", 2), '0', -kk);
        p = copyChars(p, digits, length);
    } else if (length == 1) { // 1e30
        *p++ = digits[0];
        p = writeExponent(p, kk - 1);
    } else { // 1234e30 → 1.234e33
        *p++ = digits[0];
        *p++ = '.';
        p = writeExponent(copyChars(p, digits + 1, length - 1), kk - 1);
    }
    return int(p - out);
}

int formatNumber(const QJsonValue &v, char *out)
{
    qint64 n = 0;
    if (qtInteger(v, &n))
        return int(std::to_chars(out, out + kNumberBufferSize, n).ptr - out);
    if (v.isDouble())
        return formatDouble(v.toDouble(), out);
    return 0;
}

} // namespace detail

QByteArray canonicalDoubleText(double d)
{
    char buffer[detail::kNumberBufferSize];
    return QByteArray(buffer, detail::formatDouble(d, buffer));
}

QByteArray canonicalNumberText(const QJsonValue &v)
{
    char buffer[detail::kNumberBufferSize];
    return QByteArray(buffer, detail::formatNumber(v, buffer));
}

QJsonValue qtValueOfLexeme(QByteArrayView lexeme)
{
    const detail::QtNumberShape shape = detail::qtNumberShape(lexeme);
    if (lexeme.isEmpty() || shape.end != lexeme.size())
        return QJsonValue(QJsonValue::Undefined);
    const char *begin = lexeme.data();
    const char *end = begin + lexeme.size();
    if (shape.tryInteger) {
        qint64 n = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, n);
        if (ec == std::errc() && ptr == end)
            return QJsonValue(n);
    }
    // Correctly rounded like Qt's; out of range (overflow, or a non-zero value rounding to 0) is
    // an error for Qt too.
    double d = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, d);
    if (ec != std::errc() || ptr != end)
        return QJsonValue(QJsonValue::Undefined);
    qint64 n = 0;
    if (detail::integralInRange(d, &n))
        return QJsonValue(n);
    return QJsonValue(d);
}

bool isJsonNumberLexeme(QByteArrayView s)
{
    qsizetype pos = 0;
    const qsizetype n = s.size();
    const auto digits = [&] {
        const qsizetype start = pos;
        while (pos < n && detail::isDigit(s[pos]))
            ++pos;
        return pos - start;
    };
    if (pos < n && s[pos] == '-')
        ++pos;
    if (pos < n && s[pos] == '0')
        ++pos;
    else if (digits() == 0)
        return false;
    if (pos < n && s[pos] == '.') {
        ++pos;
        if (digits() == 0)
            return false;
    }
    if (pos < n && (s[pos] == 'e' || s[pos] == 'E')) {
        ++pos;
        if (pos < n && (s[pos] == '-' || s[pos] == '+'))
            ++pos;
        if (digits() == 0)
            return false;
    }
    return pos == n;
}

NumberKind kindOfLexeme(QByteArrayView lexeme)
{
    if (lexeme.contains('.') || lexeme.contains('e') || lexeme.contains('E'))
        return NumberKind::Float;
    const bool negative = lexeme.startsWith('-');
    const char *begin = lexeme.data() + (negative ? 1 : 0);
    const char *end = lexeme.data() + lexeme.size();
    quint64 significand = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, significand);
    if (ec != std::errc() || ptr != end)
        return NumberKind::Float; // beyond u64: serde_json reads an f64
    if (!negative)
        return NumberKind::Integer;
    // serde_json: `-0` is -0.0, and below i64's range is an f64.
    return significand != 0 && significand <= quint64(1) << 63 ? NumberKind::Integer : NumberKind::Float;
}

NumberKind kindOf(const QJsonValue &v, QByteArrayView lexemeOrEmpty)
{
    if (!lexemeOrEmpty.isEmpty())
        return kindOfLexeme(lexemeOrEmpty);
    qint64 n = 0;
    return detail::qtInteger(v, &n) ? NumberKind::Integer : NumberKind::Float;
}

bool lexemeFits(QByteArrayView lexeme, const QJsonValue &v)
{
    const QJsonValue fromLexeme = qtValueOfLexeme(lexeme);
    if (!fromLexeme.isDouble() || !v.isDouble())
        return false;
    qint64 a = 0;
    qint64 b = 0;
    const bool integerA = detail::qtInteger(fromLexeme, &a);
    const bool integerB = detail::qtInteger(v, &b);
    if (integerA || integerB)
        return integerA && integerB && a == b;
    return fromLexeme.toDouble() == v.toDouble();
}

} // namespace Pactbench
