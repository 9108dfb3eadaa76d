// SPDX-License-Identifier: MIT
// The response's checks, as swagger-mock-validator makes them: status, content type, body, headers.
#include "checkcontext.h"
#include "mediatypes.h"
#include "schemanavigation.h"

#include <QSet>

namespace Pactbench::OpenApi {

namespace {

/// "2XX" covers 200–299 (any case); swagger-mock-validator knows only exact codes and `default`.
bool rangeCovers(const QString &key, int status)
{
    return key.size() == 3 && key.at(0).isDigit() && key.mid(1).compare(u"XX", Qt::CaseInsensitive) == 0
        && key.at(0).digitValue() == status / 100;
}

const Response *responseFor(const CheckContext &c, bool *isDefault)
{
    const QString status = QString::number(c.mock.status);
    const Response *range = nullptr;
    const Response *fallback = nullptr;
    for (const Response &r : c.operation->responses) {
        if (r.status == status)
            return &r;
        if (!range && rangeCovers(r.status, c.mock.status))
            range = &r;
        if (r.status == u"default")
            fallback = &r;
    }
    *isDefault = !range && fallback;
    return range ? range : fallback;
}

QStringList mediaNames(const Response &r)
{
    QStringList names;
    for (const MediaType &m : r.content)
        names.append(m.name);
    return names;
}

void checkContentType(const CheckContext &c, const Response &r, bool exact)
{
    const MockValue header = c.mock.responseHeaders.value(kContentType);
    const QString contentType = header.value.toString();
    if (!exact || contentType.isEmpty()) // not against `default` (as SMV)
        return;
    const QStringList produces = mediaNames(r);
    if (produces.isEmpty()) {
        if (c.operation->method != u"head")
            c.add(u"response.content-type.unknown"_qs,
                  u"Response Content-Type header is defined but the spec does not specify any mime-types to produce"_qs, header,
                  c.operation->place);
        return;
    }
    if (findMatchingType(contentType, produces).isEmpty())
        c.add(u"response.content-type.incompatible"_qs,
              u"Response Content-Type header is incompatible with the mime-types the spec defines to produce"_qs, header,
              {r.place.location + (c.spec.format == SpecFormat::Swagger2 ? u".produces"_qs : u".content"_qs), r.place.file, r.place.line},
              QJsonValue::fromVariant(produces));
}

void checkBody(const CheckContext &c, const Response &r)
{
    const QStringList produces = mediaNames(r);
    if (!isTruthy(c.mock.responseBody.value) || (!produces.isEmpty() && !isJsonAmong(produces)))
        return;
    const MediaType *media = responseMedia(c, &r);
    if (!media) {
        c.add(u"response.body.unknown"_qs, u"No matching schema found for response body"_qs, c.mock.responseBody, r.place);
        return;
    }
    const auto schema = c.schemas.get(SchemaCache::Use::ResponseBody, media->place.location, media->schema);
    addBodyErrors(c, false, *media, schema->validate(c.mock.responseBody.value));
}

bool isStandardResponseHeader(const QString &name)
{
    static const QSet<QString> names{u"access-control-allow-origin"_qs, u"accept-patch"_qs, u"accept-ranges"_qs, u"age"_qs,
        u"allow"_qs, u"alt-svc"_qs, u"cache-control"_qs, u"connection"_qs, u"content-disposition"_qs, u"content-encoding"_qs,
        u"content-language"_qs, u"content-length"_qs, u"content-location"_qs, u"content-md5"_qs, u"content-range"_qs,
        u"date"_qs, u"etag"_qs, u"expires"_qs, u"last-modified"_qs, u"link"_qs, u"location"_qs, u"p3p"_qs, u"pragma"_qs,
        u"proxy-authenticate"_qs, u"public-key-pins"_qs, u"refresh"_qs, u"retry-after"_qs, u"server"_qs, u"set-cookie"_qs,
        u"status"_qs, u"strict-transport-security"_qs, u"trailer"_qs, u"transfer-encoding"_qs, u"tsv"_qs, u"upgrade"_qs,
        u"vary"_qs, u"via"_qs, u"warning"_qs, u"www-authenticate"_qs, u"x-frame-options"_qs};
    return names.contains(name);
}

void checkHeaders(const CheckContext &c, const Response &r)
{
    for (auto it = c.mock.responseHeaders.begin(); it != c.mock.responseHeaders.end(); ++it) {
        const Parameter *spec = nullptr;
        for (const Parameter &h : r.headers)
            if (h.name.compare(it.key(), Qt::CaseInsensitive) == 0)
                spec = &h;
        if (spec) {
            for (const SchemaError &e : checkParameterValue(c, *spec, {it.value().value.toString()}, true))
                c.add(u"response.header.incompatible"_qs,
                      u"Value is incompatible with the parameter defined in the spec file: "_qs + errorMessage(e, spec->schema, c.spec.definitions),
                      it.value(), spec->place, spec->raw);
        } else if (it.key() == kContentType) {
            continue;
        } else if (isStandardResponseHeader(it.key())) {
            c.add(u"response.header.undefined"_qs, u"Standard http response header is not defined in the spec file: "_qs + it.key(),
                  it.value(), r.place);
        } else {
            c.add(u"response.header.unknown"_qs, u"Response header is not defined in the spec file: "_qs + it.key(), it.value(), r.place);
        }
    }
}

} // namespace

void addBodyErrors(const CheckContext &c, bool request, const MediaType &media, const QList<SchemaError> &errors)
{
    const QString part = request ? u"request"_qs : u"response"_qs;
    const QString lead = QStringLiteral("%1 body is incompatible with the %2 body schema in the spec file: ")
                             .arg(request ? u"Request"_qs : u"Response"_qs, part);
    for (const SchemaError &e : errors) {
        const SchemaInfo at = schemaAtInstance(media.schema, e.instancePath, c.spec.definitions);
        const SpecPlace place{media.place.location + u".schema" + (at.found ? at.location : QString()), media.place.file, media.place.line};
        c.add(part + u".body.incompatible", lead + errorMessage(e, media.schema, c.spec.definitions),
              request ? c.mock.requestBodyAt(e.instancePath) : c.mock.responseBodyAt(e.instancePath), place,
              at.found ? at.schema : media.schema);
    }
}

const Response *checkResponse(const CheckContext &c)
{
    bool isDefault = false;
    const Response *r = responseFor(c, &isDefault);
    const SpecPlace responses{c.operation->place.location + u".responses", c.operation->place.file, c.operation->place.line};
    if (!r) {
        c.add(u"response.status.unknown"_qs, u"Response status code not defined in spec file: "_qs + QString::number(c.mock.status),
              c.mock.statusValue, responses);
        return nullptr;
    }
    if (isDefault)
        c.add(u"response.status.default"_qs,
              u"Response status code matched default response in spec file: "_qs + QString::number(c.mock.status), c.mock.statusValue, responses);
    checkContentType(c, *r, !isDefault);
    checkBody(c, *r);
    checkHeaders(c, *r);
    return r;
}

} // namespace Pactbench::OpenApi
