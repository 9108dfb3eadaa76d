// SPDX-License-Identifier: MIT
#pragma once

// What a matcher admits, in forms the schema can be asked about (for matcherchecks.cpp).

#include "schemanavigation.h"

#include <core/matching/rules.h>

#include <core/model/pact.h>

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace Pactbench::OpenApi {

/// Why the matcher's kind of value cannot be what the schema's types allow ("integer" vs string), or empty.
/// In a request the matcher's kind must fit inside the types (a `number` matcher may send 1.5, which an
/// integer schema refuses); in a response it only needs to overlap them.
QString typeClash(const Rule &rule, const SchemaInfo &schema, bool request);
/// Why a min/max type matcher's sizes do not fit minItems/maxItems, or empty. A request must stay inside
/// the schema's range; a response only needs to overlap it.
QString sizeClash(const Rule &rule, const SchemaInfo &schema, bool request);
/// Values the matcher admits by itself, to try against the schema: the regex's generated strings, a
/// date/time format applied to fixed instants. Empty when the matcher is not one that samples (type, number
/// kinds: typeClash covers them).
QList<QJsonValue> ownSamples(const Rule &rule);
/// Names ownSamples(rule) (its kind and pattern or format): rules with one name have the same samples.
/// Empty when it has none.
QString ownSamplesKey(const Rule &rule);
/// The pact's example, when it is a value the matcher admits too (a string its regex matches); else empty.
QList<QJsonValue> exampleSamples(const Rule &rule, const QJsonValue &example);
/// Draws (and keeps, as samplesOf does) the samples of every regex and date/time matcher of the pact's HTTP
/// interactions, until `stop` says to: needs no document, so can be done while one is being read.
void drawSamples(const Pact &pact, const std::function<bool()> &stop);
/// "regex", "datetime", "integer", … for messages.
QString matcherName(const Rule &rule);
/// A sample as a finding shows it: strings quoted, the rest as compact JSON.
QString sampleText(const QJsonValue &value);

} // namespace Pactbench::OpenApi
