// SPDX-License-Identifier: MIT
#include "pactversionspane.h"

#include "brokererrortext.h"
#include "brokerprogress.h"
#include "pactversionsmodel.h"

#include <core/broker/brokerclient.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace Pactbench {

PactVersionsPane::PactVersionsPane(BrokerProgress *progress, QWidget *parent)
    : QWidget(parent), m_progress(progress), m_model(new PactVersionsModel(this))
{
    setObjectName(QStringLiteral("pactVersionsPane"));
    setupUi();
    hide();
}

PactVersionsPane::~PactVersionsPane() = default;

void PactVersionsPane::setupUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("versionsTitle"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("versionsView"));
    m_view->setModel(m_model);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_old = new QComboBox(this);
    m_old->setObjectName(QStringLiteral("versionOld"));
    m_new = new QComboBox(this);
    m_new->setObjectName(QStringLiteral("versionNew"));
    for (QComboBox *side : { m_old, m_new })
        side->setModel(m_model); // column 0: the consumer version
    m_compare = new QPushButton(tr("Co&mpare"), this);
    m_compare->setObjectName(QStringLiteral("compareChosenButton"));
    m_compare->setAutoDefault(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("versionsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *oldLabel = new QLabel(tr("O&ld:"), this);
    oldLabel->setBuddy(m_old);
    auto *newLabel = new QLabel(tr("Ne&w:"), this);
    newLabel->setBuddy(m_new);
    auto *row = new QHBoxLayout;
    row->addWidget(oldLabel);
    row->addWidget(m_old, 1);
    row->addWidget(newLabel);
    row->addWidget(m_new, 1);
    row->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_compare, &QPushButton::clicked, this, &PactVersionsPane::compareChosen);
    connect(m_progress, &BrokerProgress::busyChanged, this, &PactVersionsPane::updateButton);
}

void PactVersionsPane::setClient(BrokerClient *client)
{
    m_client = client;
    ++m_generation;
    setVersions({});
    showMessage({}, false);
    hide();
}

const QList<PactVersionSummary> &PactVersionsPane::versions() const
{
    return m_model->versions();
}

void PactVersionsPane::showVersionsOf(const LatestPactSummary &pact)
{
    if (!m_client)
        return;
    const int generation = ++m_generation;
    setVersions({});
    show();
    m_title->setText(tr("Versions of the pact %1 \u2192 %2").arg(pact.consumer, pact.provider));
    showMessage({}, false);
    const QUrl url = pact.versionUrl.isEmpty() ? pact.url : pact.versionUrl;
    auto *reply = m_client->pactVersions(url);
    m_progress->track(reply, tr("Loading the versions of %1 \u2192 %2\u2026").arg(pact.consumer, pact.provider));
    connect(reply, &BrokerReplyBase::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // another pact or connection was chosen meanwhile
        if (!reply->ok())
            return showMessage(BrokerErrorText::describe(reply->error()), reply->error().kind != BrokerError::Kind::Cancelled);
        setVersions(reply->value());
        if (reply->value().size() < 2)
            showMessage(tr("This pact has only one version: there is nothing to compare it with."), false);
    });
}

void PactVersionsPane::setVersions(const QList<PactVersionSummary> &versions)
{
    m_model->setVersions(versions);
    m_view->resizeColumnsToContents();
    // Newest first: NEW is the newest, OLD the one before it.
    m_new->setCurrentIndex(versions.isEmpty() ? -1 : 0);
    m_old->setCurrentIndex(versions.size() < 2 ? -1 : 1);
    updateButton();
}

void PactVersionsPane::updateButton()
{
    m_compare->setEnabled(m_client && m_model->rowCount() >= 2 && !m_progress->isBusy());
}

void PactVersionsPane::compareChosen()
{
    const int oldRow = m_old->currentIndex();
    const int newRow = m_new->currentIndex();
    if (!m_client || oldRow < 0 || newRow < 0 || m_progress->isBusy())
        return;
    if (oldRow == newRow)
        return showMessage(tr("Choose two different versions."), true);
    const PactVersionSummary oldVersion = versions().at(oldRow);
    const PactVersionSummary newVersion = versions().at(newRow);
    showMessage({}, false);
    const int generation = m_generation;
    QPointer<BrokerReply<BrokerPact>> oldReply = m_client->fetchPact(oldVersion.url);
    QPointer<BrokerReply<BrokerPact>> newReply = m_client->fetchPact(newVersion.url);
    const QString what = tr("Fetching versions %1 and %2\u2026").arg(oldVersion.consumerVersion, newVersion.consumerVersion);
    auto remaining = std::make_shared<int>(2);
    const auto done = [this, oldReply, newReply, remaining, generation, oldVersion, newVersion] {
        if (--*remaining > 0)
            return;
        if (oldReply)
            oldReply->deleteLater();
        if (newReply)
            newReply->deleteLater();
        if (generation != m_generation || !oldReply || !newReply)
            return;
        for (const auto &reply : { oldReply, newReply }) {
            if (!reply->ok())
                return showMessage(BrokerErrorText::describe(reply->error()),
                    reply->error().kind != BrokerError::Kind::Cancelled);
        }
        Q_EMIT compareRequested(oldReply->value().pact, oldVersion.label(), newReply->value().pact, newVersion.label());
    };
    for (const auto &reply : { oldReply, newReply }) {
        m_progress->track(reply.data(), what);
        connect(reply.data(), &BrokerReplyBase::finished, this, done);
    }
}

void PactVersionsPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace Pactbench
