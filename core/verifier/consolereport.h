// SPDX-License-Identifier: MIT
#pragma once

#include "verificationresult.h"

#include <QString>
#include <QStringList>

/**
 * The verifier's console text, line for line in the reference `pact verifier`'s shape: the pact
 * header, each interaction with its check lines ("has status code 200 (OK)"), then the pending
 * failures and failures with each mismatch group, and the counts. Ours adds, under each failure,
 * a line diff of the bodies and the request sent as a curl command, and a last summary line.
 */
namespace Pactbench::Reports {

struct ConsoleStyle
{
    bool colour = false; ///< ANSI colours as the reference prints them (bold values, green OK, red FAILED)
};

/// "0s", "70ms", "1s 200ms": a duration as the reference prints it.
QString durationText(qint64 ms);
/// The whole console text: every interaction, then failuresAndSummary().
QString console(const QList<InteractionResult> &results, const VerificationSummary &summary,
                const QStringList &loadFailures = {}, const ConsoleStyle &style = {});
/// The part after the interactions: pending failures, failures (pacts that failed to load first), counts.
QString failuresAndSummary(const QList<InteractionResult> &results, const VerificationSummary &summary,
                           const QStringList &loadFailures = {}, const ConsoleStyle &style = {});
/// One interaction: the pact header when the pact changes, its heading, states, comments and check lines.
QString interactionLine(const InteractionResult &result, const InteractionResult *previous, const ConsoleStyle &style = {});
/// The check lines: "returns a response which" / "generates a message which" and each check with OK or FAILED.
QStringList checkLines(const InteractionResult &result, const ConsoleStyle &style = {});
/// One failure's lines below its title: each mismatch group ("1.1) has a matching body"), diffs, the request sent.
QString failureText(const InteractionResult &result, int number, const ConsoleStyle &style = {});
/// A mismatch's one-line summary as the reference groups them: "has status code 200", "includes header 'A' with value 'b'".
QString mismatchSummary(const VerifierMismatch &m);
/// A mismatch's line below its summary: the sentence, "path -> sentence" for a body.
QString mismatchDescription(const VerifierMismatch &m);

} // namespace Pactbench::Reports
