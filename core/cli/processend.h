// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace Pactbench::Cli {

/**
 * pactbench-cli ends its process as soon as a one-shot command returns (app/cli/main.cpp), so a
 * command may leave what it built to the operating system instead of freeing it piece by piece:
 * for a 1000-interaction `openapi` check that teardown took 10 ms of 160. Run in-process (the tests,
 * any other caller of Cli::run) this stays off and everything is freed as usual.
 */
void setProcessEndsAfterCommand(bool ends);
bool processEndsAfterCommand();

/// Holds `kept` until the process ends, reachable (so LeakSanitizer does not count it as a leak).
void keepUntilProcessEnd(std::shared_ptr<void> kept);

/// When the process ends right after this command, moves `value` where it is never freed; otherwise
/// leaves it untouched, to be destroyed by its owner as usual.
template<typename T>
void leaveToProcessEnd(T &&value)
{
    static_assert(!std::is_lvalue_reference_v<T>, "pass the value with std::move");
    if (processEndsAfterCommand())
        keepUntilProcessEnd(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
}

} // namespace Pactbench::Cli
