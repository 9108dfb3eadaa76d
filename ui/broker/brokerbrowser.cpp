// SPDX-License-Identifier: MIT
#include "brokerbrowser.h"

#include "brokererrortext.h"
#include "brokerprogress.h"
#include "latestpactsmodel.h"
#include "pacticipantsmodel.h"
#include "pactversionspane.h"

#include <core/broker/brokerclient.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QTableView *makeTable(QWidget *parent, const char *name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move between rows
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return view;
}

} // namespace

BrokerBrowser::BrokerBrowser(BrokerProgress *progress, QWidget *parent)
    : QWidget(parent)
    , m_progress(progress)
    , m_pacticipants(new PacticipantsModel(this))
    , m_pacticipantsFilter(new QSortFilterProxyModel(this))
    , m_pacts(new LatestPactsModel(this))
    , m_pactsSort(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("brokerBrowser"));
    m_pacticipantsFilter->setSourceModel(m_pacticipants);
    m_pacticipantsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_pacticipantsFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_pacticipantsFilter->setFilterKeyColumn(PacticipantsModel::NameColumn);
    m_pactsSort->setSourceModel(m_pacts);
    m_pactsSort->setSortRole(LatestPactsModel::SortRole);
    m_pactsSort->setSortCaseSensitivity(Qt::CaseInsensitive);
    setupUi();
}

BrokerBrowser::~BrokerBrowser() = default;

void BrokerBrowser::setupUi()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("pacticipantFilter"));
    m_filter->setPlaceholderText(tr("Filter pacticipants"));
    m_filter->setClearButtonEnabled(true);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    m_pacticipantsView = makeTable(this, "pacticipantsView", m_pacticipantsFilter);
    m_pacticipantsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pactsView = makeTable(this, "pactsView", m_pactsSort);
    m_pactsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("pactRole"));
    m_role->addItem(tr("as consumer or provider"));
    m_role->addItem(tr("as consumer"));
    m_role->addItem(tr("as provider"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("browseMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_compareVersions = new QPushButton(tr("Compare vers&ions\u2026"), this);
    m_compareVersions->setObjectName(QStringLiteral("compareVersionsButton"));
    m_compareVersions->setToolTip(tr("List the published versions of the selected pact and compare two of them"));
    m_compareVersions->setAutoDefault(false);
    m_versions = new PactVersionsPane(m_progress, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_pacticipantsView);
    leftLayout->addWidget(refresh);
    auto *right = new QWidget(this);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(new QLabel(tr("Latest pacts of the chosen pacticipant"), right));
    roleRow->addWidget(m_role);
    roleRow->addStretch(1);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(roleRow);
    rightLayout->addWidget(m_pactsView, 2);
    auto *compareRow = new QHBoxLayout;
    compareRow->addStretch(1);
    compareRow->addWidget(m_compareVersions);
    rightLayout->addLayout(compareRow);
    rightLayout->addWidget(m_versions, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, m_pacticipantsFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, this, &BrokerBrowser::refresh);
    connect(m_role, &QComboBox::currentIndexChanged, this, &BrokerBrowser::showPactsOfCurrent);
    connect(m_pacticipantsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BrokerBrowser::showPactsOfCurrent);
    connect(
        m_pactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BrokerBrowser::selectionChanged);
    connect(m_pactsView, &QTableView::activated, this, &BrokerBrowser::openRequested);
    connect(this, &BrokerBrowser::selectionChanged, this, &BrokerBrowser::updateCompareButton);
    connect(m_compareVersions, &QPushButton::clicked, this, &BrokerBrowser::showVersionsOfSelected);
    connect(m_versions, &PactVersionsPane::compareRequested, this, &BrokerBrowser::compareRequested);
}

void BrokerBrowser::setClient(BrokerClient *client)
{
    m_client = client;
    m_allPacts.clear();
    m_pacticipants->setPacticipants({});
    m_pacts->setPacts({});
    m_versions->setClient(client);
    showMessage({});
    updateCompareButton();
    if (m_client)
        refresh();
}

void BrokerBrowser::refresh()
{
    if (!m_client)
        return;
    showMessage({});
    loadPacticipants();
    loadLatestPacts();
}

template<typename Reply, typename Use> void BrokerBrowser::whenAnswered(Reply *reply, const QString &what, Use use)
{
    m_progress->track(reply, what);
    connect(reply, &BrokerReplyBase::finished, this, [this, reply, use, client = m_client.data()] {
        reply->deleteLater();
        if (client != m_client)
            return; // the dialog connected elsewhere meanwhile
        if (!reply->ok())
            return showMessage(BrokerErrorText::describe(reply->error()));
        use(reply->value());
    });
}

void BrokerBrowser::loadPacticipants()
{
    whenAnswered(m_client->pacticipants(), tr("Loading pacticipants\u2026"),
        [this](const QList<PacticipantSummary> &pacticipants) {
            m_pacticipants->setPacticipants(pacticipants);
            m_pacticipantsView->resizeColumnsToContents();
        });
}

void BrokerBrowser::loadLatestPacts()
{
    whenAnswered(
        m_client->latestPacts(), tr("Loading the latest pacts\u2026"), [this](const QList<LatestPactSummary> &pacts) {
            m_allPacts = pacts;
            showPactsOfCurrent();
        });
}

QString BrokerBrowser::currentPacticipant() const
{
    const QModelIndexList rows = m_pacticipantsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PacticipantsModel::NameRole).toString();
}

void BrokerBrowser::showPactsOfCurrent()
{
    const QString name = currentPacticipant();
    QList<LatestPactSummary> shown;
    for (const LatestPactSummary &p : std::as_const(m_allPacts)) {
        if (name.isEmpty() || shows(p, name))
            shown << p;
    }
    m_pacts->setPacts(shown);
    m_pactsView->resizeColumnsToContents();
    Q_EMIT selectionChanged();
}

bool BrokerBrowser::shows(const LatestPactSummary &pact, const QString &pacticipant) const
{
    switch (m_role->currentIndex()) {
    case 1:
        return pact.consumer == pacticipant;
    case 2:
        return pact.provider == pacticipant;
    default:
        return pact.consumer == pacticipant || pact.provider == pacticipant;
    }
}

QList<QUrl> BrokerBrowser::selectedPactUrls() const
{
    QModelIndexList rows = m_pactsView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QUrl> urls;
    for (const QModelIndex &row : std::as_const(rows))
        urls << row.data(LatestPactsModel::UrlRole).toUrl();
    return urls;
}

void BrokerBrowser::updateCompareButton()
{
    m_compareVersions->setEnabled(m_client && m_pactsView->selectionModel()->selectedRows().size() == 1);
}

bool BrokerBrowser::showVersionsOfSelected()
{
    const QModelIndexList rows = m_pactsView->selectionModel()->selectedRows();
    if (!m_client || rows.size() != 1)
        return false;
    m_versions->showVersionsOf(m_pacts->pacts().at(m_pactsSort->mapToSource(rows.constFirst()).row()));
    return true;
}

void BrokerBrowser::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Pactbench
