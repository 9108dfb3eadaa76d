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

} // namespace Pactbench
