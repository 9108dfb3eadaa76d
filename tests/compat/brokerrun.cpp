// SPDX-License-Identifier: MIT
// The broker side of the provider steps: the scenario's pacts stored in the local test broker
// (tests/broker), fetched with our BrokerClient, results published back with it.

#include "providerrun.h"
#include "stepregistry.h"
#include "world.h"

#include <core/broker/brokerclient.h>
#include <core/model/pactwriter.h>
#include <core/verifier/brokerverification.h>
#include <tests/broker/testbroker.h>

namespace Pactbench::Compat {

namespace {

BrokerConnection connectionOf(const World &w)
{
    BrokerConnection c;
    c.baseUrl = w.provider.broker->baseUrl();
    c.timeoutMs = 10000;
    return c;
}

BrokerVerificationOptions brokerOptions(const World &w)
{
    BrokerVerificationOptions o;
    o.connection = connectionOf(w);
    o.request.providerName = QStringLiteral("p");
    o.publish = w.provider.publish;
    o.providerVersion = QStringLiteral("1.0.0");
    return o;
}

} // namespace

QList<VerificationTarget> brokerTargets(World &w, QList<BrokerPact> *pacts)
{
    w.provider.broker = std::make_unique<Test::TestBroker>();
    check(w.provider.broker->start(), QStringLiteral("the test broker did not start"));
    for (const Pact &pact : w.provider.brokerPacts) {
        const SpecVersion written = pact.specVersion == SpecVersion::V4 ? SpecVersion::V4 : SpecVersion::V3;
        w.provider.broker->addPacticipant(pact.consumer.name);
        w.provider.broker->addPact({ pact.consumer.name, pact.provider.name, QStringLiteral("1.0.0"),
            PactWriter::write(pact, written), {}, {} });
    }
    w.provider.broker->addPacticipant(QStringLiteral("p"));
    BrokerClient client(connectionOf(w));
    auto *reply = client.pactsToVerify(brokerOptions(w).request);
    reply->waitForFinished();
    check(reply->ok(), QStringLiteral("pacts for verification failed: ") + reply->error().toString());
    QList<VerificationTarget> targets;
    for (const BrokerPact &p : reply->value()) {
        targets.append(BrokerVerification::targetFrom(p));
        pacts->append(p);
    }
    check(targets.size() == w.provider.brokerPacts.size(),
        QStringLiteral("the broker gave %1 pacts, %2 stored").arg(targets.size()).arg(w.provider.brokerPacts.size()));
    return targets;
}

void publishResults(World &w, const QList<BrokerPact> &pacts)
{
    if (!w.provider.publish || pacts.isEmpty())
        return;
    const BrokerVerificationOptions options = brokerOptions(w);
    BrokerClient client(options.connection);
    const int first = int(w.provider.pacts.size()); // broker targets follow the pact files
    for (int i = 0; i < pacts.size(); ++i) {
        const VerificationResults results
            = BrokerVerification::resultsFor(first + i, w.provider.results, options, QStringLiteral("0.1.0"));
        auto *reply = client.publishVerificationResults(pacts.at(i), results);
        reply->waitForFinished();
        check(reply->ok(), QStringLiteral("publishing failed: ") + reply->error().toString());
    }
    w.provider.publishedResults = w.provider.broker->verificationResults();
}

} // namespace Pactbench::Compat
