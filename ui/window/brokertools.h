// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerconnection.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QUrl;
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerOpener;
class CanIDeployDialog;
class ContractNetworkWindow;
class DialogService;
class DocumentManager;
class PactDocument;
class VerificationOpener;

/**
 * The Broker menu's deployment tools: Can I Deploy… and Contract Network. Both use the broker the
 * user works with: the current pact's broker, else any open broker pact's, else the one File › Open
 * from Broker last connected to; with none, that dialog opens and the tool follows once it connects.
 * A pact asked for by either tool is fetched and added to the tree; a verification opens with its pact
 * in the tree and its results in a PublishedVerificationWindow (VerificationOpener); a row's "Open in
 * Browser" opens the broker's page.
 */
class BrokerTools : public QObject
{
    Q_OBJECT

public:
    BrokerTools(DocumentManager *documents, BrokerOpener *opener, std::function<PactDocument *()> current,
                QWidget *parent);
    ~BrokerTools() override;
    Q_DISABLE_COPY_MOVE(BrokerTools)

    void setDialogService(DialogService *dialogs) { m_dialogs = dialogs; }
    QAction *canIDeployAction() const { return m_canIDeploy; }
    QAction *networkAction() const { return m_network; }
    /// The connection the tools would use now; empty when there is none yet.
    std::optional<BrokerConnection> connection() const;

    /// Opens a published verification (and its pact) inside Pactbench.
    VerificationOpener *verificationOpener() const { return m_verifications; }

    CanIDeployDialog *showCanIDeploy(const BrokerConnection &connection);
    ContractNetworkWindow *showNetwork(const BrokerConnection &connection);

Q_SIGNALS:
    /// A pact one of the tools asked for was added to the tree.
    void documentOpened(Pactbench::PactDocument *document);
    /// An interaction of an open pact was activated in one of the tools (a published verification's result).
    void interactionRequested(Pactbench::PactDocument *document, int interaction);

private:
    enum class Tool { None, CanIDeploy, Network };
    void trigger(Tool tool);
    void openTool(Tool tool, const BrokerConnection &connection);
    void openPact(const BrokerConnection &connection, const QUrl &pactUrl);

    DocumentManager *m_documents;
    BrokerOpener *m_opener;
    std::function<PactDocument *()> m_current;
    QPointer<QWidget> m_parent;
    DialogService *m_dialogs = nullptr;
    QAction *m_canIDeploy = nullptr;
    QAction *m_network = nullptr;
    VerificationOpener *m_verifications = nullptr;
    Tool m_pending = Tool::None;
    QPointer<CanIDeployDialog> m_canIDeployDialog;
    QPointer<ContractNetworkWindow> m_networkWindow;
};

} // namespace Pactbench
