// SPDX-License-Identifier: MIT
// Which operation an interaction reaches: its method and its path against each path template.
#include "checkcontext.h"

namespace Pactbench::OpenApi {

namespace {

const Parameter *pathParameter(const Operation &op, const QString &name)
{
    for (const Parameter &p : op.parameters)
        if (p.in == ParamIn::Path && p.name == name)
            return &p;
    return nullptr;
}

bool isTemplate(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool segmentsMatch(const CheckContext &c, const Operation &op, const QString &templatePath, const QStringList &segments)
{
    const QStringList templ = templatePath.split(u'/', Qt::SkipEmptyParts);
    if (templ.size() != segments.size())
        return false;
    // Literal segments first: they are cheap, and most templates fail on one.
    for (qsizetype i = 0; i < templ.size(); ++i)
        if (!isTemplate(templ[i]) && templ[i] != segments[i])
            return false;
    for (qsizetype i = 0; i < templ.size(); ++i) {
        if (!isTemplate(templ[i]))
            continue;
        const Parameter *p = pathParameter(op, templ[i].mid(1, templ[i].size() - 2));
        if (p && !checkParameterValue(c, *p, {segments[i]}, true).isEmpty())
            return false;
    }
    return true;
}

/// The templates a request path is matched against: the path as written, and each server base path + it.
/// (swagger-mock-validator reads only Swagger 2's basePath: a pact that calls /v1/pets of a server /v1 is
/// unknown there; README lists where we differ.)
QStringList templatesOf(const CheckContext &c, const Operation &op)
{
    QStringList out;
    if (c.spec.format == SpecFormat::Swagger2) {
        out = op.fullPaths;
    } else {
        out.append(op.pathName);
        for (const QString &full : op.fullPaths)
            if (!out.contains(full))
                out.append(full);
    }
    if (out.isEmpty())
        out.append(op.pathName);
    return out;
}

} // namespace

bool pathReaches(const CheckContext &c, const Operation &operation, const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &templ : templatesOf(c, operation))
        if (segmentsMatch(c, operation, templ, segments))
            return true;
    return false;
}

const Operation *findOperation(const CheckContext &c, const QList<const Operation *> &ordered)
{
    for (const Operation *op : ordered) {
        if (op->method != c.mock.method)
            continue;
        for (const QString &templ : templatesOf(c, *op))
            if (segmentsMatch(c, *op, templ, c.mock.segments))
                return op;
    }
    SpecPlace paths{QStringLiteral("[root].paths"), c.spec.file, 0};
    c.add(QStringLiteral("request.path-or-method.unknown"),
          QStringLiteral("Path or method not defined in spec file: %1 %2").arg(c.mock.method.toUpper(), c.mock.path.value.toString()),
          c.mock.path, paths);
    return nullptr;
}

} // namespace Pactbench::OpenApi
