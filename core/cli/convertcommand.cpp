// SPDX-License-Identifier: MIT
// pactbench-cli convert FILE --to v3|v4 [-o OUT] [--allow-loss]
#include "commands.h"
#include "diagnosticprinter.h"

#include <core/model/pactreader.h>
#include <core/model/pactwriter.h>

#include <QCommandLineParser>

namespace Pactbench::Cli {

int runConvert(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a pact as V3 or V4 JSON. When the target cannot hold everything (V4 → V3), the loss report\n"
        "is printed and nothing is written unless --allow-loss is given."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The pact file."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Target version: v3 or v4."), QStringLiteral("version"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write here (atomically) instead of standard output."), QStringLiteral("file"));
    const QCommandLineOption allowLoss(QStringLiteral("allow-loss"), QStringLiteral("Write even when the loss report is not empty."));
    parser.addOption(to);
    parser.addOption(output);
    parser.addOption(allowLoss);
    if (const int rc = parseArguments(parser, arguments, io, 1, 1); rc >= 0)
        return rc;
    const SpecVersion target = parseSpecVersion(parser.value(to));
    if (!parser.isSet(to) || !PactWriter::canWrite(target)) {
        io.err << arguments.value(0) << ": --to must be v3 or v4\n";
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const ReadResult r = PactReader::readFile(file);
    printDiagnostics(file, r.diagnostics, io.err, true);
    if (!r.ok())
        return Failure;
    LossReport losses;
    const QByteArray bytes = PactWriter::write(*r.pact, target, &losses);
    for (const Loss &l : losses)
        io.err << "loss: " << l.toString() << '\n';
    if (!losses.isEmpty() && !parser.isSet(allowLoss)) {
        io.err << arguments.value(0) << ": " << losses.size() << " thing(s) cannot be written as "
               << specVersionLabel(target) << "; nothing written (use --allow-loss to write anyway)\n";
        return Failure;
    }
    if (!parser.isSet(output)) {
        io.out << QString::fromUtf8(bytes);
        return Success;
    }
    QString error;
    if (!PactWriter::writeFile(parser.value(output), *r.pact, target, &error)) {
        io.err << arguments.value(0) << ": " << error << '\n';
        return Failure;
    }
    return Success;
}

} // namespace Pactbench::Cli
