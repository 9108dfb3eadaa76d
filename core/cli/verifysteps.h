// SPDX-License-Identifier: MIT
#pragma once

// Parts of `pactbench-cli verify` beside its main flow (verifycommand.cpp): pacts that failed to
// load in the reports, the pact of a webhook callback, the HTML report, the version text.

#include "cli.h"
#include "verifyoptions.h"

#include <core/broker/brokerpact.h>
#include <core/verifier/brokerverification.h>
#include <core/verifier/verificationresult.h>

#include <QJsonObject>

namespace Pactbench::Cli::VerifySteps {

/// What `verify -v/--version` prints.
QString versionText();

/**
 * The JSON report with the pacts that could not be loaded (a missing file, not JSON, a broker that
 * failed …) added as the reference adds them: one `errors` entry each, `{"interaction": "Failed to
 * load pact", "mismatch": {"interactionId": "", "message": …, "type": "error"}}`, and `result` false.
 */
QJsonObject withLoadFailures(QJsonObject report, const QStringList &failures);

/**
 * The pact of `--webhook-callback-url`, fetched with the broker's connection (credentials, retries):
 * appended to `targets` and `pacts` (for publishing). False, with the error in `failures` and on
 * stderr, when it cannot be had.
 */
bool loadWebhookPact(const BrokerVerificationOptions &broker, const QString &url, LogLevel level,
                     QList<VerificationTarget> *targets, QList<BrokerPact> *pacts, QStringList *failures, Io &io);

/**
 * The HTML report (`--html`): one self-contained page (no scripts, no external files) with the
 * summary, the pacts that failed to load, and per interaction its verdict, provider states,
 * mismatches (type, path, expected, actual, description), errors and the request sent.
 */
QByteArray htmlReport(const QList<InteractionResult> &results, const VerificationSummary &summary,
                      const QStringList &loadFailures, const QString &providerName);

} // namespace Pactbench::Cli::VerifySteps
