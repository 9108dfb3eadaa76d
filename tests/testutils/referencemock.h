// SPDX-License-Identifier: MIT
#pragma once
// Pact's reference mock server (`pact mock start`, from ../shared/oracles/install) for the agreement
// tests. Header-only: the tests that use it link Qt6::Network, pactbench_testutils does not.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTcpSocket>
#include <QThread>

namespace Pactbench::Test {

/// The status of `GET path` on 127.0.0.1:port (Connection: close), or 0 when nothing answered in timeoutMs.
inline int referenceHttpStatus(quint16 port, const QByteArray &path, int timeoutMs)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QDeadlineTimer deadline(timeoutMs);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return 0;
    socket.write(
        "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nConnection: close\r\n\r\n");
    QByteArray head;
    while (!head.contains("\r\n") && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        head += socket.readAll();
    }
    return head.startsWith("HTTP/1.") ? head.mid(9, 3).toInt() : 0;
}

/**
 * Waits until something accepts TCP connections on 127.0.0.1:port, polling every 50 ms for at most
 * timeoutMs. For the mock servers the reference creates: an HTTP probe would be recorded as a request.
 */
inline bool waitForReferencePort(quint16 port, int timeoutMs = 30000)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        if (socket.waitForConnected(1000)) {
            socket.disconnectFromHost();
            return true;
        }
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return false;
}

/**
 * The reference master mock server, on a port the OS picks: no free-port guess that another process can
 * take first (another test, another engineer's reference server). Its log line "Master server started on
 * port N" gives the port; it is ready when GET / answers 200 there. A first run on a fresh clone loads the
 * binary from a cold disk, hence the generous bound. Stops the server when destroyed.
 */
class ReferenceMockServer
{
public:
    static constexpr int StartTimeoutMs = 60000;

    ReferenceMockServer() = default;
    ~ReferenceMockServer() { stop(); }
    Q_DISABLE_COPY_MOVE(ReferenceMockServer)

    /// Starts `dir/pact mock start` and waits until it answers; empty when it does, else what went wrong.
    QString start(const QString &dir, int timeoutMs = StartTimeoutMs)
    {
        m_process.setProgram(dir + QStringLiteral("/pact"));
        m_process.setArguments({ QStringLiteral("mock"), QStringLiteral("start"), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-file-log"),
            QStringLiteral("--no-term-log") });
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("the reference mock server did not start: ") + m_process.errorString();
        static const QRegularExpression startedOn(QStringLiteral("started on port (\\d+)"));
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_port == 0) {
                m_process.waitForReadyRead(100);
                const QRegularExpressionMatch m = startedOn.match(QString::fromUtf8(output()));
                if (m.hasMatch())
                    m_port = quint16(m.captured(1).toUInt());
            }
            if (m_port != 0 && referenceHttpStatus(m_port, "/", 5000) == 200)
                return {};
            if (m_process.state() == QProcess::NotRunning) {
                return QStringLiteral("the reference mock server exited (code %1) before it answered: %2")
                    .arg(m_process.exitCode())
                    .arg(QString::fromUtf8(output().right(600)));
            }
            if (m_port != 0)
                QThread::msleep(100);
        }
        const QString what = m_port == 0 ? QStringLiteral("did not say its port (\"Master server started on port N\")")
                                         : QStringLiteral("did not answer GET / on port %1").arg(m_port);
        return QStringLiteral("the reference mock server %1 within %2 s; its output: %3")
            .arg(what)
            .arg(timeoutMs / 1000)
            .arg(QString::fromUtf8(output().right(600)));
    }

    /// The master's port, 0 before it said which.
    quint16 port() const { return m_port; }
    /// Everything it printed so far.
    QByteArray output()
    {
        m_output += m_process.readAll();
        return m_output;
    }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace Pactbench::Test
