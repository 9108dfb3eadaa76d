// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerconnection.h>
#include <core/model/pact.h> // complete for the compareRequested signal's meta type

#include <QObject>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

struct RecentBroker;

class CredentialStore;
class DocumentManager;
class OpenFromBrokerDialog;
class PactDocument;

/**
 * File › Open from Broker: one credential store for the window (the desktop keychain, or this
 * session only when none answers) and the dialog that browses a broker and adds its pacts.
 */
class BrokerOpener : public QObject
{
    Q_OBJECT

public:
    BrokerOpener(DocumentManager *documents, QWidget *dialogParent);
    ~BrokerOpener() override;
    Q_DISABLE_COPY_MOVE(BrokerOpener)

    QAction *action() const { return m_action; }
    CredentialStore *credentials() const { return m_credentials; }
    /// Shows the dialog (window-modal, not blocking); the open one is raised instead of a second.
    OpenFromBrokerDialog *open();
    /// Shows the dialog with a recent broker filled in (the start page's recent brokers).
    OpenFromBrokerDialog *openRecent(const RecentBroker &broker);
    /// The dialog when it is open, else nullptr.
    OpenFromBrokerDialog *dialog() const;
    /// The connection the dialog last connected with in this session (its secret in memory only).
    const std::optional<BrokerConnection> &lastConnection() const { return m_lastConnection; }

Q_SIGNALS:
    /// The dialog connected to a broker.
    void connected(const Pactbench::BrokerConnection &connection);
    /// A pact the dialog opened (the first of several): the window selects it.
    void documentOpened(Pactbench::PactDocument *document);
    /// The dialog fetched two versions of a pact to compare (OpenFromBrokerDialog::compareRequested).
    void compareRequested(const Pactbench::Pact &oldPact, const QString &oldName, const Pactbench::Pact &newPact,
        const QString &newName);

private:
    DocumentManager *m_documents;
    QPointer<QWidget> m_dialogParent;
    CredentialStore *m_credentials = nullptr;
    QAction *m_action = nullptr;
    QPointer<OpenFromBrokerDialog> m_dialog;
    std::optional<BrokerConnection> m_lastConnection;
};

} // namespace Pactbench
