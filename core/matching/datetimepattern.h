// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Pactbench {

/**
 * Checks a value against a Java DateTimeFormatter pattern ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"),
 * the format language of Pact's date, time and timestamp matchers. Fields are range
 * checked (month 1–12, day within its month, hour 0–23 …), so 2023-02-30 is rejected.
 * Returns an empty string when the value fits, else the reason.
 */
QString validateDateTime(const QString &value, const QString &pattern);

/**
 * Reads the quoted literal that starts at `pattern[pos]` (a `'`) as Java's DateTimeFormatter
 * does: `''` inside the quotes is one quote, `''` alone is one quote, and an unclosed quote runs
 * to the end. Advances `pos` past it. The formatter and the checker both use it, so a generated
 * value always fits its own pattern.
 */
QString readQuotedLiteral(const QString &pattern, qsizetype &pos);

} // namespace Pactbench
