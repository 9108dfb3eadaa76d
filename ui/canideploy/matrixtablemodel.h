// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/canideployexplanation.h>
#include <core/broker/matrix.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Pactbench {

/**
 * The rows of a broker matrix as a table: consumer, its version, provider, its version, the pact
 * (its publication date; LinkRole: the pact's URL), the verification (its date; LinkRole: the
 * verification's URL), the result in words ("success", "failed", "not verified", "ignored"; the
 * colour only beside them) and, for a row that blocks the deployment, why and what to do next (its
 * Explanation column and the tooltip of every cell of the row). Rows come in batches
 * (appendRows(), see MatrixRowFeeder) in the broker's order; a BlockingReason's row index is the
 * row's index here.
 */
class MatrixTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixTableModel)

public:
    enum Column {
        ConsumerColumn,
        ConsumerVersionColumn,
        ProviderColumn,
        ProviderVersionColumn,
        PactColumn,
        VerificationColumn,
        ResultColumn,
        ExplanationColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: QString, QDateTime for dates, int for the result
        LinkRole, ///< QUrl: the pact (Pact column) or the verification (Verification column); else empty
        ResultRole, ///< int(MatrixResult) of the row, any column
        BlockingRole, ///< bool: the row blocks the deployment, any column
    };

    explicit MatrixTableModel(QObject *parent = nullptr);
    ~MatrixTableModel() override;

    /// Removes every row and reason.
    void clear();
    /// Adds rows at the end (one insert for the batch).
    void appendRows(const QList<MatrixRow> &rows);
    /// Which rows block and why; reasons without a row (row -1) are not the table's business.
    void setBlocking(const QList<BlockingReason> &reasons);

    const MatrixRow &matrixRow(int row) const { return m_rows.at(row); }
    QList<BlockingReason> reasonsFor(int row) const { return m_reasons.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A version as the table shows it; branch and tags go to its tooltip.
    static QString versionTooltip(const MatrixVersion &version);
    /// A date for display (the locale's short format, local time); empty for an invalid date.
    static QString dateText(const QDateTime &date);

private:
    QVariant displayValue(const MatrixRow &row, int rowIndex, int column) const;
    QVariant sortValue(const MatrixRow &row, int column) const;
    QVariant toolTip(const MatrixRow &row, int rowIndex, int column) const;
    QString explanation(int rowIndex) const;
    QString explanationTooltip(int rowIndex) const;

    QList<MatrixRow> m_rows;
    QHash<int, QList<BlockingReason>> m_reasons;
};

} // namespace Pactbench
