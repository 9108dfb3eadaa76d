// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/diagnostic.h>

#include <QJsonArray>
#include <QTextStream>

namespace Pactbench::Cli {

/// "FILE:3:14: error: …" or "FILE: $.interactions[0]: invalid: …", one line each.
void printDiagnostics(const QString &file, const Diagnostics &diagnostics, QTextStream &err, bool errorsOnly = false);
QJsonArray diagnosticsToJson(const Diagnostics &diagnostics);

} // namespace Pactbench::Cli
