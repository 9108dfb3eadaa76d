// SPDX-License-Identifier: MIT
#include "captureoptions.h"

#include "commands.h"

#include <core/model/pactwriter.h>

#include <QCommandLineParser>

namespace Pactbench::Cli {

void CaptureCliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ output, consumer, provider, pactVersion, noMatchers, secretHeader, secretQuery });
}

bool CaptureCliOptions::read(const QCommandLineParser &parser, CaptureOptions *options, QString *problem) const
{
    if (!parser.isSet(output)) {
        *problem = QStringLiteral("-o/--output FILE is required");
        return false;
    }
    const QString version = parser.value(pactVersion);
    if (version != u"3" && version != u"4") {
        *problem = QStringLiteral("--pact-version '%1' is neither 3 nor 4").arg(version);
        return false;
    }
    options->version = version == u"3" ? SpecVersion::V3 : SpecVersion::V4;
    options->consumer = parser.value(consumer);
    options->provider = parser.value(provider);
    if (options->consumer.trimmed().isEmpty() || options->provider.trimmed().isEmpty()) {
        *problem = QStringLiteral("--consumer and --provider must not be empty");
        return false;
    }
    options->inferMatchers = !parser.isSet(noMatchers);
    options->secrets.headers += parser.values(secretHeader);
    options->secrets.queryParameters += parser.values(secretQuery);
    return true;
}

namespace {

int countKind(const QList<CaptureNote> &notes, CaptureNote::Kind kind)
{
    return int(std::count_if(notes.begin(), notes.end(), [kind](const CaptureNote &n) { return n.kind == kind; }));
}

int countAccepted(const QList<CapturedInteraction> &interactions)
{
    int n = 0;
    for (const CapturedInteraction &c : interactions)
        n += int(std::count_if(c.proposals.begin(), c.proposals.end(), [](const RuleProposal &p) { return p.accepted; }));
    return n;
}

} // namespace

int writeCapturedPact(const CaptureBatch &batch, const CaptureOptions &options, const QString &path,
                      const QString &command, Io &io)
{
    QList<CaptureNote> notes = batch.notes;
    const QList<CapturedInteraction> interactions = Capture::interactions(batch.exchanges, options, &notes);
    for (const CaptureNote &note : std::as_const(notes))
        io.err << command << ": " << formatCaptureNote(note) << '\n';
    io.err.flush();
    if (interactions.isEmpty()) {
        io.err << command << ": no exchanges to write: " << path << " not written\n";
        return Failure;
    }
    const Pact pact = Capture::pact(interactions, options);
    if (!writeOutput(path, PactWriter::write(pact, options.version), command, io))
        return Failure;
    QTextStream &summary = path == u'-' ? io.err : io.out;
    summary << command << ": wrote " << interactions.size() << " interaction(s) (" << specVersionLabel(options.version)
            << ") to " << path << ": " << batch.exchanges.size() << " exchange(s), "
            << countKind(notes, CaptureNote::Kind::Merged) << " merged, " << countKind(notes, CaptureNote::Kind::Skipped)
            << " skipped, " << countKind(notes, CaptureNote::Kind::Redacted) << " secret(s) replaced, "
            << countAccepted(interactions) << " matcher(s) inferred\n";
    summary.flush();
    return Success;
}

} // namespace Pactbench::Cli
