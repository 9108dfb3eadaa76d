// SPDX-License-Identifier: MIT
#include "recordlog.h"

#include "recordingproxy.h"

#include <QPointer>

namespace Pactbench {

void RecordLog::setProxy(RecordingProxy *proxy)
{
    const QMutexLocker lock(&m_mutex);
    m_proxy = proxy;
    m_pending.clear();
}

// The call is posted while the mutex is held, so the proxy cannot be deleted in between (its
// destructor calls setProxy(nullptr) first); Qt drops a call still queued for an object deleted later.
// While the proxy lives, so does this log (the proxy shares it).
void RecordLog::announce(Announcement announcement)
{
    if (!m_proxy)
        return;
    const bool first = m_pending.isEmpty();
    m_pending.append(std::move(announcement));
    if (first)
        QMetaObject::invokeMethod(m_proxy, [this] { deliver(); }, Qt::QueuedConnection);
}

void RecordLog::deliver()
{
    QList<Announcement> batch;
    QPointer<RecordingProxy> proxy;
    {
        const QMutexLocker lock(&m_mutex);
        batch = std::exchange(m_pending, {});
        proxy = m_proxy;
    }
    for (const Announcement &a : std::as_const(batch)) {
        if (!proxy)
            return; // a slot deleted it
        if (a.reason.isEmpty())
            Q_EMIT proxy->exchangeRecorded(a.exchange);
        else
            Q_EMIT proxy->forwardFailed(a.reason);
    }
}

void RecordLog::setMaxExchanges(int max)
{
    const QMutexLocker lock(&m_mutex);
    m_maxExchanges = max;
}

void RecordLog::record(CapturedExchange exchange)
{
    const QMutexLocker lock(&m_mutex);
    if (m_exchanges.size() >= m_maxExchanges) {
        if (m_dropped++ == 0)
            announce({ {}, QStringLiteral("Recording proxy: the limit of %1 recorded exchanges is reached; later "
                                          "exchanges are forwarded but not recorded")
                               .arg(m_maxExchanges) });
        return;
    }
    exchange.source = QStringLiteral("recorded #%1").arg(m_next++);
    m_exchanges.append(exchange);
    announce({ exchange, {} });
}

void RecordLog::failed(const QString &reason)
{
    const QMutexLocker lock(&m_mutex);
    announce({ {}, reason });
}

QList<CapturedExchange> RecordLog::exchanges() const
{
    const QMutexLocker lock(&m_mutex);
    return m_exchanges;
}

qsizetype RecordLog::count() const
{
    const QMutexLocker lock(&m_mutex);
    return m_exchanges.size();
}

int RecordLog::dropped() const
{
    const QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void RecordLog::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_exchanges.clear();
    m_next = 1;
    m_dropped = 0;
}

} // namespace Pactbench
