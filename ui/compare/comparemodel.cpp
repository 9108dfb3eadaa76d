// SPDX-License-Identifier: MIT
#include "comparemodel.h"

#include "impactformat.h"

#include <ui/models/pactformat.h>

#include <QColor>

namespace Pactbench {

namespace {

/// Internal ids: 0 for an interaction row, 1 + its row for one of its changes.
constexpr quintptr InteractionId = 0;

QString statusText(Diff::ChangeStatus status)
{
    switch (status) {
    case Diff::ChangeStatus::Added:
        return CompareModel::tr("added");
    case Diff::ChangeStatus::Removed:
        return CompareModel::tr("removed");
    case Diff::ChangeStatus::Renamed:
        return CompareModel::tr("renamed");
    case Diff::ChangeStatus::Changed:
        return CompareModel::tr("changed");
    }
    return {};
}

QVariant impactColor(Diff::Impact impact)
{
    switch (impact) {
    case Diff::Impact::Breaking:
        return QColor(0xc0, 0x39, 0x2b);
    case Diff::Impact::Review:
        return QColor(0xb9, 0x77, 0x0e);
    case Diff::Impact::Safe:
        return QColor(0x1e, 0x84, 0x49);
    default:
        return {};
    }
}

} // namespace

CompareModel::CompareModel(QObject *parent) : QAbstractItemModel(parent) { }

CompareModel::~CompareModel() = default;

void CompareModel::setDiff(const Diff::PactDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

QModelIndex CompareModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : InteractionId);
}

QModelIndex CompareModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == InteractionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, InteractionId);
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_diff.interactions.size());
    if (parent.internalId() != InteractionId || parent.column() != 0)
        return 0;
    return int(m_diff.interactions.at(parent.row()).changes.size());
}

int CompareModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isInteraction = index.internalId() == InteractionId;
    const int interactionRow = isInteraction ? index.row() : int(index.internalId() - 1);
    const Diff::InteractionDiff &diff = m_diff.interactions.at(interactionRow);
    if (role == InteractionRowRole)
        return interactionRow;
    if (role == ChangeRowRole)
        return isInteraction ? -1 : index.row();
    if (isInteraction)
        return interactionData(diff, index.column(), role);
    return changeData(diff.changes.at(index.row()), index.column(), role);
}

QVariant CompareModel::interactionData(const Diff::InteractionDiff &diff, int column, int role) const
{
    const Diff::Impact impact = diff.impact();
    if (role == ImpactRole)
        return int(impact);
    if (role == Qt::ForegroundRole && column == ImpactColumn)
        return impactColor(impact);
    if (role == Qt::ToolTipRole && column == InteractionColumn && !diff.oldDescription.isEmpty())
        return tr("Was: %1").arg(diff.oldDescription);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case InteractionColumn:
        return diff.description;
    case StatusColumn:
        return statusText(diff.status);
    case ImpactColumn:
        return ImpactFormat::name(impact);
    case ReasonColumn:
        return PactFormat::numerus(tr("%n change(s)", nullptr, int(diff.changes.size())), diff.changes.size());
    default:
        return {};
    }
}

QVariant CompareModel::changeData(const Diff::Change &change, int column, int role) const
{
    if (role == ImpactRole)
        return int(change.impact);
    if (role == Qt::ForegroundRole && column == ImpactColumn)
        return impactColor(change.impact);
    if (role == Qt::ToolTipRole)
        return change.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case InteractionColumn:
        return change.path.isEmpty() ? change.part : change.part + u' ' + change.path;
    case ImpactColumn:
        return ImpactFormat::name(change.impact);
    case ReasonColumn:
        return change.reason;
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InteractionColumn:
        return tr("Interaction / where");
    case StatusColumn:
        return tr("Status");
    case ImpactColumn:
        return tr("Impact");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

CompareFilter::~CompareFilter() = default;

void CompareFilter::setMinimumImpact(Diff::Impact impact)
{
    if (m_minimum == impact)
        return;
    m_minimum = impact;
    invalidateFilter();
}

bool CompareFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return true; // the changes of a shown interaction, all of them
    const QModelIndex index = sourceModel()->index(row, 0);
    return index.data(CompareModel::ImpactRole).toInt() >= int(m_minimum);
}

} // namespace Pactbench
