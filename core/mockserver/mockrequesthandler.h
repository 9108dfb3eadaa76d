// SPDX-License-Identifier: MIT
#pragma once

#include "interactionindex.h"
#include "mockproblem.h"
#include "mockserverconfig.h"

#include <core/http/httpresponder.h>
#include <core/matching/mismatch.h>
#include <core/model/pact.h>

#include <QMutex>

#include <optional>
#include <vector>

namespace Pactbench {

class Journal;
class JournalPublisher;

/**
 * The work of a MockServer for one request, on the server's thread: find the best interaction
 * (InteractionIndex, then the matching engine), answer with its response (generators applied) or
 * with the reference's 500, record the verdict in the Journal and tell the JournalPublisher.
 * What verify() needs (calls per interaction, problems) is kept under a mutex, so any thread
 * may read it. Internal to core/mockserver.
 */
class MockRequestHandler
{
public:
    MockRequestHandler(Pact pact, const MockServerConfig &config, Journal *journal);
    Q_DISABLE_COPY_MOVE(MockRequestHandler)

    void setPublisher(JournalPublisher *publisher) { m_publisher = publisher; }
    /// The server's base URL, for MockServerURL generators; any thread.
    void setUrl(const QString &url);

    /// The HttpHandler of the server.
    void handle(const HttpServerRequest &request, const HttpResponder &responder);

    const Pact &pact() const { return m_pact; }
    /// Indices (in pact().interactions) of the interactions served.
    const QList<int> &served() const { return m_served; }
    quint64 callCount(int interaction) const;
    /// Served interactions neither matched nor the closest to a mismatched request (the reference's "missing").
    QList<int> missing() const;
    MockVerification verify() const;
    /// The pact holding the served interactions that were called at least once.
    Pact exercisedPact() const;
    /// Forgets calls and problems (the journal is the caller's).
    void reset();

private:
    struct Outcome
    {
        JournalVerdict verdict = JournalVerdict::Unexpected;
        int index = -1; ///< matched or closest interaction
        MatchResult result;
        QList<int> alsoMatched; ///< see JournalEntry::alsoMatched
    };
    /// How many further candidates a matched request is tried against for JournalEntry::alsoMatched,
    /// and how many of those that match are named: the note costs a bounded amount per request.
    static constexpr int AlsoMatchedChecks = 32;
    static constexpr int AlsoMatchedNamed = 4;
    QList<int> alsoMatched(const HttpRequest &actual, const InteractionIndex::Candidates &candidates, qsizetype after) const;
    static HttpRequest toModelRequest(const HttpServerRequest &request);
    bool isServed(const Interaction &interaction) const;
    Outcome findBest(const HttpRequest &actual) const;
    HttpServerResponse answer(const HttpServerRequest &request, const HttpRequest &actual, Outcome &outcome);
    HttpServerResponse matchedResponse(int index);
    HttpServerResponse buildResponse(const HttpResponse &response) const;
    HttpServerResponse preflight(const HttpServerRequest &request) const;
    MockProblem problemFor(const HttpRequest &actual, const Outcome &outcome) const;
    void record(const HttpServerRequest &request, const Outcome &outcome, int status);
    void keepProblem(MockProblem problem);
    bool isMissing(int index) const { return m_calls[size_t(index)] == 0 && !m_nearMissed[size_t(index)]; }

    const Pact m_pact;
    const MockServerConfig m_config;
    const SpecVersion m_version;
    Journal *m_journal;
    JournalPublisher *m_publisher = nullptr;
    QList<int> m_served;
    InteractionIndex m_index;
    std::vector<std::optional<HttpServerResponse>> m_cache; ///< server thread only: responses without generators

    mutable QMutex m_mutex; ///< guards the members below
    QString m_url;
    std::vector<quint64> m_calls; ///< by interaction index
    std::vector<bool> m_nearMissed; ///< by interaction index: closest to a mismatched request
    QList<MockProblem> m_problems;
    quint64 m_unrecorded = 0;
};

} // namespace Pactbench
