// SPDX-License-Identifier: MIT
#pragma once

#include "generators.h"

#include <optional>

namespace Pactbench {

/// The bounds every generator definition is held to, when a pact is read and when it runs.
struct GeneratorLimits
{
    static constexpr qint64 MaxSize = 65536; ///< RandomString `size`, RandomHexadecimal `digits`
    static constexpr qint64 MaxDecimalDigits = 300; ///< RandomDecimal `digits` (a double holds no more)
};

/**
 * What is wrong with a generator definition, in words that name the attribute and any limit
 * ("RandomString generator: 'size' 2000000000 is over the limit of 65536"); empty when it can run.
 * Unknown types are not checked here (the reader warns about them).
 */
QString checkGenerator(const Generator &generator);

/// An integer attribute given as a number or a numeric string; nothing when absent or not whole.
std::optional<qint64> generatorInteger(const QJsonObject &attributes, const QString &key);

} // namespace Pactbench
