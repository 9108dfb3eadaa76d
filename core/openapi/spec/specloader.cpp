// SPDX-License-Identifier: MIT
// Entry points: read the root document, decide its version, build the operations, collect the definitions.
#include "specloader.h"

#include "builders.h"

#include <QRegularExpression>

namespace Pactbench::OpenApi {

using namespace detail;

QString SpecError::toString() const
{
    QString out = file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    return out.isEmpty() ? message : out + u": "_qs + message;
}

namespace {

/// The document's format and version, from its `swagger` or `openapi` field.
void detectVersion(LoadContext &ctx)
{
    const Node root = ctx.root();
    if (!root.isObject())
        throw SpecFailure{ { root.doc->file, root.line(), 0,
            u"the document must be a mapping with `openapi` or `swagger`, not %1"_qs.arg(describeType(root.value)) } };
    const QJsonObject o = root.object();
    const QJsonValue swagger = o.value(u"swagger"_qs);
    const QJsonValue openapi = o.value(u"openapi"_qs);
    static const QRegularExpression v30(u"^3\\.0(\\.\\d+)?([-+].*)?$"_qs);
    static const QRegularExpression v31(u"^3\\.1(\\.\\d+)?([-+].*)?$"_qs);
    if (swagger.isString() && swagger.toString() == u"2.0"_qs) {
        ctx.spec.format = SpecFormat::Swagger2;
        ctx.spec.version = swagger.toString();
    } else if (openapi.isString() && v30.match(openapi.toString()).hasMatch()) {
        ctx.spec.format = SpecFormat::OpenApi30;
        ctx.spec.version = openapi.toString();
    } else if (openapi.isString() && v31.match(openapi.toString()).hasMatch()) {
        ctx.spec.format = SpecFormat::OpenApi31;
        ctx.spec.version = openapi.toString();
    } else {
        const QString field = o.contains(u"openapi"_qs) ? u"openapi"_qs : u"swagger"_qs;
        const QJsonValue v = o.value(field);
        QString what = v.isString() ? u"\"%1\""_qs.arg(v.toString()) : describeType(v);
        if (v.isDouble())
            what += u" (write the version as a string: \"3.0.3\")"_qs;
        throw SpecFailure{ { root.doc->file, root.child(field).line(), 0,
            o.contains(field)
                ? u"unsupported %1 version %2: expected swagger \"2.0\", openapi 3.0.x or 3.1.x"_qs.arg(field, what)
                : u"neither `openapi` nor `swagger` is set: not an OpenAPI document"_qs } };
    }
    ctx.spec.title = o.value(u"info"_qs).toObject().value(u"title"_qs).toString();
}

} // namespace

std::optional<Spec> loadSpecBytes(const QByteArray &bytes, const QString &name, SpecError *error,
    const DocumentReader &reader, const LoadLimits &limits)
{
    try {
        LoadContext ctx(name, reader, limits);
        ctx.readRoot(bytes);
        detectVersion(ctx);
        if (ctx.spec.format == SpecFormat::Swagger2)
            buildSwagger2(ctx);
        else
            buildOpenApi3(ctx);
        ctx.finishDefinitions();
        return std::move(ctx.spec);
    } catch (const SpecFailure &failure) {
        if (error)
            *error = failure.error;
    } catch (const std::bad_alloc &) {
        if (error)
            *error = SpecError{ name, 0, 0, u"out of memory while loading the document"_qs };
    }
    return std::nullopt;
}

std::optional<Spec> loadSpecFile(const QString &path, SpecError *error, const LoadLimits &limits)
{
    QString problem;
    const std::optional<QByteArray> bytes = readLocalFile(path, limits.maxFileBytes, &problem);
    if (!bytes) {
        if (error)
            *error = SpecError{ path, 0, 0, u"cannot read the file: "_qs + problem };
        return std::nullopt;
    }
    return loadSpecBytes(*bytes, path, error, {}, limits);
}

} // namespace Pactbench::OpenApi
