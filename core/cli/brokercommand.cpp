// SPDX-License-Identifier: MIT
// pactbench-cli broker list|fetch|publish: browse a Pact Broker, fetch a pact, publish pacts.
// Options and environment variables as in the reference broker client (pact-broker-client).
#include "brokeroptions.h"
#include "canideploycommand.h"
#include "commands.h"
#include "deploycommon.h"
#include "diagnosticprinter.h"

#include <core/broker/brokerclient.h>
#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Pactbench::Cli {

namespace {

/// The connection from options and environment; false (with a message) when unusable.
bool connectionFrom(const QCommandLineParser &parser, const BrokerOptions &o, const QString &program, Io &io,
                    BrokerConnection *c)
{
    const QString url = o.baseUrlValue(parser);
    if (url.isEmpty()) {
        io.err << program << ": no broker: give --broker-base-url or set PACT_BROKER_BASE_URL\n";
        return false;
    }
    c->baseUrl = QUrl::fromUserInput(url);
    QString problem;
    if (!o.apply(parser, c, &problem)) {
        io.err << program << ": " << problem << '\n';
        return false;
    }
    return true;
}

int runList(QCommandLineParser &parser, const BrokerOptions &o, const QString &program, Io &io)
{
    BrokerConnection connection;
    if (!connectionFrom(parser, o, program, io, &connection))
        return Usage;
    BrokerClient client(connection);
    auto *pacticipants = client.pacticipants();
    auto *latest = client.latestPacts();
    if (!awaitReply(pacticipants, program, io) || !awaitReply(latest, program, io))
        return Failure;
    io.out << "Pacticipants (" << pacticipants->value().size() << "):\n";
    for (const PacticipantSummary &p : pacticipants->value()) {
        io.out << "  " << p.name;
        if (!p.mainBranch.isEmpty())
            io.out << "  (main branch " << p.mainBranch << ')';
        io.out << '\n';
    }
    io.out << "Latest pacts (" << latest->value().size() << "):\n";
    for (const LatestPactSummary &p : latest->value()) {
        io.out << "  " << p.consumer << ' ' << p.consumerVersion << " -> " << p.provider << "  "
               << p.url.toDisplayString(QUrl::RemoveUserInfo) << '\n';
    }
    return Success;
}

int runFetch(QCommandLineParser &parser, const BrokerOptions &o, const QString &program, Io &io)
{
    PactSelection s;
    s.consumer = parser.value(u"consumer"_qs);
    s.provider = parser.value(u"provider"_qs);
    s.branch = parser.value(u"branch"_qs);
    s.tag = parser.value(u"tag"_qs);
    s.version = parser.value(u"version"_qs);
    if (s.consumer.isEmpty() || s.provider.isEmpty()) {
        io.err << program << ": --consumer and --provider are required\n";
        return Usage;
    }
    if (int(!s.branch.isEmpty()) + int(!s.tag.isEmpty()) + int(!s.version.isEmpty()) > 1) {
        io.err << program << ": give at most one of --branch, --tag and --version\n";
        return Usage;
    }
    BrokerConnection connection;
    if (!connectionFrom(parser, o, program, io, &connection))
        return Usage;
    BrokerClient client(connection);
    auto *reply = client.fetchPact(s);
    if (!awaitReply(reply, program, io))
        return Failure;
    const BrokerPact &p = reply->value();
    printDiagnostics(p.url.toDisplayString(QUrl::RemoveUserInfo), p.diagnostics, io.err, true);
    // V1/V2 pacts are written as V3 (what the reader made of them); V3 and V4 keep their version.
    const SpecVersion version = p.pact.specVersion == SpecVersion::V4 ? SpecVersion::V4 : SpecVersion::V3;
    const QString output = parser.isSet(u"output"_qs) ? parser.value(u"output"_qs) : u"-"_qs;
    if (!writeOutput(output, PactWriter::write(p.pact, version), program, io))
        return Failure;
    if (output == u'-')
        return Success;
    io.err << "fetched " << s.describe() << (p.consumerVersion.isEmpty() ? QString() : u" (consumer version "_qs + p.consumerVersion + u')')
           << " as " << specVersionLabel(version) << " into " << parser.value(u"output"_qs) << '\n';
    return Success;
}

/// The pact files named, folders expanded to their *.json files (sorted).
QStringList pactFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        const QDir dir(path);
        for (const QString &name : dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    return files;
}

/// Reads every file into contracts grouped by consumer; false when one is not a readable pact.
bool readContracts(const QStringList &files, const QString &program, Io &io,
                   QMap<QString, QList<PublishPactsRequest::Contract>> *byConsumer)
{
    bool ok = true;
    for (const QString &file : files) {
        const ReadResult r = PactReader::readFile(file);
        printDiagnostics(file, r.diagnostics, io.err, true);
        if (!r.ok() || r.pact->consumer.name.isEmpty() || r.pact->provider.name.isEmpty()) {
            io.err << program << ": " << file << ": not a pact with consumer and provider names; nothing published\n";
            ok = false;
            continue;
        }
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        (*byConsumer)[r.pact->consumer.name] << PublishPactsRequest::Contract{r.pact->consumer.name,
                                                                              r.pact->provider.name, f.readAll()};
    }
    return ok;
}

int runPublish(QCommandLineParser &parser, const BrokerOptions &o, const QString &program, Io &io)
{
    const QString version = parser.value(u"consumer-app-version"_qs);
    if (version.trimmed().isEmpty()) {
        io.err << program << ": --consumer-app-version is required\n";
        return Usage;
    }
    BrokerConnection connection;
    if (!connectionFrom(parser, o, program, io, &connection))
        return Usage;
    const QStringList files = pactFiles(parser.positionalArguments());
    if (files.isEmpty()) {
        io.err << program << ": no pact files found in " << parser.positionalArguments().join(u", ") << '\n';
        return Usage;
    }
    QMap<QString, QList<PublishPactsRequest::Contract>> byConsumer;
    if (!readContracts(files, program, io, &byConsumer))
        return Failure;
    BrokerClient client(connection);
    for (auto it = byConsumer.cbegin(); it != byConsumer.cend(); ++it) {
        const PublishPactsRequest request{it.key(), version, parser.value(u"branch"_qs), parser.values(u"tag"_qs),
                                          parser.value(u"build-url"_qs), it.value()};
        auto *reply = client.publishPacts(request);
        if (!awaitReply(reply, program, io))
            return Failure;
        for (const BrokerNotice &n : reply->value().notices)
            io.out << (n.type.isEmpty() ? QString() : n.type + u": ") << n.text << '\n';
        io.out << "published " << it.value().size() << " pact(s) of " << it.key() << " version " << version
               << (reply->value().usedLegacyRoute ? " (legacy route)" : "") << '\n';
    }
    return Success;
}

void addSubcommandOptions(QCommandLineParser &parser, const QString &sub)
{
    if (sub == u"fetch") {
        parser.addOptions({ { u"consumer"_qs, u"Consumer name."_qs, u"name"_qs },
            { u"provider"_qs, u"Provider name."_qs, u"name"_qs },
            { u"branch"_qs, u"The latest pact of this consumer branch."_qs, u"branch"_qs },
            { u"tag"_qs, u"The latest pact with this consumer version tag."_qs, u"tag"_qs },
            { u"version"_qs, u"The pact of this consumer version."_qs, u"version"_qs },
            { { u"o"_qs, u"output"_qs }, u"Save here (atomically; - is standard output) instead of printing."_qs,
                u"file"_qs } });
    } else if (sub == u"publish") {
        parser.addPositionalArgument(u"PACT_FILES_OR_DIRS"_qs, u"Pact files, or folders of *.json pact files."_qs);
        parser.addOptions({{{u"a"_qs, u"consumer-app-version"_qs}, u"The consumer application version (required)."_qs, u"version"_qs},
                           {u"branch"_qs, u"The consumer version's branch."_qs, u"branch"_qs},
                           {{u"t"_qs, u"tag"_qs}, u"A tag for the consumer version (repeatable)."_qs, u"tag"_qs},
                           {u"build-url"_qs, u"The CI build that made the pacts."_qs, u"url"_qs}});
    }
}

void printBrokerUsage(QTextStream &s)
{
    s << "Usage: pactbench-cli broker <sub-command> [options]\n\n"
         "  list                  Pacticipants and the latest pacts\n"
         "  fetch                 Fetch a pact: --consumer C --provider P [--branch B|--tag T|--version V] [-o FILE]\n"
         "  publish               Publish pact files: PACT_FILES_OR_DIRS --consumer-app-version V [--branch B] [--tag T] [--build-url U]\n"
         "  can-i-deploy          Can these versions be deployed? -a P -e V [-a P2 --latest TAG ...] [--to-environment E|--to TAG] [--explain]\n"
         "  record-deployment     -a P -e V --environment E [--application-instance I]\n"
         "  record-undeployment   -a P --environment E [--application-instance I]\n"
         "  record-release        -a P -e V --environment E\n"
         "  record-support-ended  -a P -e V --environment E\n"
         "  list-environments     The broker's environments\n"
         "  describe-version      -a P [-e V | --latest [TAG]]: branch, tags, where it is deployed or released\n\n"
         "Broker: --broker-base-url/-b, --broker-username/-u, --broker-password/-p, --broker-token/-k\n"
         "(or PACT_BROKER_BASE_URL, PACT_BROKER_USERNAME, PACT_BROKER_PASSWORD, PACT_BROKER_TOKEN).\n"
         "Exit codes: 0 success, 1 broker or file failure, 2 usage error.\n";
}

} // namespace

int runBroker(const QStringList &arguments, Io &io)
{
    const QString sub = arguments.value(1);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        printBrokerUsage(sub.isEmpty() ? io.err : io.out);
        return sub.isEmpty() ? Usage : Success;
    }
    if (const SubcommandRunner deploy = deploySubcommand(sub))
        return deploy(QStringList{arguments.value(0) + u' ' + sub} + arguments.mid(2), io);
    if (sub != u"list" && sub != u"fetch" && sub != u"publish") {
        io.err << arguments.value(0) << ": unknown sub-command '" << sub << "'\n\n";
        printBrokerUsage(io.err);
        return Usage;
    }
    const QString program = arguments.value(0) + u' ' + sub;
    QStringList rest = arguments.mid(2);
    rest.prepend(program);
    QCommandLineParser parser;
    const BrokerOptions options;
    options.addTo(parser);
    addSubcommandOptions(parser, sub);
    if (const int rc = parseArguments(parser, rest, io, sub == u"publish" ? 1 : 0, sub == u"publish" ? -1 : 0); rc >= 0)
        return rc;
    if (sub == u"list")
        return runList(parser, options, program, io);
    if (sub == u"fetch")
        return runFetch(parser, options, program, io);
    return runPublish(parser, options, program, io);
}

} // namespace Pactbench::Cli
