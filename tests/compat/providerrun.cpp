// SPDX-License-Identifier: MIT
#include "providerrun.h"

#include "stepregistry.h"
#include "world.h"

#include <core/verifier/matchingengine.h>
#include <core/verifier/reports.h>
#include <tests/verifier/testprovider.h>

#include <QEventLoop>
#include <QTimer>

namespace Pactbench::Compat {

void ensureProvider(World &w)
{
    if (w.provider.provider)
        return;
    w.provider.provider = std::make_unique<Test::TestProvider>();
    check(w.provider.provider->start(), QStringLiteral("the test provider did not start"));
}

namespace {

VerificationOptions optionsFor(const World &w)
{
    VerificationOptions o;
    const QUrl base = w.provider.provider->url();
    o.providerBaseUrl = base;
    o.messageUrl = base.resolved(QUrl(QStringLiteral("/_pact/message")));
    if (w.provider.stateCallback)
        o.stateChangeUrl = base.resolved(QUrl(QStringLiteral("/_pact/state")));
    o.stateChangeTeardown = true;
    o.customHeaders = w.provider.requestFilter;
    o.providerName = QStringLiteral("p");
    o.requestTimeoutMs = 5000;
    o.retrySecondMs = 1; // a failing state callback is retried as the reference does (8 attempts): waits of ms here
    return o;
}

} // namespace

void runVerification(World &w)
{
    ensureProvider(w);
    QList<VerificationTarget> targets;
    for (const Pact &pact : w.provider.pacts)
        targets.append(VerificationTarget{ pact, QStringLiteral("pact file of ") + pact.consumer.name, {}, false });
    QList<BrokerPact> brokerPacts;
    if (!w.provider.brokerPacts.isEmpty())
        targets += brokerTargets(w, &brokerPacts);
    const auto engine = createMatchingEngine();
    Verifier verifier(engine.get());
    verifier.setOptions(optionsFor(w));
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&verifier, &Verifier::finished, &loop, [&](const VerificationSummary &summary) {
        w.provider.summary = summary;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    verifier.start(targets);
    if (!finished)
        loop.exec();
    check(finished, QStringLiteral("the verification did not finish within 30 s"));
    w.provider.results = verifier.results();
    w.provider.ran = true;
    for (const VerificationTarget &t : targets)
        w.provider.output += t.notices;
    w.provider.output += Reports::console(w.provider.results, w.provider.summary).split(u'\n');
    publishResults(w, brokerPacts);
}

} // namespace Pactbench::Compat
