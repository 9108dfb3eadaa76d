// SPDX-License-Identifier: MIT
#include "linediff.h"

#include <QCoreApplication>

#include <vector>

namespace Pactbench::LineDiff {

namespace {

/// The furthest-reaching x on each diagonal k (offset by `max`), saved after every edit count d.
using Trace = std::vector<std::vector<qsizetype>>;

/// Runs the forward search; the number of edits, or -1 past `maxEdits`.
int search(const QStringList &a, const QStringList &b, int maxEdits, Trace *trace)
{
    const qsizetype n = a.size(), m = b.size();
    const qsizetype max = std::min<qsizetype>(n + m, maxEdits);
    std::vector<qsizetype> v(2 * max + 2, 0);
    for (int d = 0; d <= max; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max]
                                                                                    : v[k - 1 + max] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[k + max] = x;
            if (x >= n && y >= m) {
                trace->push_back(v);
                return d;
            }
        }
        trace->push_back(v);
    }
    return -1;
}

/// Walks the trace back from the end, emitting lines last to first.
QList<Line> backtrack(const QStringList &a, const QStringList &b, const Trace &trace, int edits, qsizetype max)
{
    QList<Line> reversed;
    qsizetype x = a.size(), y = b.size();
    for (int d = edits; d > 0; --d) {
        const std::vector<qsizetype> &v = trace.at(d - 1);
        const qsizetype k = x - y;
        const bool down = k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max]);
        const qsizetype prevK = down ? k + 1 : k - 1;
        const qsizetype prevX = v[prevK + max], prevY = prevX - prevK;
        while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
            reversed.append({Line::Kind::Same, a.at(--x)});
            --y;
        }
        if (down)
            reversed.append({Line::Kind::Added, b.at(--y)});
        else
            reversed.append({Line::Kind::Removed, a.at(--x)});
    }
    while (x > 0 && y > 0) {
        reversed.append({Line::Kind::Same, a.at(--x)});
        --y;
    }
    return QList<Line>(reversed.rbegin(), reversed.rend());
}

} // namespace

QList<Line> diff(const QStringList &a, const QStringList &b, const Limits &limits, QString *error)
{
    if (a.size() > limits.maxLines || b.size() > limits.maxLines) {
        if (error)
            *error = QCoreApplication::translate("LineDiff", "the texts have %1 and %2 lines; the line diff stops at %3")
                         .arg(a.size())
                         .arg(b.size())
                         .arg(limits.maxLines);
        return {};
    }
    Trace trace;
    const int edits = search(a, b, limits.maxEdits, &trace);
    if (edits < 0) {
        if (error)
            *error = QCoreApplication::translate("LineDiff", "the texts differ in more than %1 lines").arg(limits.maxEdits);
        return {};
    }
    const qsizetype max = std::min<qsizetype>(a.size() + b.size(), limits.maxEdits);
    return backtrack(a, b, trace, edits, max);
}

QStringList unified(const QList<Line> &lines, int context, int maxOutputLines)
{
    // Keep each changed line and `context` lines either side of it.
    QList<bool> keep(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == Line::Kind::Same)
            continue;
        for (qsizetype j = std::max<qsizetype>(0, i - context); j <= std::min(lines.size() - 1, i + context); ++j)
            keep[j] = true;
    }
    QStringList out;
    qsizetype shownChanges = 0, changes = 0;
    bool gap = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        const bool changed = l.kind != Line::Kind::Same;
        changes += changed ? 1 : 0;
        if (!keep.at(i)) {
            gap = !out.isEmpty();
            continue;
        }
        if (out.size() >= maxOutputLines)
            continue;
        if (gap) {
            out.append(QStringLiteral(" …"));
            gap = false;
        }
        const QChar mark = l.kind == Line::Kind::Added ? u'+' : l.kind == Line::Kind::Removed ? u'-' : u' ';
        out.append(mark + l.text);
        shownChanges += changed ? 1 : 0;
    }
    if (shownChanges < changes) {
        out.append(QCoreApplication::translate("LineDiff", " … %n more changed line(s)", nullptr, int(changes - shownChanges)));
    }
    return out;
}

} // namespace Pactbench::LineDiff
