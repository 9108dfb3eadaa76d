// SPDX-License-Identifier: MIT
#include "mockserverpanel.h"

#include <QTimer>

#include "journalactions.h"
#include "journalmodel.h"
#include "journalpane.h"
#include "runningserver.h"
#include "serversettingsform.h"

#include <core/mockserver/mockserver.h>
#include <ui/widgets/buttonshortcut.h>
#include <ui/widgets/elidedlabel.h>
#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Pactbench {

MockServerPanel::MockServerPanel(DocumentManager *documents, QWidget *parent)
    : QWidget(parent), m_documents(documents), m_defaultDialogs(std::make_unique<DialogService>())
{
    setObjectName(QStringLiteral("mockServerPanel"));
    setupUi();
    m_statesTimer = new QTimer(this);
    m_statesTimer->setSingleShot(true);
    m_statesTimer->setInterval(150); // a 10,000-interaction pact is scanned once per pause, not per keystroke
    connect(m_statesTimer, &QTimer::timeout, this, [this] {
        if (m_document)
            m_settings->setStates(m_document->pact());
    });
    connect(documents, &DocumentManager::documentAboutToBeRemoved, this, &MockServerPanel::onDocumentAboutToBeRemoved);
    setCurrentDocument(nullptr);
}

MockServerPanel::~MockServerPanel()
{
    m_journal->setServer(nullptr); // the servers are children: deleting them never waits for their threads
}

void MockServerPanel::setupUi()
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("mockModeCombo"));
    m_mode->addItem(tr("Serve pact"));
    m_mode->addItem(tr("Record (proxy to URL)"));
    m_mode->setToolTip(tr("Serve the selected pact as a mock server, or record a real provider's answers"));
    m_mode->hide(); // until a record page is given
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createServePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_mode, 0, Qt::AlignLeft);
    layout->addWidget(m_pages, 1);
    connect(m_mode, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

void MockServerPanel::setRecordPage(QWidget *page)
{
    if (m_pages->count() > 1)
        m_pages->removeWidget(m_pages->widget(1));
    m_pages->addWidget(page);
    m_mode->show();
}

void MockServerPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode == Mode::Record && m_pages->count() > 1 ? 1 : 0);
}

MockServerPanel::Mode MockServerPanel::mode() const
{
    return m_mode->currentIndex() == 1 ? Mode::Record : Mode::Serve;
}

QWidget *MockServerPanel::createServePage()
{
    auto *page = new QWidget(this);
    // The pact's name (a file name) and the status (URLs) never set the window's minimum width.
    m_documentLabel = new ElidedLabel(this);
    m_documentLabel->setObjectName(QStringLiteral("currentPactLabel"));
    m_documentLabel->setMinimumHeight(m_documentLabel->sizeHint().height());
    m_settings = new ServerSettingsForm(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serverStatusLabel"));
    ElidedLabel::letWrappedShrink(m_status);
    m_journal = new JournalPane(this);

    // Compact, for a bottom dock: "Pact: NAME" beside the settings row, the server bar below.
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_documentLabel, 1, Qt::AlignTop);
    settingsRow->addSpacing(12);
    settingsRow->addWidget(m_settings, 3);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(settingsRow);
    layout->addWidget(createServerBar());
    layout->addWidget(m_status);
    layout->addWidget(createStaleHint());
    layout->addWidget(m_journal, 1);

    connect(m_journal, &JournalPane::interactionActivated, this, &MockServerPanel::onJournalInteractionActivated);
    connect(m_journal, &JournalPane::clearRequested, this, [this] {
        if (RunningServer *server = currentServer())
            server->clearJournal();
    });
    connect(m_journal, &JournalPane::exportRequested, this,
        [this] { showStatus(JournalActions::exportJournal(this, dialogs(), currentServer())); });
    connect(m_journal, &JournalPane::writePactRequested, this,
        [this] { showStatus(JournalActions::writeExercisedPact(this, dialogs(), currentServer())); });
    return page;
}

QWidget *MockServerPanel::createServerBar()
{
    auto *bar = new QWidget(this);
    m_start = new QPushButton(tr("Start"), bar);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setToolTip(tr("Start a mock server for the current pact"));
    m_stop = new QPushButton(tr("Stop"), bar);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_serverCombo = new QComboBox(bar);
    m_serverCombo->setObjectName(QStringLiteral("serverCombo"));
    m_serverCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_serverCombo->setMinimumContentsLength(24);
    m_url = new QLineEdit(bar);
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setReadOnly(true);
    m_copyUrl = new QPushButton(tr("Copy URL"), bar);
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_start);
    layout->addWidget(m_stop);
    layout->addWidget(m_serverCombo, 1);
    layout->addWidget(m_url, 1);
    layout->addWidget(m_copyUrl);

    connect(m_start, &QPushButton::clicked, this, &MockServerPanel::startServer);
    connect(m_stop, &QPushButton::clicked, this, [this] { stopServer(currentServer()); });
    connect(m_copyUrl, &QPushButton::clicked, this, &MockServerPanel::copyUrl);
    addButtonShortcut(this, m_start, QKeySequence(Qt::Key_F5)); // as Run in the verification panel
    addButtonShortcut(this, m_stop, QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_serverCombo, &QComboBox::currentIndexChanged, this, &MockServerPanel::onCurrentServerChanged);
    return bar;
}

QWidget *MockServerPanel::createStaleHint()
{
    m_staleHint = new QWidget(this);
    m_staleHint->setObjectName(QStringLiteral("pactChangedHint"));
    auto *label
        = new QLabel(tr("The pact changed since this server started — restart to serve the edits."), m_staleHint);
    ElidedLabel::letWrappedShrink(label);
    auto *restart = new QPushButton(tr("Restart"), m_staleHint);
    restart->setObjectName(QStringLiteral("restartButton"));
    auto *layout = new QHBoxLayout(m_staleHint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(restart);
    connect(restart, &QPushButton::clicked, this, [this] { restartServer(currentServer()); });
    m_staleHint->hide();
    return m_staleHint;
}

void MockServerPanel::setCurrentDocument(PactDocument *document)
{
    if (document && document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) { // the states list follows edits of the pact, once typing pauses
        auto refreshStates = [this] {
            m_statesTimer->start();
        };
        connect(document, &PactDocument::pactReset, this, refreshStates);
        connect(document, &PactDocument::interactionChanged, this, refreshStates);
        connect(document, &PactDocument::interactionsRearranged, this, refreshStates);
    }
    m_documentLabel->setText(document ? tr("Pact: %1").arg(document->displayName()) : tr("Select a pact to serve it."));
    if (document)
        m_settings->setStates(document->pact());
    refreshControls();
}

RunningServer *MockServerPanel::startServer()
{
    if (!m_document)
        return nullptr;
    bool ok = false;
    QString problem;
    const MockServerConfig config = m_settings->config(&ok, &problem);
    if (!ok) {
        m_status->setText(problem);
        return nullptr;
    }
    m_settings->saveSettings();
    auto *server = new RunningServer(m_document, config, this);
    addServer(server);
    server->start();
    return server;
}

void MockServerPanel::addServer(RunningServer *server)
{
    m_servers.append(server);
    m_serverCombo->addItem(server->title(), QVariant::fromValue<QObject *>(server));
    auto refresh = [this, server] {
        refreshServerTitle(server);
    };
    connect(server, &RunningServer::started, this, refresh);
    connect(server, &RunningServer::failed, this, refresh);
    connect(server, &RunningServer::stopped, this, refresh);
    connect(server, &RunningServer::staleChanged, this, refresh);
    m_serverCombo->setCurrentIndex(m_serverCombo->count() - 1);
}

void MockServerPanel::stopServer(RunningServer *server)
{
    if (!server || !m_servers.contains(server))
        return;
    removeServer(server); // out of the list and the combo now; deleted once stopped (the port is free then)
    connect(server, &RunningServer::stopped, server, &QObject::deleteLater);
    server->stop();
}

void MockServerPanel::removeServer(RunningServer *server)
{
    if (m_journal->server() == server)
        m_journal->setServer(nullptr);
    const int row = int(m_servers.indexOf(server));
    m_servers.removeAt(row);
    m_serverCombo->removeItem(row); // selects a neighbour, which onCurrentServerChanged() shows
    disconnect(server, nullptr, this, nullptr);
    refreshControls();
}

RunningServer *MockServerPanel::restartServer(RunningServer *server)
{
    if (!server || !m_servers.contains(server) || !server->document())
        return nullptr;
    PactDocument *document = server->document();
    MockServerConfig config = server->config();
    if (server->url().port() > 0)
        config.port = quint16(server->url().port()); // clients keep their URL
    auto *restarted = new RunningServer(document, config, this);
    // The old server frees its port asynchronously (it may be answering a request): listen after it has.
    connect(server, &RunningServer::stopped, restarted, &RunningServer::start);
    stopServer(server);
    addServer(restarted);
    return restarted;
}

void MockServerPanel::onDocumentAboutToBeRemoved(PactDocument *document)
{
    const QList<RunningServer *> servers = m_servers;
    for (RunningServer *server : servers) {
        if (server->document() == document)
            stopServer(server);
    }
    if (m_document == document)
        setCurrentDocument(nullptr);
}

RunningServer *MockServerPanel::currentServer() const
{
    const int row = m_serverCombo->currentIndex();
    return row >= 0 && row < m_servers.size() ? m_servers.at(row) : nullptr;
}

void MockServerPanel::setCurrentServer(RunningServer *server)
{
    const int row = int(m_servers.indexOf(server));
    if (row >= 0)
        m_serverCombo->setCurrentIndex(row);
}

void MockServerPanel::onCurrentServerChanged()
{
    m_journal->setServer(currentServer());
    refreshControls();
}

void MockServerPanel::refreshServerTitle(RunningServer *server)
{
    const int row = int(m_servers.indexOf(server));
    if (row >= 0)
        m_serverCombo->setItemText(row, server->title() + (server->isStale() ? tr(" (pact changed)") : QString()));
    if (server == currentServer())
        refreshControls();
}

void MockServerPanel::refreshControls()
{
    RunningServer *server = currentServer();
    m_start->setEnabled(m_document);
    m_stop->setEnabled(server);
    m_serverCombo->setEnabled(!m_servers.isEmpty());
    const bool running = server && server->state() == RunningServer::State::Running;
    m_url->setText(running ? server->url().toString() : QString());
    m_copyUrl->setEnabled(running);
    m_staleHint->setVisible(server && server->isStale() && server->document());
    m_status->setText(server ? server->statusText() : tr("No mock server running."));
}

void MockServerPanel::showStatus(const QString &text)
{
    if (!text.isEmpty())
        m_status->setText(text);
}

void MockServerPanel::copyUrl()
{
    if (RunningServer *server = currentServer())
        QApplication::clipboard()->setText(server->url().toString());
}

void MockServerPanel::onJournalInteractionActivated(int index)
{
    RunningServer *server = currentServer();
    const int inDocument = server ? server->documentIndexOf(index) : -1;
    if (inDocument >= 0)
        Q_EMIT interactionActivated(server->document(), inDocument);
}

bool MockServerPanel::exportJournal(const QString &path, QString *error) const
{
    RunningServer *server = currentServer();
    if (!server) {
        if (error)
            *error = tr("no mock server is selected");
        return false;
    }
    return server->exportJournal(path, error);
}

} // namespace Pactbench
