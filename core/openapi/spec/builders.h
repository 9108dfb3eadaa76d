// SPDX-License-Identifier: MIT
#pragma once

// Private to the loader: what the OpenAPI 3 and Swagger 2 builders share.

#include "loadcontext.h"

#include <functional>

namespace Pactbench::OpenApi::detail {

/// A path item with its $ref merged in (the referring object's own fields win), keys in document order.
struct PathItem
{
    QString location; ///< "[root].paths./pets"
    QStringList keys;
    QHash<QString, Node> fields;
    Node field(const QString &key) const { return fields.value(key); }
};

/// Builds one operation from its node; false drops it (a warning says why).
using OperationBuilder = std::function<bool(Operation &op, const Node &node, const PathItem &item)>;

/// Every operation under `paths`, in document order, each given its method, pathName and place first.
void buildOperations(LoadContext &ctx, const OperationBuilder &build);

/// Path-item parameters, then the operation's; an operation parameter takes the place of the path item's of the
/// same name and `in` (header names compared case-insensitively), as swagger-mock-validator merges them.
QList<Parameter> mergeParameters(const QList<Parameter> &pathLevel, const QList<Parameter> &operationLevel);
std::optional<ParamIn> paramInFromString(const QString &in);

/**
 * The requirements at `list` (the operation's `security`, else the root's, as the caller picks), each
 * scheme read from `schemes` (components.securitySchemes or securityDefinitions).
 */
SecurityRequirements securityRequirements(
    LoadContext &ctx, const Node &list, const QString &location, const Node &schemes);

/// Calls `each` for every member of the object at `node` (absent: none) whose value is an object, in document
/// order, through `$ref`s when `follow`; a warning for each that is not.
using MemberVisitor = std::function<void(const QString &name, const Node &member, const QString &memberLocation)>;
void forEachObjectMember(LoadContext &ctx, const Node &node, const QString &location, bool follow, const MemberVisitor &each);

/// What a version reads from one response object beyond its status, description, place and headers.
using ResponseFiller = std::function<void(Response &r, const Node &response, const QString &location)>;
using HeadersReader = std::function<QList<Parameter>(const Node &headers, const QString &location)>;

/// Every response under an operation's `responses` node, in document order, each through `$ref`s; a warning
/// when there is none.
void buildResponses(LoadContext &ctx, Operation &op, const Node &node, const QString &location, const HeadersReader &headers,
                    const ResponseFiller &fill);

/// The lists of strings at `node` (consumes, produces); a warning for anything else.
QStringList stringList(LoadContext &ctx, const Node &node, const QString &location);

void buildOpenApi3(LoadContext &ctx);
void buildSwagger2(LoadContext &ctx);

} // namespace Pactbench::OpenApi::detail
