// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1String>

namespace Pactbench {

/// `widget` with its object name set (tests and style sheets find it by that name).
template<typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace Pactbench
