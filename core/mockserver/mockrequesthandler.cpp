// SPDX-License-Identifier: MIT
#include "mockrequesthandler.h"

#include "journal.h"
#include "journalpublisher.h"
#include "mismatchresponse.h"

#include <core/json/jsonreader.h>
#include <core/matching/generator.h>
#include <core/matching/matching.h>
#include <core/model/pactwriter.h>

namespace Pactbench {

namespace {

const QString AllowOrigin = QStringLiteral("Access-Control-Allow-Origin");
const QString AllowMethods = QStringLiteral("GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH");

/// Where a request's body sits in its JSON form, as a lexeme path.
QString bodyPath()
{
    return NumberLexemes::child(NumberLexemes::root(), u"body");
}

bool isMethodOrPath(const MatchResult &result)
{
    for (const Mismatch &m : result.mismatches) {
        if (m.kind == MismatchKind::Method || m.kind == MismatchKind::Path)
            return true;
    }
    return false;
}

} // namespace

MockRequestHandler::MockRequestHandler(Pact pact, const MockServerConfig &config, Journal *journal)
    : m_pact(std::move(pact))
    , m_config(config)
    , m_version(effectiveVersion(m_pact.specVersion))
    , m_journal(journal)
    , m_calls(size_t(m_pact.interactions.size()), 0)
    , m_nearMissed(size_t(m_pact.interactions.size()), false)
{
    for (int i = 0; i < m_pact.interactions.size(); ++i) {
        if (isServed(m_pact.interactions[i])) {
            m_served.append(i);
            m_index.add(i, m_pact.interactions[i].request);
        }
    }
    m_cache.resize(size_t(m_pact.interactions.size()));
}

bool MockRequestHandler::isServed(const Interaction &interaction) const
{
    return mockServes(m_config, interaction);
}

void MockRequestHandler::setUrl(const QString &url)
{
    QMutexLocker lock(&m_mutex);
    m_url = url;
}

void MockRequestHandler::handle(const HttpServerRequest &request, const HttpResponder &responder)
{
    const HttpRequest actual = toModelRequest(request);
    Outcome outcome = findBest(actual);
    HttpServerResponse response = answer(request, actual, outcome);
    record(request, outcome, response.status);
    responder.respond(std::move(response));
}

HttpRequest MockRequestHandler::toModelRequest(const HttpServerRequest &request)
{
    HttpRequest out;
    out.method = request.method;
    out.path = request.path;
    out.query = request.query;
    out.hasQuery = request.target.contains('?');
    out.headers = request.headers;
    out.body = Body::fromBytes(request.body, {});
    return out;
}

MockRequestHandler::Outcome MockRequestHandler::findBest(const HttpRequest &actual) const
{
    Outcome best;
    int bestScore = -1;
    const InteractionIndex::Candidates candidates = m_index.candidates(actual.method, actual.path);
    for (qsizetype at = 0; at < candidates.size(); ++at) {
        const int i = candidates[at];
        MatchResult result = matchRequest(m_pact.interactions[i].request, actual, m_version);
        if (result.matched())
            return { JournalVerdict::Matched, i, std::move(result), alsoMatched(actual, candidates, at + 1) };
        // Like the reference: a wrong method or path means "another interaction", not a near miss.
        if (isMethodOrPath(result) || result.score() <= bestScore)
            continue;
        bestScore = result.score();
        best = { JournalVerdict::Mismatched, i, std::move(result), {} };
    }
    return best;
}

QList<int> MockRequestHandler::alsoMatched(
    const HttpRequest &actual, const InteractionIndex::Candidates &candidates, qsizetype after) const
{
    QList<int> out;
    const qsizetype end = qMin(candidates.size(), after + AlsoMatchedChecks);
    for (qsizetype at = after; at < end && out.size() < AlsoMatchedNamed; ++at) {
        if (matchRequest(m_pact.interactions[candidates[at]].request, actual, m_version).matched())
            out.append(candidates[at]);
    }
    return out;
}

HttpServerResponse MockRequestHandler::answer(
    const HttpServerRequest &request, const HttpRequest &actual, Outcome &outcome)
{
    if (outcome.verdict == JournalVerdict::Matched)
        return matchedResponse(outcome.index);
    if (m_config.cors && request.method == u"OPTIONS") {
        outcome = { JournalVerdict::Matched, -1, {}, {} }; // a preflight answered for the browser
        return preflight(request);
    }
    MockProblem problem = problemFor(actual, outcome);
    HttpServerResponse response = MismatchResponse::build(problem, request.target, m_config.cors);
    keepProblem(std::move(problem));
    return response;
}

void MockRequestHandler::keepProblem(MockProblem problem)
{
    QMutexLocker lock(&m_mutex);
    if (problem.interactionIndex >= 0)
        m_nearMissed[size_t(problem.interactionIndex)] = true; // reported as a mismatch, so not as missing
    if (m_problems.size() < m_config.maxRecordedProblems)
        m_problems.append(std::move(problem));
    else
        ++m_unrecorded;
}

MockProblem MockRequestHandler::problemFor(const HttpRequest &actual, const Outcome &outcome) const
{
    MockProblem p;
    p.method = actual.method;
    p.path = actual.path;
    if (outcome.verdict == JournalVerdict::Mismatched) {
        p.type = MockProblemType::RequestMismatch;
        p.interactionIndex = outcome.index;
        p.description = m_pact.interactions[outcome.index].description;
        p.mismatches = outcome.result.mismatches;
    } else {
        p.type = MockProblemType::RequestNotFound;
        p.request = MismatchResponse::actualRequestToJson(actual);
        p.requestLexemes.insertSubtree(bodyPath(), JsonReader::read(actual.body.content()).lexemes);
    }
    return p;
}

HttpServerResponse MockRequestHandler::matchedResponse(int index)
{
    const HttpResponse &expected = m_pact.interactions[index].response;
    QString url;
    {
        QMutexLocker lock(&m_mutex);
        ++m_calls[size_t(index)];
        url = m_url;
    }
    if (!expected.generators.isEmpty()) {
        GeneratorContext context;
        context.mode = GeneratorMode::Consumer;
        context.mockServerUrl = url;
        return buildResponse(applyGenerators(expected, context));
    }
    std::optional<HttpServerResponse> &cached = m_cache[size_t(index)];
    if (!cached)
        cached = buildResponse(expected);
    return *cached;
}

HttpServerResponse MockRequestHandler::buildResponse(const HttpResponse &response) const
{
    HttpServerResponse out;
    if (response.status < 100 || response.status > 999) {
        // A status line has three digits; a pact (or a status generator) saying otherwise is told, not sent.
        out = HttpServerResponse::text(500,
            u"Pactbench mock server: the interaction's response status %1 cannot be sent (an HTTP status has three digits)\n"_qs
                .arg(response.status));
        if (m_config.cors)
            out.headers.append(AllowOrigin, QStringLiteral("*"));
        return out;
    }
    out.status = response.status;
    out.headers = response.headers;
    if (response.body.isPresent()) {
        out.body = response.body.content();
        const QString type = response.effectiveContentType();
        if (!out.headers.contains(QStringLiteral("Content-Type")) && !type.isEmpty())
            out.headers.append(QStringLiteral("Content-Type"), type);
    }
    if (m_config.cors && !out.headers.contains(AllowOrigin))
        out.headers.append(AllowOrigin, QStringLiteral("*"));
    return out;
}

HttpServerResponse MockRequestHandler::preflight(const HttpServerRequest &request) const
{
    const QString origin = request.headers.value(QStringLiteral("Origin"));
    const QString asked = request.headers.value(QStringLiteral("Access-Control-Request-Headers"));
    HttpServerResponse out;
    out.status = 204;
    out.headers.append(AllowOrigin, origin.isEmpty() ? QStringLiteral("*") : origin);
    out.headers.append(QStringLiteral("Access-Control-Allow-Methods"), AllowMethods);
    out.headers.append(QStringLiteral("Access-Control-Allow-Headers"),
        asked.isEmpty() ? QStringLiteral("*") : asked + QStringLiteral(", *"));
    out.headers.append(QStringLiteral("Access-Control-Allow-Credentials"), QStringLiteral("true"));
    out.headers.append(QStringLiteral("Access-Control-Expose-Headers"), QStringLiteral("Location, Link"));
    if (!origin.isEmpty())
        out.headers.append(QStringLiteral("Vary"), QStringLiteral("Origin"));
    return out;
}

void MockRequestHandler::record(const HttpServerRequest &request, const Outcome &outcome, int status)
{
    JournalEntry entry;
    entry.timestamp = request.received;
    entry.method = request.method;
    entry.target = QString::fromUtf8(request.target);
    entry.responseStatus = status;
    entry.verdict = outcome.verdict;
    entry.interactionIndex = outcome.index;
    entry.score = outcome.verdict == JournalVerdict::Unexpected ? 0.0 : outcome.result.score() / 100.0;
    entry.alsoMatched = outcome.alsoMatched;
    for (const Mismatch &m : outcome.result.mismatches)
        entry.mismatches.append(m.toString());
    entry.mismatchDetails = outcome.result.mismatches; // shared, not copied
    entry.requestHeaders = request.headers; // shared
    entry.requestBodySize = request.body.size();
    // Shared when small; a big body costs one bounded copy so the ring never pins it whole.
    entry.requestBody = request.body.size() <= m_config.journalBodyLimit
        ? request.body
        : request.body.left(qMax(qsizetype(0), m_config.journalBodyLimit));
    m_journal->append(std::move(entry));
    if (m_publisher)
        m_publisher->notify();
}

quint64 MockRequestHandler::callCount(int interaction) const
{
    QMutexLocker lock(&m_mutex);
    return interaction >= 0 && size_t(interaction) < m_calls.size() ? m_calls[size_t(interaction)] : 0;
}

MockVerification MockRequestHandler::verify() const
{
    MockVerification out;
    QMutexLocker lock(&m_mutex);
    out.problems = m_problems;
    out.unrecorded = m_unrecorded;
    for (const int i : m_served) {
        if (!isMissing(i))
            continue;
        const Interaction &interaction = m_pact.interactions[i];
        MockProblem p;
        p.type = MockProblemType::MissingRequest;
        p.interactionIndex = i;
        p.description = interaction.description;
        p.method = interaction.request.method;
        p.path = interaction.request.path;
        p.request = PactWriter::requestToJson(interaction.request, SpecVersion::V3);
        if (interaction.request.body.encoding == Body::Encoding::Json)
            p.requestLexemes.insertSubtree(bodyPath(), interaction.request.body.lexemes);
        out.problems.append(p);
    }
    return out;
}

QList<int> MockRequestHandler::missing() const
{
    QList<int> out;
    QMutexLocker lock(&m_mutex);
    for (const int i : m_served) {
        if (isMissing(i))
            out.append(i);
    }
    return out;
}

Pact MockRequestHandler::exercisedPact() const
{
    Pact out = m_pact;
    out.interactions.clear();
    QMutexLocker lock(&m_mutex);
    for (const int i : m_served) {
        if (m_calls[size_t(i)] > 0)
            out.interactions.append(m_pact.interactions[i]);
    }
    return out;
}

void MockRequestHandler::reset()
{
    QMutexLocker lock(&m_mutex);
    std::fill(m_calls.begin(), m_calls.end(), 0);
    std::fill(m_nearMissed.begin(), m_nearMissed.end(), false);
    m_problems.clear();
    m_unrecorded = 0;
}

} // namespace Pactbench
