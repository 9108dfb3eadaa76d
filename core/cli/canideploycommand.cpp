// SPDX-License-Identifier: MIT
// pactbench-cli broker can-i-deploy: the reference client's `pact broker can-i-deploy` (18.1.2), its
// options (those after each --pacticipant belong to it), output formats and exit codes, and --explain.
#include "canideploycommand.h"

#include "commands.h"
#include "deploycommon.h"
#include "otlpexport.h"

#include <core/broker/brokerclient.h>
#include <core/broker/canideployexplanation.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace Pactbench::Cli {

namespace {

/// The options that belong to the --pacticipant (or --ignore) before them, split off the rest.
struct SelectorArguments
{
    QList<MatrixSelector> selectors;
    QList<MatrixIgnore> ignore;
    QStringList rest; ///< every other argument, in order, for QCommandLineParser
    QString error;
};

/// `--name=value` or `--name value`: the value, advancing `i` past what it used; empty with `ok` false when missing.
QString valueOf(const QStringList &args, qsizetype &i, const QString &inlineValue, bool hasInline, bool *ok)
{
    *ok = true;
    if (hasInline)
        return inlineValue;
    if (i + 1 >= args.size()) {
        *ok = false;
        return {};
    }
    return args.at(++i);
}

SelectorArguments splitSelectors(const QStringList &args)
{
    SelectorArguments out;
    enum class Last { None, Selector, Ignore } last = Last::None;
    for (qsizetype i = 0; i < args.size() && out.error.isEmpty(); ++i) {
        const QString &arg = args.at(i);
        const qsizetype eq = arg.startsWith(u"--"_qs) ? arg.indexOf(u'=') : -1;
        const QString name = eq > 0 ? arg.left(eq) : arg;
        const QString inlineValue = eq > 0 ? arg.mid(eq + 1) : QString();
        bool ok = true;
        const auto needSelector = [&out, &last, &name] {
            if (last != Last::Selector && out.error.isEmpty())
                out.error = name + u" must come after the --pacticipant it belongs to"_qs;
            return last == Last::Selector;
        };
        if (name == u"--pacticipant" || name == u"-a") {
            out.selectors << MatrixSelector{valueOf(args, i, inlineValue, eq > 0, &ok), {}, {}, {}, false, false, {}};
            last = Last::Selector;
        } else if (name == u"--ignore") {
            out.ignore << MatrixIgnore{valueOf(args, i, inlineValue, eq > 0, &ok), {}};
            last = Last::Ignore;
        } else if (name == u"--version" || name == u"-e") {
            const QString v = valueOf(args, i, inlineValue, eq > 0, &ok);
            if (last == Last::Ignore)
                out.ignore.last().version = v;
            else if (needSelector())
                out.selectors.last().version = v;
        } else if (name == u"--latest" || name == u"-l") {
            if (needSelector()) {
                out.selectors.last().latest = true;
                if (eq > 0)
                    out.selectors.last().tag = inlineValue;
                else if (i + 1 < args.size() && !args.at(i + 1).startsWith(u'-'))
                    out.selectors.last().tag = args.at(++i);
            }
        } else if (name == u"--tag" || name == u"--branch") {
            const QString v = valueOf(args, i, inlineValue, eq > 0, &ok);
            if (needSelector())
                (name == u"--tag" ? out.selectors.last().tag : out.selectors.last().branch) = v;
        } else if (name == u"--main-branch" || name == u"--no-main-branch" || name == u"--skip-main-branch") {
            if (needSelector())
                out.selectors.last().mainBranch = name == u"--main-branch";
        } else {
            out.rest << arg;
        }
        if (!ok && out.error.isEmpty())
            out.error = name + u" needs a value"_qs;
    }
    return out;
}

struct Options
{
    DeployBrokerOptions broker;
    QCommandLineOption toEnvironment{u"to-environment"_qs, u"The environment the pacticipant(s) are to be deployed to."_qs, u"environment"_qs};
    QCommandLineOption to{u"to"_qs, u"The tag of the versions the pacticipant(s) are to be deployed with."_qs, u"tag"_qs};
    QCommandLineOption output{{u"o"_qs, u"output"_qs}, u"json, table (default), pretty (indented JSON) or text."_qs, u"format"_qs};
    QCommandLineOption retryWhileUnknown{u"retry-while-unknown"_qs, u"Ask again this many times while the verdict is unknown."_qs, u"times"_qs};
    QCommandLineOption retryInterval{u"retry-interval"_qs, u"Seconds between those tries (default 10)."_qs, u"seconds"_qs};
    QCommandLineOption dryRun{u"dry-run"_qs, u"Exit with 0 even when the answer is no (also PACT_BROKER_CAN_I_DEPLOY_DRY_RUN=true)."_qs};
    QCommandLineOption explain{u"explain"_qs, u"For each blocking row: why, and the next step."_qs};

    void addTo(QCommandLineParser &parser) const
    {
        broker.addTo(parser);
        parser.addOptions({toEnvironment, to, output, retryWhileUnknown, retryInterval, dryRun, explain});
        parser.addOption({{u"a"_qs, u"pacticipant"_qs}, u"A pacticipant; the options below follow the one they belong to."_qs, u"name"_qs});
        parser.addOption({{u"e"_qs, u"version"_qs}, u"Its version."_qs, u"version"_qs});
        parser.addOption({{u"l"_qs, u"latest"_qs}, u"Its latest version, optionally with a tag: --latest [TAG]."_qs});
        parser.addOption({u"tag"_qs, u"Its versions with this tag."_qs, u"tag"_qs});
        parser.addOption({u"branch"_qs, u"Its versions on this branch."_qs, u"branch"_qs});
        parser.addOption({u"main-branch"_qs, u"Its versions on its main branch."_qs});
        parser.addOption({u"no-main-branch"_qs, u"Not its main branch."_qs});
        parser.addOption({u"skip-main-branch"_qs, u"Not its main branch."_qs});
        parser.addOption({u"ignore"_qs, u"Leave this pacticipant (and, with --version after it, only that version) out of the verdict (also PACT_BROKER_CAN_I_DEPLOY_IGNORE, comma-separated)."_qs, u"name"_qs});
    }
};

/// The reference client's query: latestby=cvpv with an environment or several selectors, else cvp and latest=true.
MatrixQuery queryFrom(const SelectorArguments &split, const QCommandLineParser &parser, const Options &o)
{
    MatrixQuery q;
    q.selectors = split.selectors;
    q.ignore = split.ignore;
    for (const QString &name : qEnvironmentVariable("PACT_BROKER_CAN_I_DEPLOY_IGNORE").split(u',', Qt::SkipEmptyParts))
        q.ignore << MatrixIgnore{name.trimmed(), {}};
    q.toEnvironment = parser.value(o.toEnvironment);
    q.toTag = parser.value(o.to);
    q.latestBy = (!q.toEnvironment.isEmpty() || q.selectors.size() > 1) ? u"cvpv"_qs : u"cvp"_qs;
    if (q.toEnvironment.isEmpty() && q.selectors.size() == 1)
        q.latest = true;
    return q;
}

void waitSeconds(double seconds)
{
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
}

QString successText(const MatrixRow &row)
{
    const QString s = !row.success ? u"unknown"_qs : *row.success ? u"true"_qs : u"false"_qs;
    return row.ignored ? s + u" (ignored)"_qs : s;
}

void printTable(const Matrix &m, Io &io)
{
    QList<QStringList> rows;
    QStringList results;
    for (const MatrixRow &r : m.rows) {
        QString index;
        if (r.hasVerification()) {
            results << r.verificationUrl.toDisplayString(QUrl::RemoveUserInfo) + (*r.success ? u" (success)"_qs : u" (failure)"_qs);
            index = QString::number(results.size());
        }
        rows << QStringList{r.consumer, r.consumerVersion.number, r.provider,
                            r.providerVersion.number.isEmpty() ? u"???"_qs : r.providerVersion.number, successText(r), index};
    }
    if (!rows.isEmpty())
        io.out << formatTable({u"CONSUMER"_qs, u"C.VERSION"_qs, u"PROVIDER"_qs, u"P.VERSION"_qs, u"SUCCESS?"_qs, u"RESULT#"_qs}, rows);
    if (!results.isEmpty()) {
        io.out << "\nVERIFICATION RESULTS\n--------------------\n";
        for (qsizetype i = 0; i < results.size(); ++i)
            io.out << i + 1 << ". " << results.at(i) << '\n';
    }
    if (!rows.isEmpty() || !results.isEmpty())
        io.out << '\n';
}

void printVerdict(const Matrix &m, Io &io)
{
    if (m.notices.isEmpty() && !m.summary.reason.isEmpty())
        io.out << m.summary.reason << '\n';
    for (const BrokerNotice &n : m.notices)
        io.out << n.text << '\n';
    io.out << '\n' << (m.summary.deployable == true ? u"Computer says yes \\o/"_qs : u"Computer says no \u00af\\_(\u30c4)_/\u00af"_qs) << '\n';
}

void printExplanation(const MatrixQuery &q, const Matrix &m, QTextStream &s)
{
    const CanIDeployExplanation e = explainCanIDeploy(q, m);
    s << '\n' << e.verdict << '\n';
    for (const BlockingReason &r : e.blocking)
        s << "  - " << r.why << ".\n    Next: " << r.nextStep << ".\n";
}

int report(const MatrixQuery &q, const Matrix &m, const QString &format, bool explain, bool dryRun, Io &io)
{
    if (format == u"json" || format == u"pretty")
        io.out << QJsonDocument(m.document).toJson(format == u"json" ? QJsonDocument::Compact : QJsonDocument::Indented).trimmed() << '\n';
    if (format == u"table")
        printTable(m, io);
    if (format == u"table" || format == u"text")
        printVerdict(m, io);
    if (explain)
        printExplanation(q, m, format == u"table" || format == u"text" ? io.out : io.err);
    if (m.summary.deployable == true)
        return Success;
    if (dryRun) {
        // Beside JSON on standard output, the note goes to standard error so that the output stays JSON.
        (format == u"table" || format == u"text" ? io.out : io.err) << "Dry run: exit code 0 although the answer is no\n";
        return Success;
    }
    return Failure;
}

} // namespace

int runCanIDeploy(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    const SelectorArguments split = splitSelectors(arguments.mid(1));
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    if (const int rc = parseArguments(parser, QStringList{program} + split.rest, io, 0, 0); rc >= 0)
        return rc;
    const QString format = parser.isSet(o.output) ? parser.value(o.output) : u"table"_qs;
    QString problem = split.error;
    if (problem.isEmpty() && split.selectors.isEmpty())
        problem = u"--pacticipant is required"_qs;
    if (problem.isEmpty() && !QStringList{u"json"_qs, u"table"_qs, u"pretty"_qs, u"text"_qs}.contains(format))
        problem = u"--output must be json, table, pretty or text, not '"_qs + format + u'\'';
    if (problem.isEmpty() && parser.isSet(o.toEnvironment) && parser.isSet(o.to))
        problem = u"give --to-environment or --to, not both"_qs;
    bool retriesOk = true, intervalOk = true;
    const int retries = parser.isSet(o.retryWhileUnknown) ? parser.value(o.retryWhileUnknown).toInt(&retriesOk) : 0;
    const double interval = parser.isSet(o.retryInterval) ? parser.value(o.retryInterval).toDouble(&intervalOk) : 10.0;
    if (problem.isEmpty() && (!retriesOk || retries < 0 || retries > 1000))
        problem = u"--retry-while-unknown must be a whole number from 0 to 1000"_qs;
    if (problem.isEmpty() && (!intervalOk || interval < 0 || interval > 3600))
        problem = u"--retry-interval must be a number of seconds from 0 to 3600"_qs;
    if (!problem.isEmpty()) {
        io.err << program << ": " << problem << '\n';
        return Usage;
    }
    BrokerConnection connection;
    std::shared_ptr<OtlpTraceExport> traces; // destroyed after the client: exports its spans
    if (!o.broker.connection(parser, program, io, &connection, &traces))
        return Usage;
    const MatrixQuery query = queryFrom(split, parser, o);
    BrokerClient client(connection);
    reportRetries(client, program, io);
    Matrix matrix;
    for (int attempt = 0;; ++attempt) {
        auto *reply = client.matrix(query);
        if (!awaitReply(reply, program, io))
            return Failure;
        matrix = reply->value();
        reply->deleteLater();
        if (matrix.summary.deployable || attempt >= retries)
            break;
        io.err << program << ": the verdict is unknown (verification results missing); asking again in " << interval
               << " s (" << attempt + 1 << " of " << retries << ")\n";
        waitSeconds(interval);
    }
    // As the reference: PACT_BROKER_CAN_I_DEPLOY_DRY_RUN=true for a "break glass" build without editing the command.
    const bool dryRun = parser.isSet(o.dryRun) || qEnvironmentVariable("PACT_BROKER_CAN_I_DEPLOY_DRY_RUN") == u"true";
    return report(query, matrix, format, parser.isSet(o.explain), dryRun, io);
}

} // namespace Pactbench::Cli
