// SPDX-License-Identifier: MIT
#pragma once
// A mutex that spins a little before it sleeps (private to core/openapi).

#include <pthread.h>

namespace Pactbench::OpenApi {

/**
 * For the check's shared answers, held for a lookup or a short walk (a microsecond or two) by threads that
 * ask thousands of times a second. QMutex and std::mutex put a thread that finds them taken to sleep at
 * once: on a virtual machine the sleep and the wake-up cost far more than the wait (a pact of 1000
 * interactions met one lock about 150 times a check). glibc's adaptive mutex spins a bounded number of
 * times first (tunable: glibc.pthread.mutex_spin_count), then sleeps as the others do. BasicLockable:
 * use it with std::lock_guard.
 */
class AdaptiveMutex
{
public:
    AdaptiveMutex()
    {
        pthread_mutexattr_t attributes;
        pthread_mutexattr_init(&attributes);
#if defined(PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP)
        pthread_mutexattr_settype(&attributes, PTHREAD_MUTEX_ADAPTIVE_NP);
#endif
        pthread_mutex_init(&m_mutex, &attributes);
        pthread_mutexattr_destroy(&attributes);
    }
    ~AdaptiveMutex() { pthread_mutex_destroy(&m_mutex); }
    AdaptiveMutex(const AdaptiveMutex &) = delete;
    AdaptiveMutex &operator=(const AdaptiveMutex &) = delete;

    void lock() { pthread_mutex_lock(&m_mutex); }
    void unlock() { pthread_mutex_unlock(&m_mutex); }

private:
    pthread_mutex_t m_mutex;
};

} // namespace Pactbench::OpenApi
