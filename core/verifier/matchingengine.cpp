// SPDX-License-Identifier: MIT
#include "matchingengine.h"

#include <core/matching/generator.h>
#include <core/matching/matching.h>

namespace Pactbench {

namespace {

QList<VerifierMismatch> convert(const MatchResult &result)
{
    QList<VerifierMismatch> out;
    for (const Mismatch &m : result.mismatches)
        out.append(toVerifierMismatch(m));
    return out;
}

class MatchingEngine : public VerificationEngine
{
public:
    HttpRequest prepareRequest(const Interaction &interaction, const QJsonObject &stateValues,
                               SpecVersion version) const override
    {
        Q_UNUSED(version);
        // Provider-state values: the states' params, overridden by what the state-change calls returned.
        GeneratorContext context;
        context.mode = GeneratorMode::Provider;
        for (const ProviderState &state : interaction.providerStates) {
            for (auto it = state.params.begin(); it != state.params.end(); ++it)
                context.providerState.insert(it.key(), it.value());
        }
        for (auto it = stateValues.begin(); it != stateValues.end(); ++it)
            context.providerState.insert(it.key(), it.value());
        return applyGenerators(interaction.request, context);
    }

    QList<VerifierMismatch> compareResponse(const HttpResponse &expected, const HttpResponse &actual,
                                            SpecVersion version) const override
    {
        return convert(matchResponse(expected, actual, version));
    }

    QList<VerifierMismatch> compareMessage(const MessageContents &expected, const MessageContents &actual,
                                           SpecVersion version) const override
    {
        return convert(matchMessage(expected, actual, version));
    }
};

/**
 * A mismatch's value as the reference's report holds it: a status as a number, the absent side of
 * a body present on one side only (path "/") as null, anything else as the text matching gave.
 */
QJsonValue reportValue(const Mismatch &m, const QString &text)
{
    bool number = false;
    if (m.kind == MismatchKind::Status) {
        const int status = text.toInt(&number);
        if (number)
            return status;
    }
    if (m.kind == MismatchKind::Body && m.path == u"/" && text.isEmpty())
        return QJsonValue::Null;
    return text;
}

} // namespace

VerifierMismatch toVerifierMismatch(const Mismatch &m)
{
    VerifierMismatch v;
    v.type = referenceMismatchType(m.kind);
    v.path = m.path;
    v.expected = reportValue(m, m.expected);
    v.actual = reportValue(m, m.actual);
    v.description = m.sentence;
    return v;
}

std::unique_ptr<VerificationEngine> createMatchingEngine()
{
    return std::make_unique<MatchingEngine>();
}

} // namespace Pactbench
