// SPDX-License-Identifier: MIT
#include "diffformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench::Diff {

namespace {

QJsonValue orNull(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QJsonObject changeJson(const Change &c)
{
    return {{u"part"_qs, c.part}, {u"path"_qs, c.path}, {u"impact"_qs, impactName(c.impact)}, {u"reason"_qs, c.reason},
            {u"old"_qs, orNull(c.oldValue)}, {u"new"_qs, orNull(c.newValue)}};
}

QString name(const InteractionDiff &d)
{
    QString s = u'"' + d.description + u'"';
    if (d.status == ChangeStatus::Renamed)
        s += QStringLiteral(" (was \"%1\")").arg(d.oldDescription);
    return s;
}

} // namespace

QList<Impact> impactsHighestFirst()
{
    return {Impact::Breaking, Impact::Review, Impact::Safe, Impact::Cosmetic};
}

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject toJson(const PactDiff &diff)
{
    QJsonArray interactions;
    for (const InteractionDiff &d : diff.interactions) {
        QJsonArray changes;
        for (const Change &c : d.changes)
            changes.append(changeJson(c));
        interactions.append(QJsonObject{{u"description"_qs, d.description},
                                        {u"key"_qs, d.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.key)},
                                        {u"status"_qs, changeStatusName(d.status)}, {u"impact"_qs, impactName(d.impact())},
                                        {u"changes"_qs, changes}});
    }
    QJsonObject summary;
    for (Impact i : impactsHighestFirst())
        summary.insert(impactName(i), diff.count(i));
    return {{u"maxImpact"_qs, impactName(diff.maxImpact())}, {u"summary"_qs, summary}, {u"interactions"_qs, interactions}};
}

QString formatText(const PactDiff &diff)
{
    QString out = QStringLiteral("%1 → %2: highest impact %3 (%4 breaking, %5 review, %6 safe, %7 cosmetic; %8 interaction(s) unchanged)\n")
                      .arg(diff.newConsumer, diff.newProvider, impactName(diff.maxImpact()))
                      .arg(diff.count(Impact::Breaking)).arg(diff.count(Impact::Review)).arg(diff.count(Impact::Safe))
                      .arg(diff.count(Impact::Cosmetic)).arg(diff.unchangedCount);
    for (Impact level : impactsHighestFirst()) {
        bool header = false;
        for (const InteractionDiff &d : diff.interactions) {
            for (const Change &c : d.changes) {
                if (c.impact != level)
                    continue;
                if (!header)
                    out += u'\n' + impactName(level).toUpper() + u'\n';
                header = true;
                out += QStringLiteral("  %1 [%2] %3%4: %5\n").arg(name(d), changeStatusName(d.status), c.part,
                                                                   c.path.isEmpty() ? QString() : u' ' + c.path, c.reason);
                if (!c.oldValue.isUndefined() || !c.newValue.isUndefined())
                    out += QStringLiteral("      old: %1\n      new: %2\n").arg(valueText(c.oldValue), valueText(c.newValue));
            }
        }
    }
    return out;
}

} // namespace Pactbench::Diff
