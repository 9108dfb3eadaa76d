// SPDX-License-Identifier: MIT
// pactbench-cli convert FILE [--to VERSION] [-o OUT] [--allow-loss]
#include "commands.h"
#include "diagnosticprinter.h"

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <QCommandLineParser>

namespace Pactbench::Cli {

namespace {

QString writableVersions()
{
    QStringList out;
    for (SpecVersion v : { SpecVersion::V1, SpecVersion::V1_1, SpecVersion::V2, SpecVersion::V3, SpecVersion::V4 }) {
        if (PactWriter::canWrite(v))
            out.append(specVersionLabel(v).toLower());
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

int runConvert(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a pact as JSON the way Pact's reference implementation writes it (sorted keys, two-space\n"
        "indentation, numbers as written). Without --to the pact keeps its own version, exactly as the\n"
        "workbench's File > Save writes it. When the target cannot hold everything (V4 → V3), the loss\n"
        "report is printed and nothing is written unless --allow-loss is given."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The pact file."));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Target version (v2, v3 or v4); default: the pact's own."), QStringLiteral("version"));
    const QCommandLineOption output(QStringList{ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write here instead of standard output (a regular file is replaced atomically; a device or FIFO "
                       "is written in place; - is standard output)."),
        QStringLiteral("file"));
    const QCommandLineOption allowLoss(QStringLiteral("allow-loss"), QStringLiteral("Write even when the loss report is not empty."));
    parser.addOption(to);
    parser.addOption(output);
    parser.addOption(allowLoss);
    if (const int rc = parseArguments(parser, arguments, io, 1, 1); rc >= 0)
        return rc;
    const SpecVersion wanted = parseSpecVersion(parser.value(to));
    if (parser.isSet(to) && !PactWriter::canWrite(wanted)) {
        io.err << arguments.value(0) << ": --to must be one of " << writableVersions() << '\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const ReadResult r = PactReader::readFile(file);
    printDiagnostics(file, r.diagnostics, io.err, true);
    if (!r.ok())
        return Failure;
    // Without --to: the pact's own version, exactly as the window's File › Save writes it.
    const SpecVersion target = parser.isSet(to) ? wanted : PactWriter::saveVersion(r.pact->specVersion);
    LossReport losses;
    const QByteArray bytes = PactWriter::write(*r.pact, target, &losses);
    for (const Loss &l : losses)
        io.err << "loss: " << l.toString() << '\n';
    if (!losses.isEmpty() && !parser.isSet(allowLoss)) {
        io.err << arguments.value(0) << ": " << losses.size() << " thing(s) cannot be written as "
               << specVersionLabel(target) << "; nothing written (use --allow-loss to write anyway)\n";
        return Failure;
    }
    const QString path = parser.isSet(output) ? parser.value(output) : QStringLiteral("-");
    return writeOutput(path, bytes, arguments.value(0), io) ? Success : Failure;
}

} // namespace Pactbench::Cli
