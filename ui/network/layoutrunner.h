// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayout.h"

#include <QObject>

QT_BEGIN_NAMESPACE
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Runs GraphLayout off the GUI thread (QtConcurrent) and hands back only the latest request's result:
 * a layout started before another one finishes unseen. Graphviz runs one layout at a time (GraphLayout's
 * mutex), so a superseded layout still finishes before the next one starts.
 */
class LayoutRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutRunner)

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    /// Starts laying `input` out; the result of any earlier start() is dropped.
    void start(const GraphLayoutInput &input);
    /// True from start() until the latest request's finished().
    bool isRunning() const { return m_running; }
    /// How many results were dropped because a newer request had started.
    int droppedCount() const { return m_dropped; }

Q_SIGNALS:
    /// The latest request's result, on the thread this object lives in.
    void finished(const Pactbench::GraphLayoutResult &result);

private:
    quint64 m_generation = 0;
    bool m_running = false;
    int m_dropped = 0;
};

} // namespace Pactbench
