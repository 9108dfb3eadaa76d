// SPDX-License-Identifier: MIT
#include "brokerverification.h"

#include <core/net/origin.h>

namespace Pactbench::BrokerVerification {

VerificationTarget targetFrom(const BrokerPact &pact)
{
    VerificationTarget t;
    t.pact = pact.pact;
    t.origin = Origin::display(pact.url);
    t.pending = pact.pending.value_or(false);
    for (const BrokerNotice &n : pact.notices) {
        if (n.when.isEmpty() || n.when.startsWith(u"before_verification"))
            t.notices.append(n.text);
    }
    return t;
}

static QString attributeOf(const QString &type)
{
    if (type == u"StatusMismatch")
        return QStringLiteral("status");
    if (type == u"HeaderMismatch")
        return QStringLiteral("header");
    if (type == u"MetadataMismatch")
        return QStringLiteral("metadata");
    return QStringLiteral("body");
}

VerificationResults resultsFor(int pactIndex, const QList<InteractionResult> &results,
                               const BrokerVerificationOptions &options, const QString &verifierVersion)
{
    VerificationResults out;
    out.providerApplicationVersion = options.providerVersion;
    out.buildUrl = options.buildUrl;
    out.verifierVersion = verifierVersion;
    out.success = true;
    for (const InteractionResult &r : results) {
        if (r.pactIndex != pactIndex || r.outcome == InteractionOutcome::Skipped)
            continue;
        VerificationResults::InteractionResult ir;
        ir.interactionId = r.key;
        ir.interactionDescription = r.description;
        ir.success = r.outcome == InteractionOutcome::Passed;
        for (const VerifierMismatch &m : r.mismatches) {
            // Both null is "not known" (the mismatch's defaults); a reader of the broker shows the values.
            const bool known = !m.expected.isNull() || !m.actual.isNull();
            const QJsonValue none(QJsonValue::Undefined);
            ir.mismatches.append({attributeOf(m.type), m.path, m.description, known ? m.expected : none,
                                  known ? m.actual : none});
        }
        if (r.outcome == InteractionOutcome::Error)
            ir.exceptions = r.errors;
        // A pending failure is published as a failure; the broker decides what pending means.
        out.success = out.success && ir.success;
        out.testResults.append(ir);
    }
    return out;
}

} // namespace Pactbench::BrokerVerification
