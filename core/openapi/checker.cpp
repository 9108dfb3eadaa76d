// SPDX-License-Identifier: MIT
#include "checker.h"

#include "checkcontext.h"
#include "matchersamples.h"
#include "schemanavigation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <atomic>
#include <future>

#include <algorithm>

namespace Pactbench::OpenApi {

SchemaCache::SchemaCache(const Spec &spec, const CheckOptions &options)
    : m_spec(spec)
    , m_places(spec.definitions)
{
    // Three readings of every definition (as parameters, request and response bodies see them). Our
    // keywords go in once (the dialects' transforms neither add nor read `type: integer`, so they can
    // follow), then each body dialect's passes, the response's on a second thread: the document is read
    // while the pacts are and usually takes longer, so the thread reading them is idle by now.
    m_parameterDefinitions = CompiledSchema::prepareDefinitions(spec.definitions);
    auto response = std::async(std::launch::async, [this, &options] {
        m_response = SchemaDialect(m_parameterDefinitions, {options.additionalPropertiesInResponse, options.requiredPropertiesInResponse});
        m_responseDefinitions = m_response.definitions();
    });
    m_request = SchemaDialect(m_parameterDefinitions);
    m_requestDefinitions = m_request.definitions();
    response.get();
}

std::shared_ptr<const CompiledSchema> SchemaCache::get(Use use, const QString &key, const QJsonValue &schema)
{
    const QString cacheKey = QString::number(int(use)) + u':' + key;
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_compiled.constFind(cacheKey); it != m_compiled.constEnd())
            return *it;
    }
    std::shared_ptr<const CompiledSchema> compiled;
    switch (use) {
    case Use::Parameter: {
        // 1000 interactions with matching rules reached 3,195 leaf places, but far fewer distinct schemas
        // ({"type": "string", "format": "date"}, the same $ref, …): one compile each.
        const QByteArray content = QJsonDocument(QJsonArray{schema}).toJson(QJsonDocument::Compact);
        {
            const QMutexLocker lock(&m_mutex);
            if (const auto it = m_parametersByContent.constFind(content); it != m_parametersByContent.constEnd())
                return *m_compiled.insert(cacheKey, *it);
        }
        compiled = std::make_shared<const CompiledSchema>(schema, m_parameterDefinitions);
        const QMutexLocker lock(&m_mutex);
        m_parametersByContent.insert(content, compiled);
        return *m_compiled.insert(cacheKey, compiled);
    }
    case Use::RequestBody:
        compiled = std::make_shared<const CompiledSchema>(m_request.transform(schema), m_requestDefinitions);
        break;
    case Use::ResponseBody:
        compiled = std::make_shared<const CompiledSchema>(m_response.transform(schema), m_responseDefinitions);
        break;
    }
    const QMutexLocker lock(&m_mutex);
    return *m_compiled.insert(cacheKey, compiled);
}

void SchemaCache::compileAll(Use use, const QList<QPair<QString, QJsonValue>> &items)
{
    if (use == Use::Parameter)
        return;
    QStringList keys;
    QList<QJsonValue> schemas;
    QSet<QString> seen;
    {
        const QMutexLocker lock(&m_mutex);
        for (const auto &[key, schema] : items) {
            const QString cacheKey = QString::number(int(use)) + u':' + key;
            if (m_compiled.contains(cacheKey) || seen.contains(cacheKey))
                continue;
            seen.insert(cacheKey);
            keys << cacheKey;
            schemas << schema;
        }
    }
    for (QJsonValue &schema : schemas) // outside the lock: checks running meanwhile need not wait for it
        schema = use == Use::RequestBody ? m_request.transform(schema) : m_response.transform(schema);
    const QList<std::shared_ptr<const CompiledSchema>> compiled = CompiledSchema::compileAll(
        schemas, use == Use::RequestBody ? m_requestDefinitions : m_responseDefinitions);
    const QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!m_compiled.contains(keys.at(i)))
            m_compiled.insert(keys.at(i), compiled.at(i));
    }
}

void CheckContext::add(const QString &code, const QString &message, const MockValue &mockPart, const SpecPlace &specPlace,
                       const QJsonValue &specValue, bool fromMatcher) const
{
    Finding f;
    f.code = code;
    f.type = isErrorCode(code) ? FindingType::Error : FindingType::Warning;
    f.message = fromMatcher ? message + u" (matcher)" : message;
    f.fromMatcher = fromMatcher;
    f.pactFile = mock.pactFile;
    f.interactionIndex = mock.index;
    f.interactionDescription = mock.description;
    f.interactionState = mock.state;
    f.mockLocation = mockPart.location.isEmpty() ? mock.location : mockPart.location;
    f.mockValue = mockPart.value;
    f.specLocation = specPlace.location;
    f.specFile = specPlace.file.isEmpty() ? spec.file : specPlace.file;
    f.specLine = specPlace.line;
    if (operation) {
        f.pathMethod = operation->method;
        f.pathName = operation->pathName;
    }
    f.specValue = specValue;
    findings->append(f);
}

bool CheckReport::ok() const
{
    return std::none_of(findings.begin(), findings.end(), [](const Finding &f) { return f.type == FindingType::Error; });
}

struct Checker::Private
{
    Private(const Spec &s, CheckOptions o)
        : spec(s)
        , options(o)
        , schemas(spec, options)
        , routes(spec)
    {
    }

    const Spec spec;
    const CheckOptions options;
    mutable SchemaCache schemas;
    RouteTable routes;
};

Checker::Checker(const Spec &spec, CheckOptions options)
    : d(std::make_unique<Private>(spec, options))
{
}

Checker::~Checker() = default;

int Checker::precompile() const
{
    QList<QPair<QString, QJsonValue>> requests;
    QList<QPair<QString, QJsonValue>> responses;
    for (const Operation &op : d->spec.operations) {
        for (const MediaType &media : op.requestBody.content) {
            if (!media.schema.isUndefined())
                requests.append({media.place.location, media.schema});
        }
        for (const Response &response : op.responses) {
            for (const MediaType &media : response.content) {
                if (!media.schema.isUndefined())
                    responses.append({media.place.location, media.schema});
            }
        }
    }
    // Two documents to parse, one per side: the responses' on a second thread (see SchemaCache's constructor).
    auto responseSide = std::async(std::launch::async, [this, &responses] {
        d->schemas.compileAll(SchemaCache::Use::ResponseBody, responses);
    });
    d->schemas.compileAll(SchemaCache::Use::RequestBody, requests);
    responseSide.get();
    return int(responses.size() + requests.size());
}

namespace {

const Operation *checkOne(const CheckContext &base, const RouteTable &routes, const Response **response)
{
    CheckContext c = base;
    c.route = findRoute(c, routes);
    if (!c.route)
        return nullptr;
    c.operation = c.route->operation;
    checkRequest(c);
    *response = checkResponse(c);
    if (!c.options.examplesOnly)
        checkMatchers(c, *response);
    return c.operation;
}

Coverage emptyCoverage(const Spec &spec)
{
    Coverage coverage;
    for (const Operation &op : spec.operations) {
        OperationCoverage o{op.method, op.pathName, op.operationId, 0, {}};
        for (const Response &r : op.responses)
            o.responses.append({r.status, 0});
        coverage.operations.append(o);
    }
    return coverage;
}

void count(Coverage *coverage, const Spec &spec, const Operation *op, const Response *response)
{
    const qsizetype i = op - spec.operations.constData();
    if (i < 0 || i >= coverage->operations.size())
        return;
    OperationCoverage &o = coverage->operations[i];
    ++o.interactions;
    if (response)
        ++o.responses[response - op->responses.constData()].interactions;
}

/// Identical findings once (SMV's uniqWith isEqual), in check order.
void removeRepeats(QList<Finding> *findings)
{
    QSet<QString> seen;
    QList<Finding> kept;
    for (const Finding &f : std::as_const(*findings)) {
        const QString key = QStringList{f.pactFile, QString::number(f.interactionIndex), f.code, f.message, f.mockLocation,
                                        f.specLocation}.join(u'\n');
        if (seen.contains(key))
            continue;
        seen.insert(key);
        kept.append(f);
    }
    *findings = kept;
}

} // namespace

void prepareMatcherSamples(const QList<PactInput> &pacts, const std::function<bool()> &stop)
{
    for (const PactInput &input : pacts) {
        if (stop && stop())
            return;
        drawSamples(*input.pact, stop);
    }
}

QList<Finding> Checker::checkInteraction(const Pact &pact, int index, const QString &pactFile) const
{
    QList<Finding> findings;
    if (index < 0 || index >= pact.interactions.size() || !pact.interactions.at(index).isHttp())
        return findings;
    const MockInteraction mock = toMockInteraction(pact, index, pactFile);
    const CheckContext c{d->spec, d->options, d->schemas, mock, nullptr, &findings};
    const Response *response = nullptr;
    checkOne(c, d->routes, &response);
    removeRepeats(&findings);
    return findings;
}

namespace {

/// One HTTP interaction to check, and what checking it gave.
struct Job
{
    const PactInput *input = nullptr;
    int index = -1;
    QList<Finding> findings;
    const Operation *operation = nullptr;
    const Response *response = nullptr;
};

/// Checks the jobs on up to `threads` threads, each taking the next batch of 8 as it is free (results stay in job order).
template<typename Check>
void runJobs(QList<Job> &jobs, int threads, const Check &checkJob)
{
    if (threads <= 1 || jobs.size() < 64) {
        for (Job &job : jobs)
            checkJob(job);
        return;
    }
    constexpr qsizetype batch = 8;
    std::atomic<qsizetype> next{0};
    const auto work = [&jobs, &checkJob, &next] {
        for (qsizetype from = next.fetch_add(batch); from < jobs.size(); from = next.fetch_add(batch)) {
            for (qsizetype i = from; i < std::min(jobs.size(), from + batch); ++i)
                checkJob(jobs[i]);
        }
    };
    std::vector<std::future<void>> running;
    for (int t = 1; t < threads; ++t)
        running.push_back(std::async(std::launch::async, work));
    work();
    for (auto &r : running)
        r.get();
}

} // namespace

CheckReport Checker::check(const QList<PactInput> &pacts) const
{
    CheckReport report;
    report.coverage = emptyCoverage(d->spec);
    QList<Job> jobs;
    for (const PactInput &input : pacts) {
        for (int i = 0; i < input.pact->interactions.size(); ++i) {
            if (!input.pact->interactions.at(i).isHttp()) {
                ++report.skippedMessages;
                continue;
            }
            ++report.httpInteractions;
            jobs.append({&input, i, {}, nullptr, nullptr});
        }
    }
    // Interactions are independent and the schema cache is shared and locked: one chunk per core.
    runJobs(jobs, std::max(1, QThread::idealThreadCount()), [this](Job &job) {
        const MockInteraction mock = toMockInteraction(*job.input->pact, job.index, job.input->file);
        const CheckContext c{d->spec, d->options, d->schemas, mock, nullptr, &job.findings};
        job.operation = checkOne(c, d->routes, &job.response);
    });
    for (const Job &job : jobs) {
        report.findings.append(job.findings);
        if (job.operation)
            count(&report.coverage, d->spec, job.operation, job.response);
    }
    removeRepeats(&report.findings);
    return report;
}

} // namespace Pactbench::OpenApi
