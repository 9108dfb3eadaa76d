// SPDX-License-Identifier: MIT
// pactbench-cli usage PACT_OR_DIR… [--provider NAME] [--field PATH] [--format text|json]
#include "commands.h"
#include "diagnosticprinter.h"

#include <core/diff/usage.h>
#include <core/model/pactreader.h>

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>

namespace Pactbench::Cli {

namespace {

struct Loaded
{
    Pact pact;
    QString source;
};

/// Every pact of the arguments: files as given (unusable: false), folders' `.json` files below them
/// (files that are not pacts are skipped with a note).
bool loadAll(const QStringList &sources, const QString &program, QList<Loaded> *out, Io &io)
{
    bool ok = true;
    for (const QString &source : sources) {
        if (!QFileInfo(source).isDir()) {
            const ReadResult r = PactReader::readFile(source);
            printDiagnostics(source, r.diagnostics, io.err, true);
            if (!r.ok())
                ok = false;
            else
                out->append({*r.pact, source});
            continue;
        }
        QDirIterator it(source, {u"*.json"_qs}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &file : files) {
            const ReadResult r = PactReader::readFile(file);
            if (r.ok())
                out->append({*r.pact, file});
            else
                io.err << program << ": " << file << ": skipped, not a readable pact\n";
        }
    }
    return ok;
}

} // namespace

int runUsage(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "For one provider: every response status, header and body field, and every message metadata key\n"
        "and contents field, that each consumer's pacts rely on, with the matcher that decides it.\n"
        "With --field: which consumers and interactions would break if the provider removed it (a JSON\n"
        "path such as $.items[*].id, status, header:NAME or metadata:KEY; removing a field removes what\n"
        "is below it): each interaction's example answer without it, matched against the interaction."));
    parser.addPositionalArgument(u"PACT_OR_DIR..."_qs, u"Pact files, or folders searched for .json pacts."_qs);
    const QCommandLineOption provider(u"provider"_qs, u"The provider (needed when the pacts name more than one)."_qs, u"name"_qs);
    const QCommandLineOption field(u"field"_qs, u"The field whose removal to assess."_qs, u"path"_qs);
    const QCommandLineOption format(u"format"_qs, u"Output: text (default) or json."_qs, u"format"_qs);
    parser.addOptions({provider, field, format});
    if (const int rc = parseArguments(parser, arguments, io, 1, -1); rc >= 0)
        return rc;
    const QString program = arguments.value(0);
    const QString fmt = parser.isSet(format) ? parser.value(format) : u"text"_qs;
    if (fmt != u"text" && fmt != u"json") {
        io.err << program << ": --format must be text or json\n";
        return Usage;
    }
    QList<Loaded> pacts;
    if (!loadAll(parser.positionalArguments(), program, &pacts, io))
        return Usage;
    QStringList providers;
    for (const Loaded &l : pacts) {
        if (!providers.contains(l.pact.provider.name))
            providers.append(l.pact.provider.name);
    }
    QString name = parser.value(provider);
    if (name.isEmpty() && providers.size() != 1) {
        io.err << program << ": " << (providers.isEmpty() ? u"no pacts found"_qs
                                                          : u"the pacts name several providers ("_qs + providers.join(u", "_qs) + u"); give --provider"_qs) << '\n';
        return Usage;
    }
    if (name.isEmpty())
        name = providers.first();
    if (!providers.contains(name)) {
        io.err << program << ": no pact has the provider '" << name << "' (found: " << providers.join(u", "_qs) << ")\n";
        return Usage;
    }
    if (!parser.isSet(field)) {
        QList<Diff::FieldUse> uses;
        for (const Loaded &l : pacts) {
            if (l.pact.provider.name == name)
                uses.append(Diff::fieldUses(l.pact, l.source));
        }
        io.out << (fmt == u"json" ? QString::fromUtf8(QJsonDocument(Diff::usageJson(name, uses)).toJson()) : Diff::usageText(name, uses));
        return Success;
    }
    const QString f = parser.value(field);
    QList<Diff::FieldUse> broken;
    for (const Loaded &l : pacts) {
        if (l.pact.provider.name == name)
            broken.append(Diff::brokenWithout(l.pact, l.source, f));
    }
    io.out << (fmt == u"json" ? QString::fromUtf8(QJsonDocument(Diff::impactJson(name, f, broken)).toJson()) : Diff::impactText(name, f, broken));
    return Success;
}

} // namespace Pactbench::Cli
