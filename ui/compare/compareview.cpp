// SPDX-License-Identifier: MIT
#include "compareview.h"

#include "changelines.h"
#include "comparemodel.h"
#include "impactformat.h"

#include <core/diff/pactdiff.h>
#include <core/model/pactwriter.h>
#include <ui/models/jsonpathlocator.h>
#include <ui/verify/bodylines.h>
#include <ui/verify/diffcodeview.h>
#include <ui/widgets/titledbox.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pactbench {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompareModel(this))
    , m_filter(new CompareFilter(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_filter->setSourceModel(m_model);
    setupUi();
}

CompareView::~CompareView() = default;

void CompareView::setupUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("compareTitle"));
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_impact = new QComboBox(this);
    m_impact->setObjectName(QStringLiteral("impactFilter"));
    m_impact->addItem(tr("All changes"), int(Diff::Impact::None));
    m_impact->addItem(tr("Safe, review and breaking"), int(Diff::Impact::Safe));
    m_impact->addItem(tr("Review and breaking"), int(Diff::Impact::Review));
    m_impact->addItem(tr("Breaking only"), int(Diff::Impact::Breaking));
    connect(m_impact, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setMinimumImpact(Diff::Impact(m_impact->currentData().toInt())); });
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("compareList"));
    m_list->setModel(m_filter);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(CompareModel::ReasonColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompareView::onCurrentChanged);
    m_oldView = new DiffCodeView(this);
    m_oldView->setObjectName(QStringLiteral("compareOldView"));
    m_newView = new DiffCodeView(this);
    m_newView->setObjectName(QStringLiteral("compareNewView"));

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(titledBox(tr("Old"), m_oldView, sides));
    sides->addWidget(titledBox(tr("New"), m_newView, sides));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(sides);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_impact);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void CompareView::compare(const Pact &oldPact, const QString &oldName, const Pact &newPact, const QString &newName)
{
    m_old = oldPact;
    m_new = newPact;
    const Diff::PactDiff diff = Diff::diffPacts(oldPact, newPact);
    m_model->setDiff(diff);
    m_title->setText(tr("<b>Old:</b> %1 &nbsp; <b>New:</b> %2").arg(oldName.toHtmlEscaped(), newName.toHtmlEscaped()));
    m_summary->setText(diff.interactions.isEmpty()
            ? tr("No differences: a provider that passes the old pact passes the new one.")
            : tr("Highest impact: %1 (%2).").arg(ImpactFormat::name(diff.maxImpact()), ImpactFormat::counts(diff)));
    m_list->expandAll();
    for (int c = 0; c < CompareModel::ReasonColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_oldView->setCode(QString(), false);
    m_newView->setCode(QString(), false);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void CompareView::setMinimumImpact(Diff::Impact impact)
{
    const int i = m_impact->findData(int(impact));
    if (i >= 0)
        m_impact->setCurrentIndex(i);
}

void CompareView::showInteraction(int row, int change)
{
    QModelIndex source = m_model->index(row, 0);
    if (change >= 0)
        source = m_model->index(change, 0, source);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void CompareView::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const int row = current.data(CompareModel::InteractionRowRole).toInt();
    const int change = current.data(CompareModel::ChangeRowRole).toInt();
    const Diff::InteractionDiff &diff = m_model->diff().interactions.at(row);
    showSide(m_oldView, diff.oldIndex >= 0 ? &m_old.interactions.at(diff.oldIndex) : nullptr, true, change);
    showSide(m_newView, diff.newIndex >= 0 ? &m_new.interactions.at(diff.newIndex) : nullptr, false, change);
}

void CompareView::showSide(DiffCodeView *view, const Interaction *interaction, bool oldSide, int changeRow)
{
    if (!interaction) {
        view->setCode(oldSide ? tr("(not in the old pact)") : tr("(not in the new pact)"), false);
        return;
    }
    const QString text = BodyLines::pretty(PactWriter::interactionToJson(*interaction, SpecVersion::V4));
    view->setCode(text, true);
    const QStringList linePaths = BodyLines::linePaths(text);
    const int row = m_list->currentIndex().data(CompareModel::InteractionRowRole).toInt();
    const QList<Diff::Change> &changes = m_model->diff().interactions.at(row).changes;
    QList<DiffCodeView::Annotation> annotations;
    int focusLine = -1;
    for (int i = 0; i < changes.size(); ++i) {
        const Diff::Change &c = changes.at(i);
        if ((oldSide ? c.oldValue : c.newValue).isUndefined() && !c.path.isEmpty())
            continue; // not on this side (added or removed there)
        const bool serious = c.impact >= Diff::Impact::Review;
        const QString note = ImpactFormat::name(c.impact) + QStringLiteral(": ") + c.reason;
        for (const int line : ChangeLines::lines(linePaths, ChangeLines::jsonPath(c))) {
            annotations.append({ line, serious ? DiffAnnotation::Kind::Mismatch : DiffAnnotation::Kind::Matched, note });
            // The chosen change's line; for a whole interaction its first breaking or review line.
            if (focusLine < 0 && (i == changeRow || (changeRow < 0 && serious)))
                focusLine = line;
        }
    }
    view->setAnnotations(annotations);
    if (focusLine >= 0)
        view->setCurrentLine(focusLine);
}

} // namespace Pactbench
