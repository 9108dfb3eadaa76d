// SPDX-License-Identifier: MIT
#include "generatorcheck.h"

#include "dateexpression.h"
#include "regexcheck.h"
#include "regexsyntax.h"

#include <QRegularExpression>

#include <limits>

namespace Pactbench {

namespace {

/// `key` absent, or a whole number in [lo, hi]; else the problem.
QString checkInteger(const QJsonObject &a, const QString &key, qint64 lo, qint64 hi)
{
    const QJsonValue v = a.value(key);
    if (v.isUndefined())
        return {};
    const auto n = generatorInteger(a, key);
    const QString shown = v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17);
    if (!n && (v.isString() || v.isDouble()))
        return u"'%1' must be a whole number, not %2"_qs.arg(key, shown);
    if (!n)
        return u"'%1' must be a whole number"_qs.arg(key);
    if (*n < lo)
        return u"'%1' %2 is below %3"_qs.arg(key, shown).arg(lo);
    if (*n > hi)
        return u"'%1' %2 is over the limit of %3"_qs.arg(key, shown).arg(hi);
    return {};
}

QString checkString(const QJsonObject &a, const QString &key, bool required)
{
    const QJsonValue v = a.value(key);
    if (v.isString() || (v.isUndefined() && !required))
        return {};
    return u"'%1' must be a string"_qs.arg(key);
}

QString checkRandomInt(const QJsonObject &a)
{
    constexpr qint64 lo = std::numeric_limits<qint32>::min(), hi = std::numeric_limits<qint32>::max();
    QString problem = checkInteger(a, u"min"_qs, lo, hi);
    if (problem.isEmpty())
        problem = checkInteger(a, u"max"_qs, lo, hi);
    if (problem.isEmpty() && generatorInteger(a, u"min"_qs).value_or(0) > generatorInteger(a, u"max"_qs).value_or(10))
        problem = u"'min' is greater than 'max'"_qs;
    return problem;
}

QString checkRegex(const QJsonObject &a)
{
    if (QString problem = checkString(a, u"regex"_qs, true); !problem.isEmpty())
        return problem;
    return RegexSyntax::parse(a.value(u"regex").toString()).error;
}

QString checkDate(const QJsonObject &a)
{
    QString problem = checkString(a, u"format"_qs, false);
    if (problem.isEmpty())
        problem = checkString(a, u"expression"_qs, false);
    if (problem.isEmpty() && a.contains(u"expression")) {
        DateExpression::parse(a.value(u"expression").toString(), &problem);
        if (!problem.isEmpty())
            problem = u"expression '%1': %2"_qs.arg(a.value(u"expression").toString(), problem);
    }
    return problem;
}

QString checkMockServerUrl(const QJsonObject &a)
{
    QString problem = checkString(a, u"regex"_qs, true);
    if (problem.isEmpty())
        problem = checkString(a, u"example"_qs, true);
    if (!problem.isEmpty())
        return problem;
    const QString pattern = a.value(u"regex").toString();
    if (const QString invalid = regexProblem(pattern); !invalid.isEmpty())
        return u"'regex': "_qs + invalid;
    const QRegularExpression re(pattern);
    if (!re.match(a.value(u"example").toString()).hasMatch())
        return u"the example does not match the regex"_qs;
    return {};
}

QString problemOf(const Generator &g)
{
    const QJsonObject &a = g.attributes;
    if (g.type == u"RandomInt")
        return checkRandomInt(a);
    if (g.type == u"RandomDecimal")
        return checkInteger(a, u"digits"_qs, 1, GeneratorLimits::MaxDecimalDigits);
    if (g.type == u"RandomHexadecimal")
        return checkInteger(a, u"digits"_qs, 0, GeneratorLimits::MaxSize);
    if (g.type == u"RandomString")
        return checkInteger(a, u"size"_qs, 0, GeneratorLimits::MaxSize);
    if (g.type == u"Regex")
        return checkRegex(a);
    if (g.type == u"Date" || g.type == u"Time" || g.type == u"DateTime")
        return checkDate(a);
    if (g.type == u"ProviderState")
        return checkString(a, u"expression"_qs, true);
    if (g.type == u"MockServerURL")
        return checkMockServerUrl(a);
    if (g.type == u"Uuid")
        return checkString(a, u"format"_qs, false);
    return {};
}

} // namespace

std::optional<qint64> generatorInteger(const QJsonObject &attributes, const QString &key)
{
    const QJsonValue v = attributes.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        // 2^63 itself is out of range: compare against the exact double below it.
        if (d != d || d < -9223372036854775808.0 || d >= 9223372036854775808.0 || d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    return std::nullopt;
}

QString checkGenerator(const Generator &generator)
{
    const QString problem = problemOf(generator);
    return problem.isEmpty() ? problem : generator.type + u" generator: "_qs + problem;
}

} // namespace Pactbench
