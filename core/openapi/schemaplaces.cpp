// SPDX-License-Identifier: MIT
#include "schemaplaces.h"

#include "schemanavigation.h"

namespace Pactbench::OpenApi {

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
    const QMutexLocker lock(&m_mutex);
    Scratch scratch;
    Node *at = root(body, bodySchema, scratch);
    QString location;
    for (const PathToken &token : path.tokens) {
        if (token.kind == PathToken::Kind::Root)
            continue;
        const Edge next = step(*at, token, scratch);
        if (!next.to)
            return {};
        at = next.to;
        location += next.location;
    }
    SchemaInfo info = infoOf(*at);
    info.location = location;
    return info;
}

SchemaPlaces::Node *SchemaPlaces::node(const QJsonValue &schema, const QString &identity, Scratch &scratch)
{
    Node made{QJsonValue(), identity, std::nullopt, {}};
    made.schema = resolveRef(schema, m_definitions, &made.identity);
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

SchemaPlaces::Node *SchemaPlaces::root(const void *body, const QJsonValue &bodySchema, Scratch &scratch)
{
    if (const auto known = m_roots.constFind(body); known != m_roots.constEnd())
        return *known;
    // Named by the pointer: unique while the body lives. No $ref starts with "body@".
    Node *made = node(bodySchema, u"body@"_qs + QString::number(quintptr(body), 16), scratch);
    if (!full())
        m_roots.insert(body, made);
    return made;
}

SchemaPlaces::Edge SchemaPlaces::step(Node &from, const PathToken &token, Scratch &scratch)
{
    const bool isIndex = token.kind == PathToken::Kind::Index || token.kind == PathToken::Kind::StarIndex;
    // A field's name matters; any index, any element and any value are one step each.
    const PathToken::Kind kind = isIndex ? PathToken::Kind::StarIndex : token.kind;
    const QPair<int, QString> key{int(kind), token.kind == PathToken::Kind::Field ? token.name : QString()};
    if (const auto known = from.steps.constFind(key); known != from.steps.constEnd())
        return *known;
    Edge edge;
    if (const auto child = childSchema(from.schema, key.second, isIndex, m_definitions))
        edge = {node(child->first, from.identity + child->second, scratch), child->second};
    if (!full()) // the tree grows while it has room
        from.steps.insert(key, edge);
    return edge;
}

SchemaInfo SchemaPlaces::infoOf(Node &node)
{
    if (!node.info) {
        node.info = placeInfo(node.schema, QString(), m_definitions);
        node.info->identity = node.identity;
    }
    return *node.info;
}

} // namespace Pactbench::OpenApi
