// SPDX-License-Identifier: MIT
// Shared by the inference tests: proposals as compact strings, samples as bodies, and the property
// every proposal must have: the matching engine accepts every sample with it.
#pragma once

#include <core/capture/inference/inference.h>
#include <core/json/jsonreader.h>
#include <core/matching/matching.h>
#include <core/matching/rules.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace InferenceCheck {

using namespace Pactbench;

/// "body $.items type min=1", "body $.d date yyyy-MM-dd", "query page regex ^-?[0-9]+$".
inline QString compact(const RuleProposal &p)
{
    QString out = p.category + (p.key.isEmpty() ? QString() : u' ' + p.key) + u' ' + p.matcher.type;
    for (auto it = p.matcher.attributes.begin(); it != p.matcher.attributes.end(); ++it) {
        const QString value = it.value().isString() ? it.value().toString()
                                                     : QString::number(it.value().toDouble());
        out += (it.key() == u"regex" || it.key() == u"format") ? QString(u' ' + value) : QString(u' ' + it.key() + u'=' + value);
    }
    return out;
}

inline QStringList compact(const QList<RuleProposal> &proposals)
{
    QStringList out;
    for (const RuleProposal &p : proposals)
        out.append(compact(p));
    return out;
}

/// A JSON body as the capture holds it: parsed, with the lexemes of its numbers.
inline Body jsonBody(const QString &text)
{
    const JsonReadResult read = JsonReader::read(text.toUtf8());
    Body b = Body::fromJson(read.value, u"application/json"_qs);
    b.lexemes = read.lexemes;
    return b;
}

inline QList<Body> jsonBodies(const QStringList &texts)
{
    QList<Body> out;
    for (const QString &t : texts)
        out.append(jsonBody(t));
    return out;
}

inline QString lexemePath(const ValuePath &path)
{
    return path.join(NumberLexemes::separator);
}

/**
 * Each proposal against each value its path selects in each sample, with the engine's
 * evaluateMatcher and the value at the same place of the first sample as the example (the first
 * element for `[*]`). Equality and values proposals, and the rules above a values proposal, are
 * left to wholeBodyFailures: they hand values to the rules below them, which one matcher alone does
 * not see. Returns the failures.
 */
inline QStringList ruleFailures(const QList<RuleProposal> &proposals, const QList<Body> &samples)
{
    const auto aboveValues = [&](const RuleProposal &p) {
        for (const RuleProposal &q : proposals) {
            if (q.matcher.type == u"values" && q.key.size() > p.key.size() && q.key.startsWith(p.key))
                return true;
        }
        return false;
    };
    QStringList out;
    for (const RuleProposal &p : proposals) {
        if (p.matcher.type == u"equality" || p.matcher.type == u"values" || aboveValues(p))
            continue;
        const RulePath path = RulePath::parse(p.key);
        const QList<ValuePath> firstPaths = selectValuePaths(path, samples.first().json, 1);
        if (firstPaths.isEmpty())
            continue;
        const QJsonValue example = valueAtPath(samples.first().json, firstPaths.first());
        const NumberLexemes exampleLexemes = samples.first().lexemes.subtree(lexemePath(firstPaths.first()));
        for (qsizetype i = 0; i < samples.size(); ++i) {
            for (const ValuePath &vp : selectValuePaths(path, samples.at(i).json)) {
                const QStringList failures = evaluateMatcher(p.matcher, valueAtPath(samples.at(i).json, vp),
                    samples.at(i).lexemes.subtree(lexemePath(vp)), example, exampleLexemes);
                if (!failures.isEmpty())
                    out.append(QStringLiteral("%1 on sample %2 at %3: %4").arg(compact(p)).arg(i + 1).arg(pathToString(vp), failures.join(u"; ")));
            }
        }
    }
    return out;
}

/// The first sample with the accepted proposals as rules, matched against every sample as a
/// response and as a request; the mismatches found.
inline QStringList wholeBodyFailures(const QList<RuleProposal> &proposals, const QList<Body> &samples)
{
    QStringList out;
    HttpResponse response;
    response.body = samples.first();
    applyProposals(response.matchingRules, proposals, RuleProposal::Side::Response);
    HttpRequest request;
    request.body = samples.first();
    applyProposals(request.matchingRules, proposals, RuleProposal::Side::Response);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        HttpResponse actualResponse;
        actualResponse.body = samples.at(i);
        HttpRequest actualRequest;
        actualRequest.body = samples.at(i);
        for (const Mismatch &m : matchResponse(response, actualResponse).mismatches)
            out.append(QStringLiteral("response sample %1: %2 %3").arg(i + 1).arg(m.path, m.sentence));
        for (const Mismatch &m : matchRequest(request, actualRequest).mismatches)
            out.append(QStringLiteral("request sample %1: %2 %3").arg(i + 1).arg(m.path, m.sentence));
    }
    return out;
}

} // namespace InferenceCheck
