// SPDX-License-Identifier: MIT
// Matching steps (V3 http_matching, V3/V4 matching_rules): parts built from the tables, compared
// with core/matching's matchRequest/matchResponse, mismatches checked by path and sentence.

#include "fixtures.h"
#include "stepregistry.h"
#include "world.h"

#include <core/matching/matching.h>

namespace Pactbench::Compat {

namespace {

QString describe(const QList<MatchResult> &results)
{
    QStringList lines;
    for (const MatchResult &r : results) {
        for (const Mismatch &m : r.mismatches)
            lines.append(QStringLiteral("[%1] %2: %3").arg(mismatchKindName(m.kind), m.path, m.sentence));
    }
    return lines.isEmpty() ? QStringLiteral("(no mismatches)") : lines.join(QStringLiteral("; "));
}

bool samePath(const Mismatch &m, const QString &path)
{
    const bool named
        = m.kind == MismatchKind::Header || m.kind == MismatchKind::Query || m.kind == MismatchKind::Metadata;
    return m.path.compare(path, named ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0
        || (m.kind == MismatchKind::Status && path == u"status");
}

void checkContains(const QList<MatchResult> &results, const QString &path, const QString &error)
{
    const QString expected = unescapeQuotes(error);
    for (const MatchResult &r : results) {
        for (const Mismatch &m : r.mismatches) {
            if (samePath(m, path) && sentenceMatches(m.sentence, expected))
                return;
        }
    }
    fail(QStringLiteral("no mismatch at %1 with '%2'; got %3").arg(path, expected, describe(results)));
}

void checkOk(const QList<MatchResult> &results, bool ok)
{
    check(!results.isEmpty(), QStringLiteral("nothing was compared"));
    for (const MatchResult &r : results) {
        if (ok)
            check(r.matched(), QStringLiteral("expected a match, got ") + describe({ r }));
        else
            check(!r.matched(), QStringLiteral("expected mismatches, but the comparison matched"));
    }
}

HttpRequest receivedFrom(const World &w, const QMap<QString, QString> &row)
{
    HttpRequest request;
    request.method = w.matching.expectedRequest.method;
    request.path = w.matching.expectedRequest.path;
    applyRequestColumns(w, row, request);
    return request;
}

void expectedRequest(World &w, const StepArgs &a)
{
    applyRequestColumns(w, rowMap(a.table, 1), w.matching.expectedRequest);
}

void receivedRequests(World &w, const StepArgs &a)
{
    w.matching.receivedRequests.clear();
    for (int row = 1; row < a.table.size(); ++row)
        w.matching.receivedRequests.append(receivedFrom(w, rowMap(a.table, row)));
}

void compareRequests(World &w, const StepArgs &)
{
    w.matching.results.clear();
    for (const HttpRequest &actual : w.matching.receivedRequests)
        w.matching.results.append(matchRequest(w.matching.expectedRequest, actual, w.version));
}

void expectedResponse(World &w, const StepArgs &a)
{
    applyResponseColumns(w, rowMap(a.table, 1), w.matching.expectedResponse);
    const QString rules = rowMap(a.table, 1).value(QStringLiteral("matching rules"));
    if (!rules.isEmpty())
        w.matching.expectedResponse.matchingRules = rulesCell(w, rules);
}

} // namespace

void registerMatchingSteps(StepRegistry &r)
{
    r.add(QStringLiteral("an expected request configured with the following:"), expectedRequest);
    r.add(QStringLiteral("a request is received with the following:"), receivedRequests);
    r.add(QStringLiteral("the following requests are received:"), receivedRequests);
    r.add(QStringLiteral("an expected request with an? \"(.*)\" header of \"(.*)\""),
        [](World &w, const StepArgs &a) { w.matching.expectedRequest.headers.append(a.at(0), a.at(1)); });
    r.add(
        QStringLiteral("a request is received with an? \"(.*)\" header of \"(.*)\""), [](World &w, const StepArgs &a) {
            HttpRequest request;
            request.headers.append(a.at(0), a.at(1));
            w.matching.receivedRequests = { request };
        });
    r.add(QStringLiteral("the requests? (?:is|are) compared to the expected one"), compareRequests);
    r.add(QStringLiteral("the comparison should be OK"),
        [](World &w, const StepArgs &) { checkOk(w.matching.results, true); });
    r.add(QStringLiteral("the comparison should NOT be OK"),
        [](World &w, const StepArgs &) { checkOk(w.matching.results, false); });
    r.add(QStringLiteral("the mismatches will contain a mismatch with error \"(.*)\" -> \"(.*)\""),
        [](World &w, const StepArgs &a) { checkContains(w.matching.results, a.at(0), a.at(1)); });

    r.add(QStringLiteral("an expected response configured with the following:"), expectedResponse);
    r.add(QStringLiteral("a status (\\d+) response is received"), [](World &w, const StepArgs &a) {
        w.matching.receivedResponse = HttpResponse{};
        w.matching.receivedResponse.status = a.intAt(0);
    });
    r.add(QStringLiteral("the response is compared to the expected one"), [](World &w, const StepArgs &) {
        w.matching.results = { matchResponse(w.matching.expectedResponse, w.matching.receivedResponse, w.version) };
    });
    r.add(QStringLiteral("the response comparison should be OK"),
        [](World &w, const StepArgs &) { checkOk(w.matching.results, true); });
    r.add(QStringLiteral("the response comparison should NOT be OK"),
        [](World &w, const StepArgs &) { checkOk(w.matching.results, false); });
    r.add(QStringLiteral("the response mismatches will contain a \"(.*)\" mismatch with error \"(.*)\""),
        [](World &w, const StepArgs &a) { checkContains(w.matching.results, a.at(0), a.at(1)); });
}

} // namespace Pactbench::Compat
