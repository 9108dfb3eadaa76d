// SPDX-License-Identifier: MIT
#include "proposalmodel.h"

#include "captureformat.h"


namespace Pactbench {

ProposalModel::ProposalModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ProposalModel::setInteractions(const QList<CapturedInteraction> &interactions)
{
    beginResetModel();
    m_items = interactions;
    m_included = QList<bool>(interactions.size(), true);
    endResetModel();
    Q_EMIT choiceChanged();
}

void ProposalModel::setAllAccepted(bool accepted)
{
    for (int i = 0; i < m_items.size(); ++i) {
        for (RuleProposal &p : m_items[i].proposals)
            p.accepted = accepted;
        rowsChangedBelow(i);
    }
    Q_EMIT choiceChanged();
}

void ProposalModel::setExactOnly(bool exactOnly)
{
    if (m_exactOnly == exactOnly)
        return;
    m_exactOnly = exactOnly;
    for (int i = 0; i < m_items.size(); ++i)
        rowsChangedBelow(i);
    Q_EMIT choiceChanged();
}

void ProposalModel::rowsChangedBelow(int interaction)
{
    const QModelIndex parent = index(interaction, 0);
    Q_EMIT dataChanged(parent, index(interaction, ColumnCount - 1));
    const int n = int(m_items.at(interaction).proposals.size());
    if (n > 0)
        Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
}

QList<CapturedInteraction> ProposalModel::chosen() const
{
    QList<CapturedInteraction> out;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_included.at(i))
            continue;
        CapturedInteraction c = m_items.at(i);
        if (m_exactOnly) {
            for (RuleProposal &p : c.proposals)
                p.accepted = false;
        }
        out.append(c);
    }
    return out;
}

int ProposalModel::includedCount() const
{
    return int(m_included.count(true));
}

int ProposalModel::acceptedCount() const
{
    if (m_exactOnly)
        return 0;
    int n = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_included.at(i))
            continue;
        for (const RuleProposal &p : m_items.at(i).proposals)
            n += p.accepted ? 1 : 0;
    }
    return n;
}

QModelIndex ProposalModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProposalModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.internalId() == TopLevel && parent.column() == 0)
        return int(m_items.at(parent.row()).proposals.size());
    return 0;
}

int ProposalModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TopLevel)
        return interactionData(index.row(), index.column(), role);
    return proposalData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant ProposalModel::interactionData(int row, int column, int role) const
{
    const CapturedInteraction &c = m_items.at(row);
    if (role == Qt::CheckStateRole && column == ItemColumn)
        return m_included.at(row) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return c.source;
    if (role == Qt::EditRole && column == ItemColumn)
        return c.interaction.description;
    if (role != Qt::DisplayRole)
        return {};
    if (column == ItemColumn)
        return c.interaction.description;
    if (column == PlaceColumn) {
        int accepted = 0;
        for (const RuleProposal &p : c.proposals)
            accepted += p.accepted ? 1 : 0;
        return c.proposals.isEmpty() ? tr("no matchers proposed")
                                     : tr("%1 of %n matcher(s) accepted", nullptr, int(c.proposals.size()))
                                           .arg(m_exactOnly ? 0 : accepted);
    }
    return {};
}

QVariant ProposalModel::proposalData(int interaction, int row, int column, int role) const
{
    const RuleProposal &p = m_items.at(interaction).proposals.at(row);
    if (role == Qt::CheckStateRole && column == ItemColumn)
        return p.accepted && !m_exactOnly ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return column == ExampleColumn ? CaptureFormat::example(p.example, 4000)
            : column == MatcherColumn  ? CaptureFormat::matcher(p.matcher)
                                       : p.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ItemColumn:
        return CaptureFormat::side(p.side);
    case PlaceColumn:
        return CaptureFormat::place(p);
    case MatcherColumn:
        return CaptureFormat::matcher(p.matcher);
    case ExampleColumn:
        return CaptureFormat::example(p.example);
    case ReasonColumn:
        return p.reason;
    default:
        return {};
    }
}

bool ProposalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != ItemColumn)
        return false;
    const bool top = index.internalId() == TopLevel;
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (top) {
            m_included[index.row()] = on;
            rowsChangedBelow(index.row());
        } else {
            if (m_exactOnly)
                return false;
            const int parentRow = int(index.internalId() - 1);
            m_items[parentRow].proposals[index.row()].accepted = on;
            Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
            Q_EMIT dataChanged(this->index(parentRow, PlaceColumn), this->index(parentRow, PlaceColumn));
        }
        Q_EMIT choiceChanged();
        return true;
    }
    if (role == Qt::EditRole && top) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return false;
        m_items[index.row()].interaction.description = text;
        Q_EMIT dataChanged(index, index);
        Q_EMIT choiceChanged();
        return true;
    }
    return false;
}

Qt::ItemFlags ProposalModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == TopLevel) {
        Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        return index.column() == ItemColumn ? f | Qt::ItemIsUserCheckable | Qt::ItemIsEditable : f;
    }
    const bool live = !m_exactOnly && m_included.at(int(index.internalId() - 1));
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (live)
        f |= Qt::ItemIsEnabled;
    return index.column() == ItemColumn ? f | Qt::ItemIsUserCheckable : f;
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Interaction / side");
    case PlaceColumn:
        return tr("Place");
    case MatcherColumn:
        return tr("Matcher");
    case ExampleColumn:
        return tr("Example");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Pactbench
