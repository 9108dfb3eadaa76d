// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verificationresult.h>
#include <ui/document/brokersource.h>

#include <QGroupBox>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerClient;
class BrokerReplyBase;

/**
 * "Publish to broker": provider version and branch, and a button that records the provider version
 * (with its branch) and posts the run's results to the pact's `pb:publish-verification-results`.
 * A broker too old to record the branch gets the results all the same; the status line warns.
 * Shown only for pacts opened from a broker; the connection (and its secrets) come from the document.
 */
class PublishForm : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishForm)

public:
    explicit PublishForm(QWidget *parent = nullptr);
    ~PublishForm() override;

    void setSource(const std::optional<BrokerSource> &source, const QString &providerName);
    QString providerVersion() const;
    QString providerBranch() const;
    void setProviderVersion(const QString &version, const QString &branch);
    /// Enables the button when there is something to publish.
    void setResultsAvailable(bool available);
    /// Publishes `results` (asynchronously; published() tells how it went).
    void publish(const QList<InteractionResult> &results);

Q_SIGNALS:
    void publishRequested();
    void published(bool ok, const QString &message);

private:
    void postResults(const QList<InteractionResult> &results);
    void done(bool ok, const QString &message);
    void updateButton();

    QLineEdit *m_version;
    QLineEdit *m_branch;
    QPushButton *m_publish;
    QLabel *m_status;
    std::optional<BrokerSource> m_source;
    QString m_providerName;
    bool m_resultsAvailable = false;
    QPointer<BrokerClient> m_client;
    QStringList m_warnings; ///< what the broker could not record this time (an older broker's missing branch)
};

} // namespace Pactbench
