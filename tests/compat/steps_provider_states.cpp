// SPDX-License-Identifier: MIT
// Provider-state and broker-result steps of the provider features: what the TestProvider's
// state-change endpoint received, in order, and what the test broker got published.

#include "fixtures.h"
#include "providerrun.h"
#include "stepregistry.h"
#include "world.h"

#include <tests/verifier/testprovider.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Compat {

namespace {

const QList<HttpServerRequest> &received(const World &w)
{
    check(w.provider.ran && w.provider.provider, QStringLiteral("the verification was not run"));
    return w.provider.provider->requests();
}

QJsonObject stateBody(const HttpServerRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

/// Index of the first (or last) request of the given kind: a state call with `action`, or any other request.
qsizetype indexOf(const World &w, const QString &action, bool last)
{
    const QList<HttpServerRequest> &all = received(w);
    qsizetype found = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool isState = all.at(i).path == u"/_pact/state";
        const bool wanted = action.isEmpty() ? !isState : isState && stateBody(all.at(i)).value(u"action") == action;
        if (wanted && (last || found < 0))
            found = i;
    }
    return found;
}

QString stateCallsText(const World &w)
{
    QStringList calls;
    for (const HttpServerRequest &r : received(w))
        calls.append(r.path == u"/_pact/state" ? QString::fromUtf8(r.body) : r.method + u' ' + r.path);
    return calls.isEmpty() ? QStringLiteral("(no requests)") : calls.join(QStringLiteral(", "));
}

bool hasCall(const World &w, const QString &action, const QString &state, const QJsonObject *params)
{
    for (const HttpServerRequest &r : received(w)) {
        const QJsonObject body = stateBody(r);
        if (r.path == u"/_pact/state" && body.value(u"action") == action && body.value(u"state") == state
            && (!params || body.value(u"params").toObject() == *params))
            return true;
    }
    return false;
}

QJsonObject paramsTable(const DataTable &table)
{
    QJsonObject params;
    const QMap<QString, QString> row = rowMap(table, 1);
    for (auto it = row.begin(); it != row.end(); ++it)
        params.insert(it.key(), QJsonDocument::fromJson((u'[' + it.value() + u']').toUtf8()).array().at(0));
    return params;
}

void calledBefore(World &w, const StepArgs &)
{
    const qsizetype setup = indexOf(w, QStringLiteral("setup"), false);
    const qsizetype request = indexOf(w, {}, false);
    check(setup >= 0 && (request < 0 || setup < request),
        QStringLiteral("no setup call before the request: ") + stateCallsText(w));
}

void calledAfter(World &w, const StepArgs &)
{
    const qsizetype teardown = indexOf(w, QStringLiteral("teardown"), true);
    const qsizetype request = indexOf(w, {}, true);
    check(teardown >= 0 && teardown > request,
        QStringLiteral("no teardown call after the request: ") + stateCallsText(w));
}

void checkCall(World &w, const QString &action, const QString &state, const QJsonObject *params)
{
    check(hasCall(w, action, state, params),
        QStringLiteral("no %1 call for '%2': %3").arg(action, state, stateCallsText(w)));
}

void checkPublished(World &w, int number, bool success)
{
    const QString consumer = QStringLiteral("/c_%1/").arg(number);
    for (const auto &[path, body] : w.provider.publishedResults) {
        if (path.contains(consumer) && body.value(u"success").toBool() == success)
            return;
    }
    fail(QStringLiteral("no %1 result published for c_%2 (%3 published)")
             .arg(success ? QStringLiteral("successful") : QStringLiteral("failed"))
             .arg(number)
             .arg(w.provider.publishedResults.size()));
}

} // namespace

void registerProviderStateSteps(StepRegistry &r)
{
    r.add(QStringLiteral("a provider state callback is configured"),
        [](World &w, const StepArgs &) { w.provider.stateCallback = true; });
    r.add(QStringLiteral("a provider state callback is configured, but will return a failure"),
        [](World &w, const StepArgs &) {
            w.provider.stateCallback = true;
            ensureProvider(w);
            w.provider.provider->setStateResponse(500, { { QStringLiteral("error"), QStringLiteral("state failed") } });
        });
    r.add(QStringLiteral("the provider state callback will be called before the verification is run"), calledBefore);
    r.add(QStringLiteral("the provider state callback will be called after the verification is run"), calledAfter);
    r.add(QStringLiteral(
              "the provider state callback will receive a setup call with \"(.*)\" as the provider state parameter"),
        [](World &w, const StepArgs &a) { checkCall(w, QStringLiteral("setup"), a.at(0), nullptr); });
    r.add(QStringLiteral(
              "the provider state callback will receive a teardown call \"(.*)\" as the provider state parameter"),
        [](World &w, const StepArgs &a) { checkCall(w, QStringLiteral("teardown"), a.at(0), nullptr); });
    r.add(QStringLiteral("the provider state callback will receive a (setup|teardown) call (?:with )?\"(.*)\" and the "
                         "following parameters:"),
        [](World &w, const StepArgs &a) {
            const QJsonObject params = paramsTable(a.table);
            checkCall(w, a.at(0), a.at(1), &params);
        });
    r.add(
        QStringLiteral("the provider state callback will NOT receive a teardown call"), [](World &w, const StepArgs &) {
            check(indexOf(w, QStringLiteral("teardown"), false) < 0,
                QStringLiteral("a teardown call was made: ") + stateCallsText(w));
        });
    r.add(QStringLiteral("a warning will be displayed that there was no provider state callback configured for "
                         "provider state \"(.*)\""),
        [](World &w, const StepArgs &a) {
            for (const InteractionResult &res : w.provider.results) {
                for (const StateCall &c : res.stateCalls) {
                    if (c.skipped && c.state == a.at(0) && c.error.contains(QLatin1String("no state change URL")))
                        return;
                }
            }
            fail(QStringLiteral("no warning about the missing state callback for '%1'").arg(a.at(0)));
        });
    r.add(QStringLiteral("a verification result will NOT be published back"), [](World &w, const StepArgs &) {
        check(w.provider.ran, QStringLiteral("the verification was not run"));
        check(w.provider.publishedResults.isEmpty(), QStringLiteral("a verification result was published"));
    });
    r.add(QStringLiteral("a successful verification result will be published back for interaction \\{(\\d+)\\}"),
        [](World &w, const StepArgs &a) { checkPublished(w, a.intAt(0), true); });
    r.add(QStringLiteral("a failed verification result will be published back for the interaction \\{(\\d+)\\}"),
        [](World &w, const StepArgs &a) { checkPublished(w, a.intAt(0), false); });
}

} // namespace Pactbench::Compat
