// SPDX-License-Identifier: MIT
#pragma once

#include <core/diff/impact.h>
#include <core/model/pact.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QModelIndex;
class QTreeView;
QT_END_NAMESPACE

namespace Pactbench {

class CompareFilter;
class CompareModel;
class DiffCodeView;

/**
 * Two pacts compared (core/diff): the changed interactions with status and impact (filtered by
 * impact), their changes with the reason for each; for the selected interaction OLD and NEW side
 * by side as V4 JSON in the verification diff's code views, each change's lines marked with its
 * impact and reason (red for breaking and review, blue for safe and cosmetic).
 */
class CompareView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    /// Compares `oldPact` with `newPact` (on the calling thread) and shows the result.
    void compare(const Pact &oldPact, const QString &oldName, const Pact &newPact, const QString &newName);
    CompareModel *model() const { return m_model; }
    /// Shows the interactions whose impact is at least `impact`.
    void setMinimumImpact(Diff::Impact impact);
    /// Shows interaction `row` of the model (and scrolls to change `change`, if not −1).
    void showInteraction(int row, int change = -1);

private:
    void setupUi();
    void onCurrentChanged(const QModelIndex &current);
    void showSide(DiffCodeView *view, const Interaction *interaction, bool oldSide, int changeRow);

    Pact m_old;
    Pact m_new;
    CompareModel *m_model;
    CompareFilter *m_filter;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_impact = nullptr;
    QTreeView *m_list = nullptr;
    DiffCodeView *m_oldView = nullptr;
    DiffCodeView *m_newView = nullptr;
};

} // namespace Pactbench
