// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerconnection.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DocumentManager;
class PactDocument;
class PublishedVerificationWindow;
struct BrokerPact;
struct PublishedVerification;

/**
 * Opens a verification result published to a broker inside Pactbench: fetches the result
 * (BrokerClient::fetchVerification), then the pact it verified (the matrix row's pact link, else
 * the result's `pb:pact-version`), adds that pact to the tree, pairs each test result with its
 * interaction (pairPublishedResults()) and shows them in a PublishedVerificationWindow.
 */
class VerificationOpener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationOpener)

public:
    VerificationOpener(DocumentManager *documents, QWidget *parent);
    ~VerificationOpener() override;

    /// Starts opening the verification at `verificationUrl`; `pactUrl` may be empty.
    void open(const BrokerConnection &connection, const QUrl &verificationUrl, const QUrl &pactUrl);
    /// The window showing the last verification opened (null before, or once closed).
    PublishedVerificationWindow *window() const;

Q_SIGNALS:
    /// The verified pact was added to the tree (or was open already).
    void documentOpened(Pactbench::PactDocument *document);
    /// The verification is shown in window().
    void shown(Pactbench::PublishedVerificationWindow *window);
    /// The user activated a result of the verified pact's interaction `interaction` (to select it in the tree).
    void interactionRequested(Pactbench::PactDocument *document, int interaction);
    /// Something could not be fetched or read: a title, a sentence and the details, for an error box.
    void failed(const QString &title, const QString &text, const QString &details);

private:
    void fetchPact(const BrokerConnection &connection, const PublishedVerification &verification, const QUrl &pactUrl);
    void show(const PublishedVerification &verification, const BrokerPact *pact, PactDocument *document);

    DocumentManager *m_documents;
    QPointer<QWidget> m_parent;
    QPointer<PublishedVerificationWindow> m_window;
    QPointer<PactDocument> m_document; ///< the pact of the verification shown (null: none in the tree)
};

} // namespace Pactbench
