// SPDX-License-Identifier: MIT
#include "publishform.h"

#include <core/broker/brokerclient.h>
#include <core/verifier/brokerverification.h>

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Pactbench {

PublishForm::PublishForm(QWidget *parent)
    : QGroupBox(tr("Publish to the broker"), parent)
    , m_version(new QLineEdit(this))
    , m_branch(new QLineEdit(this))
    , m_publish(new QPushButton(tr("Publish results"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("publishGroup"));
    m_version->setObjectName(QStringLiteral("providerVersionEdit"));
    m_version->setPlaceholderText(tr("e.g. the provider's git commit"));
    m_branch->setObjectName(QStringLiteral("providerBranchEdit"));
    m_branch->setPlaceholderText(tr("e.g. main"));
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Provider version:"), m_version);
    form->addRow(tr("Provider branch:"), m_branch);
    form->addRow(m_publish, m_status);
    connect(m_version, &QLineEdit::textChanged, this, &PublishForm::updateButton);
    connect(m_publish, &QPushButton::clicked, this, &PublishForm::publishRequested);
    updateButton();
}

PublishForm::~PublishForm() = default;

void PublishForm::setSource(const std::optional<BrokerSource> &source, const QString &providerName)
{
    m_source = source;
    m_providerName = providerName;
    setVisible(source.has_value());
    m_status->clear();
    updateButton();
}

QString PublishForm::providerVersion() const
{
    return m_version->text().trimmed();
}

QString PublishForm::providerBranch() const
{
    return m_branch->text().trimmed();
}

void PublishForm::setProviderVersion(const QString &version, const QString &branch)
{
    m_version->setText(version);
    m_branch->setText(branch);
}

void PublishForm::setResultsAvailable(bool available)
{
    m_resultsAvailable = available;
    updateButton();
}

void PublishForm::updateButton()
{
    const bool canPublish = m_source && !m_source->verificationResultsUrl.isEmpty();
    m_publish->setEnabled(canPublish && m_resultsAvailable && !providerVersion().isEmpty() && !m_client);
    if (m_source && m_source->verificationResultsUrl.isEmpty())
        m_status->setText(tr("The broker gave no link to publish verification results for this pact."));
}

void PublishForm::publish(const QList<InteractionResult> &results)
{
    if (!m_source || m_client || providerVersion().isEmpty())
        return;
    m_client = new BrokerClient(m_source->connection, this);
    m_warnings.clear();
    m_status->setText(tr("Publishing…"));
    updateButton();
    if (providerBranch().isEmpty()) {
        postResults(results);
        return;
    }
    BrokerReply<RecordVersionResult> *reply
        = m_client->recordPacticipantVersion(m_providerName, providerVersion(), providerBranch(), {});
    connect(reply, &BrokerReplyBase::finished, this, [this, reply, results] {
        if (!reply->ok()) {
            done(false,
                tr("Recording provider version %1 failed: %2").arg(providerVersion(), reply->error().toString()));
            return;
        }
        // An older broker without branches: the results are published all the same, and the
        // status line says what was left out (done() adds these).
        for (const BrokerNotice &n : reply->value().notices)
            m_warnings << n.text;
        postResults(results);
    });
}

void PublishForm::postResults(const QList<InteractionResult> &results)
{
    BrokerVerificationOptions options;
    options.connection = m_source->connection;
    options.providerVersion = providerVersion();
    options.providerBranch = providerBranch();
    QString version = QCoreApplication::applicationVersion();
    const VerificationResults body = BrokerVerification::resultsFor(0, results, options, version);
    BrokerReply<QUrl> *reply = m_client->publishVerificationResults(m_source->verificationResultsUrl, body);
    connect(reply, &BrokerReplyBase::finished, this, [this, reply, success = body.success] {
        if (reply->ok())
            done(true, success ? tr("Published: verification passed.") : tr("Published: verification failed."));
        else
            done(false, tr("Publishing failed: %1").arg(reply->error().toString()));
    });
}

void PublishForm::done(bool ok, const QString &message)
{
    QString text = message;
    for (const QString &w : std::as_const(m_warnings))
        text += u"\n\u26A0 "_qs + w; // "⚠ the broker does not support branches …" (core's words, not translated)
    m_warnings.clear();
    m_status->setText(text);
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    updateButton();
    Q_EMIT published(ok, text);
}

} // namespace Pactbench
