// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

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

} // namespace JournalActions

} // namespace Pactbench
