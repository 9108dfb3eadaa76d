// SPDX-License-Identifier: MIT
#pragma once

#include "brokererror.h"

#include <QObject>

namespace Pactbench {

/**
 * The untyped half of a pending broker call: `finished()` fires once, always from the event
 * loop (never inside the call that created the reply), then error() or the typed value is set.
 * Replies are children of the BrokerClient; callers may deleteLater() them when done.
 * cancel() aborts the HTTP requests under way for this call and finishes it with a
 * BrokerError::Kind::Cancelled error (a GUI's Cancel button).
 */
class BrokerReplyBase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerReplyBase)

public:
    ~BrokerReplyBase() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    /// True once cancel() was called before the call completed.
    bool isCancelled() const { return m_cancelled; }
    const BrokerError &error() const { return m_error; }
    /// Runs a local event loop until finished() (for the CLI and other blocking callers).
    void waitForFinished();

    /// Completes with an error (used by BrokerClient).
    void fail(const BrokerError &error);
    /**
     * Gives up on the call: it completes with a Cancelled error (finished() still follows from the
     * event loop) and its pending HTTP requests are aborted. No effect once the call has completed.
     */
    void cancel();

Q_SIGNALS:
    void finished();
    /// Emitted by cancel(), after the outcome is set; the transport aborts the requests of this call.
    void cancelRequested();

protected:
    explicit BrokerReplyBase(QObject *parent);
    /// Emits finished() from the event loop.
    void complete();
    bool isCompleting() const { return m_completing; }

private:
    BrokerError m_error;
    bool m_finished = false;
    bool m_completing = false;
    bool m_cancelled = false;
};

/// A pending broker call that gives a `T`.
template<typename T>
class BrokerReply final : public BrokerReplyBase
{
public:
    explicit BrokerReply(QObject *parent = nullptr)
        : BrokerReplyBase(parent)
    {
    }

    const T &value() const { return m_value; }
    /// Completes with a value (used by BrokerClient).
    void succeed(T value)
    {
        if (isCompleting())
            return; // the first outcome wins
        m_value = std::move(value);
        complete();
    }

private:
    T m_value{};
};

} // namespace Pactbench
