// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DialogService;
class RunningServer;

/// The panel's file actions on a running server: they ask where, write, and report through `dialogs`.
namespace JournalActions {

/// Export JSON…: the journal table as JSON. A status line, or empty when cancelled or failed (then shown as an error).
QString exportJournal(QWidget *parent, DialogService *dialogs, RunningServer *server);
/**
 * Write Pact…: the pact of the interactions the server's clients exercised (V4), only when verify
 * finds no problem, as Pact's reference mock server does. A status line, or empty as above.
 */
QString writeExercisedPact(QWidget *parent, DialogService *dialogs, RunningServer *server);
/// Why Write Pact… cannot succeed now, in one sentence ("2 requests went wrong, 1 interaction not requested
/// yet: …"); empty when it can.
QString whyPactNotWritable(RunningServer *server);
/// Each problem the server's verify finds, one line each ("GET /orders/9999: no interaction …").
QStringList problemLines(RunningServer *server);

} // namespace JournalActions

} // namespace Pactbench
