// SPDX-License-Identifier: MIT
// What only the pact's matching rules show (checker.h): the values a matcher admits, against the schema.
//
// A request's matcher says what the consumer may send: every value it admits must fit the schema. A
// response's matcher says what the consumer accepts: the schema must allow at least one such value (a
// matcher whose values the provider can never produce is a broken contract). Values are sampled: a regex
// by our regex generator, a date/time format by formatting fixed instants, a number matcher by its kind.
#include "checkcontext.h"
#include "matchersamples.h"
#include "schemanavigation.h"

#include <core/matching/regexcache.h>
#include <core/matching/rules.h>

namespace Pactbench::OpenApi {

namespace {

enum class Side { Request, Response };

struct Place
{
    Side side;
    QString code;
    MockValue mock; ///< the example the rule applies to, where it is
    SpecPlace spec;
    QString what; ///< "body field $.id", "query parameter q", …
    bool text = false; ///< a query, header or path value: always a string, coerced to the schema's type
    /// A body field's: the body and the rule's path, the example in `mock` being found only when needed
    /// (a finding, a regex's example) instead of for each of the pact's rules.
    const MockValue *body = nullptr;
    const QString *bodyPath = nullptr;
};

/// The example `p` is about, and where it is.
MockValue mockOf(const Place &p)
{
    if (!p.body)
        return p.mock;
    const QList<ValuePath> selected = selectValuePaths(RulePath::parse(*p.bodyPath), p.body->value, 1);
    if (selected.isEmpty())
        return {p.body->location, QJsonValue(QJsonValue::Undefined)};
    return {p.body->location + dottedPath(selected.first()), valueAtPath(p.body->value, selected.first())};
}

bool alreadyReported(const CheckContext &c, const Place &p, const MockValue &mock)
{
    for (const Finding &f : *c.findings)
        if (f.code == p.code && f.mockLocation == mock.location)
            return true;
    return false;
}

void report(const CheckContext &c, const Place &p, const QString &reason, const QJsonValue &specValue)
{
    const MockValue mock = mockOf(p);
    if (!alreadyReported(c, p, mock))
        c.add(p.code, QStringLiteral("%1: %2").arg(p.what, reason), mock, p.spec, specValue, true);
}

/// Why the check refuses a value, or empty.
using Rejection = std::function<QString(const QJsonValue &)>;

SampleVerdict judge(const QList<QJsonValue> &samples, const Rejection &rejection)
{
    SampleVerdict verdict;
    for (const QJsonValue &sample : samples) {
        const QString why = rejection(sample);
        if (why.isEmpty()) {
            ++verdict.accepted;
        } else if (verdict.firstReason.isEmpty()) {
            verdict.firstReason = why;
            verdict.firstRejected = sample;
        }
    }
    return verdict;
}

/**
 * Samples the rule against the check, by the asymmetry of the side, and reports the first sample that
 * decides: the pact's own values the rule admits (`examples`) first, then the matcher's own samples. Their
 * verdict is kept per check (`check`: what is checked, completed here with the side and the samples' name).
 */
void checkSamples(const CheckContext &c, const Place &p, const Rule &matcher, const QList<QJsonValue> &examples,
                  SampleVerdictKey check, const Rejection &rejection, const QJsonValue &specValue)
{
    check.samples = ownSamplesKey(matcher);
    check.request = p.side == Side::Request;
    // A matcher that draws no samples of its own (type, number kinds) is judged by the pact's values alone.
    const SampleVerdict own = check.samples.isEmpty()
        ? SampleVerdict()
        : c.schemas.sampleVerdicts.get(check, [&] { return judge(ownSamples(matcher), rejection); });
    const SampleVerdict mine = judge(examples, rejection);
    const SampleVerdict &first = mine.firstReason.isEmpty() ? own : mine;
    if (first.firstReason.isEmpty())
        return;
    const QString shown = sampleText(first.firstRejected);
    if (p.side == Side::Request)
        report(c, p, QStringLiteral("the %1 matcher lets the consumer send %2, which the spec rejects: %3").arg(matcherName(matcher), shown, first.firstReason),
               specValue);
    else if (own.accepted + mine.accepted == 0)
        report(c, p, QStringLiteral("no value the %1 matcher accepts fits the spec (e.g. %2: %3)").arg(matcherName(matcher), shown, first.firstReason),
               specValue);
}

QString firstError(const QList<SchemaError> &errors)
{
    return errors.isEmpty() ? QString() : errors.first().message;
}

/// The checks of one rule against one schema (a body field's, or a parameter's through `validate`).
void checkRule(const CheckContext &c, const Place &p, const Rule &rule, const QJsonValue &example, const SchemaInfo &schema,
               const SampleVerdictKey &check, const Rejection &validate)
{
    if (const QString clash = p.text ? QString() : typeClash(rule, schema, p.side == Side::Request); !clash.isEmpty()) {
        report(c, p, clash, schema.schema);
        return;
    }
    if (const QString clash = sizeClash(rule, schema, p.side == Side::Request); !clash.isEmpty()) {
        report(c, p, clash, schema.schema);
        return;
    }
    checkSamples(c, p, rule, exampleSamples(rule, example), check, validate, schema.schema);
}

/// Validation against a body place's own schema, compiled on first use: type and number matchers, most
/// of a pact's, are decided by the schema's types and sizes alone.
Rejection leafValidation(const CheckContext &c, const SchemaInfo &place)
{
    return [&c, &place, leaf = std::shared_ptr<const CompiledSchema>()](const QJsonValue &v) mutable {
        if (!leaf)
            leaf = c.schemas.get(SchemaCache::Use::Parameter, u"leaf:"_qs + place.identity, place.schema);
        return firstError(leaf->validate(v));
    };
}

/// eachValue: its rules apply to every value of the object, whose schema is `additionalProperties`.
void checkEachValue(const CheckContext &c, const Place &object, const Rule &rule, const MediaType &media, const QJsonValue &example)
{
    RulePath valuesPath = RulePath::parse(*object.bodyPath);
    valuesPath.tokens.append({PathToken::Kind::Star, {}, 0});
    const SchemaInfo values = c.schemas.places().find(&media, media.schema, valuesPath);
    if (!values.found)
        return;
    const QJsonObject members = example.toObject();
    const QJsonValue sample = members.isEmpty() ? QJsonValue(QJsonValue::Undefined) : *members.begin();
    Place p = object;
    p.spec.location = media.place.location + u".schema" + values.location;
    p.what = object.what + u" (each value)";
    const Rejection validate = leafValidation(c, values);
    for (const Rule &sub : rule.subRules)
        checkRule(c, p, sub, sample, values, {nullptr, values.identity}, validate);
}

/// eachKey: the keys its rules admit must be names the object schema allows.
void checkEachKey(const CheckContext &c, const Place &object, const Rule &rule, const SchemaInfo &schema)
{
    // The example's own keys are values the rule admits too (when they match it).
    const QJsonObject example = mockOf(object).value.toObject();
    const QJsonObject o = schema.schema.toObject();
    const QJsonObject properties = o.value(u"properties"_qs).toObject();
    const bool closed = o.value(u"additionalProperties"_qs) == QJsonValue(false) && !o.contains(u"patternProperties"_qs);
    if (!closed)
        return;
    Place p = object;
    p.what = object.what + u" (each key)";
    for (const Rule &sub : rule.subRules) {
        QList<QJsonValue> keys;
        for (auto key = example.begin(); key != example.end(); ++key)
            if (sub.type != Rule::Type::Regex || RegexCache::instance().matchesWhole(sub.text, key.key()))
                keys.append(key.key());
        const SampleVerdictKey check{nullptr, u"keys:"_qs + schema.identity};
        checkSamples(c, p, sub, keys, check, [&](const QJsonValue &key) {
            return properties.contains(key.toString()) ? QString()
                : QStringLiteral("\"%1\" is not a property the spec allows (additionalProperties is false)").arg(key.toString());
        }, schema.schema);
    }
}

void checkBodyRules(const CheckContext &c, Side side, const Response *response)
{
    const Interaction &i = *c.mock.source;
    const MatchingRules &rules = side == Side::Request ? i.request.matchingRules : i.response.matchingRules;
    const MockValue &body = side == Side::Request ? c.mock.requestBody : c.mock.responseBody;
    const MediaType *media = side == Side::Request ? requestMedia(c) : responseMedia(c, response);
    if (!media || !isTruthy(body.value))
        return;
    const auto category = rules.category(u"body"_qs);
    for (auto it = category.begin(); it != category.end(); ++it) {
        const SchemaInfo schema = c.schemas.places().find(media, media->schema, it.key());
        if (!schema.found)
            continue;
        const Place p{side, side == Side::Request ? u"request.body.incompatible"_qs : u"response.body.incompatible"_qs, {},
                      {media->place.location + u".schema" + schema.location, media->place.file, media->place.line},
                      (side == Side::Request ? u"Request body field "_qs : u"Response body field "_qs) + it.key(), false, &body, &it.key()};
        const Rejection validate = leafValidation(c, schema);
        for (const Matcher &m : it.value().matchers) {
            const Rule rule = Rule::fromMatcher(m, Rule::RegexCheck::Skip);
            if (rule.type == Rule::Type::EachValue)
                checkEachValue(c, p, rule, *media, mockOf(p).value);
            else if (rule.type == Rule::Type::EachKey)
                checkEachKey(c, p, rule, schema);
            else // only a regex's samples include the example
                checkRule(c, p, rule, rule.type == Rule::Type::Regex ? mockOf(p).value : QJsonValue(QJsonValue::Undefined), schema,
                          {nullptr, schema.identity}, validate);
        }
    }
}

void checkParameterRules(const CheckContext &c, Side side, const QString &category, ParamIn in, const QList<Parameter> &parameters,
                         const QString &code, const QMap<QString, MockValue> &headers)
{
    const MatchingRules &rules = side == Side::Request ? c.mock.source->request.matchingRules : c.mock.source->response.matchingRules;
    const auto ruleLists = rules.category(category);
    for (auto it = ruleLists.begin(); it != ruleLists.end(); ++it) {
        const QString name = it.key();
        const Parameter *param = nullptr;
        for (const Parameter &candidate : parameters)
            if (candidate.in == in && candidate.name.compare(name, in == ParamIn::Header ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0)
                param = &candidate;
        if (!param)
            continue;
        const MockValue mock = in == ParamIn::Query
            ? MockValue{c.mock.queryLocations.value(name), c.mock.query.value(name).join(u',')}
            : headers.value(name.toLower());
        const Place p{side, code, mock, param->place,
                      QStringLiteral("%1 %2").arg(in == ParamIn::Query ? u"Query parameter"_qs : u"Header"_qs, name), true};
        const SchemaInfo schema = parameterPlan(c, *param)->info;
        const auto validate = [&](const QJsonValue &v) {
            return firstError(checkParameterValue(c, *param, {v.isString() ? v.toString() : sampleText(v)}, true));
        };
        for (const Matcher &m : it.value().matchers) {
            const Rule rule = Rule::fromMatcher(m, Rule::RegexCheck::Skip);
            if (rule.type == Rule::Type::Regex || rule.type == Rule::Type::Date || rule.type == Rule::Type::Time
                || rule.type == Rule::Type::Timestamp)
                checkRule(c, p, rule, mock.value, schema, {param, {}}, validate);
        }
    }
}

void checkPathRule(const CheckContext &c)
{
    const auto rules = c.mock.source->request.matchingRules.category(u"path"_qs);
    for (const RuleList &list : rules) {
        for (const Matcher &m : list.matchers) {
            const Rule rule = Rule::fromMatcher(m, Rule::RegexCheck::Skip);
            if (rule.type != Rule::Type::Regex)
                continue;
            const Place p{Side::Request, u"request.path-or-method.unknown"_qs, c.mock.path, c.operation->place, u"Request path"_qs, true};
            // The example is left out: it reached the route (findRoute), so it cannot be the value that
            // decides a request's finding, and the regex need not be compiled to see whether it admits it.
            checkSamples(c, p, rule, {}, {c.route, {}}, [&](const QJsonValue &v) {
                return pathReaches(c, *c.route, v.toString()) ? QString()
                    : QStringLiteral("it does not reach %1 %2").arg(c.operation->method.toUpper(), c.operation->pathName);
            }, c.operation->pathName);
        }
    }
}

} // namespace

void checkMatchers(const CheckContext &c, const Response *response)
{
    if (!c.operation || !c.mock.source)
        return;
    if (!c.isBadRequest()) {
        checkPathRule(c);
        checkBodyRules(c, Side::Request, nullptr);
        checkParameterRules(c, Side::Request, u"query"_qs, ParamIn::Query, c.operation->parameters, u"request.query.incompatible"_qs, {});
        checkParameterRules(c, Side::Request, u"header"_qs, ParamIn::Header, c.operation->parameters, u"request.header.incompatible"_qs,
                            c.mock.requestHeaders);
    }
    if (!response)
        return;
    checkBodyRules(c, Side::Response, response);
    checkParameterRules(c, Side::Response, u"header"_qs, ParamIn::Header, response->headers, u"response.header.incompatible"_qs,
                        c.mock.responseHeaders);
}

} // namespace Pactbench::OpenApi
