// SPDX-License-Identifier: MIT
#pragma once
// Shared by the fuzz targets: splitting an input into parts and rules written as JSON.

#include <core/matching/rules.h>

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace Pactbench::Fuzz {

/// What separates the parts of a multi-part input ("rules", "expected", "actual" …): a line `%%`.
inline constexpr char Separator[] = "\n%%\n";

/**
 * The input cut into exactly `count` parts at the first `count - 1` separators; missing parts are
 * empty, and the last part keeps any further separators.
 */
QList<QByteArray> splitParts(const uint8_t *data, size_t size, int count);

/**
 * Body rules written as JSON, `{"$.a[*]": {"matchers": [{"match": "type"}], "combine": "OR"}}`, each
 * path read with RulePath::parse and each matcher with Rule::fromJson. Text that is not a JSON object
 * gives no rules.
 */
RuleCategory rulesFromJson(const QByteArray &json, RuleCategory::Kind kind = RuleCategory::Kind::Body);

/// Drops Qt's warnings (one per malformed input would flood the fuzzer's log) unless PACTBENCH_FUZZ_VERBOSE is set.
void quietQtMessages();

} // namespace Pactbench::Fuzz
