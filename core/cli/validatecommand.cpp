// SPDX-License-Identifier: MIT
// pactbench-cli validate FILE… [--strict] [--quiet]
#include "commands.h"
#include "diagnosticprinter.h"

#include <core/model/pactreader.h>

#include <QCommandLineParser>

namespace Pactbench::Cli {

int runValidate(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check pact files against the Pact specification. Errors and warnings go to stderr, located by\n"
        "line:column (syntax) or JSON path (structure). Exit 0 when every file is valid, 1 otherwise."));
    parser.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("Pact files."));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Count warnings as errors."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print errors only, not warnings."));
    parser.addOption(strict);
    parser.addOption(quiet);
    if (const int rc = parseArguments(parser, arguments, io, 1, -1); rc >= 0)
        return rc;
    int invalid = 0;
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) {
        const ReadResult r = PactReader::readFile(file);
        const bool bad = hasErrors(r.diagnostics) || (parser.isSet(strict) && !r.diagnostics.isEmpty());
        printDiagnostics(file, r.diagnostics, io.err, parser.isSet(quiet));
        io.out << file << ": " << (bad ? "invalid" : "valid") << '\n';
        invalid += bad ? 1 : 0;
    }
    if (files.size() > 1)
        io.out << files.size() - invalid << " valid, " << invalid << " invalid\n";
    return invalid ? Failure : Success;
}

} // namespace Pactbench::Cli
