// SPDX-License-Identifier: MIT
#include "brokerprogress.h"

#include <core/broker/brokerreply.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Pactbench {

BrokerProgress::BrokerProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("brokerProgress"));
    m_bar->setObjectName(QStringLiteral("busyIndicator"));
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_bar->setRange(0, 0); // busy: the broker gives no sizes
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BrokerProgress::cancelAll);
    updateView();
}

BrokerProgress::~BrokerProgress() = default;

void BrokerProgress::track(BrokerReplyBase *reply, const QString &what)
{
    if (!reply || reply->isFinished())
        return;
    const bool wasBusy = isBusy();
    m_replies << Tracked{ reply, reply, what };
    connect(reply, &BrokerReplyBase::finished, this, [this, reply] { untrack(reply); });
    connect(reply, &QObject::destroyed, this, [this](QObject *gone) { untrack(gone); });
    updateView();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void BrokerProgress::untrack(QObject *reply)
{
    const bool wasBusy = isBusy();
    m_replies.removeIf([reply](const Tracked &t) { return t.key == reply; });
    updateView();
    if (wasBusy && !isBusy())
        Q_EMIT busyChanged(false);
}

void BrokerProgress::cancelAll()
{
    const QList<Tracked> replies = m_replies;
    for (const Tracked &t : replies) {
        if (t.reply)
            t.reply->cancel();
    }
}

void BrokerProgress::updateView()
{
    setVisible(isBusy());
    if (!isBusy())
        return;
    const QString what = m_replies.constLast().what;
    m_label->setText(
        m_replies.size() == 1 ? what : tr("%1 (%n calls under way)", nullptr, int(m_replies.size())).arg(what));
}

} // namespace Pactbench
