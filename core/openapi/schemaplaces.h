// SPDX-License-Identifier: MIT
#pragma once
// Where a pact's rule paths lead in the document's body schemas, remembered (for the matcher checks).

#include "adaptivemutex.h"
#include "boundedmemo.h"
#include "schemainfo.h"

#include <core/matching/rules.h>

#include <QHash>
#include <QJsonObject>

#include <deque>
#include <mutex>

namespace Pactbench::OpenApi {

/**
 * schemaAt(), remembered twice over: per body schema and rule path (the interactions of an operation repeat
 * their paths), and as a tree of the places paths went through. Each place is named by its identity
 * (SchemaInfo::identity): a definition by the $ref that reached it ("#/definitions/Pet"), any other schema
 * by its place below the nearest such one ("#/definitions/Pet.properties.tags", or a body's own name +
 * ".properties.items"). Places with one identity are one node, so every body that reaches a Pet walks into
 * it once, and a step from a node is one lookup of its field name. The matcher checks key what they find
 * at a place by its identity. Safe across threads; at most `limit` places and `limit` paths are kept (past
 * that, answers are worked out each time).
 */
class SchemaPlaces
{
public:
    explicit SchemaPlaces(const QJsonObject &definitions, qsizetype limit = 65536);
    SchemaPlaces(const SchemaPlaces &) = delete;
    SchemaPlaces &operator=(const SchemaPlaces &) = delete;

    /// The place `pathText` (a rule path) reaches in `bodySchema`, which `body` names (its media type, say:
    /// anything that lives as long as this and stands for one body schema). SchemaInfo::location is below
    /// `bodySchema`, as schemaAt gives it.
    SchemaInfo find(const void *body, const QJsonValue &bodySchema, const QString &pathText);
    /// The same for a parsed path (not remembered as a whole, only place by place).
    SchemaInfo find(const void *body, const QJsonValue &bodySchema, const RulePath &path);

private:
    struct Node;
    struct Edge
    {
        Node *to = nullptr; ///< null: no schema there
        QString location; ///< below the node it starts from
    };
    struct Node
    {
        QJsonValue schema; ///< $refs resolved
        QString identity;
        std::optional<SchemaInfo> info; ///< placeInfo(), once asked for
        QHash<QPair<int, QString>, Edge> steps; ///< by token kind and field name
    };
    /// Nodes made while the tree is full: they live for one find().
    using Scratch = std::deque<Node>;
    using Lock = std::unique_lock<AdaptiveMutex>;

    Node resolved(const QJsonValue &schema, const QString &identity) const;
    /// The tree's node of `made`'s identity (`made` added when new and there is room). Under the lock.
    Node *adopt(Node &&made, Scratch &scratch);
    // These take the lock held and hold it again when they return (released while they work something out).
    Node *root(const void *body, const QJsonValue &bodySchema, Scratch &scratch, Lock &lock);
    Edge step(Node &from, const PathToken &token, Scratch &scratch, Lock &lock);
    SchemaInfo infoOf(Node &node, Lock &lock);
    bool full() const { return qsizetype(m_nodes.size()) >= m_limit; }

    const QJsonObject m_definitions;
    const qsizetype m_limit;
    AdaptiveMutex m_mutex; ///< guards the tree: every member below but m_paths
    std::deque<Node> m_nodes; ///< the tree's nodes (addresses stay)
    QHash<QString, Node *> m_byIdentity;
    QHash<const void *, Node *> m_roots;
    BoundedMemo<QPair<const void *, QString>, SchemaInfo> m_paths;
};

} // namespace Pactbench::OpenApi
