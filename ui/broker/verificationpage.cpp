// SPDX-License-Identifier: MIT
#include "verificationpage.h"

#include "brokererrortext.h"
#include "brokerprogress.h"
#include "verificationpactsmodel.h"
#include "verificationselectorsform.h"

#include <core/broker/brokerclient.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Pactbench {

VerificationPage::VerificationPage(BrokerProgress *progress, QWidget *parent)
    : QWidget(parent)
    , m_progress(progress)
    , m_form(new VerificationSelectorsForm(this))
    , m_model(new VerificationPactsModel(this))
{
    setObjectName(QStringLiteral("verificationPage"));
    setupUi();
    updateFetchButton();
}

VerificationPage::~VerificationPage() = default;

void VerificationPage::setupUi()
{
    m_fetch = new QPushButton(tr("&Fetch"), this);
    m_fetch->setObjectName(QStringLiteral("fetchButton"));
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("verificationPactsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_notices = new QPlainTextEdit(this);
    m_notices->setObjectName(QStringLiteral("noticesView"));
    m_notices->setReadOnly(true);
    m_notices->setPlaceholderText(tr("The broker's notices for the selected pacts appear here."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("verificationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *fetchRow = new QHBoxLayout;
    fetchRow->addStretch(1);
    fetchRow->addWidget(m_fetch);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_form);
    topLayout->addLayout(fetchRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_view);
    splitter->addWidget(m_notices);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_fetch, &QPushButton::clicked, this, &VerificationPage::fetch);
    connect(m_form, &VerificationSelectorsForm::changed, this, &VerificationPage::updateFetchButton);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showNotices();
        Q_EMIT selectionChanged();
    });
    connect(m_view, &QTableView::activated, this, &VerificationPage::openRequested);
}

void VerificationPage::setClient(BrokerClient *client)
{
    m_client = client;
    m_model->setPacts({});
    showMessage({});
    updateFetchButton();
}

void VerificationPage::updateFetchButton()
{
    m_fetch->setEnabled(m_client && m_form->problem().isEmpty());
    m_fetch->setToolTip(m_form->problem());
}

void VerificationPage::fetch()
{
    if (!m_client)
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty())
        return showMessage(problem);
    showMessage({});
    const PactsForVerificationRequest request = m_form->request();
    auto *reply = m_client->pactsForVerification(request);
    m_progress->track(reply, tr("Fetching the pacts for verification of %1\u2026").arg(request.providerName));
    connect(reply, &BrokerReplyBase::finished, this,
        [this, reply, client = m_client.data(), provider = request.providerName] {
            reply->deleteLater();
            if (client != m_client)
                return; // the dialog connected elsewhere meanwhile
            if (!reply->ok())
                return showMessage(BrokerErrorText::describe(reply->error()));
            m_model->setPacts(reply->value());
            m_view->resizeColumnsToContents();
            if (reply->value().isEmpty())
                showMessage(tr("The broker has no pacts to verify for %1 with these selectors.").arg(provider));
            Q_EMIT selectionChanged();
        });
}

QList<PactForVerification> VerificationPage::selectedPacts() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<PactForVerification> out;
    for (const QModelIndex &row : std::as_const(rows))
        out << m_model->pacts().at(row.row());
    return out;
}

void VerificationPage::showNotices()
{
    QStringList text;
    for (const PactForVerification &pact : selectedPacts()) {
        const QString status = VerificationPactsModel::statusText(pact);
        text << (pact.name + (status.isEmpty() ? QString() : u" ["_qs + status + u']'));
        for (const BrokerNotice &n : pact.notices)
            text << (u"  \u2022 "_qs + n.text);
    }
    m_notices->setPlainText(text.join(u'\n'));
}

void VerificationPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Pactbench
