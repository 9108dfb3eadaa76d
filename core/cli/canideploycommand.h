// SPDX-License-Identifier: MIT
#pragma once

// The deployment sub-commands of `pactbench-cli broker` (canideploycommand.cpp, deploycommands.cpp).
// Each takes its arguments starting with "pactbench-cli broker <sub-command>".

#include "cli.h"

namespace Pactbench::Cli {

int runCanIDeploy(const QStringList &arguments, Io &io);
int runRecordDeployment(const QStringList &arguments, Io &io);
int runRecordUndeployment(const QStringList &arguments, Io &io);
int runRecordRelease(const QStringList &arguments, Io &io);
int runRecordSupportEnded(const QStringList &arguments, Io &io);
int runListEnvironments(const QStringList &arguments, Io &io);
int runDescribeVersion(const QStringList &arguments, Io &io);

/// The runner of a deployment sub-command by name ("can-i-deploy", …); null for another name.
using SubcommandRunner = int (*)(const QStringList &arguments, Io &io);
SubcommandRunner deploySubcommand(const QString &name);

} // namespace Pactbench::Cli
