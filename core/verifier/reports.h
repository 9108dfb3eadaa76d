// SPDX-License-Identifier: MIT
#pragma once

#include "consolereport.h"
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

} // namespace Pactbench::Reports
