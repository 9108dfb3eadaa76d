// SPDX-License-Identifier: MIT
// HTTP consumer steps (V1/V2 http_consumer): our MockServer serving the interactions, requests
// sent to it over HTTP, its verify() problems and the pact file it writes checked.

#include "fixtures.h"
#include "mockrun.h"
#include "stepregistry.h"
#include "world.h"

#include <core/mockserver/mockserver.h>

namespace Pactbench::Compat {

namespace {

QList<int> numbers(const QString &list)
{
    QList<int> out;
    for (const QString &n : list.split(u',', Qt::SkipEmptyParts))
        out.append(n.trimmed().toInt());
    return out;
}

Pact consumerPact(const World &w, const QList<Interaction> &interactions)
{
    Pact pact;
    pact.consumer.name = QStringLiteral("compat-consumer");
    pact.provider.name = QStringLiteral("compat-provider");
    pact.specVersion = w.version;
    pact.interactions = interactions;
    return pact;
}

bool typedBody(const QString &cell)
{
    return cell.startsWith(QLatin1String("JSON:")) || cell.startsWith(QLatin1String("XML:"))
        || cell.startsWith(QLatin1String("file:"));
}

/**
 * A changes table: the columns given replace the request's (headers wholly). A new body given
 * as plain text keeps the request's Content-Type, as in the reference's step definitions; a
 * JSON:, XML: or file: body brings its own.
 */
void applyChanges(const World &w, const DataTable &table, HttpRequest &request)
{
    const QMap<QString, QString> row = rowMap(table, 1);
    if (row.contains(QStringLiteral("headers")))
        request.headers = Headers{};
    if (row.contains(QStringLiteral("body"))) {
        if (typedBody(row.value(QStringLiteral("body"))))
            request.headers.remove(QStringLiteral("Content-Type"));
        request.body = Body{};
    }
    if (row.contains(QStringLiteral("query")))
        request.query = QueryParams{};
    applyRequestColumns(w, row, request);
}

void startWith(World &w, const StepArgs &a)
{
    QList<Interaction> list;
    for (int n : numbers(a.at(0)))
        list.append(w.interaction(n));
    startMockServer(w, consumerPact(w, list));
}

void startChanged(World &w, const StepArgs &a)
{
    Interaction i = w.interaction(a.intAt(0));
    applyChanges(w, a.table, i.request);
    startMockServer(w, consumerPact(w, { i }));
}

void sendChanged(World &w, const StepArgs &a)
{
    HttpRequest request = w.interaction(a.intAt(0)).request;
    applyChanges(w, a.table, request);
    sendToMockServer(w, request);
}

MockVerification verification(const World &w)
{
    check(w.consumer.server != nullptr, QStringLiteral("no mock server was started"));
    return w.consumer.server->verify();
}

QString problemsText(const MockVerification &v)
{
    QStringList lines;
    for (const MockProblem &p : v.problems) {
        QStringList ms;
        for (const Mismatch &m : p.mismatches)
            ms.append(QStringLiteral("[%1] %2: %3").arg(mismatchKindName(m.kind), m.path, m.sentence));
        lines.append(
            QStringLiteral("%1 %2 %3 (%4) %5")
                .arg(mockProblemTypeName(p.type), p.method, p.path, p.description, ms.join(QStringLiteral("; "))));
    }
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QStringLiteral(" | "));
}

bool hasProblem(const MockVerification &v, MockProblemType type, const QString &method, const QString &path,
    const QString &description)
{
    for (const MockProblem &p : v.problems) {
        if (p.type == type && (method.isEmpty() || p.method == method) && (path.isEmpty() || p.path == path)
            && (description.isEmpty() || p.description == description))
            return true;
    }
    return false;
}

void checkMismatch(World &w, const QString &kind, const QString &path, const QString &error)
{
    const QString wantedKind = kind == u"body-content-type" ? QStringLiteral("body-type") : kind;
    const MockVerification v = verification(w);
    for (const MockProblem &p : v.problems) {
        for (const Mismatch &m : p.mismatches) {
            if (mismatchKindName(m.kind) == wantedKind && (path.isNull() || m.path == path)
                && sentenceMatches(m.sentence, unescapeQuotes(error)))
                return;
        }
    }
    fail(QStringLiteral("no %1 mismatch '%2': %3").arg(kind, error, problemsText(v)));
}

void checkStatus(World &w, const StepArgs &a)
{
    check(w.consumer.lastStatus == a.intAt(0),
        QStringLiteral("the mock server answered %1 (%2)")
            .arg(w.consumer.lastStatus)
            .arg(QString::fromUtf8(w.consumer.lastBody.left(300))));
}

} // namespace

void registerConsumerPactSteps(StepRegistry &r);

void registerHttpConsumerSteps(StepRegistry &r)
{
    registerConsumerPactSteps(r);
    r.add(QStringLiteral("the mock server is started with interactions? \"?([\\d, ]+)\"?"), startWith);
    r.add(QStringLiteral("the mock server is started with interaction (\\d+) but with the following changes:"),
        startChanged);
    r.add(QStringLiteral("request (\\d+) is made to the mock server"),
        [](World &w, const StepArgs &a) { sendToMockServer(w, w.interaction(a.intAt(0)).request); });
    r.add(QStringLiteral("request (\\d+) is made to the mock server with the following changes:"), sendChanged);
    r.add(QStringLiteral("a (\\d+) (?:success|error) response is returned"), checkStatus);
    r.add(QStringLiteral("the payload will contain the \"(.*)\" JSON document"), [](World &w, const StepArgs &a) {
        check(jsonCell(w, QStringLiteral("file: %1.json").arg(a.at(0)))
                == jsonCell(w, QString::fromUtf8(w.consumer.lastBody)),
            QStringLiteral("the payload is ") + QString::fromUtf8(w.consumer.lastBody));
    });
    r.add(QStringLiteral("the content type will be set as \"(.*)\""), [](World &w, const StepArgs &a) {
        check(
            w.consumer.lastContentType == a.at(0), QStringLiteral("the content type is ") + w.consumer.lastContentType);
    });
    r.add(QStringLiteral("the pact test is done"), [](World &w, const StepArgs &) { finishConsumerTest(w); });
    r.add(QStringLiteral("the mock server status will be OK"), [](World &w, const StepArgs &) {
        const MockVerification v = verification(w);
        check(v.ok(), QStringLiteral("the mock server found problems: ") + problemsText(v));
    });
    r.add(QStringLiteral("the mock server status will NOT be OK"), [](World &w, const StepArgs &) {
        check(!verification(w).ok(), QStringLiteral("the mock server found no problem"));
    });
    r.add(QStringLiteral("the mock server will write out a Pact file for the interactions? when done"),
        [](World &w, const StepArgs &) {
            check(w.consumer.done && w.consumer.pactWritten, QStringLiteral("no pact file was written"));
        });
    r.add(QStringLiteral("the mock server will NOT write out a Pact file for the interactions? when done"),
        [](World &w, const StepArgs &) {
            check(w.consumer.done, QStringLiteral("the pact test is not done"));
            check(!w.consumer.pactWritten, QStringLiteral("a pact file was written"));
        });
    r.add(QStringLiteral(
              "the mock server status will be an expected but not received error for interaction \\{(\\d+)\\}"),
        [](World &w, const StepArgs &a) {
            const MockVerification v = verification(w);
            check(hasProblem(v, MockProblemType::MissingRequest, {}, {}, w.interaction(a.intAt(0)).description),
                QStringLiteral("no missing-request problem: ") + problemsText(v));
        });
    r.add(QStringLiteral("the mock server status will be an unexpected \"(.*)\" request received error for interaction "
                         "\\{(\\d+)\\}"),
        [](World &w, const StepArgs &a) {
            const MockVerification v = verification(w);
            check(hasProblem(v, MockProblemType::RequestNotFound, a.at(0), w.interaction(a.intAt(1)).request.path, {}),
                QStringLiteral("no request-not-found problem: ") + problemsText(v));
        });
    r.add(QStringLiteral(
              "the mock server status will be an unexpected \"(.*)\" request received error for path \"(.*)\""),
        [](World &w, const StepArgs &a) {
            const MockVerification v = verification(w);
            check(hasProblem(v, MockProblemType::RequestNotFound, a.at(0), a.at(1), {}),
                QStringLiteral("no request-not-found problem: ") + problemsText(v));
        });
    r.add(QStringLiteral("the mock server status will be mismatches"), [](World &w, const StepArgs &) {
        const MockVerification v = verification(w);
        check(hasProblem(v, MockProblemType::RequestMismatch, {}, {}, {}),
            QStringLiteral("no request-mismatch problem: ") + problemsText(v));
    });
    r.add(QStringLiteral("the mismatches will contain a \"([\\w-]+)\" mismatch with error \"(.*)\""),
        [](World &w, const StepArgs &a) { checkMismatch(w, a.at(0), QString(), a.at(1)); });
    r.add(QStringLiteral("the mismatches will contain a \"([\\w-]+)\" mismatch with path \"(.*)\" with error \"(.*)\""),
        [](World &w, const StepArgs &a) { checkMismatch(w, a.at(0), a.at(1), a.at(2)); });
}

} // namespace Pactbench::Compat
