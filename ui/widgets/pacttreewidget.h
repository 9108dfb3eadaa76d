// SPDX-License-Identifier: MIT
#pragma once

#include <QModelIndex>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Pactbench {

class PactFilterProxy;
class PactTreeModel;

/**
 * The pact tree with its filter box above it. The filter (description, provider state, method,
 * path) is applied as the user types, slightly delayed so large pacts stay fluid. Indexes in
 * the API are PactTreeModel (source) indexes.
 */
class PactTreeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PactTreeWidget(QWidget *parent = nullptr);
    ~PactTreeWidget() override;
    Q_DISABLE_COPY_MOVE(PactTreeWidget)

    void setModel(PactTreeModel *model);
    PactTreeModel *model() const { return m_model; }
    PactFilterProxy *proxy() const { return m_proxy; }
    QTreeView *treeView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    /// Selects, reveals and scrolls to a source index.
    void select(const QModelIndex &sourceIndex);
    QModelIndex currentSourceIndex() const;
    /// Applies the filter at once (the box applies it after a short delay).
    void setFilterText(const QString &text);
    void focusFilter();
    /// Opens the current item and everything below it.
    void expandCurrent();
    /// Sizes the Item column to its visible names within the space (unless the user has dragged it).
    void fitItemColumn();
    /// The narrowest Item column that shows a description of 34 average characters.
    int itemColumnFloor() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The current item changed (an invalid index when none).
    void currentChanged(const QModelIndex &sourceIndex);

private:
    void setupUi();
    void setupConnections();
    void applyFilter();
    void expandTopLevels(const QModelIndex &proxyParent, int first, int last);

    PactTreeModel *m_model = nullptr;
    PactFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_fitTimer = nullptr;
    bool m_fittingColumns = false;
    bool m_itemColumnSetByUser = false;
};

} // namespace Pactbench
