// SPDX-License-Identifier: MIT
#pragma once
// Where a pact's rule paths lead in the document's body schemas, remembered (for the matcher checks).

#include "boundedmemo.h"
#include "schemainfo.h"

#include <core/matching/rules.h>

#include <QJsonObject>

namespace Pactbench::OpenApi {

/**
 * schemaAt(), remembered twice over: per body schema and rule path (the interactions of an operation repeat
 * their paths), and per step from a schema named by its identity (SchemaInfo::identity): a definition by
 * the $ref that reached it ("#/definitions/Pet"), any other schema by the place below the nearest such one
 * ("#/definitions/Pet.properties.tags", or a body's own name + ".properties.items"). So every body that
 * reaches a Pet walks into it once, and the matcher checks can key what they find at a place by it.
 * Safe across threads; each memo bounded (BoundedMemo).
 */
class SchemaPlaces
{
public:
    explicit SchemaPlaces(const QJsonObject &definitions);

    /// The place `pathText` (a rule path) reaches in `bodySchema`, which `body` names (its media type, say:
    /// anything that lives as long as this and stands for one body schema). SchemaInfo::location is below
    /// `bodySchema`, as schemaAt gives it.
    SchemaInfo find(const void *body, const QJsonValue &bodySchema, const QString &pathText);
    /// The same for a parsed path (not remembered as a whole, only step by step).
    SchemaInfo find(const void *body, const QJsonValue &bodySchema, const RulePath &path);

private:
    struct Node
    {
        QJsonValue schema; ///< $refs resolved
        QString identity;
    };
    struct Step
    {
        bool found = false;
        Node to;
        QString location; ///< below the node it starts from
    };
    struct StepKey
    {
        QString from; ///< the identity of the node the step starts from
        PathToken::Kind kind;
        QString name;
        bool operator==(const StepKey &o) const { return kind == o.kind && from == o.from && name == o.name; }
        friend size_t qHash(const StepKey &k, size_t seed = 0) { return qHashMulti(seed, k.from, int(k.kind), k.name); }
    };

    Node resolved(const QJsonValue &schema, const QString &identity) const;
    Node root(const void *body, const QJsonValue &bodySchema);
    Step step(const Node &from, const PathToken &token);

    const QJsonObject m_definitions;
    BoundedMemo<const void *, Node> m_roots;
    BoundedMemo<QPair<const void *, QString>, SchemaInfo> m_paths;
    BoundedMemo<StepKey, Step> m_steps;
    BoundedMemo<QString, SchemaInfo> m_infos;
};

} // namespace Pactbench::OpenApi
