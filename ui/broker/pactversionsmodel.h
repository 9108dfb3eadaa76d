// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/pactversions.h>

#include <QAbstractTableModel>
#include <QList>

namespace Pactbench {

/**
 * The published versions of one pact (consumer version, branch, tags, publication date) as a
 * table, in the broker's order (newest first). Dates are formatted for the locale for display.
 */
class PactVersionsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PactVersionsModel)

public:
    enum Column { VersionColumn, BranchColumn, TagsColumn, PublishedColumn, ColumnCount };

    explicit PactVersionsModel(QObject *parent = nullptr);
    ~PactVersionsModel() override;

    void setVersions(const QList<PactVersionSummary> &versions);
    const QList<PactVersionSummary> &versions() const { return m_versions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PactVersionSummary> m_versions;
};

} // namespace Pactbench
