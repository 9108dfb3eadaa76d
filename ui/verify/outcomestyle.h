// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verificationresult.h>

#include <QColor>
#include <QString>

namespace Pactbench {

/// "passed", "failed", "error", "skipped", "pending" (a failing pending interaction).
QString outcomeKey(const InteractionResult &result);
/// The colour of an outcome key ("running" too).
QColor outcomeColor(const QString &outcomeKey);
/// The outcome key in words, translated.
QString outcomeText(const QString &outcomeKey);

} // namespace Pactbench
