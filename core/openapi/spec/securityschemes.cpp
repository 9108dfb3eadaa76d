// SPDX-License-Identifier: MIT
// Security requirements: each scheme named in a requirement, read from components.securitySchemes (3.x) or
// securityDefinitions (2.0), reduced to what a request must carry.
#include "builders.h"

#include <QJsonArray>

namespace Pactbench::OpenApi::detail {

namespace {

using Carrier = SecurityScheme::Carrier;

void readApiKey(SecurityScheme &s, const QJsonObject &o)
{
    const QString in = o.value(u"in"_qs).toString();
    const QString name = o.value(u"name"_qs).toString();
    if (in == u"header"_qs) {
        s.carrier = Carrier::Header;
        s.key = name.toLower();
    } else if (in == u"query"_qs) {
        s.carrier = Carrier::Query;
        s.key = name;
    } else if (in == u"cookie"_qs) {
        s.carrier = Carrier::Cookie;
        s.key = name;
    }
}

/// The scheme's carrier and key; false when the type is not one OpenAPI defines.
bool readScheme(SecurityScheme &s, const QJsonObject &o)
{
    s.type = o.value(u"type"_qs).toString();
    if (s.type == u"apiKey"_qs) {
        readApiKey(s, o);
        return s.carrier != Carrier::Unsupported && !s.key.isEmpty();
    }
    if (s.type == u"http"_qs || s.type == u"basic"_qs) {
        s.httpScheme = s.type == u"basic"_qs ? u"basic"_qs : o.value(u"scheme"_qs).toString().toLower();
    } else if (s.type != u"oauth2"_qs && s.type != u"openIdConnect"_qs) {
        return s.type == u"mutualTLS"_qs;
    }
    s.carrier = Carrier::Header;
    s.key = u"authorization"_qs;
    return true;
}

void resolveScheme(LoadContext &ctx, SecurityScheme &s, const Node &definition)
{
    if (definition.value.isUndefined()) {
        ctx.warn(u"the security scheme \"%1\" is not defined"_qs.arg(s.name), s.place);
        return;
    }
    const std::optional<Node> target = ctx.follow(definition, s.place.location);
    if (!target || !ctx.expectObject(*target, s.place.location))
        return;
    if (!readScheme(s, target->object())) {
        ctx.warn(
            u"the security scheme \"%1\" has an unknown type or location (\"%2\")"_qs.arg(s.name, s.type), s.place);
        s.carrier = Carrier::Unsupported;
    }
}

} // namespace

SecurityRequirements securityRequirements(
    LoadContext &ctx, const Node &list, const QString &location, const Node &schemes)
{
    SecurityRequirements out;
    if (list.isAbsent())
        return out;
    if (!list.value.isArray()) {
        ctx.warn(u"expected a list of security requirements, found %1"_qs.arg(describeType(list.value)),
            ctx.place(location, list));
        return out;
    }
    const qsizetype count = list.value.toArray().size();
    for (qsizetype i = 0; i < count; ++i) {
        const QString reqLocation = location + u'[' + QString::number(i) + u']';
        const Node requirement = list.at(i);
        if (!ctx.expectObject(requirement, reqLocation))
            continue;
        QList<SecurityScheme> all;
        const QStringList names = requirement.keys();
        for (const QString &name : names) {
            SecurityScheme s;
            s.name = name;
            s.place = ctx.place(reqLocation + u'.' + name, requirement.child(name));
            resolveScheme(ctx, s, schemes.child(name));
            all.append(s);
        }
        out.append(all);
    }
    return out;
}

} // namespace Pactbench::OpenApi::detail
