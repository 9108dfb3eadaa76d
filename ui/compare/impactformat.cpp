// SPDX-License-Identifier: MIT
#include "impactformat.h"

#include <ui/models/pactformat.h>

#include <QCoreApplication>
#include <QStringList>

namespace Pactbench::ImpactFormat {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImpactFormat)
};

} // namespace

QString name(Diff::Impact impact)
{
    switch (impact) {
    case Diff::Impact::None:
        return Text::tr("unchanged");
    case Diff::Impact::Cosmetic:
        return Text::tr("cosmetic");
    case Diff::Impact::Safe:
        return Text::tr("safe");
    case Diff::Impact::Review:
        return Text::tr("review");
    case Diff::Impact::Breaking:
        return Text::tr("breaking");
    }
    return {};
}

Roles::EditImpact editImpact(Diff::Impact impact)
{
    switch (impact) {
    case Diff::Impact::None:
        return Roles::EditImpact::None;
    case Diff::Impact::Cosmetic:
        return Roles::EditImpact::Cosmetic;
    case Diff::Impact::Safe:
        return Roles::EditImpact::Safe;
    case Diff::Impact::Review:
        return Roles::EditImpact::Review;
    case Diff::Impact::Breaking:
        return Roles::EditImpact::Breaking;
    }
    return Roles::EditImpact::None;
}

QString interactionText(const Diff::InteractionDiff &diff, int lines)
{
    QStringList out{ Text::tr("Changed since the last save: %1").arg(name(diff.impact())) };
    if (diff.status == Diff::ChangeStatus::Added)
        out.first() = Text::tr("Added since the last save: %1").arg(name(diff.impact()));
    for (const Diff::Change &c : diff.changes) {
        if (out.size() > lines) {
            const int more = int(diff.changes.size()) - lines;
            out.append(PactFormat::numerus(Text::tr("… and %n more change(s)", nullptr, more), more));
            break;
        }
        const QString where = c.path.isEmpty() ? c.part : c.part + u' ' + c.path;
        out.append(QStringLiteral("• %1 (%2): %3").arg(where, name(c.impact), c.reason));
    }
    return out.join(u'\n');
}

QString counts(const Diff::PactDiff &diff)
{
    QStringList parts;
    for (const Diff::Impact impact :
        { Diff::Impact::Breaking, Diff::Impact::Review, Diff::Impact::Safe, Diff::Impact::Cosmetic }) {
        if (const int n = diff.count(impact); n > 0)
            parts.append(QStringLiteral("%1 %2").arg(n).arg(name(impact)));
    }
    return parts.join(QStringLiteral(", "));
}

QString summary(const Diff::PactDiff &diff)
{
    QStringList parts;
    for (const Diff::Impact impact : { Diff::Impact::Breaking, Diff::Impact::Review, Diff::Impact::Safe }) {
        if (const int n = diff.count(impact); n > 0)
            parts.append(QStringLiteral("%1 %2").arg(n).arg(name(impact)));
    }
    if (parts.isEmpty()) {
        if (diff.count(Diff::Impact::Cosmetic) == 0)
            return {};
        return Text::tr("only cosmetic changes since the last save");
    }
    int total = 0;
    for (const Diff::Impact impact : { Diff::Impact::Breaking, Diff::Impact::Review, Diff::Impact::Safe })
        total += diff.count(impact);
    // "%n" is the total; the counts by impact come before it: "2 breaking, 1 review: 3 changes since the last save".
    return PactFormat::numerus(Text::tr("%1: %n change(s) since the last save", nullptr, total), total)
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace Pactbench::ImpactFormat
