// SPDX-License-Identifier: MIT
#include "schemaplaces.h"

#include "schemanavigation.h"

namespace Pactbench::OpenApi {

namespace {

/// Places kept per memo: a document has far fewer than a pact has rules; a hostile pact's paths stop here.
constexpr qsizetype kRememberedPlaces = 65536;

} // namespace

SchemaPlaces::SchemaPlaces(const QJsonObject &definitions)
    : m_definitions(definitions)
    , m_roots(kRememberedPlaces)
    , m_paths(kRememberedPlaces)
    , m_steps(kRememberedPlaces)
    , m_infos(kRememberedPlaces)
{
}

SchemaInfo SchemaPlaces::find(const void *body, const QJsonValue &bodySchema, const QString &pathText)
{
    return m_paths.get({body, pathText}, [&] { return find(body, bodySchema, RulePath::parse(pathText)); });
}

SchemaInfo SchemaPlaces::find(const void *body, const QJsonValue &bodySchema, const RulePath &path)
{
    Node at = root(body, bodySchema);
    QString location;
    for (const PathToken &token : path.tokens) {
        if (token.kind == PathToken::Kind::Root)
            continue;
        const Step next = step(at, token);
        if (!next.found)
            return {};
        at = next.to;
        location += next.location;
    }
    SchemaInfo info = m_infos.get(at.identity, [&] {
        SchemaInfo leaf = placeInfo(at.schema, QString(), m_definitions);
        leaf.identity = at.identity;
        return leaf;
    });
    info.location = location;
    return info;
}

SchemaPlaces::Node SchemaPlaces::resolved(const QJsonValue &schema, const QString &identity) const
{
    Node node{QJsonValue(), identity};
    node.schema = resolveRef(schema, m_definitions, &node.identity);
    return node;
}

SchemaPlaces::Node SchemaPlaces::root(const void *body, const QJsonValue &bodySchema)
{
    // Named by the pointer: unique while the body lives, short to hash. No $ref starts with "body@".
    return m_roots.get(body, [&] { return resolved(bodySchema, u"body@"_qs + QString::number(quintptr(body), 16)); });
}

SchemaPlaces::Step SchemaPlaces::step(const Node &from, const PathToken &token)
{
    const bool isIndex = token.kind == PathToken::Kind::Index || token.kind == PathToken::Kind::StarIndex;
    // A field's name matters; any index, any element and any value are one step each.
    const PathToken::Kind kind = isIndex ? PathToken::Kind::StarIndex : token.kind;
    const QString name = token.kind == PathToken::Kind::Field ? token.name : QString();
    return m_steps.get({from.identity, kind, name}, [&] {
        const auto child = childSchema(from.schema, name, isIndex, m_definitions);
        if (!child)
            return Step{};
        return Step{true, resolved(child->first, from.identity + child->second), child->second};
    });
}

} // namespace Pactbench::OpenApi
