// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/pact.h> // complete for the compareRequested signal's meta type
#include <ui/document/pactdocument.h> // complete for the documentsOpened signal's meta type

#include <QDialog>
#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
QT_END_NAMESPACE

namespace Pactbench {

template<typename T> class BrokerReply;
class BrokerBrowser;
class BrokerClient;
class BrokerConnectionForm;
class BrokerProgress;
class CredentialStore;
class DocumentManager;
class VerificationPage;
struct BrokerConnection;
struct BrokerPact;
struct RecentBroker;

/**
 * File › Open from Broker: connect to a Pact Broker (URL, auth, credentials through the
 * CredentialStore, recent brokers), then browse pacticipants → latest pacts, or fetch the pacts
 * for verification of a provider, and open the selected ones as documents (origin: the pact URL,
 * with a BrokerSource), or compare two versions of one pact (Browse › Compare versions…:
 * compareRequested(), then the dialog closes). Every broker call is asynchronous, shows a busy indicator and can be
 * cancelled; failures are shown in the dialog. Usable without exec(): show() it and drive the
 * widgets by objectName ("brokerUrl", "connectButton", "pactsView", "openButton", …).
 */
class OpenFromBrokerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenFromBrokerDialog)

public:
    /// Neither `documents` nor `credentials` is owned; both must outlive the dialog.
    OpenFromBrokerDialog(DocumentManager *documents, CredentialStore *credentials, QWidget *parent = nullptr);
    ~OpenFromBrokerDialog() override;

    /// True once a connection attempt succeeded (the tabs are usable).
    bool isConnected() const;
    /// Tries the connection in the form (the broker's index); the result shows in the dialog.
    void connectToBroker();
    /// Fetches the pacts selected on the current tab and adds them to the documents.
    void openSelected();
    /// Fills the connection form from a recent broker (its secret from the store), ready to connect.
    void useRecent(const RecentBroker &broker);

Q_SIGNALS:
    /// A connection attempt succeeded (the broker's index answered).
    void connected(const Pactbench::BrokerConnection &connection);
    /// After pacts were added through DocumentManager::addBrokerPact (already open ones included).
    void documentsOpened(const QList<Pactbench::PactDocument *> &documents);
    /// Two versions of one pact were fetched (Browse › Compare versions…); names like "web → orders 1.4.0".
    void compareRequested(const Pactbench::Pact &oldPact, const QString &oldName, const Pactbench::Pact &newPact,
        const QString &newName);

public Q_SLOTS:
    void reject() override;

private:
    using PactReplies = QList<QPointer<BrokerReply<BrokerPact>>>;

    void setupUi();
    void dropClient();
    void onConnected(const BrokerClient *client, bool ok, const QString &message);
    PactReplies startFetches();
    void finishOpen(const PactReplies &replies, const BrokerConnection &connection);
    void updateButtons();
    void suggestProvider();
    void showStatus(const QString &text, bool error);

    DocumentManager *m_documents;
    CredentialStore *m_credentials;
    QPointer<BrokerClient> m_client;
    BrokerConnectionForm *m_form = nullptr;
    BrokerProgress *m_progress = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    BrokerBrowser *m_browser = nullptr;
    VerificationPage *m_verification = nullptr;
    QPushButton *m_open = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Pactbench
