// SPDX-License-Identifier: MIT
#include "layoutrunner.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Pactbench {

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
{
}

LayoutRunner::~LayoutRunner() = default; // watchers are children: a late result goes nowhere

void LayoutRunner::start(const GraphLayoutInput &input)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    auto *watcher = new QFutureWatcher<GraphLayoutResult>(this);
    connect(watcher, &QFutureWatcher<GraphLayoutResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            ++m_dropped;
            return;
        }
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([input] { return GraphLayout::run(input); }));
}

} // namespace Pactbench
