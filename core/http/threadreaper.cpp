// SPDX-License-Identifier: MIT
#include "threadreaper.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <vector>

namespace Pactbench::ThreadReaper {

namespace {

struct Registry
{
    QMutex mutex;
    std::vector<QThread *> threads;
    bool postRoutineAdded = false;
};

Registry &registry()
{
    static Registry instance; // the post routine empties it before static destruction
    return instance;
}

void forget(QThread *thread)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.threads.erase(std::remove(r.threads.begin(), r.threads.end(), thread), r.threads.end());
}

void joinAtExit()
{
    // At most 30 s: work on a server thread is bounded (matching and generation have limits), so
    // this only waits for a request being answered while the application quits.
    joinAll(30000);
}

} // namespace

void adopt(QThread *thread)
{
    Registry &r = registry();
    {
        QMutexLocker lock(&r.mutex);
        r.threads.push_back(thread);
        if (!r.postRoutineAdded && QCoreApplication::instance()) {
            qAddPostRoutine(joinAtExit);
            r.postRoutineAdded = true;
        }
    }
    // finished() comes from the worker; the deletion is queued to the thread that adopted it.
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        forget(thread);
        thread->deleteLater();
    });
    if (thread->isFinished() || !thread->isRunning()) {
        forget(thread);
        thread->deleteLater();
    }
}

int pending()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return int(r.threads.size());
}

bool joinAll(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    std::vector<QThread *> threads;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        threads.swap(r.threads);
    }
    std::vector<QThread *> left;
    for (QThread *thread : threads) {
        if (thread->wait(deadline)) {
            QObject::disconnect(thread, &QThread::finished, thread, nullptr);
            delete thread;
        } else {
            left.push_back(thread);
        }
    }
    if (left.empty())
        return true;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.threads.insert(r.threads.end(), left.begin(), left.end());
    return false;
}

} // namespace Pactbench::ThreadReaper
