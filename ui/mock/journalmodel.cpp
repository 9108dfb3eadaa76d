// SPDX-License-Identifier: MIT
#include "journalmodel.h"

#include "journalformat.h"

namespace Pactbench {

JournalModel::JournalModel(QObject *parent) : QAbstractTableModel(parent)
{ }

JournalModel::~JournalModel() = default;

void JournalModel::setCapacity(int capacity, int chunk)
{
    m_capacity = qMax(1, capacity);
    m_chunk = qBound(1, chunk, m_capacity);
    trimToCapacity();
}

void JournalModel::appendBatch(const JournalBatch &batch)
{
    m_counters = batch.counters;
    m_dropped += batch.skipped;
    qsizetype first = 0;
    if (batch.entries.size() > m_capacity) { // more than the table keeps: only the newest go in
        first = batch.entries.size() - m_capacity;
        m_dropped += quint64(first);
    }
    if (first < batch.entries.size()) {
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row + int(batch.entries.size() - first) - 1);
        m_entries.append(batch.entries.mid(first));
        endInsertRows();
    }
    trimToCapacity();
}

void JournalModel::trimToCapacity()
{
    const qsizetype excess = m_entries.size() - m_capacity;
    if (excess <= 0)
        return;
    // Whole chunks, so a steady flood removes rows every few batches instead of every batch.
    const int remove = int(qMin(m_entries.size(), ((excess + m_chunk - 1) / m_chunk) * m_chunk));
    Q_EMIT trimStarting();
    beginRemoveRows({}, 0, remove - 1);
    m_entries.remove(0, remove);
    endRemoveRows();
    Q_EMIT trimFinished();
    m_dropped += quint64(remove);
}

void JournalModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_counters = {};
    m_dropped = 0;
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == PathColumn ? QVariant(e.target) : QVariant();
    case Qt::ForegroundRole: {
        const QColor color = JournalFormat::verdictColor(e.verdict);
        return color.isValid() && index.column() == VerdictColumn ? QVariant(color) : QVariant();
    }
    case VerdictRole:
        return int(e.verdict);
    case SequenceRole:
        return qulonglong(e.sequence);
    case InteractionIndexRole:
        return e.interactionIndex;
    default:
        return {};
    }
}

QVariant JournalModel::display(const JournalEntry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return JournalFormat::time(e.timestamp);
    case MethodColumn:
        return e.method;
    case PathColumn:
        return e.target;
    case StatusColumn:
        return e.responseStatus;
    case VerdictColumn:
        return JournalFormat::verdict(e.verdict);
    case InteractionColumn:
        if (e.alsoMatched.isEmpty())
            return interactionName(e.interactionIndex);
        // The mock server served the first of several that match: the detail says which and why.
        return tr("%1 (%n more match)", nullptr, int(e.alsoMatched.size())).arg(interactionName(e.interactionIndex));
    default:
        return {};
    }
}

QString JournalModel::interactionName(int index) const
{
    if (index < 0)
        return {};
    return index < m_names.size() ? m_names.at(index) : tr("interaction %1").arg(index + 1);
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case VerdictColumn:
        return tr("Verdict");
    case InteractionColumn:
        return tr("Interaction");
    default:
        return {};
    }
}

} // namespace Pactbench
