// SPDX-License-Identifier: MIT
// pactbench-cli verify: a drop-in for the reference `pact verifier` in CI scripts.
#include "commands.h"
#include "verifyoptions.h"
#include "verifysteps.h"

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
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <unistd.h>

namespace Pactbench::Cli {

namespace {

/// The pacts of files, folders and URLs; those that cannot be loaded go to `failures` (and stderr).
QList<VerificationTarget> loadTargets(const PactSources &sources, LogLevel level, QStringList *failures, Io &io)
{
    PactSourceLoader loader;
    QEventLoop loop;
    QObject::connect(&loader, &PactSourceLoader::loaded, &loop, &QEventLoop::quit);
    loader.load(sources);
    loop.exec();
    for (const QString &e : loader.errors())
        io.err << "verify: " << e << '\n';
    failures->append(loader.errors());
    if (level >= LogLevel::Info) {
        for (const QString &s : loader.skipped())
            io.err << "verify: skipped " << s << '\n';
        for (const VerificationTarget &t : loader.targets()) {
            io.err << "verify: loaded " << t.origin << " (" << t.pact.consumer.name << " and " << t.pact.provider.name
                   << ")\n";
        }
    }
    return loader.targets();
}

/**
 * Colours as the reference prints them, but only on a terminal: not with --no-colour, not when
 * NO_COLOR is set (no-color.org), not into a pipe or file (the reference colours those too).
 */
Reports::ConsoleStyle consoleStyle(const VerifyCommandLine &cl, const Io &io)
{
    const auto *file = qobject_cast<QFile *>(io.out.device());
    const bool terminal = file && file->handle() >= 0 && ::isatty(file->handle());
    return {terminal && !cl.noColour() && qEnvironmentVariableIsEmpty("NO_COLOR")};
}

void printLive(const InteractionResult &r, const InteractionResult *previous, const Reports::ConsoleStyle &style,
               Io &io)
{
    io.out << Reports::interactionLine(r, previous, style);
    for (const QString &e : r.errors) {
        if (r.outcome == InteractionOutcome::Passed)
            io.out << "     warning: " << e << '\n';
    }
    io.out.flush();
}

/// Appends the pacts the broker selects; false (with the error printed and in `failures`) when the broker fails.
bool loadFromBroker(const BrokerVerificationOptions &b, LogLevel level, QList<VerificationTarget> *targets,
                    QList<BrokerPact> *pacts, QStringList *failures, Io &io)
{
    BrokerClient client(b.connection);
    if (level >= LogLevel::Warn) {
        QObject::connect(&client, &BrokerClient::retrying, [&io](const QString &m) {
            io.err << "verify: " << m << '\n';
            io.err.flush();
        });
    }
    BrokerReply<QList<BrokerPact>> *reply = client.pactsToVerify(b.request);
    reply->waitForFinished();
    if (!reply->ok()) {
        io.err << "verify: " << reply->error().toString() << '\n';
        failures->append(reply->error().toString());
        return false;
    }
    for (const BrokerPact &p : reply->value()) {
        if (!p.isReadable()) {
            io.err << "verify: " << Origin::display(p.url) << ": the broker's pact cannot be read\n";
            failures->append(Origin::display(p.url) + u": the broker's pact cannot be read"_qs);
            return false;
        }
        pacts->append(p);
        targets->append(BrokerVerification::targetFrom(p));
    }
    return true;
}

/// Publishes the results of each broker pact (targets from `offset` on); false when any publication failed.
bool publishResults(const BrokerVerificationOptions &b, const QList<BrokerPact> &pacts, int offset,
                    const QList<InteractionResult> &results, LogLevel level, Io &io)
{
    BrokerClient client(b.connection);
    if (level >= LogLevel::Warn) {
        QObject::connect(&client, &BrokerClient::retrying, [&io](const QString &m) {
            io.err << "verify: " << m << '\n';
            io.err.flush();
        });
    }
    BrokerReply<RecordVersionResult> *version
        = client.recordPacticipantVersion(b.request.providerName, b.providerVersion, b.providerBranch, b.providerTags);
    version->waitForFinished();
    if (!version->ok()) {
        io.err << "verify: recording provider version " << b.providerVersion << ": " << version->error().toString() << '\n';
        return false;
    }
    // An older broker that cannot record the branch (or tags): say so, and publish without them.
    for (const BrokerNotice &n : version->value().notices) {
        if (level >= LogLevel::Warn)
            io.err << "verify: warning: " << n.text << '\n';
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

/**
 * The interactions --last-failed runs again: those the report named by -j/--json lists as failed
 * when it exists (as the reference reads it), else those our cache kept for each pact. Empty: all
 * run, as the reference does (with a notice).
 */
QList<InteractionRef> lastFailed(const QString &jsonFile, const QList<VerificationTarget> &targets, Io &io)
{
    QList<InteractionRef> out;
    if (!jsonFile.isEmpty() && QFileInfo::exists(jsonFile)) {
        QString error;
        if (LastFailed::fromReport(jsonFile, &out, &error))
            return out;
        io.err << "verify: --last-failed: " << error << "; using the failures kept in the cache\n";
    }
    for (const VerificationTarget &t : targets)
        out.append(LastFailed::load(t.origin));
    return out;
}

/// Keeps the failures of each pact (its own results only) for the next --last-failed.
void keepFailures(const QList<VerificationTarget> &targets, const QList<InteractionResult> &results)
{
    for (int pact = 0; pact < targets.size(); ++pact) {
        QList<InteractionResult> own;
        for (const InteractionResult &r : results) {
            if (r.pactIndex == pact)
                own.append(r);
        }
        LastFailed::save(targets.at(pact).origin, own);
    }
}

} // namespace

int runVerify(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    VerifyCommandLine cl(parser);
    if (const int rc = parseArguments(parser, arguments, io, 0, 0, false); rc >= 0)
        return rc;
    if (cl.versionRequested()) {
        io.out << VerifySteps::versionText();
        return Success;
    }
    VerificationOptions options;
    PactSources sources;
    BrokerVerificationOptions broker;
    QString problem;
    if (!cl.check(&problem) || !cl.read(&options, &sources, &problem) || !cl.readBroker(&broker, &problem)) {
        io.err << "verify: " << problem << '\n';
        return cl.problemExitCode(); // 2, or 3 for a --header without '=' (as the reference)
    }
    const LogLevel level = cl.logLevel();
    for (const QString &notice : cl.ignoredOptions())
        io.err << "pactbench-cli verify: " << notice << '\n';
    // As the reference: a pact that cannot be loaded is reported and fails the run (exit 1), the others are verified.
    QStringList loadFailures;
    QList<VerificationTarget> targets;
    if (!sources.files.isEmpty() || !sources.dirs.isEmpty() || !sources.urls.isEmpty())
        targets = loadTargets(sources, level, &loadFailures, io);
    const int brokerOffset = int(targets.size());
    QList<BrokerPact> brokerPacts;
    if (!broker.connection.baseUrl.isEmpty()) {
        const QString webhook = cl.webhookCallbackUrl();
        const bool loaded = webhook.isEmpty()
            ? loadFromBroker(broker, level, &targets, &brokerPacts, &loadFailures, io)
            : VerifySteps::loadWebhookPact(broker, webhook, level, &targets, &brokerPacts, &loadFailures, io);
        if (loaded && brokerPacts.isEmpty() && targets.isEmpty() && loadFailures.isEmpty()) {
            io.out << "verify: the broker has no pacts for " << broker.request.providerName << " to verify\n";
            // As the reference: no pacts fail the run only when selectors or tags chose them (without, it
            // asks for the latest pacts, and none is no failure).
            const bool selected = !broker.request.consumerVersionSelectors.isEmpty();
            return broker.ignoreNoPacts || !selected ? Success : Failure;
        }
    }
    if (cl.lastFailed()) {
        options.filter.onlyInteractions = lastFailed(cl.jsonFile(), targets, io);
        if (options.filter.onlyInteractions.isEmpty())
            io.out << "notice: nothing failed last time: verifying every interaction\n";
    }
    const std::unique_ptr<VerificationEngine> engine = createMatchingEngine();
    Verifier verifier(engine.get());
    verifier.setOptions(options);
    const Reports::ConsoleStyle style = consoleStyle(cl, io);
    QObject::connect(&verifier, &Verifier::interactionFinished, [&io, &verifier, level, style](const InteractionResult &r) {
        const QList<InteractionResult> &all = verifier.results();
        printLive(r, all.size() > 1 ? &all.at(all.size() - 2) : nullptr, style, io);
        if (level >= LogLevel::Debug && !r.exchange.method.isEmpty()) {
            io.err << "verify: " << r.description << ": " << r.exchange.toCurl() << " -> "
                   << (r.exchange.ok() ? QString::number(r.exchange.status) : r.exchange.error) << '\n';
        }
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

    io.out << Reports::failuresAndSummary(verifier.results(), summary, loadFailures, style);
    keepFailures(targets, verifier.results());
    bool published = true;
    if (broker.publish && !brokerPacts.isEmpty() && !summary.cancelled)
        published = publishResults(broker, brokerPacts, brokerOffset, verifier.results(), level, io);
    // As the reference: a report that cannot be written exits 2.
    bool written = true;
    if (!cl.jsonFile().isEmpty()) {
        const QJsonObject report = VerifySteps::withLoadFailures(Reports::json(verifier.results(), summary), loadFailures);
        written &= writeOutput(cl.jsonFile(), QJsonDocument(report).toJson(), u"verify"_qs, io);
    }
    if (!cl.junitFile().isEmpty())
        written &= writeOutput(cl.junitFile(), Reports::junit(verifier.results(), summary), u"verify"_qs, io);
    if (!cl.htmlFile().isEmpty()) {
        written &= writeOutput(cl.htmlFile(),
                               VerifySteps::htmlReport(verifier.results(), summary, loadFailures, options.providerName),
                               u"verify"_qs, io);
    }
    if (!written)
        return Usage;
    return summary.success() && published && loadFailures.isEmpty() ? Success : Failure;
}

} // namespace Pactbench::Cli
