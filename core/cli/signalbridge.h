// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace Pactbench::Cli {

/**
 * Turns POSIX signals (SIGINT, SIGTERM) into a queued Qt signal: the handler only writes the
 * signal number into a self-pipe, a QSocketNotifier on its other end emits received() from the
 * event loop. One instance at a time; the previous handlers come back when it is destroyed.
 */
class SignalBridge : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalBridge)
public:
    explicit SignalBridge(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalBridge() override;

    /// Whether the pipe and the handlers are installed.
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPipe();

    QList<int> m_signalNumbers;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Pactbench::Cli
