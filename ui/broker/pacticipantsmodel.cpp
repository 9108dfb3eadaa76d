// SPDX-License-Identifier: MIT
#include "pacticipantsmodel.h"

namespace Pactbench {

PacticipantsModel::PacticipantsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

PacticipantsModel::~PacticipantsModel() = default;

void PacticipantsModel::setPacticipants(const QList<PacticipantSummary> &pacticipants)
{
    beginResetModel();
    m_pacticipants = pacticipants;
    endResetModel();
}

int PacticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pacticipants.size());
}

int PacticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PacticipantSummary &p = m_pacticipants.at(index.row());
    if (role == NameRole)
        return p.name;
    if (role == Qt::ToolTipRole && !p.displayName.isEmpty() && p.displayName != p.name)
        return p.displayName;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return p.name;
    case MainBranchColumn:
        return p.mainBranch;
    case LatestVersionColumn:
        return p.latestVersion;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PacticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Pacticipant");
    case MainBranchColumn:
        return tr("Main branch");
    case LatestVersionColumn:
        return tr("Latest version");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Pactbench
