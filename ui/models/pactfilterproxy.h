// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace Pactbench {

/**
 * Filters PactTreeModel by interaction: an interaction is shown when the filter matches its
 * description, a provider state, its method or its path (Roles::FilterTextRole); its parts
 * are shown with it, and pacts and groups are shown when one of their interactions is. This is
 * recursive filtering, decided at interaction level so that filtering a 10,000-interaction
 * pact never creates the parts of interactions the user has not opened.
 */
class PactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PactFilterProxy(QObject *parent = nullptr);
    ~PactFilterProxy() override;
    Q_DISABLE_COPY_MOVE(PactFilterProxy)

    /// Case-insensitive substring filter; empty shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool interactionAccepted(const QModelIndex &sourceIndex) const;
    bool anyInteractionAccepted(const QModelIndex &sourceIndex) const;

    QString m_text;
};

} // namespace Pactbench
