// SPDX-License-Identifier: MIT
#pragma once

// What the checks of one interaction share (private to core/openapi).

#include "boundedmemo.h"
#include "checker.h"
#include "mockinteraction.h"
#include "schemainfo.h"
#include "schemaplaces.h"
#include "schemavalidator.h"
#include "schematransform.h"

#include <core/matching/rules.h>

#include <QHash>
#include <QMutex>

#include <memory>
#include <optional>

namespace Pactbench::OpenApi {

struct Route;

/// What one check made of a list of samples: how many it accepts, and the first it rejects and why.
struct SampleVerdict
{
    int accepted = 0;
    QString firstReason; ///< empty: none rejected
    QJsonValue firstRejected;
};

/// Names a check of a matcher's own samples: what is checked (a parameter or a route, else a body place by
/// its SchemaInfo::identity), the side, and the samples (ownSamplesKey: "regex:PATTERN", or a date kind
/// and its format).
struct SampleVerdictKey
{
    SampleVerdictKey(const void *checked, const QString &bodyPlace = {})
        : object(checked)
        , place(bodyPlace)
    {
    }
    const void *object = nullptr;
    QString place;
    bool request = true;
    QString samples;
    bool operator==(const SampleVerdictKey &o) const
    {
        return object == o.object && request == o.request && place == o.place && samples == o.samples;
    }
    friend size_t qHash(const SampleVerdictKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.object, k.place, k.request, k.samples);
    }
};

/// Compiled schemas by use and place, built on first use; shared by the checks, safe across threads.
class SchemaCache
{
public:
    SchemaCache(const Spec &spec, const CheckOptions &options);

    enum class Use { Parameter, RequestBody, ResponseBody };
    /// The schema at `key` (a SpecPlace location, unique per use) for `use`, compiled once. Parameter schemas
    /// (and the matcher checks' leaf schemas) are compiled once per content too: many places share one.
    std::shared_ptr<const CompiledSchema> get(Use use, const QString &key, const QJsonValue &schema);
    /// Compiles the body schemas (`use` RequestBody or ResponseBody) not yet compiled, all at once (shared
    /// definitions parsed once: CompiledSchema::compileAll); `items` are (key, schema) as get() takes them.
    void compileAll(Use use, const QList<QPair<QString, QJsonValue>> &items);
    /// The definitions a parameter's $refs reach (untransformed).
    const QJsonObject &definitions() const { return m_spec.definitions; }
    /// Where rule paths lead in the body schemas: schemaAt(), remembered (SchemaPlaces).
    SchemaPlaces &places() { return m_places; }

    /// At most this many answers per memo below (BoundedMemo): past it they are worked out every time.
    static constexpr qsizetype kRememberedResults = 65536;

    /// What checkParameterValue() gave for a text (a parameter's values joined), by what the result depends
    /// on: the compiled schema (one per content: the operations of a path, and most ids, share one) and
    /// the separator arrays are split by. The matcher checks ask for the same generated samples in
    /// interaction after interaction, and path templates see the same segments.
    struct ParameterText
    {
        const CompiledSchema *schema = nullptr;
        QString separator;
        QString text;
        bool operator==(const ParameterText &o) const { return schema == o.schema && separator == o.separator && text == o.text; }
        friend size_t qHash(const ParameterText &k, size_t seed = 0) { return qHashMulti(seed, k.schema, k.separator, k.text); }
    };
    BoundedMemo<ParameterText, QList<SchemaError>> parameterResults{kRememberedResults};

    /// What checking a parameter's values needs of the document, worked out once per parameter.
    struct ParameterPlan
    {
        QJsonValue schema; ///< as checkParameterValue checks values with it
        std::shared_ptr<const CompiledSchema> compiled;
        SchemaInfo info; ///< the parameter's own schema, resolved (matcher checks)
        QString separator; ///< between the values of an array
        bool array = false; ///< `schema` (resolved) is an array's: values are split by `separator`
        QStringList types; ///< `schema`'s types (resolved), for coercing a value that is not split
    };
    BoundedMemo<const Parameter *, std::shared_ptr<const ParameterPlan>> parameterPlans{kRememberedResults};

    /// What one check makes of the samples a matcher draws by itself (its regex's, its date format's; not
    /// the pact's example), by the check and the side: the pact repeats its matchers in interaction after
    /// interaction, and the samples and the check's verdict on each are the same every time.
    BoundedMemo<SampleVerdictKey, SampleVerdict> sampleVerdicts{kRememberedResults};

private:
    const Spec &m_spec;
    SchemaDialect m_request;
    SchemaDialect m_response;
    QJsonObject m_parameterDefinitions;
    QJsonObject m_requestDefinitions;
    QJsonObject m_responseDefinitions;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<const CompiledSchema>> m_compiled;
    QHash<QByteArray, std::shared_ptr<const CompiledSchema>> m_parametersByContent;
    SchemaPlaces m_places;
};

struct CheckContext
{
    const Spec &spec;
    const CheckOptions &options;
    SchemaCache &schemas;
    const MockInteraction &mock;
    const Operation *operation = nullptr;
    QList<Finding> *findings = nullptr;
    const Route *route = nullptr; ///< how `operation` was reached: its path templates

    /// Adds a finding; its type follows from the code.
    void add(const QString &code, const QString &message, const MockValue &mockPart, const SpecPlace &specPlace,
             const QJsonValue &specValue = {}, bool fromMatcher = false) const;
    bool isBadRequest() const { return mock.status >= 400; }
};

/// The request checks, in swagger-mock-validator's order: content type, accept (and the response's content
/// type), security, body, headers, query.
void checkRequest(const CheckContext &c);
/// The response checks: status, body, headers. Returns the response the status reached, or nullptr.
const Response *checkResponse(const CheckContext &c);
/// An operation with its path templates split into segments once (the path as written, each server base path + it).
struct Route
{
    const Operation *operation = nullptr;
    QList<QStringList> templates;
};
/**
 * The routes of a document in matching order: templates without parameters first, so /pets/mine wins over
 * /pets/{id} (as swagger-mock-validator orders them). A request path is tried only against the templates of
 * its method with as many segments as it has (in that order): 200 operations are 200 comparisons otherwise.
 */
class RouteTable
{
public:
    explicit RouteTable(const Spec &spec);
    RouteTable(const RouteTable &) = delete;
    RouteTable &operator=(const RouteTable &) = delete;

    /// A template of a route that a request of some method and number of segments may reach.
    struct Candidate
    {
        const Route *route = nullptr;
        const QStringList *segments = nullptr;
    };
    /// The templates a request of `method` (lower case) with `segmentCount` segments may reach, in matching order.
    QList<Candidate> candidates(const QString &method, qsizetype segmentCount) const;

private:
    QList<Route> m_routes;
    QHash<QPair<QString, qsizetype>, QList<Candidate>> m_byShape;
};
/// The route the interaction reaches (path template and method), or nullptr after adding the finding.
const Route *findRoute(const CheckContext &c, const RouteTable &routes);

/// Whether a request path (as the pact gives it) reaches the route's operation through one of its templates.
bool pathReaches(const CheckContext &c, const Route &route, const QString &path);

/**
 * swagger-mock-validator's check of one string value (path segment, query, header) against a parameter:
 * missing and required is one error; else the value (several query values joined, arrays split by the
 * collection format or style) is coerced to the schema's type as AJV's coerceTypes does and validated.
 */
QList<SchemaError> checkParameterValue(const CheckContext &c, const Parameter &parameter, const QStringList &values,
                                       bool present);
/// The parameter's SchemaCache::ParameterPlan, worked out on first use.
std::shared_ptr<const SchemaCache::ParameterPlan> parameterPlan(const CheckContext &c, const Parameter &parameter);

/// Adds one `request.body.incompatible` / `response.body.incompatible` finding per schema error of a body
/// checked against `media`'s schema; the spec side is the failing place's schema when it can be followed.
void addBodyErrors(const CheckContext &c, bool request, const MediaType &media, const QList<SchemaError> &errors);

/// The checks only a matcher shows (checker.h: not with examplesOnly).
void checkMatchers(const CheckContext &c, const Response *response);

} // namespace Pactbench::OpenApi
