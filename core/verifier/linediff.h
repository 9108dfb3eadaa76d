// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

namespace Pactbench::LineDiff {

/// One line of a diff: in both texts, only in the first (removed) or only in the second (added).
struct Line
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

/// The bounds of a diff: past them diff() gives up (and says so) instead of taking time or memory.
struct Limits
{
    qsizetype maxLines = 20000; ///< lines of each text
    int maxEdits = 2000; ///< removed plus added lines
};

/**
 * The shortest edit script from `a` to `b` (Myers' O(ND) algorithm), as the lines of both in
 * order. Empty with `*error` set when a limit is passed.
 */
QList<Line> diff(const QStringList &a, const QStringList &b, const Limits &limits = {}, QString *error = nullptr);

/**
 * A diff in unified form: changed lines with `context` lines around them, " ", "-" or "+" before
 * each, "…" between parts; at most `maxOutputLines`, then a line saying how many more changed.
 */
QStringList unified(const QList<Line> &lines, int context = 3, int maxOutputLines = 80);

} // namespace Pactbench::LineDiff
