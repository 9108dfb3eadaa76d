// SPDX-License-Identifier: MIT
// The request's checks, as swagger-mock-validator makes them (see checkcontext.h for the order).
#include "checkcontext.h"
#include "mediatypes.h"
#include "schemanavigation.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Pactbench::OpenApi {

namespace {

const QString kAccept = QStringLiteral("accept");

SpecPlace placeAt(const Operation &op, const QString &suffix)
{
    return {op.place.location + suffix, op.place.file, op.place.line};
}

void checkContentType(const CheckContext &c)
{
    const Operation &op = *c.operation;
    const QString contentType = c.mock.requestHeaders.value(kContentType).value.toString();
    const SpecPlace consumes = placeAt(op, c.spec.format == SpecFormat::Swagger2 ? u".consumes"_qs : u".requestBody.content"_qs);
    if (op.consumes.isEmpty()) {
        if (!contentType.isEmpty())
            c.add(u"request.content-type.unknown"_qs,
                  u"Request content-type header is defined but the spec does not specify any mime-types to consume"_qs,
                  c.mock.requestHeaders.value(kContentType), op.place);
        return;
    }
    if (contentType.isEmpty()) {
        if (isTruthy(c.mock.requestBody.value))
            c.add(u"request.content-type.missing"_qs,
                  u"Request content type header is not defined but spec specifies mime-types to consume"_qs, c.mock.whole(),
                  consumes, QJsonValue::fromVariant(op.consumes));
        return;
    }
    if (findMatchingType(contentType, op.consumes).isEmpty())
        c.add(u"request.content-type.incompatible"_qs,
              u"Request Content-Type header is incompatible with the mime-types the spec accepts to consume"_qs,
              c.mock.requestHeaders.value(kContentType), consumes, QJsonValue::fromVariant(op.consumes));
}

void checkAccept(const CheckContext &c)
{
    const Operation &op = *c.operation;
    const QString accept = c.mock.requestHeaders.value(kAccept).value.toString();
    if (accept.isEmpty())
        return;
    if (op.produces.isEmpty()) {
        c.add(u"request.accept.unknown"_qs, u"Request Accept header is defined but the spec does not specify any mime-types to produce"_qs,
              c.mock.requestHeaders.value(kAccept), op.place);
        return;
    }
    for (const QString &type : accept.split(u','))
        if (!findMatchingType(type, op.produces).isEmpty())
            return;
    c.add(u"request.accept.incompatible"_qs, u"Request Accept header is incompatible with the mime-types the spec defines to produce"_qs,
          c.mock.requestHeaders.value(kAccept), placeAt(op, u".responses"_qs), QJsonValue::fromVariant(op.produces));
}

/// The cookie names of a Cookie header ("a=1; b=2").
bool hasCookie(const QString &cookieHeader, const QString &name)
{
    for (const QString &pair : cookieHeader.split(u';'))
        if (pair.section(u'=', 0, 0).trimmed() == name)
            return true;
    return false;
}

/// Whether the request carries what one scheme asks; SMV checks only apiKey in header or query and http.
bool satisfied(const CheckContext &c, const SecurityScheme &s)
{
    const bool smvChecks = s.type == u"apiKey" || s.type == u"http" || s.type == u"basic";
    if (c.options.examplesOnly && (!smvChecks || s.carrier == SecurityScheme::Carrier::Cookie))
        return true;
    switch (s.carrier) {
    case SecurityScheme::Carrier::Header:
        return !c.mock.requestHeaders.value(s.key.toLower()).value.toString().isEmpty();
    case SecurityScheme::Carrier::Query:
        return !c.mock.query.value(s.key).join(QString()).isEmpty();
    case SecurityScheme::Carrier::Cookie:
        return hasCookie(c.mock.requestHeaders.value(u"cookie"_qs).value.toString(), s.key);
    case SecurityScheme::Carrier::Unsupported:
        return true;
    }
    return true;
}

void checkSecurity(const CheckContext &c)
{
    const SecurityRequirements &alternatives = c.operation->security;
    QList<const SecurityScheme *> firstMissing;
    for (qsizetype i = 0; i < alternatives.size(); ++i) {
        QList<const SecurityScheme *> missing;
        for (const SecurityScheme &s : alternatives[i])
            if (!satisfied(c, s))
                missing.append(&s);
        if (missing.isEmpty())
            return;
        if (i == 0)
            firstMissing = missing;
    }
    for (const SecurityScheme *s : firstMissing) {
        const QString where = s->carrier == SecurityScheme::Carrier::Query ? u"query"_qs
                            : s->carrier == SecurityScheme::Carrier::Cookie ? u"cookie"_qs : u"header"_qs;
        c.add(u"request.authorization.missing"_qs,
              QStringLiteral("Request Authorization %1 is missing but is required by the spec file").arg(where), c.mock.whole(),
              s->place, s->name);
    }
}

QJsonValue formBody(const QJsonValue &body)
{
    QJsonObject out;
    const QUrlQuery query(body.toString());
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        out.insert(name, value);
    return out;
}

void checkBody(const CheckContext &c)
{
    const Operation &op = *c.operation;
    const QJsonValue body = c.mock.requestBody.value;
    if ((body.isUndefined() && !(op.hasRequestBody && op.requestBody.required)) || (!op.hasRequestBody && !isTruthy(body)))
        return;
    // Bodies we can read: JSON, and form fields (SMV skips an operation that consumes no JSON type).
    const auto readable = [](const QString &type) { return isJsonAmong({type}) || type.startsWith(u"application/x-www-form-urlencoded"); };
    if (!op.consumes.isEmpty() && std::none_of(op.consumes.begin(), op.consumes.end(), readable))
        return;
    const MediaType *media = requestMedia(c);
    if (!media) {
        c.add(u"request.body.unknown"_qs, u"No matching schema found for request body"_qs, c.mock.requestBody, op.place);
        return;
    }
    const QJsonValue value = media->name.startsWith(u"application/x-www-form-urlencoded") ? formBody(body) : body;
    const auto schema = c.schemas.get(SchemaCache::Use::RequestBody, media->place.location, media->schema);
    addBodyErrors(c, true, *media, schema->validate(value));
}

bool usedForSecurity(const Operation &op, SecurityScheme::Carrier carrier, const QString &name, Qt::CaseSensitivity cs)
{
    for (const auto &alternative : op.security)
        for (const SecurityScheme &s : alternative)
            if (s.carrier == carrier && s.key.compare(name, cs) == 0)
                return true;
    return false;
}

bool isStandardRequestHeader(const QString &name)
{
    static const QSet<QString> names{u"accept"_qs, u"accept-charset"_qs, u"accept-datetime"_qs, u"accept-encoding"_qs,
        u"accept-language"_qs, u"authorization"_qs, u"cache-control"_qs, u"connection"_qs, u"content-length"_qs,
        u"content-md5"_qs, u"content-type"_qs, u"cookie"_qs, u"date"_qs, u"expect"_qs, u"forwarded"_qs, u"from"_qs,
        u"host"_qs, u"if-match"_qs, u"if-modified-since"_qs, u"if-none-match"_qs, u"if-range"_qs, u"if-unmodified-since"_qs,
        u"max-forwards"_qs, u"origin"_qs, u"pragma"_qs, u"proxy-authorization"_qs, u"range"_qs, u"referer"_qs, u"te"_qs,
        u"upgrade"_qs, u"user-agent"_qs, u"via"_qs, u"warning"_qs};
    return names.contains(name);
}

void addParameterErrors(const CheckContext &c, const QString &code, const Parameter &p, const MockValue &mockPart,
                        const QList<SchemaError> &errors)
{
    for (const SchemaError &e : errors)
        c.add(code, u"Value is incompatible with the parameter defined in the spec file: "_qs + errorMessage(e, p.schema, c.spec.definitions),
              mockPart, p.place, p.raw);
}

void checkHeaders(const CheckContext &c)
{
    const Operation &op = *c.operation;
    QSet<QString> specified;
    for (const Parameter &p : op.parameters) {
        if (p.in != ParamIn::Header)
            continue;
        const QString name = p.name.toLower();
        specified.insert(name);
        const MockValue value = c.mock.requestHeaders.value(name);
        addParameterErrors(c, u"request.header.incompatible"_qs, p, value.present() ? value : c.mock.whole(),
                           checkParameterValue(c, p, {value.value.toString()}, value.present()));
    }
    for (auto it = c.mock.requestHeaders.begin(); it != c.mock.requestHeaders.end(); ++it)
        if (!specified.contains(it.key()) && !isStandardRequestHeader(it.key())
            && !usedForSecurity(op, SecurityScheme::Carrier::Header, it.key(), Qt::CaseInsensitive))
            c.add(u"request.header.unknown"_qs, u"Request header is not defined in the spec file: "_qs + it.key(), it.value(), op.place);
}

void checkQuery(const CheckContext &c)
{
    const Operation &op = *c.operation;
    QSet<QString> specified;
    for (const Parameter &p : op.parameters) {
        if (p.in != ParamIn::Query)
            continue;
        specified.insert(p.name);
        const bool present = c.mock.query.contains(p.name);
        const MockValue mockPart{c.mock.queryLocations.value(p.name), c.mock.query.value(p.name).join(u',')};
        addParameterErrors(c, u"request.query.incompatible"_qs, p, present ? mockPart : c.mock.whole(),
                           checkParameterValue(c, p, c.mock.query.value(p.name), present));
    }
    for (auto it = c.mock.query.begin(); it != c.mock.query.end(); ++it)
        if (!specified.contains(it.key()) && !usedForSecurity(op, SecurityScheme::Carrier::Query, it.key(), Qt::CaseSensitive))
            c.add(u"request.query.unknown"_qs, u"Query parameter is not defined in the spec file: "_qs + it.key(),
                  {c.mock.queryLocations.value(it.key()), it.value().join(u',')}, op.place);
}

} // namespace

void checkRequest(const CheckContext &c)
{
    checkContentType(c);
    checkAccept(c);
    if (c.isBadRequest()) // SMV: a request the provider should reject is not checked against the schema
        return;
    checkSecurity(c);
    checkBody(c);
    checkHeaders(c);
    checkQuery(c);
}

} // namespace Pactbench::OpenApi
