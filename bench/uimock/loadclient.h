// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <atomic>

namespace Pactbench::Bench {

/// What a LoadClient run did.
struct LoadResult
{
    quint64 sent = 0;
    quint64 answered = 0;
    double seconds = 0;
    quint64 errors = 0; ///< connections that failed
};

/**
 * A paced HTTP/1.1 load of pipelined keep-alive requests over raw QTcpSockets, run with blocking
 * calls on the calling thread (meant for a thread of its own): every millisecond it sends what
 * the target rate says is due, spread over the connections, at most `depth` unanswered per
 * connection, and reads the answers (Content-Length framing). The requests cycle through `mix`.
 */
class LoadClient
{
public:
    LoadClient(const QUrl &url, QList<QByteArray> mix, int connections, int depth);

    LoadResult run(double ratePerSecond, double seconds);
    void cancel() { m_cancel = true; }

private:
    QUrl m_url;
    QList<QByteArray> m_mix; ///< complete requests, host header included
    int m_connections;
    int m_depth;
    std::atomic_bool m_cancel{ false };
};

/// "METHOD TARGET HTTP/1.1" with Host, the headers and a body (Content-Length added).
QByteArray rawRequest(const QUrl &url, const QByteArray &method, const QByteArray &target,
    const QList<QByteArray> &headers = {}, const QByteArray &body = {});

} // namespace Pactbench::Bench
