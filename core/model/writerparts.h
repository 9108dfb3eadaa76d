// SPDX-License-Identifier: MIT
#pragma once

// Private to the writers (pactwriter.cpp, pactwriterv2*.cpp): what every part's JSON is finished with.

#include <QJsonObject>

namespace Pactbench::detail {

/// `known` written over the part's unknown keys (`extra`), which are kept as read.
QJsonObject withExtra(const QJsonObject &extra, const QJsonObject &known);

/// Whether the rule categories a file gave as {} (inside `matchingRules`) are put back too.
enum class EmptyCategories { Keep, Drop };

/**
 * Puts back the members the file gave as null, [] or {} (the reader's `emptyAsRead`) where the
 * writer wrote nothing; with Keep, also the empty categories inside an object written (V3/V4
 * `matchingRules`). V2's flat rule keys have no place for categories: Drop.
 */
QJsonObject withEmptyAsRead(QJsonObject o, const QJsonObject &emptyAsRead, EmptyCategories categories);

} // namespace Pactbench::detail
