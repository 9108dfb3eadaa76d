// SPDX-License-Identifier: MIT
#include "matching.h"

#include "jsonbody.h"
#include "partmatchers.h"
#include "valuematchers.h"

#include <core/json/jsonreader.h>

#include <QJsonObject>

namespace Pactbench {

using namespace detail;

namespace {

RuleCategory rules(const MatchingRules &all, const QString &name, RuleCategory::Kind kind)
{
    return RuleCategory(kind, all.category(name));
}

RuleCategory contentRules(const MatchingRules &all)
{
    MatchingRules::Category merged = all.category(QStringLiteral("body"));
    const MatchingRules::Category content = all.category(QStringLiteral("content"));
    for (auto it = content.begin(); it != content.end(); ++it)
        merged.insert(it.key(), it.value());
    return RuleCategory(RuleCategory::Kind::Body, merged);
}

void checkMethod(const QString &expected, const QString &actual, MatchResult &result)
{
    ++result.checks;
    if (expected.compare(actual, Qt::CaseInsensitive) != 0)
        result.add(Mismatch{MismatchKind::Method, {}, expected, actual,
                            QStringLiteral("expected %1 but was %2").arg(expected, actual)});
}

void checkPath(const QString &expected, const QString &actual, const RuleCategory &pathRules, MatchResult &result)
{
    ++result.checks;
    const ValuePath none;
    QStringList messages;
    if (pathRules.isDefined(none)) {
        const RuleGroup g = pathRules.best(none);
        messages = matchGroup(g, none, [&](const Rule &r) { return matchString(r, expected, actual, false); });
    } else if (const Verdict v = matchString(Rule{}, expected, actual, false)) {
        messages.append(*v);
    }
    for (const QString &m : messages)
        result.add(Mismatch{MismatchKind::Path, {}, expected, actual, m});
}

void addAll(MatchResult &result, const QList<Mismatch> &mismatches)
{
    for (const Mismatch &m : mismatches) {
        if (!result.mismatches.contains(m))
            result.add(m);
    }
}

/// V1 compares the query as written: parameter by parameter (as the reference words it), and when every
/// parameter agrees, still the whole string (order of parameters, empty segments).
void checkV1Query(const QueryParams &expected, const QueryParams &actual, MatchResult &result)
{
    const QList<Mismatch> parameters = matchQuery(expected, actual, RuleCategory(), false, &result.checks);
    if (!parameters.isEmpty()) {
        addAll(result, parameters);
        return;
    }
    if (expected.entries() != actual.entries())
        result.add(Mismatch{MismatchKind::Query, {}, expected.toQueryString(), actual.toQueryString(),
                            QStringLiteral("Expected query string '%1' but was '%2'")
                                .arg(expected.toQueryString(), actual.toQueryString())});
}

void checkStatus(int expected, int actual, const RuleCategory &statusRules, MatchResult &result)
{
    ++result.checks;
    const ValuePath none;
    QStringList messages;
    if (statusRules.isDefined(none)) {
        const RuleGroup g = statusRules.best(none);
        messages = matchGroup(g, none, [&](const Rule &r) { return matchUnsigned(r, expected, actual, false); });
    } else if (expected != actual) {
        messages.append(QStringLiteral("expected %1 but was %2").arg(expected).arg(actual));
    }
    for (const QString &m : messages)
        result.add(Mismatch{MismatchKind::Status, {}, QString::number(expected), QString::number(actual), m});
}


JsonItem metadataItem(const QJsonValue &v)
{
    return bareItem(v);
}

QStringList metadataValue(const QString &key, const QJsonValue &e, const QJsonValue &a, const RuleCategory &metaRules)
{
    const ValuePath path{QStringLiteral("$"), key};
    if (metaRules.isDefined(path)) {
        const RuleGroup g = metaRules.best(path);
        return matchGroup(g, path, [&](const Rule &r) { return matchJson(r, metadataItem(e), metadataItem(a), g.cascaded); });
    }
    const QString lower = key.toLower();
    if (lower == u"contenttype" || lower == u"content-type")
        return matchParameterHeader(e.toString(), a.toString(), key, QStringLiteral("metadata"), 0, true);
    if (const Verdict v = matchJson(Rule{}, metadataItem(e), metadataItem(a), false, false))
        return {*v};
    return {};
}

void checkMetadata(const QJsonObject &expected, const QJsonObject &actual, const RuleCategory &metaRules,
                   MatchResult &result)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        ++result.checks;
        const QString e = compactJson(it.value());
        if (!actual.contains(it.key())) {
            result.add(Mismatch{MismatchKind::Metadata, it.key(), e, {},
                                QStringLiteral("Expected message metadata '%1' but was missing").arg(it.key())});
            continue;
        }
        const QJsonValue a = actual.value(it.key());
        for (const QString &m : metadataValue(it.key(), it.value(), a, metaRules))
            result.add(Mismatch{MismatchKind::Metadata, it.key(), e, compactJson(a),
                                QStringLiteral("Expected metadata key '%1' to have value '%2' but was '%3' - %4")
                                    .arg(it.key(), e, compactJson(a), m)});
    }
}

/// A value typed in a playground: JSON when it reads as JSON (numbers as written), else a string.
JsonDoc typedValue(const QByteArray &text)
{
    const JsonReadResult read = JsonReader::read(text);
    if (read.ok())
        return JsonDoc::fromValue(read.value, read.lexemes);
    return JsonDoc::fromValue(QJsonValue(QString::fromUtf8(text)), {});
}

QStringList evaluateOn(const Matcher &matcher, const JsonDoc &e, const JsonDoc &a)
{
    MatchingRules rules;
    rules.add(QStringLiteral("body"), QStringLiteral("$"), RuleList{ { matcher }, RuleLogic::And, {} });
    const RuleCategory category(RuleCategory::Kind::Body, rules.category(QStringLiteral("body")));
    JsonComparer comparer(category, true, e, a);
    QStringList out;
    for (const Mismatch &m : comparer.run())
        out.append(m.path == u"$" ? m.sentence : m.path + QStringLiteral(": ") + m.sentence);
    return out;
}

} // namespace

MatchResult matchRequest(const HttpRequest &expected, const HttpRequest &actual, SpecVersion version)
{
    MatchResult result;
    const MatchingRules &r = expected.matchingRules;
    const RuleCategory headerRules = rules(r, QStringLiteral("header"), RuleCategory::Kind::Header);
    checkMethod(expected.method, actual.method, result);
    checkPath(expected.path, actual.path, rules(r, QStringLiteral("path"), RuleCategory::Kind::Single), result);
    const bool v4 = version >= SpecVersion::V4;
    const BodySide e{&expected.body, bodyMediaType(expected.body, expected.contentTypeHeader()), expected.headers, v4};
    const BodySide a{&actual.body, bodyMediaType(actual.body, actual.contentTypeHeader()), actual.headers, v4};
    addAll(result, matchBody(e, a, rules(r, QStringLiteral("body"), RuleCategory::Kind::Body), headerRules, false,
                             &result.checks));
    if (version == SpecVersion::V1)
        checkV1Query(expected.query, actual.query, result);
    else
        addAll(result, matchQuery(expected.query, actual.query, rules(r, QStringLiteral("query"), RuleCategory::Kind::Query),
                                  false, &result.checks));
    addAll(result, matchHeaders(expected.headers, actual.headers, headerRules, &result.checks));
    return result;
}

MatchResult matchResponse(const HttpResponse &expected, const HttpResponse &actual, SpecVersion version)
{
    MatchResult result;
    const MatchingRules &r = expected.matchingRules;
    const RuleCategory headerRules = rules(r, QStringLiteral("header"), RuleCategory::Kind::Header);
    const bool v4 = version >= SpecVersion::V4;
    const BodySide e{&expected.body, bodyMediaType(expected.body, expected.contentTypeHeader()), expected.headers, v4};
    const BodySide a{&actual.body, bodyMediaType(actual.body, actual.contentTypeHeader()), actual.headers, v4};
    addAll(result, matchBody(e, a, rules(r, QStringLiteral("body"), RuleCategory::Kind::Body), headerRules, true,
                             &result.checks));
    checkStatus(expected.status, actual.status, rules(r, QStringLiteral("status"), RuleCategory::Kind::Single), result);
    const QList<Mismatch> headers = matchHeaders(expected.headers, actual.headers, headerRules, &result.checks);
    if (v4)
        noteHeaderDepartures(expected.headers, headers);
    addAll(result, headers);
    return result;
}

MatchResult matchMessage(const MessageContents &expected, const MessageContents &actual, SpecVersion version)
{
    Q_UNUSED(version)
    MatchResult result;
    const BodySide e{&expected.contents, bodyMediaType(expected.contents, expected.metadataContentType()), {}, true};
    const BodySide a{&actual.contents, bodyMediaType(actual.contents, actual.metadataContentType()), {}, true};
    ++result.checks;
    if (e.type.equivalentTo(a.type)) {
        addAll(result, matchBodyContent(e.type, e, a, contentRules(expected.matchingRules), true, &result.checks));
    } else if (expected.contents.isPresent()) {
        result.add(Mismatch{MismatchKind::BodyType, QStringLiteral("$"), e.type.toString(), a.type.toString(),
                            QStringLiteral("Expected message with content type %1 but was %2")
                                .arg(e.type.toString(), a.type.toString())});
    }
    checkMetadata(expected.metadata, actual.metadata,
                  rules(expected.matchingRules, QStringLiteral("metadata"), RuleCategory::Kind::Metadata), result);
    return result;
}

QStringList evaluateMatcher(const Matcher &matcher, const QJsonValue &actual, const QJsonValue &expected)
{
    const JsonDoc e = JsonDoc::fromValue(expected.isUndefined() ? actual : expected);
    return evaluateOn(matcher, e, JsonDoc::fromValue(actual));
}

QStringList evaluateMatcher(const Matcher &matcher, const QJsonValue &actual, const NumberLexemes &actualLexemes,
    const QJsonValue &expected, const NumberLexemes &expectedLexemes)
{
    const JsonDoc e = expected.isUndefined() ? JsonDoc::fromValue(actual, actualLexemes)
                                             : JsonDoc::fromValue(expected, expectedLexemes);
    return evaluateOn(matcher, e, JsonDoc::fromValue(actual, actualLexemes));
}

QStringList evaluateMatcherOnText(const Matcher &matcher, const QByteArray &actual, const QByteArray &expected)
{
    const JsonDoc a = typedValue(actual);
    return evaluateOn(matcher, expected.isEmpty() ? a : typedValue(expected), a);
}

QList<Mismatch> ruleProblems(const MatchingRules &all)
{
    QList<Mismatch> out;
    for (auto c = all.all().begin(); c != all.all().end(); ++c) {
        for (auto k = c.value().begin(); k != c.value().end(); ++k) {
            for (qsizetype i = 0; i < k.value().matchers.size(); ++i) {
                const Rule r = Rule::fromMatcher(k.value().matchers.at(i));
                if (r.error.isEmpty())
                    continue;
                const QString where = QStringLiteral("matchingRules.%1%2.matchers[%3]")
                                          .arg(c.key(), k.key().isEmpty() ? QString() : QStringLiteral("['") + k.key() + QStringLiteral("']"))
                                          .arg(i);
                out.append(Mismatch{MismatchKind::Rule, where, k.value().matchers.at(i).type, {}, r.error});
            }
        }
    }
    return out;
}

} // namespace Pactbench
