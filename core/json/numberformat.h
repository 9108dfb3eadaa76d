// SPDX-License-Identifier: MIT
#pragma once

// Private to the library: number spelling into a caller's buffer, for the reader's scan and the writer.

#include <QJsonValue>

namespace Pactbench::detail {

/// Room that formatDouble() and formatNumber() may use.
inline constexpr int kNumberBufferSize = 32;

/// canonicalDoubleText() into `out`; returns the length.
int formatDouble(double d, char *out);
/// canonicalNumberText() of a number into `out`; returns the length.
int formatNumber(const QJsonValue &v, char *out);
/// Qt's integer for a number value: its integer, or an integral double within qint64's range.
bool qtInteger(const QJsonValue &v, qint64 *out);

} // namespace Pactbench::detail
