// SPDX-License-Identifier: MIT
// pactbench-cli import har|curl|wiremock|postman FILE… -o OUT [--consumer NAME] [--provider NAME]
//                      [--pact-version 3|4] [--no-matchers] [--secret-header NAME] [--secret-query NAME]
// Reads recorded traffic and writes a new pact of it, matchers inferred.
#include "captureoptions.h"
#include "commands.h"

#include <core/capture/import/importer.h>

#include <QCommandLineParser>

namespace Pactbench::Cli {

int runImport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import recorded traffic as a new pact: HAR 1.2 (a browser's \"Save all as HAR\"), curl command lines\n"
        "(one per line, as devtools copy them), WireMock stub mappings (files or a folder) or a Postman v2.1\n"
        "collection with saved example responses. Secrets become placeholders with regex matchers; matchers are\n"
        "inferred from the values unless --no-matchers. Exit 0 when written, 1 when nothing could be, 2 when an\n"
        "input is unusable."));
    parser.addPositionalArgument(QStringLiteral("FORMAT"), QStringLiteral("har, curl, wiremock or postman."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import (a folder for wiremock)."),
                                 QStringLiteral("FILE…"));
    const CaptureCliOptions o;
    o.addTo(parser);
    if (const int rc = parseArguments(parser, arguments, io, 2, -1); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    const std::optional<Import::Format> format = Import::formatFromName(positional.first());
    if (!format) {
        io.err << "import: unknown format '" << positional.first() << "': har, curl, wiremock or postman\n";
        return Usage;
    }
    CaptureOptions options;
    QString problem;
    if (!o.read(parser, &options, &problem)) {
        io.err << "import: " << problem << '\n';
        return Usage;
    }
    CaptureBatch batch;
    for (const QString &file : positional.mid(1)) {
        const Import::Result r = Import::readFile(*format, file);
        if (!r.ok()) {
            io.err << "import: " << r.error << '\n';
            return Usage;
        }
        batch.exchanges += r.batch.exchanges;
        batch.notes += r.batch.notes;
    }
    return writeCapturedPact(batch, options, parser.value(o.output), QStringLiteral("import"), io);
}

} // namespace Pactbench::Cli
