// SPDX-License-Identifier: MIT
// Which operation an interaction reaches: its method and its path against each path template.
#include "checkcontext.h"

#include <algorithm>

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

bool segmentsMatch(const CheckContext &c, const Operation &op, const QStringList &templ, const QStringList &segments)
{
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
QList<QStringList> templatesOf(const Spec &spec, const Operation &op)
{
    QStringList paths;
    if (spec.format == SpecFormat::Swagger2) {
        paths = op.fullPaths;
    } else {
        paths.append(op.pathName);
        for (const QString &full : op.fullPaths)
            if (!paths.contains(full))
                paths.append(full);
    }
    if (paths.isEmpty())
        paths.append(op.pathName);
    QList<QStringList> out;
    for (const QString &path : paths)
        out.append(path.split(u'/', Qt::SkipEmptyParts));
    return out;
}

} // namespace

bool pathReaches(const CheckContext &c, const Route &route, const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    return std::any_of(route.templates.cbegin(), route.templates.cend(),
                       [&](const QStringList &templ) { return segmentsMatch(c, *route.operation, templ, segments); });
}

RouteTable::RouteTable(const Spec &spec)
{
    for (const Operation &op : spec.operations)
        m_routes.append({&op, templatesOf(spec, op)});
    const auto hasParameter = [](const Route &r) { return r.operation->pathName.contains(u'{'); };
    std::stable_sort(m_routes.begin(), m_routes.end(), [&](const Route &a, const Route &b) { return !hasParameter(a) && hasParameter(b); });
    // m_routes no longer changes: the candidates point into it.
    for (const Route &route : std::as_const(m_routes)) {
        for (const QStringList &templ : route.templates)
            m_byShape[{route.operation->method, templ.size()}].append({&route, &templ});
    }
}

QList<RouteTable::Candidate> RouteTable::candidates(const QString &method, qsizetype segmentCount) const
{
    return m_byShape.value({method, segmentCount});
}

const Route *findRoute(const CheckContext &c, const RouteTable &routes)
{
    for (const RouteTable::Candidate &candidate : routes.candidates(c.mock.method, c.mock.segments.size())) {
        if (segmentsMatch(c, *candidate.route->operation, *candidate.segments, c.mock.segments))
            return candidate.route;
    }
    SpecPlace paths{QStringLiteral("[root].paths"), c.spec.file, 0};
    c.add(QStringLiteral("request.path-or-method.unknown"),
          QStringLiteral("Path or method not defined in spec file: %1 %2").arg(c.mock.method.toUpper(), c.mock.path.value.toString()),
          c.mock.path, paths);
    return nullptr;
}

} // namespace Pactbench::OpenApi
