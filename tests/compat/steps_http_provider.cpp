// SPDX-License-Identifier: MIT
// HTTP provider steps (V1–V4 http_provider): a TestProvider answering with the interactions'
// responses, pact files verified by our Verifier, state calls and results checked.

#include "fixtures.h"
#include "providerrun.h"
#include "stepregistry.h"
#include "world.h"

#include <tests/verifier/testprovider.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Compat {

namespace {

HttpServerResponse serverResponse(const HttpResponse &response)
{
    HttpServerResponse r;
    r.status = response.status;
    r.headers = response.headers;
    r.body = response.body.content();
    return r;
}

void defineInteractions(World &w, const StepArgs &a)
{
    for (int row = 1; row < a.table.size(); ++row) {
        const QMap<QString, QString> cells = rowMap(a.table, row);
        w.interactions.insert(cells.value(QStringLiteral("No")).toInt(), interactionFromRow(w, cells));
    }
}

QList<int> numbers(const QString &list)
{
    QList<int> out;
    for (const QString &n : list.split(u',', Qt::SkipEmptyParts))
        out.append(n.trimmed().toInt());
    return out;
}

void serve(World &w, const Interaction &i)
{
    ensureProvider(w);
    w.provider.provider->route(i.request.method, i.request.path, serverResponse(i.response));
}

void startProvider(World &w, const StepArgs &a)
{
    for (int n : numbers(a.at(0)))
        serve(w, w.interaction(n));
}

void startChangedProvider(World &w, const StepArgs &a)
{
    Interaction i = w.interaction(a.intAt(0));
    applyResponseColumns(w, rowMap(a.table, 1), i.response);
    serve(w, i);
}

Pact pactFor(const World &w, const Interaction &i, int number)
{
    Pact pact;
    pact.consumer.name = QStringLiteral("c_%1").arg(number);
    pact.provider.name = QStringLiteral("p");
    pact.specVersion = w.version;
    pact.interactions.append(i);
    return pact;
}

void addPactFile(World &w, int number, const QList<ProviderState> &states = {})
{
    Interaction i = w.interaction(number);
    i.providerStates = states;
    w.provider.pacts.append(pactFor(w, i, number));
}

void addStatesPact(World &w, const StepArgs &a)
{
    QList<ProviderState> states;
    for (int row = 1; row < a.table.size(); ++row) {
        const QMap<QString, QString> cells = rowMap(a.table, row);
        ProviderState s{ cells.value(QStringLiteral("State Name")), {}, {} };
        if (!cells.value(QStringLiteral("Parameters")).isEmpty())
            s.params = QJsonDocument::fromJson(cells.value(QStringLiteral("Parameters")).toUtf8()).object();
        states.append(s);
    }
    addPactFile(w, a.intAt(0), states);
}

void checkRan(const World &w)
{
    check(w.provider.ran, QStringLiteral("the verification was not run"));
}

QString resultsText(const World &w)
{
    QStringList lines;
    for (const InteractionResult &r : w.provider.results) {
        lines.append(r.description + QStringLiteral(": ") + outcomeLabel(r.outcome));
        for (const VerifierMismatch &m : r.mismatches)
            lines.append(QStringLiteral("  %1 %2: %3").arg(m.type, m.path, m.description));
        for (const QString &e : r.errors)
            lines.append(QStringLiteral("  error: ") + e);
    }
    return lines.join(QStringLiteral(" | "));
}

void checkSuccess(World &w, bool success)
{
    checkRan(w);
    check(w.provider.summary.success() == success,
        QStringLiteral("the verification %1: %2")
            .arg(success ? QStringLiteral("failed") : QStringLiteral("passed"), resultsText(w)));
}

} // namespace

/// The reference verifier's heading for a kind of mismatch ("Body had differences" …).
QString mismatchHeading(const QString &type)
{
    if (type == u"StatusMismatch")
        return QStringLiteral("Response status did not match");
    if (type == u"HeaderMismatch")
        return QStringLiteral("Headers had differences");
    if (type == u"BodyMismatch" || type == u"BodyTypeMismatch")
        return QStringLiteral("Body had differences");
    if (type == u"MetadataMismatch")
        return QStringLiteral("Metadata had differences");
    return type;
}

/// Whether a result holds a mismatch with that heading or an error containing the text.
bool resultHas(const InteractionResult &r, const QString &text)
{
    for (const VerifierMismatch &m : r.mismatches) {
        if (mismatchHeading(m.type) == text)
            return true;
    }
    for (const QString &e : r.errors) {
        if (e.contains(text))
            return true;
    }
    return false;
}

void registerProviderStateSteps(StepRegistry &r);

void registerHttpProviderSteps(StepRegistry &r)
{
    r.add(QStringLiteral("the following HTTP interactions have been defined:"), defineInteractions);
    r.add(QStringLiteral("a provider is started that returns the responses? from interactions? \"?([\\d, ]+)\"?"),
        startProvider);
    r.add(QStringLiteral(
              "a provider is started that returns the response from interaction (\\d+), with the following changes:"),
        startChangedProvider);
    r.add(QStringLiteral("a Pact file for interaction (\\d+) is to be verified"),
        [](World &w, const StepArgs &a) { addPactFile(w, a.intAt(0)); });
    r.add(QStringLiteral("a Pact file for interaction (\\d+) is to be verified with a provider state \"(.*)\" defined"),
        [](World &w, const StepArgs &a) {
            addPactFile(w, a.intAt(0), { ProviderState{ a.at(1), {}, {} } });
        });
    r.add(QStringLiteral(
              "a Pact file for interaction (\\d+) is to be verified with the following provider states defined:"),
        addStatesPact);
    r.add(QStringLiteral("a Pact file for interaction (\\d+) is to be verified from a Pact broker"),
        [](World &w, const StepArgs &a) {
            w.provider.brokerPacts.append(pactFor(w, w.interaction(a.intAt(0)), a.intAt(0)));
        });
    r.add(QStringLiteral("publishing of verification results is enabled"),
        [](World &w, const StepArgs &) { w.provider.publish = true; });
    r.add(QStringLiteral("the verification is run"), [](World &w, const StepArgs &) { runVerification(w); });
    r.add(QStringLiteral("the verification will be successful"),
        [](World &w, const StepArgs &) { checkSuccess(w, true); });
    r.add(QStringLiteral("the verification will NOT be successful"),
        [](World &w, const StepArgs &) { checkSuccess(w, false); });
    r.add(QStringLiteral("the verification results will contain a \"(.*)\" error"), [](World &w, const StepArgs &a) {
        checkRan(w);
        for (const InteractionResult &res : w.provider.results) {
            if (resultHas(res, a.at(0)))
                return;
        }
        fail(QStringLiteral("no '%1' in %2").arg(a.at(0), resultsText(w)));
    });
    r.add(QStringLiteral("a request filter is configured to make the following changes:"),
        [](World &w, const StepArgs &a) {
            w.provider.requestFilter = headersCell(rowMap(a.table, 1).value(QStringLiteral("headers")));
        });
    r.add(QStringLiteral("the request to the provider will contain the header \"(.*): (.*)\""),
        [](World &w, const StepArgs &a) {
            checkRan(w);
            for (const HttpServerRequest &req : w.provider.provider->requests()) {
                if (!req.path.startsWith(QLatin1String("/_pact/")) && req.headers.values(a.at(0)).contains(a.at(1)))
                    return;
            }
            fail(QStringLiteral("no request to the provider had %1: %2").arg(a.at(0), a.at(1)));
        });
    registerProviderStateSteps(r);
}

} // namespace Pactbench::Compat
