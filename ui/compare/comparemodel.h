// SPDX-License-Identifier: MIT
#pragma once

#include <core/diff/impact.h>

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace Pactbench {

/**
 * A PactDiff as a tree: each changed interaction (description, status, impact, number of changes),
 * its changes below it (where, impact, reason). Unchanged interactions are not in a PactDiff.
 */
class CompareModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareModel)

public:
    enum Column { InteractionColumn, StatusColumn, ImpactColumn, ReasonColumn, ColumnCount };
    enum Role {
        ImpactRole = Qt::UserRole + 1, ///< int: Diff::Impact of the interaction or change
        InteractionRowRole, ///< int: the interaction's row (also on its changes)
        ChangeRowRole, ///< int: the change's row under its interaction; -1 on an interaction
    };

    explicit CompareModel(QObject *parent = nullptr);
    ~CompareModel() override;

    void setDiff(const Diff::PactDiff &diff);
    const Diff::PactDiff &diff() const { return m_diff; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant interactionData(const Diff::InteractionDiff &diff, int column, int role) const;
    QVariant changeData(const Diff::Change &change, int column, int role) const;

    Diff::PactDiff m_diff;
};

/// Shows the interactions of a CompareModel whose impact is at least a minimum (their changes with them).
class CompareFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareFilter)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    ~CompareFilter() override;
    void setMinimumImpact(Diff::Impact impact);
    Diff::Impact minimumImpact() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    Diff::Impact m_minimum = Diff::Impact::None;
};

} // namespace Pactbench
