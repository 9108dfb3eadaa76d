// SPDX-License-Identifier: MIT
#include "usagemodel.h"

#include <ui/models/pactformat.h>

#include <QFileInfo>

namespace Pactbench {

UsageModel::UsageModel(QObject *parent) : QAbstractTableModel(parent)
{ }

UsageModel::~UsageModel() = default;

void UsageModel::setUses(const QList<Diff::FieldUse> &uses)
{
    beginResetModel();
    m_uses = uses;
    m_fields.clear();
    m_consumers.clear();
    m_cells.clear();
    for (const Diff::FieldUse &u : uses) {
        if (!m_fields.contains(u.field))
            m_fields.append(u.field);
        if (!m_consumers.contains(u.consumer))
            m_consumers.append(u.consumer);
    }
    m_cells.fill(QList<Cell>(m_consumers.size()), m_fields.size());
    for (int i = 0; i < m_uses.size(); ++i) {
        const Diff::FieldUse &u = m_uses.at(i);
        Cell &cell = m_cells[m_fields.indexOf(u.field)][m_consumers.indexOf(u.consumer)];
        cell.uses.append(i);
        if (!cell.matchers.contains(u.matcher))
            cell.matchers.append(u.matcher);
    }
    endResetModel();
}

int UsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int UsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstConsumerColumn + int(m_consumers.size());
}

QVariant UsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == FieldRole)
        return m_fields.at(index.row());
    if (index.column() == FieldColumn)
        return fieldData(index.row(), role);
    if (role == ConsumerRole)
        return m_consumers.at(index.column() - FirstConsumerColumn);
    return cellData(m_cells.at(index.row()).at(index.column() - FirstConsumerColumn), role);
}

QVariant UsageModel::fieldData(int row, int role) const
{
    const QList<Cell> &cells = m_cells.at(row);
    int uses = 0, consumers = 0;
    for (const Cell &c : cells) {
        uses += int(c.uses.size());
        consumers += c.uses.isEmpty() ? 0 : 1;
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_fields.at(row);
    case ConsumerRole:
        return QString();
    case UseCountRole:
        return uses;
    case Qt::ToolTipRole:
        return QString(PactFormat::numerus(tr("Used by %n consumer(s)", nullptr, consumers), consumers)
            + QStringLiteral(", ") + PactFormat::numerus(tr("in %n interaction part(s)", nullptr, uses), uses));
    default:
        return {};
    }
}

QVariant UsageModel::cellData(const Cell &cell, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cell.matchers.join(QStringLiteral("; "));
    case UseCountRole:
        return int(cell.uses.size());
    case Qt::ToolTipRole: {
        if (cell.uses.isEmpty())
            return tr("Not used by this consumer");
        QStringList lines;
        for (const int i : cell.uses) {
            const Diff::FieldUse &u = m_uses.at(i);
            lines.append(
                tr("“%1” (%2): %3 — %4").arg(u.interaction, u.part, u.matcher, QFileInfo(u.source).fileName()));
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant UsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == FieldColumn) {
        if (role == Qt::DisplayRole)
            return tr("Field");
        if (role == Qt::ToolTipRole)
            return tr("Response status, headers and body fields, message metadata and contents fields");
        return {};
    }
    const QString &consumer = m_consumers.at(section - FirstConsumerColumn);
    if (role == Qt::DisplayRole || role == ConsumerRole)
        return consumer;
    if (role == Qt::ToolTipRole) {
        QStringList sources;
        for (const Diff::FieldUse &u : m_uses) {
            if (u.consumer == consumer && !sources.contains(u.source))
                sources.append(u.source);
        }
        return tr("Consumer %1, from %2").arg(consumer, sources.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace Pactbench
