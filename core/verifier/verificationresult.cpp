// SPDX-License-Identifier: MIT
#include "verificationresult.h"

namespace Pactbench {

QString outcomeLabel(InteractionOutcome outcome)
{
    switch (outcome) {
    case InteractionOutcome::Passed:
        return QStringLiteral("OK");
    case InteractionOutcome::Failed:
        return QStringLiteral("FAILED");
    case InteractionOutcome::Error:
        return QStringLiteral("ERROR");
    case InteractionOutcome::Skipped:
        return QStringLiteral("SKIPPED");
    }
    return {};
}

QString InteractionResult::title() const
{
    QString t = QStringLiteral("Verifying a pact between %1 and %2").arg(consumer, provider);
    if (!providerStates.isEmpty())
        t += QStringLiteral(" Given ") + providerStates.join(QStringLiteral(" And "));
    return t + QStringLiteral(" - ") + description;
}

void VerificationSummary::count(const QList<InteractionResult> &results)
{
    for (const InteractionResult &r : results) {
        if (r.outcome == InteractionOutcome::Skipped)
            ++skipped;
        else if (r.outcome == InteractionOutcome::Passed)
            ++passed;
        else if (r.pending)
            ++pendingFailures;
        else if (r.outcome == InteractionOutcome::Failed)
            ++failed;
        else
            ++errors;
    }
}

} // namespace Pactbench
