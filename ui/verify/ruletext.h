// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/matchingrules.h>

#include <QString>
#include <QStringList>

namespace Pactbench::RuleText {

enum class Part { Body, Header, Metadata };

/**
 * The matching rules that apply at one place, in words ("Type", "Regex(\"^\\d+$\")", joined by
 * "and"/"or"), chosen by path weight as the matching engine does; empty when no rule applies
 * (the value must then be equal). `path` is a JSON path for bodies, the name for headers/metadata.
 */
QString at(const MatchingRules &rules, Part part, const QString &path);

} // namespace Pactbench::RuleText
