// SPDX-License-Identifier: MIT
#include "impact.h"

#include <algorithm>

namespace Pactbench::Diff {

QString impactName(Impact impact)
{
    switch (impact) {
    case Impact::None: return QStringLiteral("none");
    case Impact::Cosmetic: return QStringLiteral("cosmetic");
    case Impact::Safe: return QStringLiteral("safe");
    case Impact::Review: return QStringLiteral("review");
    case Impact::Breaking: return QStringLiteral("breaking");
    }
    return {};
}

bool parseImpact(const QString &name, Impact *impact)
{
    for (Impact i : {Impact::None, Impact::Cosmetic, Impact::Safe, Impact::Review, Impact::Breaking}) {
        if (impactName(i) == name) {
            *impact = i;
            return true;
        }
    }
    return false;
}

QString changeStatusName(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Added: return QStringLiteral("added");
    case ChangeStatus::Removed: return QStringLiteral("removed");
    case ChangeStatus::Renamed: return QStringLiteral("renamed");
    case ChangeStatus::Changed: return QStringLiteral("changed");
    }
    return {};
}

Impact InteractionDiff::impact() const
{
    Impact out = Impact::None;
    for (const Change &c : changes)
        out = std::max(out, c.impact);
    return out;
}

Impact PactDiff::maxImpact() const
{
    Impact out = Impact::None;
    for (const InteractionDiff &d : interactions)
        out = std::max(out, d.impact());
    return out;
}

int PactDiff::count(Impact impact) const
{
    int n = 0;
    for (const InteractionDiff &d : interactions)
        n += int(std::count_if(d.changes.begin(), d.changes.end(), [impact](const Change &c) { return c.impact == impact; }));
    return n;
}

} // namespace Pactbench::Diff
