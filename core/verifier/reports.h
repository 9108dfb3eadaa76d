// SPDX-License-Identifier: MIT
#pragma once

#include "verificationresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace Pactbench::Reports {

/**
 * The JSON report in the reference verifier's shape (`result`, `interactionResults`, `errors`,
 * `notices`, `pendingErrors`, `output`), with our additions under `pactbench` in each
 * interaction result: the request sent, the response received and the state calls.
 */
QJsonObject json(const QList<InteractionResult> &results, const VerificationSummary &summary);
/// JUnit XML as the reference writes it: one testsuite per provider, one testcase per interaction.
QByteArray junit(const QList<InteractionResult> &results, const VerificationSummary &summary);
/// The console text: one line per interaction, then each failure with its request and mismatches.
QString console(const QList<InteractionResult> &results, const VerificationSummary &summary);
/// The part of console() after the interaction lines: the failures and the summary line.
QString failuresAndSummary(const QList<InteractionResult> &results, const VerificationSummary &summary);
/// One interaction's line (and its "Given" lines); `header` gets the "Verifying a pact between" line when the pact changes.
QString interactionLine(const InteractionResult &result, const InteractionResult *previous);
/// "1.1) has a matching body\n           Expected …" lines for one failure.
QString failureText(const InteractionResult &result, int number);

} // namespace Pactbench::Reports
