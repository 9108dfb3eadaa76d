// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Pactbench {

/**
 * Empty when `pattern` compiles as a QRegularExpression (what the matching engine will use), else
 * "reason at offset N" in QRegularExpression's words. Remembered per pattern (thread-safe, bounded): pacts
 * repeat their regexes, and compiling one costs far more than reading the rule that holds it.
 */
QString regexProblem(const QString &pattern);

} // namespace Pactbench
