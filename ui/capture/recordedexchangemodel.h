// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>

#include <QAbstractTableModel>
#include <QList>

namespace Pactbench {

/**
 * The exchanges a recording proxy recorded, one row each: #, method, path (with query), status,
 * response content type, response body size. Rows are only appended (a batch is one insertion)
 * or all cleared; the proxy bounds how many there are (RecordingProxy::Config::maxExchanges).
 */
class RecordedExchangeModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordedExchangeModel)

public:
    enum Column { NumberColumn, MethodColumn, PathColumn, StatusColumn, ContentTypeColumn, SizeColumn, ColumnCount };
    enum Role { SizeRole = Qt::UserRole + 1 }; ///< the body size in bytes (qint64), for sorting and tests

    explicit RecordedExchangeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<CapturedExchange> &exchanges);
    void clear();
    const CapturedExchange &exchange(int row) const { return m_exchanges.at(row); }
    /// The exchanges of these rows, in row order (rows out of range left out).
    QList<CapturedExchange> exchanges(QList<int> rows) const;
    const QList<CapturedExchange> &all() const { return m_exchanges; }

private:
    QVariant display(const CapturedExchange &exchange, int row, int column) const;

    QList<CapturedExchange> m_exchanges;
};

} // namespace Pactbench
