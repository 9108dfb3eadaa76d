// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/pactbuilder.h>

#include <QAbstractItemModel>
#include <QList>

namespace Pactbench {

/**
 * The review tree of captured interactions: one top-level row per interaction (checkable: include
 * it or not; its description editable), below it one row per proposed matcher (checkable: accept
 * or reject) with side, place, matcher, example and reason. "Exact values only" greys the
 * proposals out and leaves them all out of chosen().
 */
class ProposalModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalModel)

public:
    enum Column { ItemColumn, PlaceColumn, MatcherColumn, ExampleColumn, ReasonColumn, ColumnCount };

    explicit ProposalModel(QObject *parent = nullptr);

    void setInteractions(const QList<CapturedInteraction> &interactions);
    const QList<CapturedInteraction> &interactions() const { return m_items; }
    /// Accepts (true) or rejects every proposal.
    void setAllAccepted(bool accepted);
    void setExactOnly(bool exactOnly);
    bool exactOnly() const { return m_exactOnly; }
    /// The included interactions as edited (descriptions), with their proposals accepted or not (none with exactOnly()).
    QList<CapturedInteraction> chosen() const;
    int includedCount() const;
    /// Accepted proposals of the included interactions (0 with exactOnly()).
    int acceptedCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Something chosen() returns changed (an inclusion, an acceptance, a description, exact-only).
    void choiceChanged();

private:
    static constexpr quintptr TopLevel = 0; ///< internal id of interaction rows; proposals: interaction row + 1
    QVariant interactionData(int row, int column, int role) const;
    QVariant proposalData(int interaction, int row, int column, int role) const;
    void rowsChangedBelow(int interaction);

    QList<CapturedInteraction> m_items;
    QList<bool> m_included;
    bool m_exactOnly = false;
};

} // namespace Pactbench
