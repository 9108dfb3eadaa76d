// SPDX-License-Identifier: MIT
#pragma once

// The provider's API document (OpenAPI 3.0, 3.1 or Swagger 2.0), normalized: one list of operations whose
// parameters, bodies and responses carry JSON Schema (draft 7 dialect, see schemaconvert.h) ready for
// valijson, and where each part came from (for findings). Built by loadSpec (specloader.h).

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench::OpenApi {

enum class SpecFormat { Swagger2, OpenApi30, OpenApi31 };

/**
 * Where a part of the document is. `location` is swagger-mock-validator's dotted form from the root
 * document ("[root].paths./pets/{id}.get.parameters[0]"), `file` the file it was read from (a $ref into
 * another file moves there) and `line` its 1-based line in that file (0 when unknown).
 */
struct SpecPlace
{
    QString location;
    QString file;
    int line = 0;
};

enum class ParamIn { Path, Query, Header, Cookie };

/// A request parameter (path-item and operation parameters merged, the operation's winning) or a response header.
struct Parameter
{
    QString name; ///< as written; header names are compared case-insensitively
    ParamIn in = ParamIn::Query;
    bool required = false;
    /// The value's schema in the draft-7 dialect; {} when the document gave none (or `content` only).
    QJsonValue schema;
    QString style; ///< OpenAPI 3 style ("form", "simple", …), defaulted by `in`; empty for Swagger 2
    bool explode = false; ///< defaulted as OpenAPI 3 says (true for form)
    QString collectionFormat; ///< Swagger 2 ("csv" default for arrays, "ssv", "tsv", "pipes", "multi")
    QJsonValue raw; ///< the parameter object as written (its $ref resolved)
    SpecPlace place;
};

/// One media type of a request body or response: `schema` (draft-7 dialect) when it has one.
struct MediaType
{
    QString name; ///< as written, e.g. "application/json; charset=utf-8"
    bool hasSchema = false;
    QJsonValue schema;
    /// Of the media type object; its schema is at place.location + ".schema". Swagger 2: the body parameter's or
    /// the response's place (their schema is at ".schema" too); formData parameters: the operation's.
    SpecPlace place;
};

struct RequestBody
{
    bool required = false;
    QList<MediaType> content; ///< OpenAPI 3 requestBody.content; Swagger 2: the body parameter × consumes
    SpecPlace place;
};

struct Response
{
    QString status; ///< "200", "2XX" (any case as written) or "default"
    QString description;
    QList<Parameter> headers; ///< in = Header
    /// Swagger 2: the schema × the operation's produces; one MediaType named "" (any type) when no produces applies.
    /// Empty when the response has no schema.
    QList<MediaType> content;
    SpecPlace place;
};

/// One scheme of a security requirement: what a request must carry to satisfy it.
struct SecurityScheme
{
    enum class Carrier { Header, Query, Cookie, Unsupported };
    QString name; ///< the scheme's key in securitySchemes / securityDefinitions
    QString type; ///< "http", "apiKey", "oauth2", "openIdConnect", "basic" (Swagger 2), "mutualTLS"
    QString httpScheme; ///< "basic", "bearer", … for type http (lower case)
    Carrier carrier = Carrier::Unsupported;
    /// The header (lower case), query or cookie name; "authorization" for http, basic, oauth2 and openIdConnect.
    QString key;
    SpecPlace place; ///< of the requirement entry ("[root].security[0].apiKey" or the operation's)
};

/// Alternatives (any one must hold), each a list of schemes that must all hold. Empty: no security. An empty
/// alternative (`{}` in the document) allows anonymous requests (swagger-mock-validator drops such alternatives).
/// A scheme that is not defined, or of an unknown type, is kept with Carrier::Unsupported (and a SpecWarning).
using SecurityRequirements = QList<QList<SecurityScheme>>;

struct Operation
{
    QString method; ///< lower case
    QString pathName; ///< the path template as written under `paths`
    /// The full template matched against a request path: servers' base path (OpenAPI 3: each server URL's
    /// path; Swagger 2: basePath) + pathName. Several when servers have different base paths.
    QStringList fullPaths;
    QString operationId;
    QList<Parameter> parameters; ///< path, query, header and cookie parameters
    bool hasRequestBody = false;
    RequestBody requestBody;
    QList<Response> responses; ///< in document order
    SecurityRequirements security; ///< the operation's, else the document's
    /// Request media types (OpenAPI 3: requestBody.content's keys; Swagger 2: the body's media types, else the
    /// operation's consumes, else the document's).
    QStringList consumes;
    QStringList produces; ///< all media types the responses may carry
    SpecPlace place; ///< "[root].paths./pets.get"
};

/// A problem with the document itself that does not stop the check (an unresolved $ref in one operation, …).
struct SpecWarning
{
    QString message;
    SpecPlace place;
};

struct Spec
{
    SpecFormat format = SpecFormat::OpenApi30;
    QString version; ///< "2.0", "3.0.3", "3.1.0", as written
    QString file; ///< the root document's path or URL
    QString title;
    QList<Operation> operations; ///< in document order
    /// Every schema a $ref reaches, by key, in the draft-7 dialect; each schema's $refs are "#/definitions/KEY".
    /// Component schemas keep their name as key; others (another file, a pointer into paths) get a unique key.
    QJsonObject definitions;
    QList<SpecWarning> warnings;
};

} // namespace Pactbench::OpenApi
