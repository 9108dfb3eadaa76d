// SPDX-License-Identifier: MIT
#pragma once

class QThread;

namespace Pactbench::ThreadReaper {

/**
 * Takes a QThread whose event loop was told to quit (or will be) and that nobody waits for: it
 * is deleted once it has finished, on the thread that called adopt() while that thread's event
 * loop runs, and at the latest when the application exits (a post routine joins every adopted
 * thread, so none outlives QCoreApplication). Lets an owner go away without blocking on a busy
 * worker, e.g. a window closing a server that is still answering a request. Any thread.
 */
void adopt(QThread *thread);

/// Adopted threads not yet finished and deleted. Any thread.
int pending();

/// Waits (blocking) up to `msecs` for every adopted thread to finish, then deletes those that did;
/// true when none is left. For tests and for application exit.
bool joinAll(int msecs);

} // namespace Pactbench::ThreadReaper
