// SPDX-License-Identifier: MIT
#pragma once

#include "checker.h"

#include <QJsonObject>
#include <QString>

namespace Pactbench::OpenApi {

/**
 * The report in swagger-mock-validator's JSON shape: {"errors": [...], "warnings": [...]} with each finding's
 * code, message, type, source, mockDetails and specDetails as SMV writes them, plus our own keys beside
 * them: "matcher" (a matcher-only finding) and specDetails.line; and top-level "summary" and, when asked,
 * "coverage".
 */
QJsonObject toJson(const CheckReport &report, bool withCoverage);
QJsonObject toJson(const Finding &finding);

/// The report for a terminal: findings grouped by pact and interaction, each with both sides, then a summary.
QString formatText(const CheckReport &report, bool withCoverage);

} // namespace Pactbench::OpenApi
