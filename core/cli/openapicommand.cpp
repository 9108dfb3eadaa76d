// SPDX-License-Identifier: MIT
// pactbench-cli openapi SPEC PACT… [--format text|json] [--examples-only] [--coverage]
// Checks consumer pacts against the provider's OpenAPI document (3.0, 3.1, Swagger 2.0; a file or a URL).
#include "commands.h"
#include "diagnosticprinter.h"
#include "processend.h"

#include <core/model/pactreader.h>
#include <core/net/guardedfetch.h>
#include <core/openapi/checker.h>
#include <core/openapi/findingformat.h>
#include <core/openapi/spec/specloader.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <chrono>
#include <future>
#include <memory>

namespace Pactbench::Cli {

namespace {

struct OpenApiOptions
{
    QCommandLineOption format{u"format"_qs, u"Output: text (default) or json (swagger-mock-validator's shape)."_qs, u"format"_qs};
    QCommandLineOption examplesOnly{u"examples-only"_qs,
        u"Check only the examples, as swagger-mock-validator does (no findings from matching rules)."_qs};
    QCommandLineOption coverage{u"coverage"_qs, u"Also list the document's operations and responses no interaction exercises."_qs};
    QCommandLineOption additional{u"additional-properties-in-response"_qs,
        u"Allow response bodies properties the schema does not declare (swagger-mock-validator's option)."_qs};
    QCommandLineOption required{u"required-properties-in-response"_qs,
        u"Enforce `required` in response schemas (swagger-mock-validator's option)."_qs};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({format, examplesOnly, coverage, additional, required}); }
};

/// A document by URL, synchronously (redirects and size bounded by GuardedFetch).
std::optional<QByteArray> fetchUrl(const QString &location, QString *error)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    FetchRequest request;
    request.request = QNetworkRequest(QUrl(location));
    request.request.setTransferTimeout(30000);
    request.maxBodyBytes = 64ll * 1024 * 1024;
    FetchResult result;
    GuardedFetch::start(&nam, request, [&](const FetchResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.failure != FetchResult::Failure::None) {
        *error = result.errorText;
        return std::nullopt;
    }
    if (result.status < 200 || result.status > 299) {
        *error = QStringLiteral("HTTP status %1").arg(result.status);
        return std::nullopt;
    }
    return result.body;
}

/// The document and its checker.
struct Prepared
{
    std::optional<OpenApi::Spec> spec;
    std::unique_ptr<OpenApi::Checker> checker;
};

/**
 * The document, read while the pacts are: a file in a second thread, which then compiles the body
 * schemas; a URL here, where the network lives.
 */
struct SpecLoad
{
    std::future<Prepared> file;
    OpenApi::SpecError error;
    QString fetchProblem;
};

void startSpecLoad(const QString &source, const OpenApi::CheckOptions &options, SpecLoad *load)
{
    if (isUrl(source))
        return;
    load->file = std::async(std::launch::async, [source, options, load] {
        Prepared p;
        p.spec = OpenApi::loadSpecFile(source, &load->error);
        if (p.spec) {
            p.checker = std::make_unique<OpenApi::Checker>(*p.spec, options);
            p.checker->precompile();
        }
        return p;
    });
}

Prepared finishSpecLoad(const QString &source, const OpenApi::CheckOptions &options, SpecLoad *load,
                        const QString &program, Io &io)
{
    Prepared p;
    if (load->file.valid()) {
        p = load->file.get();
    } else {
        const std::optional<QByteArray> bytes = fetchUrl(source, &load->fetchProblem);
        if (!bytes) {
            io.err << program << ": cannot read " << source << ": " << load->fetchProblem << '\n';
            return {};
        }
        const OpenApi::DocumentReader reader = [](const QString &location, QString *why) { return fetchUrl(location, why); };
        p.spec = OpenApi::loadSpecBytes(*bytes, source, &load->error, reader);
        if (p.spec)
            p.checker = std::make_unique<OpenApi::Checker>(*p.spec, options);
    }
    if (!p.spec) {
        io.err << program << ": " << load->error.toString() << '\n';
        return {};
    }
    for (const OpenApi::SpecWarning &w : p.spec->warnings) {
        const QString line = w.place.line > 0 ? QStringLiteral(":%1").arg(w.place.line) : QString();
        io.err << program << ": warning: " << (w.place.file.isEmpty() ? source : w.place.file) << line << ": " << w.message
               << " (" << w.place.location << ")\n";
    }
    return p;
}

} // namespace

int runOpenApi(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check consumer pacts against the provider's OpenAPI document (OpenAPI 3.0, 3.1 or Swagger 2.0, YAML or\n"
        "JSON, a file or a URL), with swagger-mock-validator's codes. Matching rules are checked too (findings\n"
        "marked \"(matcher)\") unless --examples-only. Message interactions are skipped (AsyncAPI is not supported).\n"
        "Exit 0 when compatible, 1 when any error, 2 when an input is unusable."));
    parser.addPositionalArgument(u"SPEC"_qs, u"The OpenAPI document: a file or a URL."_qs);
    parser.addPositionalArgument(u"PACT"_qs, u"Pact files to check."_qs, u"PACT…"_qs);
    const OpenApiOptions o;
    o.addTo(parser);
    if (const int rc = parseArguments(parser, arguments, io, 2, -1); rc >= 0)
        return rc;
    const QString program = arguments.value(0);
    const QString format = parser.isSet(o.format) ? parser.value(o.format) : u"text"_qs;
    if (format != u"text" && format != u"json") {
        io.err << program << ": --format must be text or json\n";
        return Usage;
    }
    OpenApi::CheckOptions options;
    options.examplesOnly = parser.isSet(o.examplesOnly);
    options.additionalPropertiesInResponse = parser.isSet(o.additional);
    options.requiredPropertiesInResponse = parser.isSet(o.required);
    const QStringList sources = parser.positionalArguments();
    SpecLoad specLoad;
    startSpecLoad(sources.at(0), options, &specLoad);
    QList<Pact> pacts;
    for (const QString &file : sources.mid(1)) {
        // Checked, never written back: the numbers' spellings need not be kept.
        const ReadResult r = PactReader::readFile(file, ReadOptions{.numberSpellings = false});
        printDiagnostics(file, r.diagnostics, io.err, true);
        if (!r.ok()) {
            io.err << program << ": pact '" << file << "' is unusable\n";
            if (specLoad.file.valid())
                specLoad.file.wait();
            return Usage;
        }
        pacts.append(*r.pact);
    }
    QList<OpenApi::PactInput> inputs;
    for (qsizetype i = 0; i < pacts.size(); ++i)
        inputs.append({&pacts.at(i), sources.at(i + 1)});
    // The document usually takes longer to read than the pacts: meanwhile, what the matcher checks need of
    // the pacts alone.
    if (!options.examplesOnly && specLoad.file.valid()) {
        OpenApi::prepareMatcherSamples(inputs, [&specLoad] {
            return specLoad.file.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
        });
    }
    Prepared prepared = finishSpecLoad(sources.at(0), options, &specLoad, program, io);
    if (!prepared.checker)
        return Usage;
    OpenApi::CheckReport report = prepared.checker->check(inputs);
    if (format == u"json")
        io.out << QString::fromUtf8(QJsonDocument(OpenApi::toJson(report, parser.isSet(o.coverage))).toJson(QJsonDocument::Indented));
    else
        io.out << OpenApi::formatText(report, parser.isSet(o.coverage));
    const int rc = report.ok() ? Success : Failure;
    leaveToProcessEnd(std::move(report));
    leaveToProcessEnd(std::move(prepared));
    leaveToProcessEnd(std::move(pacts));
    return rc;
}

} // namespace Pactbench::Cli
