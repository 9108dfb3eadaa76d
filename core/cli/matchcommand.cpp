// SPDX-License-Identifier: MIT
// pactbench-cli match --request|--response|--message [--spec v1|v1.1|v2|v3|v4] CASE.json [--json]
#include "commands.h"

#include <core/json/jsonreader.h>
#include <core/matching/speccase.h>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Cli {

namespace {

bool isV4Body(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return v.isObject() && (o.contains(u"content") || o.contains(u"contentType")) && o.size() <= 4;
}

/// The version a case is written in, when neither --spec nor its path says.
SpecVersion guessVersion(const QJsonObject &root)
{
    bool v2Rules = false, v3 = false;
    for (const char *side : {"expected", "actual"}) {
        const QJsonObject part = root.value(QLatin1String(side)).toObject();
        if (isV4Body(part.value(u"body")) || isV4Body(part.value(u"contents")))
            return SpecVersion::V4;
        const QJsonObject rules = part.value(u"matchingRules").toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it)
            (it.key().startsWith(u'$') ? v2Rules : v3) = true;
        if (part.value(u"query").isObject() || part.contains(u"contents") || part.contains(u"metaData"))
            v3 = true;
    }
    if (v3)
        return SpecVersion::V3;
    return v2Rules ? SpecVersion::V2 : SpecVersion::V3;
}

QString kindName(PartKind kind)
{
    return kind == PartKind::Request ? QStringLiteral("request")
        : kind == PartKind::Response ? QStringLiteral("response")
                                     : QStringLiteral("message");
}

QJsonObject resultJson(const MatchResult &result, PartKind kind, SpecVersion version)
{
    QJsonArray mismatches;
    for (const Mismatch &m : result.mismatches) {
        mismatches.append(QJsonObject{{QStringLiteral("kind"), mismatchKindName(m.kind)},
                                      {QStringLiteral("path"), m.path},
                                      {QStringLiteral("expected"), m.expected},
                                      {QStringLiteral("actual"), m.actual},
                                      {QStringLiteral("mismatch"), m.sentence}});
    }
    return QJsonObject{{QStringLiteral("match"), result.matched()},
                       {QStringLiteral("score"), result.score()},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("specification"), specVersionLabel(version)},
                       {QStringLiteral("mismatches"), mismatches}};
}

int chooseKind(const QCommandLineParser &parser, const QString &file, PartKind *kind, Io &io, const QString &prog)
{
    const int flags = int(parser.isSet(QStringLiteral("request"))) + int(parser.isSet(QStringLiteral("response")))
        + int(parser.isSet(QStringLiteral("message")));
    if (flags > 1) {
        io.err << prog << ": give only one of --request, --response, --message\n";
        return Usage;
    }
    if (flags == 1) {
        *kind = parser.isSet(QStringLiteral("request")) ? PartKind::Request
            : parser.isSet(QStringLiteral("response"))  ? PartKind::Response
                                                         : PartKind::Message;
        return -1;
    }
    SpecVersion ignored;
    if (SpecCase::guessFromPath(QFileInfo(file).absoluteFilePath(), kind, &ignored))
        return -1;
    io.err << prog << ": say which part the case holds: --request, --response or --message\n";
    return Usage;
}

} // namespace

int runMatch(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Match the actual part of a test case against its expected part."));
    parser.addOption({QStringLiteral("request"), QStringLiteral("The case holds HTTP requests.")});
    parser.addOption({QStringLiteral("response"), QStringLiteral("The case holds HTTP responses.")});
    parser.addOption({QStringLiteral("message"), QStringLiteral("The case holds messages.")});
    parser.addOption({QStringLiteral("spec"), QStringLiteral("Pact format of the case: v1, v1.1, v2, v3 or v4 (default: the case's own)."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    parser.addPositionalArgument(QStringLiteral("CASE.json"), QStringLiteral("A file {\"expected\": …, \"actual\": …}."));
    const int parsed = parseArguments(parser, arguments, io, 1, 1);
    if (parsed >= 0)
        return parsed;
    const QString prog = arguments.value(0);
    const QString file = parser.positionalArguments().constFirst();
    PartKind kind = PartKind::Request;
    if (const int rc = chooseKind(parser, file, &kind, io, prog); rc >= 0)
        return rc;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << prog << ": cannot read " << file << ": " << f.errorString() << '\n';
        return Usage;
    }
    const QByteArray bytes = f.readAll();
    SpecVersion version = SpecVersion::Unknown;
    if (parser.isSet(QStringLiteral("spec"))) {
        version = parseSpecVersion(parser.value(QStringLiteral("spec")));
        if (version == SpecVersion::Unknown) {
            io.err << prog << ": unknown --spec '" << parser.value(QStringLiteral("spec")) << "' (v1, v1.1, v2, v3, v4)\n";
            return Usage;
        }
    } else {
        PartKind ignored;
        if (!SpecCase::guessFromPath(QFileInfo(file).absoluteFilePath(), &ignored, &version)) {
            const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
            version = guessVersion(JsonReader::read(text).value.toObject());
        }
    }
    QString error;
    const auto c = SpecCase::read(bytes, kind, version, &error);
    if (!c) {
        io.err << prog << ": " << file << ": " << error << '\n';
        return Usage;
    }
    const MatchResult result = c->run();
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(resultJson(result, kind, version)).toJson(QJsonDocument::Indented);
    } else if (result.matched()) {
        io.out << "MATCH\n";
    } else {
        io.out << "MISMATCH (" << result.mismatches.size() << ")\n";
        for (const Mismatch &m : result.mismatches)
            io.out << "  " << m.toString() << '\n';
    }
    return result.matched() ? Success : Failure;
}

} // namespace Pactbench::Cli
