// SPDX-License-Identifier: MIT
#include "verificationopener.h"

#include <core/broker/brokerclient.h>
#include <core/verifier/publishedresults.h>
#include <ui/broker/brokererrortext.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/verify/publishedverificationwindow.h>

#include <QWidget>

namespace Pactbench {

VerificationOpener::VerificationOpener(DocumentManager *documents, QWidget *parent)
    : QObject(parent), m_documents(documents), m_parent(parent)
{ }

VerificationOpener::~VerificationOpener() = default;

PublishedVerificationWindow *VerificationOpener::window() const
{
    return m_window;
}

void VerificationOpener::open(const BrokerConnection &connection, const QUrl &verificationUrl, const QUrl &pactUrl)
{
    auto *client = new BrokerClient(connection, this);
    auto *reply = client->fetchVerification(verificationUrl);
    connect(reply, &BrokerReplyBase::finished, this, [this, client, reply, connection, verificationUrl, pactUrl] {
        client->deleteLater();
        if (!reply->ok()) {
            if (!reply->isCancelled())
                Q_EMIT failed(tr("Open Verification"),
                              tr("The verification result at %1 could not be fetched.").arg(verificationUrl.toDisplayString()),
                              BrokerErrorText::describe(reply->error()));
            return;
        }
        const PublishedVerification verification = reply->value();
        fetchPact(connection, verification, pactUrl.isEmpty() ? verification.pactUrl : pactUrl);
    });
}

void VerificationOpener::fetchPact(const BrokerConnection &connection, const PublishedVerification &verification,
                                   const QUrl &pactUrl)
{
    if (pactUrl.isEmpty())
        return show(verification, nullptr, nullptr); // results without their interactions
    auto *client = new BrokerClient(connection, this);
    auto *reply = client->fetchPact(pactUrl);
    connect(reply, &BrokerReplyBase::finished, this, [this, client, reply, connection, verification, pactUrl] {
        client->deleteLater();
        if (!reply->ok()) {
            if (!reply->isCancelled())
                Q_EMIT failed(tr("Open Verification"),
                              tr("The pact at %1, which the verification checked, could not be fetched.")
                                  .arg(pactUrl.toDisplayString()),
                              BrokerErrorText::describe(reply->error()));
            return;
        }
        const BrokerPact pact = reply->value();
        PactDocument *document = m_documents->addBrokerPact(pact, connection);
        if (document)
            Q_EMIT documentOpened(document);
        show(verification, &pact, document);
    });
}

void VerificationOpener::show(const PublishedVerification &verification, const BrokerPact *pact, PactDocument *document)
{
    m_document = document;
    if (!m_window) {
        m_window = new PublishedVerificationWindow(m_parent);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &PublishedVerificationWindow::interactionActivated, this, [this](int interaction) {
            if (m_document)
                Q_EMIT interactionRequested(m_document, interaction);
        });
    }
    const Pact none;
    const Pact &verified = pact ? pact->pact : none;
    m_window->setVerification(verification, verified.consumer.name, pairPublishedResults(verification, verified));
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT shown(m_window);
}

} // namespace Pactbench
