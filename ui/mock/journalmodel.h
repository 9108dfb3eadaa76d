// SPDX-License-Identifier: MIT
#pragma once

#include <core/mockserver/journalentry.h>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Pactbench {

/**
 * The live request journal of one mock server as a table: time, method, path, status, verdict,
 * interaction. Fed by MockServer::journalBatch: each batch is one beginInsertRows() at the end,
 * however many requests it holds, so a flood costs the view a few updates a second. The rows are
 * bounded: past capacity() the oldest rows go, a whole chunk at a time. counters() stay exact
 * (they come from the journal), droppedRows() counts what the table no longer shows.
 */
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, VerdictColumn, InteractionColumn, ColumnCount };
    /// Typed data beside the display text (journal-specific, hence here and not in ui/models/roles.h).
    enum Role {
        VerdictRole = Qt::UserRole + 200, ///< int: JournalVerdict
        SequenceRole, ///< qulonglong: JournalEntry::sequence
        InteractionIndexRole, ///< int: matched or closest interaction, -1 when none
    };
    static constexpr int DefaultCapacity = 10000;
    static constexpr int DefaultChunk = 1000;

    explicit JournalModel(QObject *parent = nullptr);
    ~JournalModel() override;

    /// Descriptions of the served pact's interactions, by index (for the interaction column).
    void setInteractionNames(const QStringList &names) { m_names = names; }
    /// Rows kept at most, and how many old rows go at once when that is passed.
    void setCapacity(int capacity, int chunk = DefaultChunk);
    int capacity() const { return m_capacity; }

    /// Appends the batch's entries (one insertion) and takes its counters.
    void appendBatch(const JournalBatch &batch);
    /// Empties the table and zeroes the counters.
    void clear();

    const JournalEntry &entryAt(int row) const { return m_entries.at(row); }
    const QList<JournalEntry> &entries() const { return m_entries; }
    const JournalCounters &counters() const { return m_counters; }
    /// Requests the table does not show: evicted before they reached it, or removed past capacity.
    quint64 droppedRows() const { return m_dropped; }

Q_SIGNALS:
    /// Old rows are about to go past capacity (before rowsAboutToBeRemoved), and are gone (after rowsRemoved).
    void trimStarting();
    void trimFinished();

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const JournalEntry &entry, int column) const;
    QString interactionName(int index) const;
    void trimToCapacity();

    QList<JournalEntry> m_entries; ///< oldest first; removing at the front is cheap in Qt 6
    QStringList m_names;
    JournalCounters m_counters;
    quint64 m_dropped = 0;
    int m_capacity = DefaultCapacity;
    int m_chunk = DefaultChunk;
};

} // namespace Pactbench
