// SPDX-License-Identifier: MIT
#include "matchersamples.h"

#include "boundedmemo.h"

#include <core/matching/generator.h>
#include <core/matching/regexcache.h>
#include <core/model/regexsyntax.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

namespace Pactbench::OpenApi {

namespace {

constexpr int kRegexSamples = 12;
constexpr qsizetype kCachedPatterns = 4096;
constexpr quint32 kRegexSampleSeed = 0x5eed5;

bool allows(const SchemaInfo &schema, std::initializer_list<const char16_t *> types)
{
    if (schema.types.isEmpty())
        return true;
    for (const char16_t *t : types)
        if (schema.types.contains(QString::fromUtf16(t)))
            return true;
    return false;
}

/// The matcher's own kind of value, for the ones that fix it.
QString kindOf(const Rule &rule)
{
    switch (rule.type) {
    case Rule::Type::Integer:
        return u"integer"_qs;
    case Rule::Type::Decimal:
        return u"decimal"_qs;
    case Rule::Type::Number:
        return u"number"_qs;
    case Rule::Type::Boolean:
        return u"boolean"_qs;
    case Rule::Type::Null:
        return u"null"_qs;
    case Rule::Type::Regex:
    case Rule::Type::Date:
    case Rule::Type::Time:
    case Rule::Type::Timestamp:
    case Rule::Type::Semver:
        return u"string"_qs;
    default:
        return {};
    }
}

/**
 * What a regex matcher admits, by sampling: kRegexSamples values from our generator with a fixed seed (the
 * same pact and document give the same findings, run after run and whichever thread checks the
 * interaction), each once. A pure function of the pattern, so kept per pattern: a pact repeats its
 * patterns (dates, ids) in every interaction, and generating parsed the pattern again for each sample.
 * The cache stops growing at kCachedPatterns (a hostile pact has as many patterns as it likes).
 */
QList<QJsonValue> regexSamples(const QString &pattern)
{
    static BoundedMemo<QString, QList<QJsonValue>> cache(kCachedPatterns);
    return cache.get(pattern, [&] {
        QList<QJsonValue> samples;
        // A copy of one seeded generator: seeding a Mersenne Twister (624 words through a seed sequence)
        // costs more than drawing all the samples.
        static const QRandomGenerator seeded(kRegexSampleSeed);
        QRandomGenerator rng = seeded;
        const RegexSyntax syntax = RegexSyntax::parse(pattern);
        for (int i = 0; i < kRegexSamples; ++i)
            if (const std::optional<QString> s = generateFromRegex(syntax, rng); s && !samples.contains(QJsonValue(*s)))
                samples.append(*s);
        return samples;
    });
}

QList<QJsonValue> formatDateSamples(const QString &format)
{
    // Fixed instants with one- and two-digit fields, in UTC and with an offset.
    const QList<QDateTime> instants{
        QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6, 7), QTimeZone::utc()),
        QDateTime(QDate(2024, 12, 31), QTime(23, 59, 58, 999), QTimeZone(3600 * 2)),
    };
    QList<QJsonValue> out;
    for (const QDateTime &at : instants)
        out.append(formatJavaDateTime(at, format));
    return out;
}

/// formatDateSamples, once per format (bounded as regexSamples is).
QList<QJsonValue> dateSamples(const Rule &rule)
{
    static BoundedMemo<QString, QList<QJsonValue>> cache(1024);
    const QString format = rule.dateTimeFormat();
    return cache.get(format, [&] { return formatDateSamples(format); });
}

} // namespace

QString typeClash(const Rule &rule, const SchemaInfo &schema, bool request)
{
    const QString kind = kindOf(rule);
    bool fits = true;
    if (kind == u"integer")
        fits = allows(schema, {u"integer", u"number"});
    else if (kind == u"number")
        fits = request ? allows(schema, {u"number"}) : allows(schema, {u"integer", u"number"});
    else if (kind == u"decimal")
        fits = allows(schema, {u"number"});
    else if (kind == u"boolean")
        fits = allows(schema, {u"boolean"});
    else if (kind == u"null")
        fits = allows(schema, {u"null"});
    else if (kind == u"string")
        fits = allows(schema, {u"string"});
    if (fits)
        return {};
    return QStringLiteral("the %1 matcher admits only %2 values, but the spec allows %3")
        .arg(matcherName(rule), kind, schema.types.join(u" or "));
}

QString sizeClash(const Rule &rule, const SchemaInfo &schema, bool request)
{
    const bool hasMin = rule.type == Rule::Type::MinType || rule.type == Rule::Type::MinMaxType;
    const bool hasMax = rule.type == Rule::Type::MaxType || rule.type == Rule::Type::MinMaxType;
    if (!hasMin && !hasMax)
        return {};
    const qint64 min = hasMin ? rule.min : 0;
    const QString range = hasMax ? QStringLiteral("%1 to %2").arg(min).arg(rule.max) : QStringLiteral("at least %1").arg(min);
    const QString specRange = QStringLiteral("%1 to %2").arg(schema.minItems.value_or(0))
                                  .arg(schema.maxItems ? QString::number(*schema.maxItems) : u"any number"_qs);
    const bool disjoint = (schema.maxItems && min > *schema.maxItems) || (hasMax && schema.minItems && rule.max < *schema.minItems);
    // A matcher without a max is not taken to promise arrays of any length: only explicit bounds count.
    const bool outside = (schema.minItems && min < *schema.minItems) || (schema.maxItems && hasMax && rule.max > *schema.maxItems);
    if (disjoint)
        return QStringLiteral("the matcher wants %1 items, the spec allows %2 (no size fits both)").arg(range, specRange);
    if (request && outside)
        return QStringLiteral("the matcher lets the consumer send %1 items, the spec allows %2").arg(range, specRange);
    return {};
}

QList<QJsonValue> ownSamples(const Rule &rule)
{
    switch (rule.type) {
    case Rule::Type::Regex:
        return regexSamples(rule.text);
    case Rule::Type::Date:
    case Rule::Type::Time:
    case Rule::Type::Timestamp:
        return dateSamples(rule);
    default:
        return {};
    }
}

QString ownSamplesKey(const Rule &rule)
{
    switch (rule.type) {
    case Rule::Type::Regex:
        return u"regex:"_qs + rule.text;
    case Rule::Type::Date:
    case Rule::Type::Time:
    case Rule::Type::Timestamp:
        return QString::number(int(rule.type)) + u':' + rule.dateTimeFormat();
    default:
        return {};
    }
}

QList<QJsonValue> exampleSamples(const Rule &rule, const QJsonValue &example)
{
    // An example its own regex refuses is the pact's problem, not a value it admits.
    if (rule.type == Rule::Type::Regex && example.isString() && RegexCache::instance().matchesWhole(rule.text, example.toString()))
        return {example};
    return {};
}

namespace {

/// Whether a matcher of this type draws samples of its own (Rule::fromMatcher's names for Regex, Timestamp,
/// Date and Time): only those need a Rule read here.
bool drawsSamples(const QString &type)
{
    static const QSet<QString> sampled{u"regex"_qs, u"timestamp"_qs, u"datetime"_qs, u"date"_qs, u"time"_qs};
    return sampled.contains(type);
}

} // namespace

void drawSamples(const Pact &pact, const std::function<bool()> &stop)
{
    for (const Interaction &interaction : pact.interactions) {
        if (!interaction.isHttp())
            continue;
        for (const MatchingRules *rules : {&interaction.request.matchingRules, &interaction.response.matchingRules}) {
            for (const QString &category : rules->categories()) {
                for (const RuleList &list : rules->category(category)) {
                    for (const Matcher &m : list.matchers) {
                        if (stop && stop())
                            return;
                        if (!drawsSamples(m.type))
                            continue;
                        // A body's, header's or query's regex is compiled (into the RegexCache) for the check to
                        // match the pact's example with; a path's example is not matched (matcherchecks.cpp).
                        const Rule rule = Rule::fromMatcher(m, category == u"path" ? Rule::RegexCheck::Skip : Rule::RegexCheck::Compile);
                        if (rule.type == Rule::Type::Regex)
                            regexSamples(rule.text);
                        else if (rule.type == Rule::Type::Date || rule.type == Rule::Type::Time || rule.type == Rule::Type::Timestamp)
                            dateSamples(rule);
                    }
                }
            }
        }
    }
}

QString matcherName(const Rule &rule)
{
    switch (rule.type) {
    case Rule::Type::Timestamp:
        return u"datetime"_qs;
    case Rule::Type::MinType:
    case Rule::Type::MaxType:
    case Rule::Type::MinMaxType:
        return u"type"_qs;
    default:
        return rule.referenceName();
    }
}

QString sampleText(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace Pactbench::OpenApi
