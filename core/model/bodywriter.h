// SPDX-License-Identifier: MIT
#pragma once

// Private to the writer.

#include "body.h"
#include "specversion.h"

#include <QJsonValue>

namespace Pactbench::detail {

/// The `body`/`contents` value: inline for V3, a body object for V4.
QJsonValue bodyToJson(const Body &body, const QString &contextType, SpecVersion version);

} // namespace Pactbench::detail
