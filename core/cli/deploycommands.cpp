// SPDX-License-Identifier: MIT
// pactbench-cli broker record-deployment|record-undeployment|record-release|record-support-ended|
// list-environments|describe-version, as the reference client's commands of those names.
#include "canideploycommand.h"

#include "commands.h"
#include "deploycommon.h"
#include "otlpexport.h"

#include <core/broker/brokerclient.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench::Cli {

namespace {

const QCommandLineOption kPacticipant{{u"a"_qs, u"pacticipant"_qs}, u"The pacticipant (application) name."_qs, u"name"_qs};
const QCommandLineOption kVersionOption{{u"e"_qs, u"version"_qs}, u"The pacticipant version."_qs, u"version"_qs};
const QCommandLineOption kEnvironment{u"environment"_qs, u"The environment's name."_qs, u"environment"_qs};
const QCommandLineOption kInstance{u"application-instance"_qs, u"One of several instances of the application in the environment."_qs, u"instance"_qs};
const QCommandLineOption kOutput{{u"o"_qs, u"output"_qs}, u"text (default), json or pretty; table for lists."_qs, u"format"_qs};
const QCommandLineOption kLatest{{u"l"_qs, u"latest"_qs}, u"The latest version (with --tag, the latest with that tag)."_qs};
const QCommandLineOption kLatestTag{u"tag"_qs, u"With --latest: the latest version with this tag."_qs, u"tag"_qs};
const QCommandLineOption kInEnvironment{u"environment"_qs,
    u"describe-version: list the versions of the pacticipant currently deployed to or released in this environment instead."_qs,
    u"environment"_qs};
const QCommandLineOption kDeployed{u"deployed"_qs, u"With --environment: only the deployed versions."_qs};
const QCommandLineOption kReleased{u"released"_qs, u"With --environment: only the released (currently supported) versions."_qs};

/// A parsed sub-command: its parser, connection and client, or the exit code to return.
struct DeployCall
{
    QString program;
    QCommandLineParser parser;
    DeployBrokerOptions broker;
    std::shared_ptr<OtlpTraceExport> traces; ///< destroyed after the client: exports its spans
    std::unique_ptr<BrokerClient> client;
    int exitCode = -1;

    /// Parses; `required` options must be given.
    DeployCall(const QStringList &arguments, const QList<QCommandLineOption> &options, const QList<QCommandLineOption> &required, Io &io)
        : program(arguments.value(0))
    {
        broker.addTo(parser);
        parser.addOptions(options);
        parser.addOption(kOutput);
        if (const int rc = parseArguments(parser, arguments, io, 0, 0); rc >= 0) {
            exitCode = rc;
            return;
        }
        for (const QCommandLineOption &o : required) {
            if (parser.value(o).isEmpty()) {
                io.err << program << ": --" << o.names().constLast() << " is required\n";
                exitCode = Usage;
                return;
            }
        }
        BrokerConnection connection;
        if (!broker.connection(parser, program, io, &connection, &traces)) {
            exitCode = Usage;
            return;
        }
        client = std::make_unique<BrokerClient>(connection);
        reportRetries(*client, program, io);
    }
    QString value(const QCommandLineOption &o) const { return parser.value(o); }
    QString format(const QString &fallback = u"text"_qs) const { return parser.isSet(kOutput) ? parser.value(kOutput) : fallback; }
};

void printJson(const QJsonObject &json, const QString &format, Io &io)
{
    io.out << QJsonDocument(json).toJson(format == u"pretty" ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed() << '\n';
}

bool isJson(const QString &format)
{
    return format == u"json" || format == u"pretty";
}

int recordOne(const QStringList &arguments, Io &io, bool release)
{
    DeployCall c(arguments, {kPacticipant, kVersionOption, kEnvironment, kInstance}, {kPacticipant, kVersionOption, kEnvironment}, io);
    if (c.exitCode >= 0)
        return c.exitCode;
    const QString pacticipant = c.value(kPacticipant), version = c.value(kVersionOption), environment = c.value(kEnvironment);
    auto *reply = release ? c.client->recordRelease(pacticipant, version, environment)
                          : c.client->recordDeployment(pacticipant, version, environment, c.value(kInstance));
    if (!awaitReply(reply, c.program, io))
        return Failure;
    if (isJson(c.format()))
        printJson(reply->value().document, c.format(), io);
    else if (c.format() == u"id")
        io.out << reply->value().uuid << '\n';
    else
        io.out << "Recorded " << (release ? "release" : "deployment") << " of " << pacticipant << " version " << version << " to "
               << environment << " environment"
               << (c.value(kInstance).isEmpty() || release ? QString() : u" (application instance "_qs + c.value(kInstance) + u')')
               << " in the Pact Broker.\n";
    return Success;
}

int endOne(const QStringList &arguments, Io &io, bool release)
{
    const QList<QCommandLineOption> required = release ? QList<QCommandLineOption>{kPacticipant, kVersionOption, kEnvironment}
                                                       : QList<QCommandLineOption>{kPacticipant, kEnvironment};
    DeployCall c(arguments, release ? QList<QCommandLineOption>{kPacticipant, kVersionOption, kEnvironment}
                                 : QList<QCommandLineOption>{kPacticipant, kEnvironment, kInstance},
              required, io);
    if (c.exitCode >= 0)
        return c.exitCode;
    const QString pacticipant = c.value(kPacticipant), environment = c.value(kEnvironment);
    auto *reply = release ? c.client->recordSupportEnded(pacticipant, c.value(kVersionOption), environment)
                          : c.client->recordUndeployment(pacticipant, environment, c.value(kInstance));
    if (!awaitReply(reply, c.program, io))
        return Failure;
    if (isJson(c.format())) {
        QJsonArray list;
        for (const DeployedVersion &d : reply->value())
            list.append(d.document);
        io.out << QJsonDocument(list).toJson(c.format() == u"pretty" ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed() << '\n';
        return Success;
    }
    for (const DeployedVersion &d : reply->value()) {
        io.out << (release ? "Recorded support ended for " : "Undeployed ") << pacticipant << " version " << d.version
               << " from " << environment << " environment"
               << (d.applicationInstance.isEmpty() ? QString() : u" (application instance "_qs + d.applicationInstance + u')') << ".\n";
    }
    return Success;
}

/// describe-version --environment: as the reference, a table of VERSION, STATUS, ENVIRONMENT,
/// APPLICATION INSTANCE, or the broker's deployed/released version documents as a JSON array.
int describeEnvironment(DeployCall &c, Io &io)
{
    if (c.parser.isSet(kVersionOption) || c.parser.isSet(kLatest)) {
        io.err << c.program << ": give --environment or --version/--latest, not both\n";
        return Usage;
    }
    const bool onlyOne = c.parser.isSet(kDeployed) != c.parser.isSet(kReleased);
    const bool deployed = !onlyOne || c.parser.isSet(kDeployed), released = !onlyOne || c.parser.isSet(kReleased);
    auto *reply = c.client->currentVersions(c.value(kPacticipant), c.value(kInEnvironment), deployed, released);
    if (!awaitReply(reply, c.program, io))
        return Failure;
    if (isJson(c.format(u"table"_qs))) {
        QJsonArray list;
        for (const DeployedVersion &d : reply->value())
            list.append(d.document);
        io.out << QJsonDocument(list).toJson(c.format() == u"pretty" ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed() << '\n';
        return Success;
    }
    QList<QStringList> rows;
    for (const DeployedVersion &d : reply->value())
        rows << QStringList{d.version, d.released ? u"Released"_qs : u"Deployed"_qs, d.environment,
                            d.applicationInstance.isEmpty() ? u"-"_qs : d.applicationInstance};
    io.out << formatTable({u"VERSION"_qs, u"STATUS"_qs, u"ENVIRONMENT"_qs, u"APPLICATION INSTANCE"_qs}, rows);
    return Success;
}

} // namespace

int runRecordDeployment(const QStringList &arguments, Io &io)
{
    return recordOne(arguments, io, false);
}

int runRecordRelease(const QStringList &arguments, Io &io)
{
    return recordOne(arguments, io, true);
}

int runRecordUndeployment(const QStringList &arguments, Io &io)
{
    return endOne(arguments, io, false);
}

int runRecordSupportEnded(const QStringList &arguments, Io &io)
{
    return endOne(arguments, io, true);
}

int runListEnvironments(const QStringList &arguments, Io &io)
{
    DeployCall c(arguments, {}, {}, io);
    if (c.exitCode >= 0)
        return c.exitCode;
    auto *reply = c.client->environments();
    if (!awaitReply(reply, c.program, io))
        return Failure;
    if (isJson(c.format(u"table"_qs))) {
        QJsonArray list;
        for (const Environment &e : reply->value())
            list.append(QJsonObject{{u"uuid"_qs, e.uuid}, {u"name"_qs, e.name}, {u"displayName"_qs, e.displayName}, {u"production"_qs, e.production}});
        printJson(QJsonObject{{u"_embedded"_qs, QJsonObject{{u"environments"_qs, list}}}}, c.format(), io);
        return Success;
    }
    QList<QStringList> rows;
    for (const Environment &e : reply->value())
        rows << QStringList{e.uuid, e.name, e.displayName, e.production ? u"true"_qs : u"false"_qs};
    io.out << formatTable({u"UUID"_qs, u"NAME"_qs, u"DISPLAY NAME"_qs, u"PRODUCTION"_qs}, rows);
    return Success;
}

int runDescribeVersion(const QStringList &arguments, Io &io)
{
    // `--latest [TAG]` as the reference takes it: a following word that is no option is the tag.
    QStringList args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        args << arguments.at(i);
        if ((arguments.at(i) == u"--latest" || arguments.at(i) == u"-l") && i + 1 < arguments.size()
            && !arguments.at(i + 1).startsWith(u'-'))
            args << u"--tag"_qs;
    }
    DeployCall c(args, {kPacticipant, kVersionOption, kLatest, kLatestTag, kInEnvironment, kDeployed, kReleased}, {kPacticipant}, io);
    if (c.exitCode >= 0)
        return c.exitCode;
    if (c.parser.isSet(kInEnvironment))
        return describeEnvironment(c, io);
    if (c.parser.isSet(kDeployed) || c.parser.isSet(kReleased)) {
        io.err << c.program << ": --deployed and --released go with --environment\n";
        return Usage;
    }
    if (c.parser.isSet(kVersionOption) && c.parser.isSet(kLatest)) {
        io.err << c.program << ": give --version or --latest, not both\n";
        return Usage;
    }
    auto *reply = c.client->describeVersion(c.value(kPacticipant), c.value(kVersionOption), c.value(kLatestTag));
    if (!awaitReply(reply, c.program, io))
        return Failure;
    const VersionDescription &d = reply->value();
    if (isJson(c.format(u"table"_qs))) {
        QJsonObject json = d.document;
        json.insert(u"deployedTo"_qs, QJsonArray::fromStringList(d.deployedTo));
        json.insert(u"releasedTo"_qs, QJsonArray::fromStringList(d.releasedTo));
        printJson(json, c.format(), io);
        return Success;
    }
    const auto list = [](const QStringList &l) { return l.isEmpty() ? u"-"_qs : l.join(u", "_qs); };
    io.out << formatTable({u"NAME"_qs, u"BRANCH"_qs, u"TAGS"_qs, u"DEPLOYED TO"_qs, u"RELEASED TO"_qs},
                          {{d.number, d.branch.isEmpty() ? u"-"_qs : d.branch, list(d.tags), list(d.deployedTo), list(d.releasedTo)}});
    return Success;
}

SubcommandRunner deploySubcommand(const QString &name)
{
    static const QList<QPair<QString, SubcommandRunner>> all{
        {u"can-i-deploy"_qs, runCanIDeploy}, {u"record-deployment"_qs, runRecordDeployment},
        {u"record-undeployment"_qs, runRecordUndeployment}, {u"record-release"_qs, runRecordRelease},
        {u"record-support-ended"_qs, runRecordSupportEnded}, {u"list-environments"_qs, runListEnvironments},
        {u"describe-version"_qs, runDescribeVersion}};
    for (const auto &[n, runner] : all) {
        if (n == name)
            return runner;
    }
    return nullptr;
}

} // namespace Pactbench::Cli
