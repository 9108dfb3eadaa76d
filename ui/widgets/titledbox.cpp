// SPDX-License-Identifier: MIT
#include "titledbox.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Pactbench {

QWidget *titledBox(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content, 1);
    return box;
}

} // namespace Pactbench
