// SPDX-License-Identifier: MIT
#include "buttonshortcut.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace Pactbench {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ButtonShortcut)
};

} // namespace

QAction *addButtonShortcut(QWidget *scope, QAbstractButton *button, const QKeySequence &keys)
{
    auto *action = new QAction(button->text(), scope);
    action->setObjectName(button->objectName() + u"Action");
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
    scope->addAction(action);
    const QString said = button->toolTip().isEmpty() ? button->text() : button->toolTip();
    button->setToolTip(Text::tr("%1 (%2)").arg(said, keys.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace Pactbench
