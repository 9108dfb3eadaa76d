// SPDX-License-Identifier: MIT
#include "partdiff.h"

#include <QJsonObject>

namespace Pactbench::Diff {

namespace {

QString categoryOf(MismatchKind kind, bool message)
{
    switch (kind) {
    case MismatchKind::Body:
    case MismatchKind::BodyType: return message ? QStringLiteral("contents") : QStringLiteral("body");
    case MismatchKind::Header: return QStringLiteral("header");
    case MismatchKind::Query: return QStringLiteral("query");
    case MismatchKind::Status: return QStringLiteral("status");
    case MismatchKind::Metadata: return QStringLiteral("metadata");
    case MismatchKind::Method: return QStringLiteral("method");
    case MismatchKind::Path: return QStringLiteral("path");
    case MismatchKind::Rule: return QStringLiteral("matchingRules");
    }
    return {};
}

/// Proof mismatches no change explained: each is a difference of its own.
void reportUnexplained(PartContext &c)
{
    QList<Mismatch> seen;
    for (const Mismatch &m : c.proof->unclaimed()) {
        if (seen.contains(m))
            continue;
        seen.append(m);
        const QString why = c.consumerSends ? QStringLiteral("NEW's example request fails OLD's expectations: %1")
                                            : QStringLiteral("OLD's example fails NEW's expectations: %1");
        // The proof matched one side's example (actual) against the other's expectations (expected).
        const QJsonValue actual = m.actual.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m.actual);
        const QJsonValue expected = m.expected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m.expected);
        c.sink.add(categoryOf(m.kind, c.oldPart.message != nullptr), m.path, Impact::Breaking, why.arg(m.sentence),
                   c.consumerSends ? expected : actual, c.consumerSends ? actual : expected);
    }
}

} // namespace

void diffPart(PartContext &c)
{
    const PartProver prover(c.oldPart, c.newPart, c.consumerSends);
    ProofSet proof(prover.proof());
    c.prover = &prover;
    c.proof = &proof;
    diffHeaderFields(c);
    diffBody(c);
    diffRules(c);
    diffGenerators(c);
    reportUnexplained(c);
    c.prover = nullptr;
    c.proof = nullptr;
}

} // namespace Pactbench::Diff
