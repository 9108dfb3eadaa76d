// SPDX-License-Identifier: MIT
#pragma once

#include <core/diff/usage.h>

#include <QAbstractTableModel>
#include <QStringList>

namespace Pactbench {

/**
 * What one provider's consumers rely on (Diff::fieldUses over their pacts), fields × consumers:
 * one row per field (status, header:NAME, metadata:KEY, JSON paths) in first-seen order, the
 * column "Field" and then one column per consumer. A cell names the matcher(s) by which that
 * consumer's interactions check the field (empty when it does not use it); its tooltip lists them.
 */
class UsageModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageModel)

public:
    enum Column { FieldColumn, FirstConsumerColumn };
    enum Role {
        FieldRole = Qt::UserRole + 1, ///< QString: the row's field, on every cell
        ConsumerRole, ///< QString: the column's consumer; empty in the field column
        UseCountRole, ///< int: the uses in the cell (in the field column: of every consumer)
    };

    explicit UsageModel(QObject *parent = nullptr);
    ~UsageModel() override;

    /// Shows `uses` (of one provider); resets the model.
    void setUses(const QList<Diff::FieldUse> &uses);
    const QList<Diff::FieldUse> &uses() const { return m_uses; }
    const QStringList &fields() const { return m_fields; }
    const QStringList &consumers() const { return m_consumers; }
    /// The row of `field`, or -1.
    int rowOf(const QString &field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The uses of one field by one consumer (indices into m_uses).
    struct Cell
    {
        QStringList matchers; ///< distinct, in first-seen order
        QList<int> uses;
    };
    QVariant fieldData(int row, int role) const;
    QVariant cellData(const Cell &cell, int role) const;

    QList<Diff::FieldUse> m_uses;
    QStringList m_fields;
    QStringList m_consumers;
    QList<QList<Cell>> m_cells; ///< [row][consumer]
};

} // namespace Pactbench
