// SPDX-License-Identifier: MIT
// Linked into every test of the sanitizer build only (PACTBENCH_SANITIZE; cmake/PactbenchHelpers.cmake).
//
// OpenSSL frees its global state in an atexit handler, and that handler also deletes the thread-exit
// hook which frees each thread's random generators. QThread::wait() returns before the waited thread has
// run its thread-exit hooks, so a Qt thread that did TLS (QNetworkAccessManager's, a test server's) can
// still be exiting when the handler runs at the end of main(): that thread's generators are then never
// freed, and LeakSanitizer, which checks after every atexit handler, reports them in about half the runs
// of a TLS test. Asking OpenSSL, before anything else uses it, not to clean up at exit keeps the hook, so
// the generators are freed; what OpenSSL keeps to the end stays reachable from its globals. No leak of
// the project's, OpenSSL objects included, is hidden by this.
#include <openssl/crypto.h>

namespace {
[[maybe_unused]] const bool opensslKeepsItsStateToExit = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}
