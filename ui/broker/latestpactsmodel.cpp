// SPDX-License-Identifier: MIT
#include "latestpactsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace Pactbench {

LatestPactsModel::LatestPactsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

LatestPactsModel::~LatestPactsModel() = default;

void LatestPactsModel::setPacts(const QList<LatestPactSummary> &pacts)
{
    beginResetModel();
    m_pacts = pacts;
    endResetModel();
}

QUrl LatestPactsModel::openUrl(const LatestPactSummary &pact)
{
    return pact.versionUrl.isEmpty() ? pact.url : pact.versionUrl;
}

int LatestPactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pacts.size());
}

int LatestPactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LatestPactsModel::rawValue(const LatestPactSummary &pact, int column) const
{
    switch (Column(column)) {
    case ConsumerColumn:
        return pact.consumer;
    case ProviderColumn:
        return pact.provider;
    case ConsumerVersionColumn:
        return pact.consumerVersion;
    case PublishedColumn:
        return QDateTime::fromString(pact.createdAt, Qt::ISODate);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LatestPactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LatestPactSummary &pact = m_pacts.at(index.row());
    switch (role) {
    case SortRole:
        return rawValue(pact, index.column());
    case UrlRole:
        return openUrl(pact);
    case Qt::ToolTipRole:
        return openUrl(pact).toDisplayString(QUrl::RemoveUserInfo);
    case Qt::DisplayRole: {
        const QVariant value = rawValue(pact, index.column());
        if (index.column() != PublishedColumn)
            return value;
        const QDateTime date = value.toDateTime();
        return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::ShortFormat) : pact.createdAt;
    }
    default:
        return {};
    }
}

QVariant LatestPactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ConsumerColumn:
        return tr("Consumer");
    case ProviderColumn:
        return tr("Provider");
    case ConsumerVersionColumn:
        return tr("Consumer version");
    case PublishedColumn:
        return tr("Published");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Pactbench
