// SPDX-License-Identifier: MIT
#include "openfrombrokerdialog.h"

#include "brokerbrowser.h"
#include "brokerconnectionform.h"
#include "brokererrortext.h"
#include "brokerprogress.h"
#include "recentbrokers.h"
#include "verificationpage.h"
#include "verificationselectorsform.h"

#include <core/broker/brokerclient.h>
#include <ui/document/documentmanager.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace Pactbench {

OpenFromBrokerDialog::OpenFromBrokerDialog(DocumentManager *documents, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_documents(documents), m_credentials(credentials)
{
    setObjectName(QStringLiteral("openFromBrokerDialog"));
    setWindowTitle(tr("Open from Pact Broker"));
    setupUi();
    updateButtons();
}

OpenFromBrokerDialog::~OpenFromBrokerDialog() = default;

void OpenFromBrokerDialog::setupUi()
{
    m_form = new BrokerConnectionForm(m_credentials, this);
    m_progress = new BrokerProgress(this);
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_status = new QLabel(tr("Not connected."), this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser = new BrokerBrowser(m_progress, this);
    m_verification = new VerificationPage(m_progress, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("brokerTabs"));
    m_tabs->addTab(m_browser, tr("&Browse"));
    m_tabs->addTab(m_verification, tr("For &verification"));
    m_tabs->setEnabled(false); // until connected
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setAutoDefault(false);

    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_status, 1);
    connectRow->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(connectRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(820, 640);

    connect(m_connect, &QPushButton::clicked, this, &OpenFromBrokerDialog::connectToBroker);
    connect(m_open, &QPushButton::clicked, this, &OpenFromBrokerDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenFromBrokerDialog::reject);
    connect(m_progress, &BrokerProgress::busyChanged, this, &OpenFromBrokerDialog::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OpenFromBrokerDialog::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OpenFromBrokerDialog::suggestProvider);
    connect(m_browser, &BrokerBrowser::selectionChanged, this, &OpenFromBrokerDialog::updateButtons);
    connect(m_verification, &VerificationPage::selectionChanged, this, &OpenFromBrokerDialog::updateButtons);
    connect(m_browser, &BrokerBrowser::openRequested, this, &OpenFromBrokerDialog::openSelected);
    connect(m_browser, &BrokerBrowser::compareRequested, this,
        [this](const Pact &oldPact, const QString &oldName, const Pact &newPact, const QString &newName) {
            Q_EMIT compareRequested(oldPact, oldName, newPact, newName);
            accept(); // the compare dialog opens in the window
        });
    connect(m_verification, &VerificationPage::openRequested, this, &OpenFromBrokerDialog::openSelected);
}

bool OpenFromBrokerDialog::isConnected() const
{
    return m_client && m_tabs->isEnabled();
}

void OpenFromBrokerDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

void OpenFromBrokerDialog::updateButtons()
{
    const bool connected = isConnected();
    const bool selected = m_tabs->currentWidget() == m_browser ? !m_browser->selectedPactUrls().isEmpty()
                                                               : !m_verification->selectedPacts().isEmpty();
    m_open->setEnabled(connected && selected && !m_progress->isBusy());
}

void OpenFromBrokerDialog::suggestProvider()
{
    // The pacticipant chosen while browsing is the likely provider to verify.
    VerificationSelectorsForm *form = m_verification->selectorsForm();
    if (m_tabs->currentWidget() == m_verification && form->request().providerName.isEmpty())
        form->setProviderName(m_browser->currentPacticipant());
}

void OpenFromBrokerDialog::dropClient()
{
    m_progress->cancelAll();
    m_browser->setClient(nullptr);
    m_verification->setClient(nullptr);
    m_tabs->setEnabled(false);
    if (m_client)
        m_client->deleteLater(); // its pending replies go with it
    m_client = nullptr;
    updateButtons();
}

void OpenFromBrokerDialog::connectToBroker()
{
    if (!m_form->validate())
        return showStatus(m_form->urlProblem(), true);
    dropClient();
    const BrokerConnection connection = m_form->connection();
    auto *client = new BrokerClient(connection, this);
    m_client = client;
    auto *reply = client->index();
    m_progress->track(reply, tr("Connecting to %1\u2026").arg(connection.displayBaseUrl()));
    showStatus(tr("Connecting to %1\u2026").arg(connection.displayBaseUrl()), false);
    connect(reply, &BrokerReplyBase::finished, this, [this, reply, client] {
        reply->deleteLater();
        onConnected(client, reply->ok(), reply->ok() ? QString() : BrokerErrorText::describe(reply->error()));
    });
}

void OpenFromBrokerDialog::onConnected(const BrokerClient *client, bool ok, const QString &message)
{
    if (client != m_client)
        return; // an older attempt, replaced by a newer one
    if (!ok) {
        dropClient();
        return showStatus(message, true);
    }
    const BrokerConnection &connection = m_client->connection();
    showStatus(
        tr("Connected to %1 with %2.").arg(connection.displayBaseUrl(), BrokerErrorText::authLabel(connection.auth)),
        false);
    RecentBrokers::add(m_form->recentEntry());
    m_form->saveSettings();
    m_form->rememberSecret();
    m_form->reloadRecent();
    m_tabs->setEnabled(true);
    m_browser->setClient(m_client);
    m_verification->setClient(m_client);
    updateButtons();
    Q_EMIT connected(connection);
}

OpenFromBrokerDialog::PactReplies OpenFromBrokerDialog::startFetches()
{
    PactReplies replies;
    if (m_tabs->currentWidget() == m_browser) {
        for (const QUrl &url : m_browser->selectedPactUrls())
            replies << m_client->fetchPact(url);
    } else {
        for (const PactForVerification &entry : m_verification->selectedPacts())
            replies << m_client->fetchPact(entry);
    }
    return replies;
}

void OpenFromBrokerDialog::useRecent(const RecentBroker &broker)
{
    m_form->applyRecent(broker);
    m_connect->setFocus();
}

void OpenFromBrokerDialog::openSelected()
{
    if (!isConnected() || m_progress->isBusy())
        return;
    const PactReplies replies = startFetches();
    if (replies.isEmpty())
        return showStatus(tr("Select one or more pacts to open."), true);
    const BrokerConnection connection = m_client->connection();
    auto remaining = std::make_shared<qsizetype>(replies.size());
    const QString what = tr("Fetching %n pact(s)\u2026", nullptr, int(replies.size()));
    for (const auto &reply : replies) {
        m_progress->track(reply, what);
        connect(
            reply, &BrokerReplyBase::finished, this, [this, replies, remaining, connection, client = m_client.data()] {
                if (--*remaining == 0 && client == m_client)
                    finishOpen(replies, connection);
            });
    }
}

void OpenFromBrokerDialog::finishOpen(const PactReplies &replies, const BrokerConnection &connection)
{
    QList<PactDocument *> opened;
    QStringList errors;
    bool cancelled = false;
    for (const auto &reply : replies) {
        if (!reply)
            continue;
        reply->deleteLater();
        if (reply->ok())
            opened << m_documents->addBrokerPact(reply->value(), connection);
        else if (reply->error().kind == BrokerError::Kind::Cancelled)
            cancelled = true;
        else
            errors << BrokerErrorText::describe(reply->error());
    }
    if (!errors.isEmpty())
        showStatus(errors.join(u'\n'), true);
    else if (cancelled)
        showStatus(tr("Cancelled; %n pact(s) opened.", nullptr, int(opened.size())), true);
    else
        showStatus(tr("Opened %n pact(s).", nullptr, int(opened.size())), false);
    if (!opened.isEmpty())
        Q_EMIT documentsOpened(opened);
    if (!opened.isEmpty() && errors.isEmpty() && !cancelled)
        accept();
}

void OpenFromBrokerDialog::reject()
{
    m_progress->cancelAll();
    QDialog::reject();
}

} // namespace Pactbench
