// SPDX-License-Identifier: MIT
#include "publishedresults.h"

#include <QHash>

namespace Pactbench {

QString mismatchTypeOf(const QString &attribute)
{
    static const QHash<QString, QString> types = {
        {u"status"_qs, u"StatusMismatch"_qs}, {u"header"_qs, u"HeaderMismatch"_qs},
        {u"body"_qs, u"BodyMismatch"_qs},     {u"metadata"_qs, u"MetadataMismatch"_qs},
        {u"query"_qs, u"QueryMismatch"_qs},   {u"path"_qs, u"PathMismatch"_qs},
        {u"method"_qs, u"MethodMismatch"_qs}};
    return types.value(attribute.toLower(), attribute);
}

namespace {

/// Finds the interaction a test result is about; -1 when none. `used` prefers interactions not taken yet.
int interactionOf(const PublishedTestResult &t, const Pact &pact, const QList<bool> &used)
{
    if (!t.interactionId.isEmpty()) {
        for (int i = 0; i < pact.interactions.size(); ++i) {
            const Interaction &interaction = pact.interactions.at(i);
            if (interaction.extra.value(u"_id").toString() == t.interactionId
                || (!interaction.key.isEmpty() && interaction.key == t.interactionId))
                return i;
        }
    }
    if (t.interactionDescription.isEmpty())
        return -1;
    int fallback = -1;
    for (int i = 0; i < pact.interactions.size(); ++i) {
        const Interaction &interaction = pact.interactions.at(i);
        if (interaction.description != t.interactionDescription)
            continue;
        if (t.providerState && !t.providerState->isEmpty()
            && !interaction.providerStateNames().contains(*t.providerState))
            continue;
        if (!used.at(i))
            return i;
        if (fallback < 0)
            fallback = i;
    }
    return fallback;
}

VerifierMismatch mismatchOf(const PublishedMismatch &m)
{
    VerifierMismatch v;
    v.type = mismatchTypeOf(m.attribute);
    v.path = m.identifier;
    if (v.path.isEmpty() && v.type == u"BodyMismatch")
        v.path = QStringLiteral("$");
    v.description = m.description;
    if (!m.diff.trimmed().isEmpty())
        v.description += u'\n' + m.diff.trimmed();
    v.expected = m.expected; // Undefined unless published
    v.actual = m.actual;
    return v;
}

InteractionOutcome outcomeOf(const PublishedTestResult &t)
{
    if (!t.mismatches.isEmpty())
        return InteractionOutcome::Failed;
    if (!t.exceptions.isEmpty())
        return InteractionOutcome::Error;
    if (!t.success)
        return InteractionOutcome::Skipped; // the publisher did not say
    return *t.success ? InteractionOutcome::Passed : InteractionOutcome::Failed;
}

/// The result of one interaction without anything verified yet: names, kind, states, expected status.
InteractionResult blankResult(const Pact &pact, const Interaction &interaction, int index)
{
    InteractionResult r;
    r.pactIndex = 0;
    r.interactionIndex = index;
    r.consumer = pact.consumer.name;
    r.provider = pact.provider.name;
    r.description = interaction.description;
    r.key = interaction.key;
    r.kind = interaction.kind;
    r.providerStates = interaction.providerStateNames();
    r.pending = interaction.pending;
    r.expected.status = interaction.isHttp() ? interaction.response.status : 0;
    r.outcome = InteractionOutcome::Skipped;
    return r;
}

void addTestResult(const PublishedTestResult &t, InteractionResult *r)
{
    for (const PublishedMismatch &m : t.mismatches)
        r->mismatches.append(mismatchOf(m));
    for (const PublishedException &e : t.exceptions)
        r->errors.append(e.exceptionClass.isEmpty() ? e.message : e.exceptionClass + u": " + e.message);
    const InteractionOutcome outcome = outcomeOf(t);
    // Two results for one interaction: the worse one counts.
    if (r->outcome == InteractionOutcome::Skipped || outcome == InteractionOutcome::Failed
        || (outcome == InteractionOutcome::Error && r->outcome == InteractionOutcome::Passed))
        r->outcome = outcome;
}

} // namespace

QList<PublishedInteraction> pairPublishedResults(const PublishedVerification &verification, const Pact &pact)
{
    QList<PublishedInteraction> out;
    QList<bool> used(pact.interactions.size(), false);
    for (int i = 0; i < pact.interactions.size(); ++i)
        out.append({blankResult(pact, pact.interactions.at(i), i), pact.interactions.at(i), {}, {}, true, false});
    for (const PublishedTestResult &t : verification.testResults) {
        int at = interactionOf(t, pact, used);
        if (at < 0) {
            Interaction unknown;
            unknown.description = t.interactionDescription.isEmpty() ? t.interactionId : t.interactionDescription;
            at = int(out.size());
            out.append({blankResult(pact, unknown, at), unknown, t.interactionId, {}, false, true});
        } else {
            used[at] = true;
        }
        out[at].reported = true;
        out[at].unread << t.unread;
        addTestResult(t, &out[at].result);
    }
    return out;
}

} // namespace Pactbench
