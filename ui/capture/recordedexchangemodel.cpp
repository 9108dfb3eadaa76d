// SPDX-License-Identifier: MIT
#include "recordedexchangemodel.h"

#include "captureformat.h"

#include <algorithm>

namespace Pactbench {

RecordedExchangeModel::RecordedExchangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RecordedExchangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int RecordedExchangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordedExchangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CapturedExchange &e = m_exchanges.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == PathColumn ? QVariant(QString(e.source + u'\n' + CaptureFormat::target(e.request))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn || index.column() == StatusColumn || index.column() == SizeColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SizeRole:
        return qint64(e.response.body.isPresent() ? e.response.body.size() : 0);
    default:
        return {};
    }
}

QVariant RecordedExchangeModel::display(const CapturedExchange &e, int row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row + 1; // the proxy numbers from 1 again after a clear, as this model does
    case MethodColumn:
        return e.request.method;
    case PathColumn:
        return CaptureFormat::target(e.request);
    case StatusColumn:
        return e.response.status;
    case ContentTypeColumn:
        return CaptureFormat::contentType(e.response.body, e.response.contentTypeHeader());
    case SizeColumn:
        return e.response.body.isPresent() ? CaptureFormat::size(e.response.body.size()) : QString();
    default:
        return {};
    }
}

QVariant RecordedExchangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case ContentTypeColumn:
        return tr("Content type");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

void RecordedExchangeModel::append(const QList<CapturedExchange> &exchanges)
{
    if (exchanges.isEmpty())
        return;
    const int first = int(m_exchanges.size());
    beginInsertRows({}, first, first + int(exchanges.size()) - 1);
    m_exchanges.append(exchanges);
    endInsertRows();
}

void RecordedExchangeModel::clear()
{
    if (m_exchanges.isEmpty())
        return;
    beginResetModel();
    m_exchanges.clear();
    endResetModel();
}

QList<CapturedExchange> RecordedExchangeModel::exchanges(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<CapturedExchange> out;
    for (int row : rows) {
        if (row >= 0 && row < m_exchanges.size())
            out.append(m_exchanges.at(row));
    }
    return out;
}

} // namespace Pactbench
