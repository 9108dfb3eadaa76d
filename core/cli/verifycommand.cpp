// SPDX-License-Identifier: MIT
// pactbench-cli verify: a drop-in for the reference `pact verifier` in CI scripts.
#include "commands.h"
#include "verifyoptions.h"

#include <core/verifier/lastfailed.h>
#include <core/verifier/matchingengine.h>
#include <core/verifier/pactsource.h>
#include <core/verifier/reports.h>
#include <core/verifier/verifier.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSaveFile>

namespace Pactbench::Cli {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, Io &io)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    io.err << "verify: cannot write '" << path << "': " << f.errorString() << '\n';
    return false;
}

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
    QString problem;
    if (!cl.read(&options, &sources, &problem)) {
        io.err << "verify: " << problem << '\n';
        return Usage;
    }
    bool loadedAll = false;
    QList<VerificationTarget> targets = loadTargets(sources, io, &loadedAll);
    if (!loadedAll)
        return Usage;
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
    if (!cl.jsonFile().isEmpty())
        written &= writeFile(cl.jsonFile(), QJsonDocument(Reports::json(verifier.results(), summary)).toJson(), io);
    if (!cl.junitFile().isEmpty())
        written &= writeFile(cl.junitFile(), Reports::junit(verifier.results(), summary), io);
    return summary.success() && written ? Success : Failure;
}

} // namespace Pactbench::Cli
