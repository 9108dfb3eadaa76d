// SPDX-License-Identifier: MIT
// pactbench-cli inspect FILE [--json]
#include "commands.h"
#include "diagnosticprinter.h"

#include <core/model/pactreader.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Cli {

namespace {

QString summaryLine(const Interaction &i)
{
    switch (i.kind) {
    case InteractionKind::SynchronousHttp:
        return i.request.method.toUpper() + u' ' + i.request.path + QStringLiteral(" → ") + QString::number(i.response.status);
    case InteractionKind::AsynchronousMessage:
        return QStringLiteral("message ") + i.message.effectiveContentType();
    case InteractionKind::SynchronousMessages:
        return QStringLiteral("request ") + i.messageRequest.effectiveContentType() + QStringLiteral(" → %1 response(s)").arg(i.messageResponses.size());
    case InteractionKind::Unsupported:
        return QStringLiteral("type '%1'").arg(i.extra.value(u"type").toString());
    }
    return {};
}

QJsonObject interactionJson(const Interaction &i, int index)
{
    QJsonObject o;
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("kind"), i.kind == InteractionKind::Unsupported ? i.extra.value(u"type").toString()
                                                                            : interactionKindTypeName(i.kind));
    o.insert(QStringLiteral("description"), i.description);
    o.insert(QStringLiteral("providerStates"), QJsonArray::fromStringList(i.providerStateNames()));
    o.insert(QStringLiteral("matchers"), i.matcherCount());
    o.insert(QStringLiteral("generators"), i.generatorCount());
    if (!i.key.isEmpty())
        o.insert(QStringLiteral("key"), i.key);
    o.insert(QStringLiteral("pending"), i.pending);
    if (i.isHttp()) {
        o.insert(QStringLiteral("method"), i.request.method);
        o.insert(QStringLiteral("path"), i.request.path);
        o.insert(QStringLiteral("status"), i.response.status);
    }
    return o;
}

QJsonObject pactJson(const Pact &pact, const Diagnostics &diagnostics)
{
    QJsonObject o;
    o.insert(QStringLiteral("consumer"), pact.consumer.name);
    o.insert(QStringLiteral("provider"), pact.provider.name);
    o.insert(QStringLiteral("specification"), specVersionLabel(pact.specVersion));
    QJsonArray interactions;
    for (int n = 0; n < pact.interactions.size(); ++n)
        interactions.append(interactionJson(pact.interactions.at(n), n));
    o.insert(QStringLiteral("interactions"), interactions);
    o.insert(QStringLiteral("diagnostics"), diagnosticsToJson(diagnostics));
    return o;
}

void printText(const Pact &pact, QTextStream &out)
{
    out << "consumer:      " << pact.consumer.name << '\n';
    out << "provider:      " << pact.provider.name << '\n';
    out << "specification: " << specVersionLabel(pact.specVersion);
    if (pact.specVersion == SpecVersion::Unknown)
        out << " (read as V3)";
    out << '\n';
    int counts[4] = {0, 0, 0, 0};
    for (const Interaction &i : pact.interactions)
        ++counts[int(i.kind)];
    out << "interactions:  " << pact.interactions.size() << " (" << counts[0] << " HTTP, " << counts[1]
        << " asynchronous message, " << counts[2] << " synchronous message";
    if (counts[3])
        out << ", " << counts[3] << " of unknown type";
    out << ")\n";
    for (int n = 0; n < pact.interactions.size(); ++n) {
        const Interaction &i = pact.interactions.at(n);
        out << "\n[" << n << "] " << interactionKindLabel(i.kind) << ": " << i.description << (i.pending ? "  (pending)" : "") << '\n';
        out << "    " << summaryLine(i) << '\n';
        if (!i.providerStates.isEmpty())
            out << "    states: " << i.providerStateNames().join(QStringLiteral("; ")) << '\n';
        out << "    matchers: " << i.matcherCount() << ", generators: " << i.generatorCount() << '\n';
    }
}

} // namespace

int runInspect(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show a pact's consumer, provider, version and interactions."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The pact file."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    parser.addOption(json);
    if (const int rc = parseArguments(parser, arguments, io, 1, 1); rc >= 0)
        return rc;
    const QString file = parser.positionalArguments().constFirst();
    const ReadResult r = PactReader::readFile(file);
    printDiagnostics(file, r.diagnostics, io.err, !r.ok());
    if (!r.ok())
        return Failure;
    if (parser.isSet(json))
        io.out << QJsonDocument(pactJson(*r.pact, r.diagnostics)).toJson(QJsonDocument::Indented);
    else
        printText(*r.pact, io.out);
    return Success;
}

} // namespace Pactbench::Cli
