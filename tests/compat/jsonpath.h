// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace Pactbench::Compat {

/// The value at a simple JSON path ("$", "$.a.b", "$.a[0].b", "$['a b']"); undefined when absent.
QJsonValue valueAt(const QJsonValue &root, const QString &path);

} // namespace Pactbench::Compat
