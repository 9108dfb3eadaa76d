// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/pactforverification.h>

#include <QAbstractTableModel>
#include <QList>

namespace Pactbench {

/// The pacts for verification of a provider: pact name, why it was selected, pending/WIP marks.
class VerificationPactsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPactsModel)

public:
    enum Column { PactColumn, ReasonColumn, StatusColumn, ColumnCount };
    enum Role {
        PendingRole = Qt::UserRole + 1, ///< bool; false also when the broker was not asked
        WipRole, ///< bool
        NoticesRole, ///< QStringList of the notice texts
    };

    explicit VerificationPactsModel(QObject *parent = nullptr);
    ~VerificationPactsModel() override;

    void setPacts(const QList<PactForVerification> &pacts);
    const QList<PactForVerification> &pacts() const { return m_pacts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "pending, WIP", "pending", "not pending" or "" (pending status not asked), translated.
    static QString statusText(const PactForVerification &pact);

private:
    QVariant display(const PactForVerification &pact, int column) const;

    QList<PactForVerification> m_pacts;
};

} // namespace Pactbench
