// SPDX-License-Identifier: MIT
#include "brokertools.h"

#include "brokeropener.h"
#include "verificationopener.h"

#include <core/broker/brokerclient.h>
#include <ui/broker/brokererrortext.h>
#include <ui/broker/openfrombrokerdialog.h>
#include <ui/canideploy/canideploydialog.h>
#include <ui/canideploy/canideployform.h>
#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/network/contractnetworkwindow.h>

#include <QAction>
#include <QDesktopServices>
#include <QUrl>
#include <QWidget>

namespace Pactbench {

BrokerTools::BrokerTools(DocumentManager *documents, BrokerOpener *opener, std::function<PactDocument *()> current,
                         QWidget *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_opener(opener)
    , m_current(std::move(current))
    , m_parent(parent)
{
    m_canIDeploy = new QAction(tr("Can I &Deploy…"), this);
    m_canIDeploy->setObjectName(QStringLiteral("canIDeployAction"));
    m_canIDeploy->setStatusTip(tr("Ask the broker whether a version may go to an environment, with the reason for each "
                                  "blocking integration and what to do next"));
    m_network = new QAction(tr("Contract &Network"), this);
    m_network->setObjectName(QStringLiteral("contractNetworkAction"));
    m_network->setStatusTip(tr("Every consumer → provider integration of the broker as a graph, coloured by its latest "
                               "verification"));
    m_verifications = new VerificationOpener(documents, parent);
    connect(m_verifications, &VerificationOpener::documentOpened, this, &BrokerTools::documentOpened);
    connect(m_verifications, &VerificationOpener::interactionRequested, this, &BrokerTools::interactionRequested);
    connect(m_verifications, &VerificationOpener::failed, this,
            [this](const QString &title, const QString &text, const QString &details) {
                if (m_dialogs)
                    m_dialogs->showError(m_parent, title, text, details);
            });
    connect(m_canIDeploy, &QAction::triggered, this, [this] { trigger(Tool::CanIDeploy); });
    connect(m_network, &QAction::triggered, this, [this] { trigger(Tool::Network); });
    connect(m_opener, &BrokerOpener::connected, this, [this](const BrokerConnection &connection) {
        const Tool pending = std::exchange(m_pending, Tool::None);
        if (pending == Tool::None)
            return;
        // The broker dialog is window-modal: close it so the tool can be used.
        if (OpenFromBrokerDialog *dialog = m_opener->dialog())
            dialog->close();
        openTool(pending, connection);
    });
}

BrokerTools::~BrokerTools() = default;

std::optional<BrokerConnection> BrokerTools::connection() const
{
    if (PactDocument *current = m_current ? m_current() : nullptr; current && current->brokerSource())
        return current->brokerSource()->connection;
    for (PactDocument *document : m_documents->documents()) {
        if (document->brokerSource())
            return document->brokerSource()->connection;
    }
    return m_opener->lastConnection();
}

void BrokerTools::trigger(Tool tool)
{
    if (const std::optional<BrokerConnection> c = connection()) {
        m_pending = Tool::None;
        return openTool(tool, *c);
    }
    m_pending = tool;
    m_opener->open();
}

void BrokerTools::openTool(Tool tool, const BrokerConnection &connection)
{
    if (tool == Tool::CanIDeploy)
        showCanIDeploy(connection);
    else if (tool == Tool::Network)
        showNetwork(connection);
}

CanIDeployDialog *BrokerTools::showCanIDeploy(const BrokerConnection &connection)
{
    if (!m_canIDeployDialog) {
        m_canIDeployDialog = new CanIDeployDialog(connection, m_parent);
        m_canIDeployDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_canIDeployDialog, &CanIDeployDialog::pactRequested, this,
                [this, connection](const QUrl &url) { openPact(connection, url); });
        connect(m_canIDeployDialog, &CanIDeployDialog::verificationRequested, this,
                [this, connection](const QUrl &url, const QUrl &pactUrl) {
                    m_verifications->open(connection, url, pactUrl);
                });
        connect(m_canIDeployDialog, &CanIDeployDialog::browserRequested, this,
                [](const QUrl &url) { QDesktopServices::openUrl(url); });
    }
    m_canIDeployDialog->show();
    m_canIDeployDialog->raise();
    m_canIDeployDialog->activateWindow();
    return m_canIDeployDialog;
}

ContractNetworkWindow *BrokerTools::showNetwork(const BrokerConnection &connection)
{
    if (!m_networkWindow) {
        m_networkWindow = new ContractNetworkWindow(connection, m_parent);
        m_networkWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_networkWindow, &ContractNetworkWindow::pactRequested, this,
                [this, connection](const QUrl &url) { openPact(connection, url); });
        connect(m_networkWindow, &ContractNetworkWindow::matrixRequested, this,
                [this, connection](const QString &consumer, const QString &) {
                    CanIDeployDialog *dialog = showCanIDeploy(connection);
                    dialog->form()->setPacticipant(consumer);
                    dialog->form()->setVersion(CanIDeployForm::VersionChoice::Latest);
                    // The pair's rows of the matrix, as the question "can its latest version go to
                    // production?" (the broker seeds that environment); the form changes the target.
                    dialog->form()->setEnvironment(QStringLiteral("production"));
                    dialog->check();
                });
    }
    m_networkWindow->show();
    m_networkWindow->raise();
    m_networkWindow->activateWindow();
    return m_networkWindow;
}

void BrokerTools::openPact(const BrokerConnection &connection, const QUrl &pactUrl)
{
    auto *client = new BrokerClient(connection, this);
    auto *reply = client->fetchPact(pactUrl);
    connect(reply, &BrokerReplyBase::finished, this, [this, client, reply, connection, pactUrl] {
        client->deleteLater();
        if (!reply->ok()) {
            if (m_dialogs)
                m_dialogs->showError(m_parent, tr("Open Pact"), tr("The pact at %1 could not be fetched.").arg(pactUrl.toDisplayString()),
                                     BrokerErrorText::describe(reply->error()));
            return;
        }
        if (PactDocument *document = m_documents->addBrokerPact(reply->value(), connection))
            Q_EMIT documentOpened(document);
    });
}

} // namespace Pactbench
