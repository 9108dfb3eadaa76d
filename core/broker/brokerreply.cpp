// SPDX-License-Identifier: MIT
#include "brokerreply.h"

#include <QEventLoop>

namespace Pactbench {

BrokerReplyBase::BrokerReplyBase(QObject *parent)
    : QObject(parent)
{
}

BrokerReplyBase::~BrokerReplyBase() = default;

void BrokerReplyBase::waitForFinished()
{
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &BrokerReplyBase::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void BrokerReplyBase::fail(const BrokerError &error)
{
    if (m_completing)
        return; // the first outcome wins
    m_error = error;
    complete();
}

void BrokerReplyBase::cancel()
{
    if (m_completing)
        return;
    m_cancelled = true;
    // The outcome is set first, so a request that fails while being aborted cannot replace it.
    fail({BrokerError::Kind::Cancelled, 0, {}, QStringLiteral("cancelled"), {}, {}});
    Q_EMIT cancelRequested();
}

void BrokerReplyBase::complete()
{
    if (m_completing)
        return;
    m_completing = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

} // namespace Pactbench
