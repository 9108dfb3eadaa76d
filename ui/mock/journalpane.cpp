// SPDX-License-Identifier: MIT
#include "journalpane.h"
#include <ui/widgets/elidedlabel.h>

#include "journaldetail.h"
#include "journalactions.h"
#include "journalformat.h"
#include "journalmodel.h"
#include "runningserver.h"

#include <core/mockserver/mockserver.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pactbench {

JournalPane::JournalPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_detail(new JournalDetail(this))
    , m_summary(new ElidedLabel(this, Qt::ElideRight))
    , m_missing(new QListWidget(this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_export(new QPushButton(tr("Export JSON…"), this))
    , m_writePact(new QPushButton(tr("Write Pact…"), this))
    , m_missingTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("journalPane"));
    setupUi();
    setServer(nullptr);
}

JournalPane::~JournalPane() = default;

void JournalPane::setupUi()
{
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // rows are measured once, not per insertion
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setToolTip(tr("Served interactions not requested yet; double-click one to show it"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_writePact->setObjectName(QStringLiteral("writePactButton"));
    m_writePact->setToolTip(tr("Write the pact of the interactions requested so far (only when nothing went wrong)"));
    auto *copyCurl = new QAction(tr("Copy as curl"), m_view);
    copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    auto *showInteraction = new QAction(tr("Show Interaction"), m_view);
    showInteraction->setObjectName(QStringLiteral("showInteractionAction"));
    m_view->addActions({ copyCurl, showInteraction });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyCurl, &QAction::triggered, m_detail, &JournalDetail::copyCurl);
    connect(showInteraction, &QAction::triggered, m_detail, &JournalDetail::activateInteraction);
    m_missingTimer->setSingleShot(true);
    m_missingTimer->setInterval(250);

    auto *missingBox = new QWidget(this);
    auto *missingLayout = new QVBoxLayout(missingBox);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    missingLayout->addWidget(new QLabel(tr("Not requested yet:"), missingBox));
    missingLayout->addWidget(m_missing);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->addWidget(missingBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({ 560, 420, 160 });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_clear);
    bottom->addWidget(m_export);
    bottom->addWidget(m_writePact);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_clear, &QPushButton::clicked, this, &JournalPane::clearRequested);
    connect(m_export, &QPushButton::clicked, this, &JournalPane::exportRequested);
    connect(m_writePact, &QPushButton::clicked, this, &JournalPane::writePactRequested);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &i) { onActivated(i.row()); });
    connect(m_detail, &JournalDetail::interactionActivated, this, &JournalPane::interactionActivated);
    connect(m_missing, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT interactionActivated(item->data(Qt::UserRole).toInt()); });
    connect(m_missingTimer, &QTimer::timeout, this, &JournalPane::refreshMissing);
}

void JournalPane::setServer(RunningServer *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    m_detail->clear();
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    m_view->setModel(server ? server->journal() : nullptr);
    if (oldSelection)
        oldSelection->deleteLater(); // setModel() does not delete the selection model it replaces
    m_clear->setEnabled(server);
    m_export->setEnabled(server);
    if (server) {
        JournalModel *model = server->journal();
        connect(model, &QAbstractItemModel::rowsInserted, this, &JournalPane::onRowsInserted);
        // Old rows dropped past capacity may take the selected one: keep its detail, do not jump.
        connect(model, &JournalModel::trimStarting, this, [this] { m_trimming = true; });
        connect(model, &JournalModel::trimFinished, this, &JournalPane::onTrimFinished);
        connect(model, &QAbstractItemModel::modelReset, m_detail, &JournalDetail::clear);
        connect(
            m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalPane::onCurrentRowChanged);
        connect(server, &RunningServer::journalUpdated, this, &JournalPane::refreshSummary);
        connect(server, &RunningServer::journalUpdated, this, [this] {
            if (!m_missingTimer->isActive()) // a throttle, not a debounce: a flood must not starve it
                m_missingTimer->start();
        });
        setColumnWidths();
        m_view->scrollToBottom();
    }
    refreshSummary();
    refreshMissing();
}

void JournalPane::setColumnWidths()
{
    // Fixed widths: ResizeToContents would measure every row of a 10,000-row table on each batch.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int digit = metrics.horizontalAdvance(u'0');
    m_view->setColumnWidth(
        JournalModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 2 * digit);
    m_view->setColumnWidth(JournalModel::MethodColumn, metrics.horizontalAdvance(QStringLiteral("DELETE")) + 2 * digit);
    m_view->setColumnWidth(JournalModel::PathColumn, 28 * digit);
    m_view->setColumnWidth(JournalModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("Status")) + 2 * digit);
    m_view->setColumnWidth(
        JournalModel::VerdictColumn, metrics.horizontalAdvance(QStringLiteral("unexpected")) + 2 * digit);
    m_view->header()->setStretchLastSection(true);
}

void JournalPane::onRowsInserted()
{
    // Follow the newest request, unless the user scrolled up to read an older one.
    QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->value() >= bar->maximum() - 2)
        QTimer::singleShot(0, m_view, &QTreeView::scrollToBottom);
}

void JournalPane::onCurrentRowChanged()
{
    if (m_trimming) { // the selected row was dropped: the detail keeps showing it
        m_lostCurrent = true;
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    if (!m_server || !current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showEntry(m_server->journal()->entryAt(current.row()), &m_server->server()->pact(), m_server->url());
}

void JournalPane::onTrimFinished()
{
    if (m_lostCurrent) // Qt moved the selection to another row; the detail does not show that one
        m_view->selectionModel()->clear();
    m_lostCurrent = false;
    m_trimming = false;
}

void JournalPane::onActivated(int row)
{
    if (!m_server || row < 0 || row >= m_server->journal()->rowCount())
        return;
    const int index = m_server->journal()->entryAt(row).interactionIndex;
    if (index >= 0)
        Q_EMIT interactionActivated(index);
}

void JournalPane::refreshSummary()
{
    if (!m_server) {
        m_summary->setText(tr("No mock server selected."));
        return;
    }
    const JournalModel *model = m_server->journal();
    QString text = JournalFormat::summary(model->counters(), m_server->missing().size());
    if (model->droppedRows() > 0)
        text += u' ' + tr("(the table shows the latest %1)").arg(model->rowCount());
    m_summary->setText(text);
}

void JournalPane::updateWritePact()
{
    // Enabled only when writing can succeed; the tooltip says why not (issue 16, defect 4).
    const QString why = JournalActions::whyPactNotWritable(m_server);
    m_writePact->setEnabled(why.isEmpty());
    m_writePact->setToolTip(why.isEmpty()
            ? tr("Write the pact of the interactions requested so far")
            : why + u'\n' + JournalActions::problemLines(m_server).mid(0, 10).join(u'\n'));
}

void JournalPane::refreshMissing()
{
    m_missing->clear();
    updateWritePact();
    if (!m_server)
        return;
    const Pact &pact = m_server->server()->pact();
    for (const int index : m_server->missing()) {
        const Interaction &interaction = pact.interactions.at(index);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2  “%3”")
                .arg(interaction.request.method, interaction.request.path, interaction.description),
            m_missing);
        item->setData(Qt::UserRole, index);
    }
}

} // namespace Pactbench
