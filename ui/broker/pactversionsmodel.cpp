// SPDX-License-Identifier: MIT
#include "pactversionsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace Pactbench {

PactVersionsModel::PactVersionsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

PactVersionsModel::~PactVersionsModel() = default;

void PactVersionsModel::setVersions(const QList<PactVersionSummary> &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

int PactVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PactVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PactVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PactVersionSummary &v = m_versions.at(index.row());
    if (role == Qt::ToolTipRole)
        return v.url.toDisplayString(QUrl::RemoveUserInfo);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case VersionColumn:
        return v.consumerVersion;
    case BranchColumn:
        return v.branch;
    case TagsColumn:
        return v.tags.join(QStringLiteral(", "));
    case PublishedColumn: {
        const QDateTime date = QDateTime::fromString(v.createdAt, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::ShortFormat) : v.createdAt;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PactVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case VersionColumn:
        return tr("Consumer version");
    case BranchColumn:
        return tr("Branch");
    case TagsColumn:
        return tr("Tags");
    case PublishedColumn:
        return tr("Published");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Pactbench
