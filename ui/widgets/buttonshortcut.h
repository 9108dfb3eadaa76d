// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>

QT_BEGIN_NAMESPACE
class QAbstractButton;
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Gives `button` a key that clicks it while the focus is anywhere in `scope` (a panel in a dock),
 * and names the key in its tooltip ("Run (F5)", or the tooltip it has with the key after it). A disabled button ignores the key. Returns the
 * action that holds the shortcut (owned by `scope`, object name: the button's + "Action").
 */
QAction *addButtonShortcut(QWidget *scope, QAbstractButton *button, const QKeySequence &keys);

} // namespace Pactbench
