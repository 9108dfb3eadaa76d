// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verificationresult.h>

#include <QAbstractItemModel>

namespace Pactbench {

/**
 * The results of a verification run as a tree that fills while the run goes on:
 * pact → interaction (outcome, duration) → its state calls, mismatches and errors.
 * Interactions are keyed by their index in the pact: a re-run replaces the row in place.
 */
class VerificationResultsModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationResultsModel)

public:
    enum Column { NameColumn, OutcomeColumn, DurationColumn, ColumnCount };
    enum Role {
        InteractionIndexRole = Qt::UserRole + 1, ///< int: the interaction's index in the pact (-1 for other rows)
        OutcomeRole, ///< QString: "passed", "failed", "error", "skipped", "pending", "running"
    };

    explicit VerificationResultsModel(QObject *parent = nullptr);
    ~VerificationResultsModel() override;

    /// Empties the tree and starts a new one under a pact row titled `title`.
    void reset(const QString &title);
    void clear();
    /// The interaction at `interactionIndex` is running (a row appears, or its row is marked).
    void markRunning(int interactionIndex, const QString &description);
    /// Adds or replaces the row of `result.interactionIndex`.
    void setResult(const InteractionResult &result);

    /// The interaction row for a pact index (invalid when none).
    QModelIndex indexOfInteraction(int interactionIndex) const;
    /// The result behind an interaction row or one of its children; null for the pact row or a running row.
    const InteractionResult *resultAt(const QModelIndex &index) const;
    /// Finished results in row order.
    QList<InteractionResult> results() const;
    /// Indexes of interactions that failed or errored (pending ones included).
    QList<int> failedInteractions() const;
    int interactionCount() const { return int(m_rows.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int interactionIndex = -1;
        QString description;
        bool running = true;
        InteractionResult result;
        QStringList details; ///< child rows: state calls, mismatches, errors
    };

    static QStringList detailsOf(const InteractionResult &result);
    QVariant pactData(int column, int role) const;
    QVariant interactionData(const Row &row, int column, int role) const;
    QVariant detailData(const Row &row, int detail, int column, int role) const;
    void replaceDetails(int row, const QStringList &details);
    int rowOf(int interactionIndex) const;

    bool m_hasPact = false;
    QString m_title;
    QList<Row> m_rows;
    QHash<int, int> m_rowByInteraction;
};

} // namespace Pactbench
