// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

/// `content` under a one-line title ("Expected (pact)", "Old"), without margins, in a new widget of `parent`.
QWidget *titledBox(const QString &title, QWidget *content, QWidget *parent);

} // namespace Pactbench
