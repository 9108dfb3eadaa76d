// SPDX-License-Identifier: MIT
#include "verificationpactsmodel.h"

namespace Pactbench {

VerificationPactsModel::VerificationPactsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

VerificationPactsModel::~VerificationPactsModel() = default;

void VerificationPactsModel::setPacts(const QList<PactForVerification> &pacts)
{
    beginResetModel();
    m_pacts = pacts;
    endResetModel();
}

int VerificationPactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pacts.size());
}

int VerificationPactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VerificationPactsModel::statusText(const PactForVerification &pact)
{
    QStringList marks;
    if (pact.pending)
        marks << (*pact.pending ? tr("pending") : tr("not pending"));
    if (pact.wip)
        marks << tr("WIP");
    return marks.join(QStringLiteral(", "));
}

QVariant VerificationPactsModel::display(const PactForVerification &pact, int column) const
{
    switch (Column(column)) {
    case PactColumn:
        return pact.name.isEmpty() ? pact.url.toDisplayString(QUrl::RemoveUserInfo) : pact.name;
    case ReasonColumn:
        return pact.shortDescription;
    case StatusColumn:
        return statusText(pact);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VerificationPactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PactForVerification &pact = m_pacts.at(index.row());
    QStringList notices;
    for (const BrokerNotice &n : pact.notices)
        notices << n.text;
    switch (role) {
    case Qt::DisplayRole:
        return display(pact, index.column());
    case Qt::ToolTipRole:
        return notices.join(u'\n');
    case PendingRole:
        return pact.pending.value_or(false);
    case WipRole:
        return pact.wip;
    case NoticesRole:
        return notices;
    default:
        return {};
    }
}

QVariant VerificationPactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PactColumn:
        return tr("Pact");
    case ReasonColumn:
        return tr("Selected because");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Pactbench
