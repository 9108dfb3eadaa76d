// SPDX-License-Identifier: MIT
// pactbench-cli verify: a drop-in for the reference `pact verifier` in CI scripts.
#include "commands.h"
#include "verifyoptions.h"

#include <core/broker/brokerclient.h>
#include <core/net/origin.h>
#include <core/verifier/brokerverification.h>
#include <core/verifier/lastfailed.h>
#include <core/verifier/matchingengine.h>
#include <core/verifier/pactsource.h>
#include <core/verifier/reports.h>
#include <core/verifier/verifier.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace Pactbench::Cli {

namespace {

QList<VerificationTarget> loadTargets(const PactSources &sources, Io &io, bool *ok)
{
    PactSourceLoader loader;
    QEventLoop loop;
    QObject::connect(&loader, &PactSourceLoader::loaded, &loop, &QEventLoop::quit);
    loader.load(sources);
    loop.exec();
    for (const QString &e : loader.errors())
        io.err << "verify: " << e << '\n';
    *ok = loader.errors().isEmpty();
    return loader.targets();
}

void printLive(const InteractionResult &r, const InteractionResult *previous, Io &io)
{
    io.out << Reports::interactionLine(r, previous);
    for (const QString &e : r.errors) {
        if (r.outcome == InteractionOutcome::Passed)
            io.out << "     warning: " << e << '\n';
    }
    io.out.flush();
}

/// Appends the pacts the broker selects; false (with the error printed) when the broker fails.
bool loadFromBroker(const BrokerVerificationOptions &b, QList<VerificationTarget> *targets, QList<BrokerPact> *pacts, Io &io)
{
    BrokerClient client(b.connection);
    BrokerReply<QList<BrokerPact>> *reply = client.pactsToVerify(b.request);
    reply->waitForFinished();
    if (!reply->ok()) {
        io.err << "verify: " << reply->error().toString() << '\n';
        return false;
    }
    for (const BrokerPact &p : reply->value()) {
        if (!p.isReadable()) {
            io.err << "verify: " << Origin::display(p.url) << ": the broker's pact cannot be read\n";
            return false;
        }
        pacts->append(p);
        targets->append(BrokerVerification::targetFrom(p));
    }
    return true;
}

/// Publishes the results of each broker pact (targets from `offset` on); false when any publication failed.
bool publishResults(const BrokerVerificationOptions &b, const QList<BrokerPact> &pacts, int offset,
                    const QList<InteractionResult> &results, Io &io)
{
    BrokerClient client(b.connection);
    BrokerReply<QList<QUrl>> *version = client.recordPacticipantVersion(b.request.providerName, b.providerVersion,
                                                                        b.providerBranch, b.providerTags);
    version->waitForFinished();
    if (!version->ok()) {
        io.err << "verify: recording provider version " << b.providerVersion << ": " << version->error().toString() << '\n';
        return false;
    }
    bool ok = true;
    for (int i = 0; i < pacts.size(); ++i) {
        const VerificationResults body = BrokerVerification::resultsFor(offset + i, results, b, QCoreApplication::applicationVersion());
        BrokerReply<QUrl> *reply = client.publishVerificationResults(pacts.at(i), body);
        reply->waitForFinished();
        if (reply->ok()) {
            io.out << "published verification results for " << pacts.at(i).pact.consumer.name << ": " << reply->value().toString() << '\n';
        } else {
            io.err << "verify: publishing results for " << Origin::display(pacts.at(i).url) << ": "
                   << reply->error().toString() << '\n';
            ok = false;
        }
    }
    return ok;
}

QStringList lastFailedDescriptions(const QList<VerificationTarget> &targets)
{
    QStringList out;
    for (const VerificationTarget &t : targets)
        out.append(LastFailed::load(t.origin));
    return out;
}

} // namespace

int runVerify(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    VerifyCommandLine cl(parser);
    if (const int rc = parseArguments(parser, arguments, io, 0, 0, false); rc >= 0)
        return rc;
    VerificationOptions options;
    PactSources sources;
    BrokerVerificationOptions broker;
    QString problem;
    if (!cl.read(&options, &sources, &problem) || !cl.readBroker(&broker, &problem)) {
        io.err << "verify: " << problem << '\n';
        return Usage;
    }
    bool loadedAll = true;
    QList<VerificationTarget> targets;
    if (!sources.files.isEmpty() || !sources.dirs.isEmpty() || !sources.urls.isEmpty())
        targets = loadTargets(sources, io, &loadedAll);
    if (!loadedAll)
        return Usage;
    const int brokerOffset = int(targets.size());
    QList<BrokerPact> brokerPacts;
    if (!broker.connection.baseUrl.isEmpty()) {
        if (!loadFromBroker(broker, &targets, &brokerPacts, io))
            return Failure;
        if (brokerPacts.isEmpty() && targets.isEmpty()) {
            io.out << "verify: the broker has no pacts for " << broker.request.providerName << " to verify\n";
            return broker.ignoreNoPacts ? Success : Failure;
        }
    }
    if (cl.lastFailed()) {
        options.filter.onlyDescriptions = lastFailedDescriptions(targets);
        if (options.filter.onlyDescriptions.isEmpty()) {
            io.out << "verify: nothing failed last time; nothing to run\n";
            return Success;
        }
    }
    const std::unique_ptr<VerificationEngine> engine = createMatchingEngine();
    Verifier verifier(engine.get());
    verifier.setOptions(options);
    QObject::connect(&verifier, &Verifier::interactionFinished, [&io, &verifier](const InteractionResult &r) {
        const QList<InteractionResult> &all = verifier.results();
        printLive(r, all.size() > 1 ? &all.at(all.size() - 2) : nullptr, io);
    });
    VerificationSummary summary;
    QEventLoop loop;
    QObject::connect(&verifier, &Verifier::finished, &loop, [&](const VerificationSummary &s) {
        summary = s;
        loop.quit();
    });
    for (const VerificationTarget &t : std::as_const(targets)) {
        for (const QString &notice : t.notices)
            io.out << "notice: " << notice << '\n';
    }
    verifier.start(targets);
    loop.exec();

    io.out << Reports::failuresAndSummary(verifier.results(), summary);
    for (const VerificationTarget &t : std::as_const(targets))
        LastFailed::save(t.origin, verifier.results());
    bool written = true;
    if (broker.publish && !brokerPacts.isEmpty() && !summary.cancelled)
        written &= publishResults(broker, brokerPacts, brokerOffset, verifier.results(), io);
    if (!cl.jsonFile().isEmpty())
        written &= writeOutput(
            cl.jsonFile(), QJsonDocument(Reports::json(verifier.results(), summary)).toJson(), u"verify"_qs, io);
    if (!cl.junitFile().isEmpty())
        written &= writeOutput(cl.junitFile(), Reports::junit(verifier.results(), summary), u"verify"_qs, io);
    return summary.success() && written ? Success : Failure;
}

} // namespace Pactbench::Cli
