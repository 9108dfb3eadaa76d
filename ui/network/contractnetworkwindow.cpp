// SPDX-License-Identifier: MIT
// ContractNetworkWindow: construction of its controls (the behaviour is in contractnetworkwindowstate.cpp).
#include "contractnetworkwindow.h"

#include "layoutrunner.h"
#include "networkitems.h"
#include "networklegend.h"
#include "networkloader.h"
#include "networkscene.h"
#include "networkview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pactbench {

ContractNetworkWindow::ContractNetworkWindow(const BrokerConnection &connection, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_loader(new NetworkLoader(connection, this))
{
    init();
    setWindowTitle(tr("Contract Network — %1").arg(m_loader->brokerName()));
    connect(m_loader, &NetworkLoader::loaded, this, &ContractNetworkWindow::onLoaded);
    connect(m_loader, &NetworkLoader::failed, this, &ContractNetworkWindow::onFailed);
    connect(m_loader, &NetworkLoader::environmentsLoaded, this, [this](const QStringList &names) {
        m_environments = names;
        if (m_statusMode->currentIndex() == 2 && m_statusName->count() == 0)
            m_statusName->addItems(names);
    });
    m_loader->loadEnvironments();
    reload();
}

ContractNetworkWindow::ContractNetworkWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    init();
    setWindowTitle(tr("Contract Network"));
    m_statusMode->setEnabled(false);
    m_statusName->setEnabled(false);
    m_reload->setEnabled(false);
}

ContractNetworkWindow::~ContractNetworkWindow() = default;

void ContractNetworkWindow::init()
{
    setObjectName(QStringLiteral("contractNetworkWindow"));
    m_runner = new LayoutRunner(this);
    m_scene = new NetworkScene(this);
    m_view = new NetworkView(m_scene, this);
    m_legend = new NetworkLegend(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(createDetailBar());
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_legend);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);
    createShortcuts();
    resize(1100, 720);

    connect(m_runner, &LayoutRunner::finished, this, &ContractNetworkWindow::onLayoutFinished);
    connect(m_view, &NetworkView::serviceClicked, this, &ContractNetworkWindow::onServiceClicked);
    connect(m_view, &NetworkView::edgeClicked, this, &ContractNetworkWindow::onEdgeClicked);
    connect(m_view, &NetworkView::edgeContextMenuRequested, this, &ContractNetworkWindow::onEdgeMenu);
    connect(m_view, &NetworkView::backgroundClicked, this, [this] {
        selectEdge(-1);
        if (!m_neighbourhood->isChecked())
            m_scene->setSelectedService(-1);
        updateSummary();
    });
}

QWidget *ContractNetworkWindow::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("networkFilter"));
    m_filter->setPlaceholderText(tr("Filter services by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Services whose name contains the text, and their integrations, stay; the rest "
                            "fades. Enter selects the first match."));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scene->setFilterText(text);
        updateSummary();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &ContractNetworkWindow::onFilterReturn);
    row->addWidget(m_filter, 2);

    m_neighbourhood = new QCheckBox(tr("&Neighbourhood only"), bar);
    m_neighbourhood->setObjectName(QStringLiteral("networkNeighbourhood"));
    m_neighbourhood->setToolTip(tr("Show only the selected service, its consumers and its providers"));
    connect(m_neighbourhood, &QCheckBox::toggled, this, [this](bool on) {
        m_scene->setNeighbourhoodOnly(on);
        m_view->fit();
        updateSummary();
    });
    row->addWidget(m_neighbourhood);
    row->addWidget(createStatusChoice());

    const std::pair<const char *, QString> zooms[] = {
        {"networkZoomOut", tr("−")}, {"networkZoomIn", tr("+")}, {"networkFit", tr("Fit")}};
    for (const auto &[name, text] : zooms) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QString::fromLatin1(name));
        button->setText(text);
        row->addWidget(button);
    }
    auto *zoomOut = bar->findChild<QToolButton *>(QStringLiteral("networkZoomOut"));
    auto *zoomIn = bar->findChild<QToolButton *>(QStringLiteral("networkZoomIn"));
    auto *fit = bar->findChild<QToolButton *>(QStringLiteral("networkFit"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-, mouse wheel)"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=, mouse wheel)"));
    fit->setToolTip(tr("Show the whole network (Ctrl+0)"));
    connect(zoomOut, &QToolButton::clicked, m_view, &NetworkView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &NetworkView::zoomIn);
    connect(fit, &QToolButton::clicked, m_view, &NetworkView::fit);
    return bar;
}

QWidget *ContractNetworkWindow::createStatusChoice()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Statuses for:"), box);
    m_statusMode = new QComboBox(box);
    m_statusMode->setObjectName(QStringLiteral("networkStatusMode"));
    m_statusMode->addItems({tr("Latest verification"), tr("Provider branch"), tr("Environment")});
    label->setBuddy(m_statusMode);
    m_statusName = new QComboBox(box);
    m_statusName->setObjectName(QStringLiteral("networkStatusName"));
    m_statusName->setEditable(true);
    m_statusName->setMinimumContentsLength(12);
    m_statusName->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusName->setVisible(false);
    m_reload = new QPushButton(tr("&Reload"), box);
    m_reload->setObjectName(QStringLiteral("networkReload"));
    connect(m_statusMode, &QComboBox::currentIndexChanged, this, &ContractNetworkWindow::onStatusModeChanged);
    connect(m_statusName, &QComboBox::activated, this, &ContractNetworkWindow::reload);
    connect(m_statusName->lineEdit(), &QLineEdit::returnPressed, this, &ContractNetworkWindow::reload);
    connect(m_reload, &QPushButton::clicked, this, &ContractNetworkWindow::reload);
    row->addWidget(label);
    row->addWidget(m_statusMode);
    row->addWidget(m_statusName);
    row->addWidget(m_reload);
    return box;
}

QWidget *ContractNetworkWindow::createDetailBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_edgeDetail = new QLabel(tr("Click an integration to open its pact (Shift+click: its matrix); click a "
                                 "service to select it. Drag to pan, the wheel zooms."),
                              bar);
    m_edgeDetail->setObjectName(QStringLiteral("networkEdgeDetail"));
    m_edgeDetail->setWordWrap(true);
    m_openPact = new QPushButton(tr("Open &Pact"), bar);
    m_openPact->setObjectName(QStringLiteral("networkOpenPact"));
    m_openMatrix = new QPushButton(tr("Open &Matrix"), bar);
    m_openMatrix->setObjectName(QStringLiteral("networkOpenMatrix"));
    m_openPact->setEnabled(false);
    m_openMatrix->setEnabled(false);
    connect(m_openPact, &QPushButton::clicked, this, [this] {
        if (m_selectedEdge >= 0)
            Q_EMIT pactRequested(m_graph.integrations()[m_selectedEdge].pactUrl);
    });
    connect(m_openMatrix, &QPushButton::clicked, this, [this] {
        if (m_selectedEdge >= 0) {
            const IntegrationSummary &i = m_graph.integrations()[m_selectedEdge];
            Q_EMIT matrixRequested(i.consumer, i.provider);
        }
    });
    // The keyboard's way to an integration (the graph's arrows are for the mouse): the selected service's
    // integrations, listed; choosing one selects it as a click does, and Open Pact / Open Matrix act on it.
    m_edgeChoice = new QComboBox(bar);
    m_edgeChoice->setObjectName(QStringLiteral("networkEdgeChoice"));
    m_edgeChoice->setMinimumContentsLength(24);
    m_edgeChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *choiceLabel = new QLabel(tr("In&tegration:"), bar);
    choiceLabel->setBuddy(m_edgeChoice);
    m_edgeChoice->setToolTip(tr("The integrations of the selected service (select a service first: click it, or type "
                                "its name in the filter and press Enter)"));
    connect(m_edgeChoice, &QComboBox::activated, this, [this](int index) {
        const int edge = m_edgeChoice->itemData(index).toInt();
        selectEdge(edge);
        if (EdgeItem *item = m_scene->edgeItem(edge))
            m_view->ensureVisible(item);
    });
    fillEdgeChoice(-1);
    row->addWidget(m_edgeDetail, 1);
    row->addWidget(choiceLabel);
    row->addWidget(m_edgeChoice);
    row->addWidget(m_openPact);
    row->addWidget(m_openMatrix);
    return bar;
}

void ContractNetworkWindow::createShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, m_view, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_Equal), &NetworkView::zoomIn);
    add(QKeySequence(Qt::CTRL | Qt::Key_Plus), &NetworkView::zoomIn);
    add(QKeySequence(Qt::CTRL | Qt::Key_Minus), &NetworkView::zoomOut);
    add(QKeySequence(Qt::CTRL | Qt::Key_0), &NetworkView::fit);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
}

} // namespace Pactbench
