// SPDX-License-Identifier: MIT
#include "brokeropener.h"

#include <core/credentials/credentialstore.h>
#include <ui/broker/openfrombrokerdialog.h>

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace Pactbench {

BrokerOpener::BrokerOpener(DocumentManager *documents, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_documents(documents)
    , m_dialogParent(dialogParent)
    , m_credentials(new CredentialStore(QStringLiteral("pactbench"), CredentialStore::Backend::Keychain, this))
{
    m_action = new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Open from &Broker…"), this);
    m_action->setObjectName(QStringLiteral("openFromBrokerAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_action->setStatusTip(tr("Browse a Pact Broker and open its pacts, or the pacts a provider must verify"));
    connect(m_action, &QAction::triggered, this, &BrokerOpener::open);
}

BrokerOpener::~BrokerOpener() = default;

OpenFromBrokerDialog *BrokerOpener::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new OpenFromBrokerDialog(m_documents, m_credentials, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &OpenFromBrokerDialog::documentsOpened, this, [this](const QList<PactDocument *> &documents) {
        if (!documents.isEmpty())
            Q_EMIT documentOpened(documents.constFirst());
    });
    connect(m_dialog, &OpenFromBrokerDialog::compareRequested, this, &BrokerOpener::compareRequested);
    connect(m_dialog, &OpenFromBrokerDialog::connected, this, [this](const BrokerConnection &connection) {
        m_lastConnection = connection;
        Q_EMIT connected(connection);
    });
    m_dialog->open();
    return m_dialog;
}

OpenFromBrokerDialog *BrokerOpener::dialog() const
{
    return m_dialog;
}

OpenFromBrokerDialog *BrokerOpener::openRecent(const RecentBroker &broker)
{
    OpenFromBrokerDialog *dialog = open();
    dialog->useRecent(broker);
    return dialog;
}

} // namespace Pactbench
