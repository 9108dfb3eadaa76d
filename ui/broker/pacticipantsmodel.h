// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/pacticipantsummary.h>

#include <QAbstractTableModel>
#include <QList>

namespace Pactbench {

/// The broker's pacticipants as a table (name, main branch, latest version); new data resets it.
class PacticipantsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacticipantsModel)

public:
    enum Column { NameColumn, MainBranchColumn, LatestVersionColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the pacticipant's name (QString), whatever the column
    };

    explicit PacticipantsModel(QObject *parent = nullptr);
    ~PacticipantsModel() override;

    void setPacticipants(const QList<PacticipantSummary> &pacticipants);
    const QList<PacticipantSummary> &pacticipants() const { return m_pacticipants; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PacticipantSummary> m_pacticipants;
};

} // namespace Pactbench
