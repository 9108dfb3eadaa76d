// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/latestpactsummary.h>

#include <QAbstractTableModel>
#include <QList>

namespace Pactbench {

/**
 * Latest pacts (consumer → provider, consumer version, publication date) as a table. The
 * date is kept as QDateTime under SortRole and formatted for the locale only for display.
 */
class LatestPactsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestPactsModel)

public:
    enum Column { ConsumerColumn, ProviderColumn, ConsumerVersionColumn, PublishedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: QString, or QDateTime for the date
        UrlRole, ///< the URL to open (QUrl): the consumer version's pact, else the latest
    };

    explicit LatestPactsModel(QObject *parent = nullptr);
    ~LatestPactsModel() override;

    void setPacts(const QList<LatestPactSummary> &pacts);
    const QList<LatestPactSummary> &pacts() const { return m_pacts; }
    /// The URL to open for a pact: versionUrl when the broker gave one, else url.
    static QUrl openUrl(const LatestPactSummary &pact);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const LatestPactSummary &pact, int column) const;

    QList<LatestPactSummary> m_pacts;
};

} // namespace Pactbench
