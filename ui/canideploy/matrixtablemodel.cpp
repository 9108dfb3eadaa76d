// SPDX-License-Identifier: MIT
#include "matrixtablemodel.h"

#include "matrixresult.h"

#include <QFont>
#include <QLocale>

namespace Pactbench {

MatrixTableModel::MatrixTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

MatrixTableModel::~MatrixTableModel() = default;

void MatrixTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_reasons.clear();
    endResetModel();
}

void MatrixTableModel::appendRows(const QList<MatrixRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void MatrixTableModel::setBlocking(const QList<BlockingReason> &reasons)
{
    m_reasons.clear();
    for (const BlockingReason &reason : reasons) {
        if (reason.row >= 0)
            m_reasons[reason.row].append(reason);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int MatrixTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatrixTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MatrixTableModel::dateText(const QDateTime &date)
{
    return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString MatrixTableModel::versionTooltip(const MatrixVersion &version)
{
    QStringList parts;
    if (!version.branch.isEmpty())
        parts << tr("branch %1").arg(version.branch);
    if (!version.tags.isEmpty())
        parts << tr("tags %1").arg(version.tags.join(u", "));
    return parts.join(u"; ");
}

QString MatrixTableModel::explanation(int rowIndex) const
{
    QStringList whys;
    for (const BlockingReason &reason : m_reasons.value(rowIndex))
        whys << reason.why;
    return whys.join(u"; "); // one line in the table; the tooltip has each reason with its next step
}

QString MatrixTableModel::explanationTooltip(int rowIndex) const
{
    QStringList lines;
    for (const BlockingReason &reason : m_reasons.value(rowIndex)) {
        lines << reason.why;
        if (!reason.nextStep.isEmpty())
            lines << tr("Next step: %1").arg(reason.nextStep);
    }
    return lines.join(u'\n');
}

QVariant MatrixTableModel::displayValue(const MatrixRow &row, int rowIndex, int column) const
{
    switch (Column(column)) {
    case ConsumerColumn:
        return row.consumer;
    case ConsumerVersionColumn:
        return row.consumerVersion.number;
    case ProviderColumn:
        return row.provider;
    case ProviderVersionColumn:
        return row.providerVersion.number;
    case PactColumn:
        return dateText(row.pactCreatedAt);
    case VerificationColumn:
        return dateText(row.verifiedAt);
    case ResultColumn:
        return matrixResultText(matrixResult(row));
    case ExplanationColumn:
        return explanation(rowIndex);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MatrixTableModel::sortValue(const MatrixRow &row, int column) const
{
    switch (Column(column)) {
    case PactColumn:
        return row.pactCreatedAt;
    case VerificationColumn:
        return row.verifiedAt;
    case ResultColumn:
        return int(matrixResult(row));
    default:
        return {};
    }
}

QVariant MatrixTableModel::toolTip(const MatrixRow &row, int rowIndex, int column) const
{
    QStringList lines;
    if (column == ConsumerVersionColumn)
        lines << versionTooltip(row.consumerVersion);
    else if (column == ProviderVersionColumn)
        lines << versionTooltip(row.providerVersion);
    else if (column == PactColumn && row.pactUrl.isValid())
        lines << tr("Pact: %1 (double-click to open)").arg(row.pactUrl.toDisplayString(QUrl::RemoveUserInfo));
    else if (column == VerificationColumn && row.verificationUrl.isValid())
        lines << tr("Verification: %1 (double-click to open)")
                     .arg(row.verificationUrl.toDisplayString(QUrl::RemoveUserInfo));
    else if (column == ResultColumn && row.ignored)
        lines << tr("Ignored; the verification itself: %1").arg(matrixResultText(verificationResult(row)));
    lines << explanationTooltip(rowIndex);
    lines.removeAll(QString());
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}

QVariant MatrixTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int r = index.row();
    const int column = index.column();
    const MatrixRow &row = m_rows.at(r);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, r, column);
    case SortRole: {
        const QVariant raw = sortValue(row, column);
        return raw.isValid() ? raw : displayValue(row, r, column);
    }
    case LinkRole:
        if (column == PactColumn)
            return row.pactUrl;
        if (column == VerificationColumn)
            return row.verificationUrl;
        return {};
    case ResultRole:
        return int(matrixResult(row));
    case BlockingRole:
        return m_reasons.contains(r);
    case Qt::ToolTipRole:
        return toolTip(row, r, column);
    case Qt::ForegroundRole:
        if (column == ResultColumn)
            return matrixResultColor(matrixResult(row));
        return {};
    case Qt::FontRole:
        if (column == ResultColumn && m_reasons.contains(r)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant MatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ConsumerColumn:
        return tr("Consumer");
    case ConsumerVersionColumn:
        return tr("Consumer version");
    case ProviderColumn:
        return tr("Provider");
    case ProviderVersionColumn:
        return tr("Provider version");
    case PactColumn:
        return tr("Pact published");
    case VerificationColumn:
        return tr("Verified");
    case ResultColumn:
        return tr("Result");
    case ExplanationColumn:
        return tr("Why it blocks");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Pactbench
