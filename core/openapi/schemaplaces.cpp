// SPDX-License-Identifier: MIT
#include "schemaplaces.h"

#include "schemanavigation.h"

#include <mutex>

namespace Pactbench::OpenApi {

// The tree is walked under m_mutex, which is held only to look up and to add: what a step or a place needs
// worked out (childSchema, placeInfo; microseconds) is worked out with the lock released, from a node's
// schema and identity, which never change once the node is in the tree. Another thread may add the same step
// meanwhile: then its edge is taken and ours dropped (both are the same answer).

SchemaPlaces::SchemaPlaces(const QJsonObject &definitions, qsizetype limit)
    : m_definitions(definitions)
    , m_limit(limit)
    , m_paths(limit)
{
}

SchemaInfo SchemaPlaces::find(const void *body, const QJsonValue &bodySchema, const QString &pathText)
{
    return m_paths.get({body, pathText}, [&] { return find(body, bodySchema, RulePath::parse(pathText)); });
}

SchemaInfo SchemaPlaces::find(const void *body, const QJsonValue &bodySchema, const RulePath &path)
{
    std::unique_lock lock(m_mutex);
    Scratch scratch;
    Node *at = root(body, bodySchema, scratch, lock);
    QString location;
    for (const PathToken &token : path.tokens) {
        if (token.kind == PathToken::Kind::Root)
            continue;
        const Edge next = step(*at, token, scratch, lock);
        if (!next.to)
            return {};
        at = next.to;
        location += next.location;
    }
    SchemaInfo info = infoOf(*at, lock);
    info.location = location;
    return info;
}

SchemaPlaces::Node SchemaPlaces::resolved(const QJsonValue &schema, const QString &identity) const
{
    Node made{QJsonValue(), identity, std::nullopt, {}};
    made.schema = resolveRef(schema, m_definitions, &made.identity);
    return made;
}

SchemaPlaces::Node *SchemaPlaces::adopt(Node &&made, Scratch &scratch)
{
    if (const auto known = m_byIdentity.constFind(made.identity); known != m_byIdentity.constEnd())
        return *known;
    if (full()) {
        scratch.push_back(std::move(made));
        return &scratch.back();
    }
    m_nodes.push_back(std::move(made));
    Node *kept = &m_nodes.back();
    m_byIdentity.insert(kept->identity, kept);
    return kept;
}

SchemaPlaces::Node *SchemaPlaces::root(const void *body, const QJsonValue &bodySchema, Scratch &scratch, Lock &lock)
{
    if (const auto known = m_roots.constFind(body); known != m_roots.constEnd())
        return *known;
    lock.unlock();
    // Named by the pointer: unique while the body lives. No $ref starts with "body@".
    Node made = resolved(bodySchema, u"body@"_qs + QString::number(quintptr(body), 16));
    lock.lock();
    if (const auto known = m_roots.constFind(body); known != m_roots.constEnd())
        return *known;
    Node *kept = adopt(std::move(made), scratch);
    if (!full())
        m_roots.insert(body, kept);
    return kept;
}

SchemaPlaces::Edge SchemaPlaces::step(Node &from, const PathToken &token, Scratch &scratch, Lock &lock)
{
    const bool isIndex = token.kind == PathToken::Kind::Index || token.kind == PathToken::Kind::StarIndex;
    // A field's name matters; any index, any element and any value are one step each.
    const PathToken::Kind kind = isIndex ? PathToken::Kind::StarIndex : token.kind;
    const QPair<int, QString> key{int(kind), token.kind == PathToken::Kind::Field ? token.name : QString()};
    if (const auto known = from.steps.constFind(key); known != from.steps.constEnd())
        return *known;
    lock.unlock();
    std::optional<Node> child;
    QString location;
    if (const auto found = childSchema(from.schema, key.second, isIndex, m_definitions)) {
        child = resolved(found->first, from.identity + found->second);
        location = found->second;
    }
    lock.lock();
    if (const auto known = from.steps.constFind(key); known != from.steps.constEnd())
        return *known;
    const Edge edge{child ? adopt(std::move(*child), scratch) : nullptr, location};
    if (!full()) // the tree grows while it has room
        from.steps.insert(key, edge);
    return edge;
}

SchemaInfo SchemaPlaces::infoOf(Node &node, Lock &lock)
{
    if (!node.info) {
        lock.unlock();
        SchemaInfo info = placeInfo(node.schema, QString(), m_definitions);
        info.identity = node.identity;
        lock.lock();
        if (!node.info)
            node.info = std::move(info);
    }
    return *node.info;
}

} // namespace Pactbench::OpenApi
