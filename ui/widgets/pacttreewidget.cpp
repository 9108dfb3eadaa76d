// SPDX-License-Identifier: MIT
#include "pacttreewidget.h"

#include <ui/models/pactfilterproxy.h>
#include <ui/models/pacttreemodel.h>

#include <QApplication>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QStyle>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Pactbench {

PactTreeWidget::PactTreeWidget(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new PactFilterProxy(this))
    , m_filterTimer(new QTimer(this))
{
    setupUi();
    setupConnections();
}

PactTreeWidget::~PactTreeWidget() = default;

void PactTreeWidget::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by description, provider state, method or path (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("pactTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setMinimumSectionSize(80);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &PactTreeWidget::fitItemColumn);
}

int PactTreeWidget::itemColumnFloor() const
{
    // A description of 34 average characters at interaction depth (pact → group → interaction),
    // after its icon.
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 8;
    return 3 * m_view->indentation() + icon + 34 * m_view->fontMetrics().averageCharWidth();
}

void PactTreeWidget::fitItemColumn()
{
    // The Item column follows its content and the space: as wide as its visible names, at least a whole
    // description, at most what leaves the Detail column 28 % (80 px); once the user drags it, theirs.
    if (m_itemColumnSetByUser)
        return;
    const int viewport = m_view->viewport()->width();
    if (viewport <= 0)
        return;
    const int content = static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(PactTreeModel::NameColumn);
    const int most = std::max({ 80, qMin(viewport * 72 / 100, viewport - 80), qMin(itemColumnFloor(), viewport - 80) });
    const int width = qBound(qMin(itemColumnFloor(), most), content, most);
    if (width > 0 && width != m_view->columnWidth(PactTreeModel::NameColumn)) {
        const QScopedValueRollback fitting(m_fittingColumns, true);
        m_view->setColumnWidth(PactTreeModel::NameColumn, width);
    }
}

bool PactTreeWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
}

void PactTreeWidget::setupConnections()
{
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &PactTreeWidget::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentChanged(m_proxy->mapToSource(current)); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PactTreeWidget::expandTopLevels);
    // Names appearing (a pact opened, a branch expanded, a filter applied) may widen the Item column.
    const auto fit = [this] { m_fitTimer->start(); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, fit);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, fit);
    connect(m_view, &QTreeView::expanded, this, fit);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == PactTreeModel::NameColumn && !m_fittingColumns && m_view->header()->isVisible()
            && QApplication::mouseButtons() != Qt::NoButton)
            m_itemColumnSetByUser = true;
    });
    connect(m_view->header(), &QHeaderView::sectionHandleDoubleClicked, this, [this] {
        m_itemColumnSetByUser = false;
        fitItemColumn();
    });
}

void PactTreeWidget::setModel(PactTreeModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    expandTopLevels({}, 0, m_proxy->rowCount() - 1);
}

void PactTreeWidget::expandTopLevels(const QModelIndex &proxyParent, int first, int last)
{
    // A new pact opens down to its interactions; interactions stay closed (their parts load on demand).
    if (proxyParent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex pact = m_proxy->index(row, 0);
        m_view->expand(pact);
        for (int g = 0, n = m_proxy->rowCount(pact); g < n; ++g)
            m_view->expand(m_proxy->index(g, 0, pact));
    }
}

void PactTreeWidget::applyFilter()
{
    m_filterTimer->stop();
    m_proxy->setFilterText(m_filter->text().trimmed());
    expandTopLevels({}, 0, m_proxy->rowCount() - 1);
}

void PactTreeWidget::setFilterText(const QString &text)
{
    m_filter->setText(text);
    applyFilter();
}

void PactTreeWidget::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PactTreeWidget::select(const QModelIndex &sourceIndex)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    if (!proxyIndex.isValid())
        return;
    for (QModelIndex up = proxyIndex.parent(); up.isValid(); up = up.parent())
        m_view->expand(up);
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
}

void PactTreeWidget::expandCurrent()
{
    if (m_view->currentIndex().isValid())
        m_view->expandRecursively(m_view->currentIndex());
}

QModelIndex PactTreeWidget::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

} // namespace Pactbench
