// SPDX-License-Identifier: MIT
// pactbench-cli diff OLD NEW [--format text|json|markdown] [--fail-on breaking|review|safe|never]
// OLD and NEW are pact files or pact URLs (a broker's pact links), fetched with the broker's
// credentials (options or PACT_BROKER_* variables, as `broker` and `verify` take them).
#include "brokeroptions.h"
#include "commands.h"
#include "diagnosticprinter.h"

#include <core/broker/brokerclient.h>
#include <core/diff/diffformat.h>
#include <core/diff/pactdiff.h>
#include <core/model/pactreader.h>

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Pactbench::Cli {

namespace {

struct DiffOptions
{
    QCommandLineOption format{u"format"_qs, u"Output: text (default), json or markdown (for a pull-request comment)."_qs, u"format"_qs};
    QCommandLineOption failOn{u"fail-on"_qs,
        u"Exit 1 when the highest impact is at least this: breaking (default), review, safe, or never."_qs, u"impact"_qs};
    BrokerOptions broker{
        u"The broker whose origin gets the credentials (PACT_BROKER_BASE_URL); default: each URL's own origin."_qs};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({format, failOn});
        broker.addTo(parser);
    }
};

/// The connection for fetching `url`: credentials go only to the broker's (or the URL's own) origin.
bool connectionFor(const QCommandLineParser &parser, const DiffOptions &o, const QUrl &url, BrokerConnection *c, QString *problem)
{
    const QString base = o.broker.baseUrlValue(parser);
    c->baseUrl = base.isEmpty() ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                : QUrl::fromUserInput(base);
    return o.broker.apply(parser, c, problem);
}

std::optional<Pact> fetch(const QCommandLineParser &parser, const DiffOptions &o, const QString &source, const QString &program, Io &io)
{
    const QUrl url(source, QUrl::StrictMode);
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    BrokerConnection connection;
    QString problem;
    if (!url.isValid() || url.host().isEmpty())
        problem = QStringLiteral("%1: not a valid http or https URL").arg(shown);
    else
        connectionFor(parser, o, url, &connection, &problem);
    if (!problem.isEmpty()) {
        io.err << program << ": " << problem << '\n';
        return std::nullopt;
    }
    BrokerClient client(connection);
    BrokerReply<BrokerPact> *reply = client.fetchPact(url);
    reply->waitForFinished();
    if (!reply->ok()) {
        io.err << program << ": " << reply->error().toString() << '\n';
        return std::nullopt;
    }
    printDiagnostics(shown, reply->value().diagnostics, io.err, true);
    if (!reply->value().isReadable())
        return std::nullopt;
    return reply->value().pact;
}

std::optional<Pact> load(const QCommandLineParser &parser, const DiffOptions &o, const QString &source, const QString &program, Io &io)
{
    if (isUrl(source))
        return fetch(parser, o, source, program, io);
    const ReadResult r = PactReader::readFile(source);
    printDiagnostics(source, r.diagnostics, io.err, true);
    if (!r.ok())
        return std::nullopt;
    return r.pact;
}

} // namespace

int runDiff(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two pacts semantically and classify each difference by its impact on a provider that\n"
        "honours OLD: breaking (some provider passing OLD can fail NEW), review (the tool cannot decide),\n"
        "safe (every provider passing OLD passes NEW), cosmetic (verification cannot be affected).\n"
        "Exit 0 when the highest impact is below --fail-on, 1 when it is not, 2 when an input is unusable."));
    parser.addPositionalArgument(u"OLD"_qs, u"The old pact: a file or a pact URL."_qs);
    parser.addPositionalArgument(u"NEW"_qs, u"The new pact: a file or a pact URL."_qs);
    const DiffOptions o;
    o.addTo(parser);
    if (const int rc = parseArguments(parser, arguments, io, 2, 2); rc >= 0)
        return rc;
    const QString program = arguments.value(0);
    const QString format = parser.isSet(o.format) ? parser.value(o.format) : u"text"_qs;
    if (format != u"text" && format != u"json" && format != u"markdown") {
        io.err << program << ": --format must be text, json or markdown\n";
        return Usage;
    }
    const QString failOnName = parser.isSet(o.failOn) ? parser.value(o.failOn) : u"breaking"_qs;
    Diff::Impact failOn = Diff::Impact::Breaking;
    if (failOnName != u"never" && (!Diff::parseImpact(failOnName, &failOn) || failOn < Diff::Impact::Safe)) {
        io.err << program << ": --fail-on must be breaking, review, safe or never\n";
        return Usage;
    }
    const QStringList sources = parser.positionalArguments();
    const std::optional<Pact> oldPact = load(parser, o, sources.at(0), program, io);
    const std::optional<Pact> newPact = oldPact ? load(parser, o, sources.at(1), program, io) : std::nullopt;
    if (!oldPact || !newPact) {
        io.err << program << ": " << (oldPact ? "NEW" : "OLD") << " pact '" << sources.at(oldPact ? 1 : 0) << "' is unusable\n";
        return Usage;
    }
    const Diff::PactDiff diff = Diff::diffPacts(*oldPact, *newPact);
    if (format == u"json")
        io.out << QString::fromUtf8(QJsonDocument(Diff::toJson(diff)).toJson(QJsonDocument::Indented));
    else
        io.out << (format == u"markdown" ? Diff::formatMarkdown(diff) : Diff::formatText(diff));
    const bool fails = failOnName != u"never" && diff.maxImpact() >= failOn;
    return fails ? Failure : Success;
}

} // namespace Pactbench::Cli
