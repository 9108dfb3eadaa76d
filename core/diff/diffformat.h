// SPDX-License-Identifier: MIT
#pragma once

#include "impact.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Pactbench::Diff {

/**
 * `{"maxImpact", "summary": {"breaking", "review", "safe", "cosmetic"}, "interactions": [{"description",
 * "key", "status", "impact", "changes": [{"part", "path", "impact", "reason", "old", "new"}]}]}`; `key` is
 * null without one, `old`/`new` null when absent on that side (difftext.cpp).
 */
QJsonObject toJson(const PactDiff &diff);
/// Human-readable: a summary line, then breaking first, review, safe, cosmetic (difftext.cpp).
QString formatText(const PactDiff &diff);
/**
 * For a pull-request comment: a summary line, a table of the breaking and review changes, the
 * others folded in `<details>` (diffmarkdown.cpp).
 */
QString formatMarkdown(const PactDiff &diff);

/// Impacts from the highest down: the order reports list them in.
QList<Impact> impactsHighestFirst();
/// A value for text: strings as they are, the rest as compact JSON; "—" when absent.
QString valueText(const QJsonValue &value);

} // namespace Pactbench::Diff
