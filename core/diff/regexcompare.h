// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Pactbench::Diff {

/// A three-valued answer: proven, disproven (with a witness), or not known.
enum class Inclusion { Yes, No, Unknown };

/// Whether every string one whole-value regex matches is matched by another.
struct RegexInclusion
{
    Inclusion result = Inclusion::Unknown;
    QString witness; ///< for No: a string the first regex matches and the second does not
    QString reason; ///< for Yes: the rule that proved it
};

/**
 * Whether every string the whole-value regex `a` matches is also matched by `b` (Pact anchors a
 * regex to the whole value, as RegexCache does).
 *
 * Yes only by proof: equal patterns; a finite language (alternations of literals and small
 * classes, at most 512 strings) tested string by string with the real engine; the same structure
 * with each character class and quantifier of `b` containing `a`'s; each alternative of `a` inside
 * one of `b`; `b` a single class repeated (`.*`, `\w+`) that holds every character of `a`.
 * No only with a witness: a string the real engine shows `a` matches and `b` does not, from
 * samples drawn deterministically from `a`'s structure and a fixed list.
 * Unknown otherwise, and for what the structural rules do not model (back-references, look-arounds,
 * atomic groups, possessive quantifiers, inline flags, Unicode properties, word boundaries).
 */
RegexInclusion regexIncluded(const QString &a, const QString &b);

/// Strings `pattern` probably matches, drawn deterministically from its structure (not checked).
QStringList regexSamples(const QString &pattern);

} // namespace Pactbench::Diff
