// SPDX-License-Identifier: MIT
#pragma once

#include <core/matching/rules.h>
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

/// at() for many places of one part: the rules are read once (a diff asks for every line of a body).
class Lookup
{
public:
    Lookup(const MatchingRules &rules, Part part);
    QString at(const QString &path) const;

private:
    Part m_part;
    RuleCategory m_category; ///< empty when the part has no rules
};

} // namespace Pactbench::RuleText
