// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>

#include <QList>
#include <QMutex>

namespace Pactbench {

class RecordingProxy;

/**
 * The exchanges a RecordingProxy recorded, shared by its server thread (which adds) and the
 * proxy's own thread (which reads and clears): every member locks. Each added exchange is numbered
 * ("recorded #N", from 1 after each clear()) and announced to the proxy on its own thread: what
 * is to be announced queues up, and one queued call delivers all that queued meanwhile (one
 * wake-up of the proxy's thread per batch, not per exchange), in order. Once the proxy has gone
 * (setProxy(nullptr)) nothing is announced. At most `maxExchanges` are kept; later ones are
 * counted in dropped().
 */
class RecordLog
{
public:
    explicit RecordLog(RecordingProxy *proxy) : m_proxy(proxy) { }
    Q_DISABLE_COPY_MOVE(RecordLog)

    void setProxy(RecordingProxy *proxy);
    void setMaxExchanges(int max);

    /// Numbers and keeps `exchange`, then announces it (exchangeRecorded); over the limit, counts it
    /// and announces forwardFailed once per clear().
    void record(CapturedExchange exchange);
    /// Announces forwardFailed(reason).
    void failed(const QString &reason);

    QList<CapturedExchange> exchanges() const;
    qsizetype count() const;
    int dropped() const;
    void clear();

private:
    struct Announcement
    {
        CapturedExchange exchange; ///< exchangeRecorded(), unless reason is set
        QString reason; ///< forwardFailed()
    };

    void announce(Announcement announcement); ///< with m_mutex held
    void deliver(); ///< on the proxy's thread

    mutable QMutex m_mutex;
    RecordingProxy *m_proxy;
    QList<CapturedExchange> m_exchanges;
    QList<Announcement> m_pending; ///< a call to deliver() is queued while this is not empty
    int m_maxExchanges = 10000;
    int m_next = 1;
    int m_dropped = 0;
};

} // namespace Pactbench
