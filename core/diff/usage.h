// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/pact.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Pactbench::Diff {

/**
 * One thing a consumer's pact relies on from its provider: a response status, header or body
 * field, or a message's metadata key or contents field, with the matcher that decides it.
 * Field names: `status`, `header:Content-Type`, `metadata:topic`, and JSON paths for bodies and
 * message contents with array indices written `[*]` (`$.items[*].id`).
 */
struct FieldUse
{
    QString field;
    QString consumer;
    QString interaction; ///< description
    QString part; ///< "response", "message", "response[1]" (a synchronous message's responses)
    QString matcher; ///< "equality", "type", "regex '…'", …
    QString source; ///< the file the pact came from
    QString reason; ///< brokenWithout(): the engine's first mismatch without the field
};

/// Every field the provider's side of each interaction of `pact` holds, in interaction order.
QList<FieldUse> fieldUses(const Pact &pact, const QString &source);

/**
 * The uses of `field` (and of what is below it) whose interaction fails when the provider leaves it
 * out: each interaction's example answer without it, matched by the engine against the interaction
 * (removal.cpp). A field under a map matcher (`values`, `eachValue`) or in a list the rules let be
 * shorter breaks nothing; the status always does.
 */
QList<FieldUse> brokenWithout(const Pact &pact, const QString &source, const QString &field);

/// The field name of a value path ("$", names, indices): `$.items[*].id`.
QString fieldPathOf(const QStringList &valuePath);

/**
 * Whether removing `query` from the provider takes `field` with it: the same field, or one below it
 * (`$.items` takes `$.items[*].id`). Indices in `query` count as `[*]`; header names ignore case.
 */
bool removes(const QString &query, const QString &field);

/// The field uses grouped by field, in first-seen order: text, and JSON `{"provider", "fields": [{"field", "uses": […]}]}`.
QString usageText(const QString &provider, const QList<FieldUse> &uses);
QJsonObject usageJson(const QString &provider, const QList<FieldUse> &uses);
/// What removing `field` would break: text, and JSON `{"provider", "field", "breaks": […]}`.
QString impactText(const QString &provider, const QString &field, const QList<FieldUse> &broken);
QJsonObject impactJson(const QString &provider, const QString &field, const QList<FieldUse> &broken);

} // namespace Pactbench::Diff
