// SPDX-License-Identifier: MIT
// The walk over `paths` both builders share: path items (and their $ref), methods in document order.
#include "builders.h"

#include <QJsonArray>

namespace Pactbench::OpenApi::detail {

namespace {

bool isMethod(const QString &key)
{
    static const QStringList methods{ u"get"_qs, u"put"_qs, u"post"_qs, u"delete"_qs, u"options"_qs, u"head"_qs,
        u"patch"_qs, u"trace"_qs };
    return methods.contains(key);
}

PathItem pathItem(LoadContext &ctx, const Node &node, const QString &location)
{
    PathItem item;
    item.location = location;
    if (node.has(u"$ref"_qs)) {
        if (const std::optional<Node> target = ctx.follow(node, location);
            target && ctx.expectObject(*target, location)) {
            const QStringList keys = target->keys();
            for (const QString &k : keys) {
                item.keys.append(k);
                item.fields.insert(k, target->child(k));
            }
        }
    }
    const QStringList own = node.keys();
    for (const QString &k : own) {
        if (k == u"$ref"_qs)
            continue;
        if (!item.fields.contains(k))
            item.keys.append(k);
        item.fields.insert(k, node.child(k));
    }
    return item;
}

} // namespace

void buildOperations(LoadContext &ctx, const OperationBuilder &build)
{
    const Node root = ctx.root();
    const Node paths = root.child(u"paths"_qs);
    if (paths.isAbsent())
        return;
    if (!paths.isObject())
        throw SpecFailure{ { root.doc->file, paths.line(), 0,
            u"paths must be a mapping of path templates, not %1"_qs.arg(describeType(paths.value)) } };
    const QStringList names = paths.keys();
    for (const QString &pathName : names) {
        const QString location = u"[root].paths."_qs + pathName;
        const Node node = paths.child(pathName);
        if (!ctx.expectObject(node, location))
            continue;
        const PathItem item = pathItem(ctx, node, location);
        for (const QString &method : item.keys) {
            if (!isMethod(method))
                continue;
            const QString opLocation = location + u'.' + method;
            const Node opNode = item.field(method);
            if (!ctx.expectObject(opNode, opLocation))
                continue;
            Operation op;
            op.method = method;
            op.pathName = pathName;
            op.place = ctx.place(opLocation, opNode);
            op.operationId = opNode.object().value(u"operationId"_qs).toString();
            if (build(op, opNode, item))
                ctx.spec.operations.append(std::move(op));
        }
    }
}

QList<Parameter> mergeParameters(const QList<Parameter> &pathLevel, const QList<Parameter> &operationLevel)
{
    QList<Parameter> out = pathLevel;
    for (const Parameter &p : operationLevel) {
        const auto same = std::find_if(out.begin(), out.end(), [&](const Parameter &o) {
            return o.in == p.in
                && (p.in == ParamIn::Header ? o.name.compare(p.name, Qt::CaseInsensitive) == 0 : o.name == p.name);
        });
        if (same != out.end() && same - out.begin() < pathLevel.size())
            *same = p;
        else
            out.append(p);
    }
    return out;
}

std::optional<ParamIn> paramInFromString(const QString &in)
{
    if (in == u"path"_qs)
        return ParamIn::Path;
    if (in == u"query"_qs)
        return ParamIn::Query;
    if (in == u"header"_qs)
        return ParamIn::Header;
    if (in == u"cookie"_qs)
        return ParamIn::Cookie;
    return std::nullopt;
}

void forEachObjectMember(LoadContext &ctx, const Node &node, const QString &location, bool follow, const MemberVisitor &each)
{
    if (node.isAbsent() || !ctx.expectObject(node, location))
        return;
    const QStringList names = node.keys();
    for (const QString &name : names) {
        const QString memberLocation = location + u'.' + name;
        const std::optional<Node> member = follow ? ctx.follow(node.child(name), memberLocation) : std::optional<Node>(node.child(name));
        if (member && ctx.expectObject(*member, memberLocation))
            each(name, *member, memberLocation);
    }
}

void buildResponses(LoadContext &ctx, Operation &op, const Node &node, const QString &location, const HeadersReader &headers,
                    const ResponseFiller &fill)
{
    if (node.value.isUndefined()) {
        ctx.warn(u"the operation has no `responses`"_qs, op.place);
        return;
    }
    forEachObjectMember(ctx, node, location, true, [&](const QString &status, const Node &target, const QString &rLocation) {
        Response r;
        r.status = status;
        r.description = target.object().value(u"description"_qs).toString();
        r.place = ctx.place(rLocation, target);
        r.headers = headers(target.child(u"headers"_qs), rLocation + u".headers"_qs);
        fill(r, target, rLocation);
        op.responses.append(r);
    });
}

QStringList stringList(LoadContext &ctx, const Node &node, const QString &location)
{
    QStringList out;
    if (node.isAbsent())
        return out;
    if (!node.value.isArray()) {
        ctx.warn(u"expected a list of strings, found %1"_qs.arg(describeType(node.value)), ctx.place(location, node));
        return out;
    }
    const QJsonArray a = node.value.toArray();
    for (const QJsonValue &v : a) {
        if (v.isString() && !out.contains(v.toString()))
            out.append(v.toString());
    }
    return out;
}

} // namespace Pactbench::OpenApi::detail
