// SPDX-License-Identifier: MIT
#pragma once

#include <core/openapi/finding.h>

#include <QAbstractItemModel>

namespace Pactbench {

/**
 * The findings of a check as a tree: interaction ("#3 get order", its worst level and counts) → its findings
 * (level, code, where in the pact, reason). Matcher-only findings say "(matcher)". Typed data through the roles.
 */
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { LevelColumn, CodeColumn, WhereColumn, ReasonColumn, ColumnCount };
    enum Role {
        InteractionIndexRole = Qt::UserRole + 1, ///< int, on both levels
        FindingRowRole, ///< int: the finding's index in findings(); -1 on interaction rows
        LevelRole, ///< int: OpenApi::FindingType (the worst one on interaction rows)
        MockLocationRole, ///< QString: the finding's mockLocation
    };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    /// Shows `findings` (resets the model), grouped by interaction in the order of their indexes.
    void setFindings(const QList<OpenApi::Finding> &findings);
    void clear() { setFindings({}); }
    const QList<OpenApi::Finding> &findings() const { return m_findings; }
    /// The finding of an index on a finding row, or null.
    const OpenApi::Finding *findingAt(const QModelIndex &index) const;
    /// "response.body.items.0.id": the mockLocation below its interaction.
    static QString whereInPact(const OpenApi::Finding &finding);
    /// The message, with "(matcher)" for a matcher-only finding.
    static QString reason(const OpenApi::Finding &finding);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        int interaction = -1;
        QString description;
        QList<int> findings; ///< indexes into m_findings
        int errors = 0;
        int warnings = 0;
    };
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant findingData(int findingRow, int column, int role) const;
    static QVariant levelDecoration(OpenApi::FindingType type);
    static QVariant levelColor(OpenApi::FindingType type);

    QList<OpenApi::Finding> m_findings;
    QList<Group> m_groups;
};

} // namespace Pactbench
