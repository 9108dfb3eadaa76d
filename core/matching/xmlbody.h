// SPDX-License-Identifier: MIT
#pragma once

#include "mismatch.h"
#include "rules.h"

#include <QByteArray>

namespace Pactbench::detail {

/**
 * Compares XML bodies like Pact's reference: the root element by name, attributes as a
 * map (`@name` in rule paths), child elements grouped by name (a type matcher lets any
 * number of children match the first expected one), and the joined text as `#text`.
 */
QList<Mismatch> matchXmlBodies(const QByteArray &expected, const QByteArray &actual, const RuleCategory &rules,
                               bool allowUnexpectedKeys, int *checks = nullptr);

} // namespace Pactbench::detail
