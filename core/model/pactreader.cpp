// SPDX-License-Identifier: MIT
#include "pactreader.h"

#include "interactionreader.h"
#include "numberplacement.h"
#include "partreader.h"
#include "readcontext.h"

#include <core/json/jsonreader.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <QThread>

#include <algorithm>
#include <cstring>
#include <future>
#include <vector>

namespace Pactbench {

using namespace detail;

namespace {

const QString kRoot = QStringLiteral("$");


Pacticipant readPacticipant(const QJsonObject &root, const QString &key, ReadContext &ctx)
{
    Pacticipant p;
    const QString path = childPath(kRoot, key);
    const QJsonObject o = ctx.object(root, key, kRoot, true);
    if (!root.contains(key))
        return p;
    p.name = ctx.string(o, QStringLiteral("name"), path, true);
    if (root.contains(key) && o.contains(u"name") && p.name.trimmed().isEmpty())
        ctx.invalid(childPath(path, QStringLiteral("name")), QStringLiteral("%1 name is empty").arg(key));
    p.extra = o;
    p.extra.remove(QStringLiteral("name"));
    return p;
}

/// Reads `metadata`, takes the specification version out, keeps everything else.
SpecVersion readMetadata(const QJsonObject &root, QJsonObject *metadata, ReadContext &ctx)
{
    QJsonObject meta = ctx.object(root, QStringLiteral("metadata"), kRoot, false);
    const QString mpath = childPath(kRoot, QStringLiteral("metadata"));
    if (meta.contains(u"pact-specification")) {
        ctx.warn(childPath(mpath, QStringLiteral("pact-specification")),
                 QStringLiteral("legacy key 'pact-specification' read as 'pactSpecification'"));
        if (!meta.contains(u"pactSpecification"))
            meta.insert(QStringLiteral("pactSpecification"), meta.take(QStringLiteral("pact-specification")));
    }
    QJsonValue version(QJsonValue::Undefined);
    QString vpath;
    if (meta.value(u"pactSpecification").isObject()) {
        QJsonObject spec = meta.value(u"pactSpecification").toObject();
        vpath = childPath(childPath(mpath, QStringLiteral("pactSpecification")), QStringLiteral("version"));
        version = spec.take(QStringLiteral("version"));
        for (auto it = spec.begin(); it != spec.end(); ++it)
            ctx.warn(childPath(childPath(mpath, QStringLiteral("pactSpecification")), it.key()),
                     QStringLiteral("unknown attribute '%1' kept as it is").arg(it.key()));
        if (spec.isEmpty())
            meta.remove(QStringLiteral("pactSpecification"));
        else
            meta.insert(QStringLiteral("pactSpecification"), spec);
    } else if (meta.contains(u"pactSpecificationVersion")) {
        vpath = childPath(mpath, QStringLiteral("pactSpecificationVersion"));
        version = meta.take(QStringLiteral("pactSpecificationVersion"));
    } else if (meta.contains(u"pactSpecification")) {
        ctx.invalid(childPath(mpath, QStringLiteral("pactSpecification")), QStringLiteral("'pactSpecification' must be an object"));
    }
    *metadata = meta;
    if (version.isUndefined()) {
        if (root.contains(u"metadata"))
            ctx.warn(mpath, QStringLiteral("no specification version; read as V3"));
        return SpecVersion::Unknown;
    }
    if (!version.isString()) {
        ctx.invalid(vpath, QStringLiteral("the specification version must be a string like \"3.0.0\", not %1").arg(jsonTypeName(version)));
        return version.isDouble() ? parseSpecVersion(QString::number(version.toDouble())) : SpecVersion::Unknown;
    }
    const SpecVersion v = parseSpecVersion(version.toString());
    if (v == SpecVersion::Unknown)
        ctx.invalid(vpath, QStringLiteral("unknown specification version '%1'; read as V3").arg(version.toString()));
    return v;
}

/// The interactions [from, to) of the `interactions` array, read into `out` (its own diagnostics).
struct InteractionRange
{
    QList<Interaction> interactions;
    QList<InteractionOrigin> origins;
    Diagnostics diagnostics;
    bool fatal = false;
};

void readInteractionRange(const QJsonArray &interactions, qsizetype from, qsizetype to, SpecVersion version,
                          InteractionRange *out)
{
    const QString ipath = childPath(kRoot, QStringLiteral("interactions"));
    try {
        for (qsizetype n = from; n < to; ++n) {
            const QString at = indexPath(ipath, n);
            const QJsonValue value = interactions.at(n);
            if (!value.isObject()) {
                ReadContext ctx(&out->diagnostics, version);
                ctx.fatal(at, QStringLiteral("an interaction must be an object, not %1").arg(jsonTypeName(value)));
            }
            const QJsonObject json = value.toObject();
            const bool v4Shape = json.contains(u"type") && version == SpecVersion::Unknown;
            ReadContext ictx(&out->diagnostics, v4Shape ? SpecVersion::V4 : version);
            if (version == SpecVersion::V4 || v4Shape)
                out->interactions.append(readV4Interaction(json, at, ictx));
            else
                out->interactions.append(readHttpInteraction(json, at, ictx));
            out->origins.append({ NumberLexemes::child(NumberLexemes::child(kRoot, u"interactions"), n),
                version == SpecVersion::V4 || v4Shape });
        }
    } catch (const FatalRead &) {
        out->fatal = true;
    }
}

/// Reads the interactions, in ranges on several threads when there are many; diagnostics stay in file
/// order, and a fatal problem stops the reading where a single thread would have stopped.
void readInteractionArray(const QJsonArray &interactions, Pact &pact, Diagnostics *diags,
                          QList<InteractionOrigin> *origins)
{
    constexpr qsizetype perRange = 128;
    const int threads = std::max(1, QThread::idealThreadCount());
    const qsizetype ranges = interactions.size() < 2 * perRange || threads == 1
        ? 1 : std::min<qsizetype>(threads, interactions.size() / perRange);
    std::vector<InteractionRange> results(ranges);
    std::vector<std::future<void>> running;
    const qsizetype size = (interactions.size() + ranges - 1) / ranges;
    for (qsizetype r = 1; r < ranges; ++r) {
        running.push_back(std::async(std::launch::async, [&, r] {
            readInteractionRange(interactions, r * size, std::min(interactions.size(), (r + 1) * size), pact.specVersion, &results[r]);
        }));
    }
    readInteractionRange(interactions, 0, std::min(interactions.size(), size), pact.specVersion, &results[0]);
    for (auto &f : running)
        f.get();
    for (InteractionRange &range : results) {
        diags->append(range.diagnostics);
        if (range.fatal)
            throw FatalRead{};
        pact.interactions.append(std::move(range.interactions));
        origins->append(std::move(range.origins));
    }
}

void readInteractions(const QJsonObject &root, Pact &pact, Diagnostics *diags, QList<InteractionOrigin> *origins)
{
    ReadContext ctx(diags, pact.specVersion);
    const bool hasInteractions = root.contains(u"interactions");
    const bool hasMessages = root.contains(u"messages");
    if (!hasInteractions && !hasMessages)
        ctx.invalid(kRoot, QStringLiteral("no 'interactions' (or 'messages') in the pact"));
    readInteractionArray(ctx.array(root, QStringLiteral("interactions"), kRoot), pact, diags, origins);
    const QJsonArray messages = ctx.array(root, QStringLiteral("messages"), kRoot);
    const QString mpath = childPath(kRoot, QStringLiteral("messages"));
    if (hasMessages && pact.specVersion == SpecVersion::V4)
        ctx.warn(mpath, QStringLiteral("V3 'messages' in a V4 pact; read as asynchronous messages"));
    for (qsizetype n = 0; n < messages.size(); ++n) {
        const QString at = indexPath(mpath, n);
        if (!messages.at(n).isObject())
            ctx.fatal(at, QStringLiteral("a message must be an object, not %1").arg(jsonTypeName(messages.at(n))));
        ReadContext mctx(diags, pact.specVersion == SpecVersion::V4 ? SpecVersion::V3 : pact.specVersion);
        pact.interactions.append(readAsyncMessage(messages.at(n).toObject(), at, mctx));
        origins->append({ NumberLexemes::child(NumberLexemes::child(kRoot, u"messages"), n), false });
    }
}

void checkUniqueDescriptions(const Pact &pact, ReadContext &ctx)
{
    QHash<QString, int> seen;
    for (qsizetype n = 0; n < pact.interactions.size(); ++n) {
        const Interaction &i = pact.interactions.at(n);
        const QString id = i.description + u'\x1f' + i.providerStateNames().join(u'\x1f');
        if (seen.contains(id))
            ctx.warn(indexPath(childPath(kRoot, QStringLiteral("interactions")), n),
                     QStringLiteral("interaction '%1' repeats the description and provider states of interaction %2")
                         .arg(i.description)
                         .arg(seen.value(id)));
        else
            seen.insert(id, int(n));
    }
}

} // namespace

ReadResult PactReader::read(const QJsonObject &root)
{
    return read(root, {});
}

ReadResult PactReader::read(const QJsonObject &root, const NumberLexemes &lexemes)
{
    ReadResult result;
    QList<InteractionOrigin> origins;
    static const QStringList pactKeys{ QStringLiteral("consumer"), QStringLiteral("provider"),
        QStringLiteral("interactions"), QStringLiteral("messages") };
    if (std::none_of(pactKeys.begin(), pactKeys.end(), [&root](const QString &key) { return root.contains(key); })) {
        // Some other JSON file (package.json, a report): not a pact with problems, not a pact at all.
        QStringList keys = root.keys();
        const QString has = keys.isEmpty() ? QStringLiteral("it is an empty object")
            : QStringLiteral("its keys: %1%2")
                  .arg(QStringList(keys.mid(0, 6)).join(QStringLiteral(", ")),
                      keys.size() > 6 ? QStringLiteral(", …") : QString());
        result.diagnostics.append({ Diagnostic::Severity::Fatal, {}, 0, 0,
            QStringLiteral("not a pact: it has no 'consumer', 'provider', 'interactions' or 'messages' (%1)").arg(has) });
        return result;
    }
    try {
        Pact pact;
        ReadContext ctx(&result.diagnostics, SpecVersion::Unknown);
        pact.specVersion = readMetadata(root, &pact.metadata, ctx);
        pact.consumer = readPacticipant(root, QStringLiteral("consumer"), ctx);
        pact.provider = readPacticipant(root, QStringLiteral("provider"), ctx);
        readInteractions(root, pact, &result.diagnostics, &origins);
        checkUniqueDescriptions(pact, ctx);
        pact.extra = ctx.unknownKeys(root, {QStringLiteral("consumer"), QStringLiteral("provider"),
                                            QStringLiteral("interactions"), QStringLiteral("messages"),
                                            QStringLiteral("metadata")}, kRoot);
        placeLexemes(pact, lexemes, origins);
        result.pact = pact;
    } catch (const FatalRead &) {
        result.pact.reset();
    }
    return result;
}

namespace {
void warnLoneSurrogates(const QByteArray &text, Diagnostics *diags);
} // namespace

QPair<int, int> lineColumnOf(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size()) + 1;
    return {line, column};
}

namespace {

/// Whether `\\u` occurs: memchr hops from backslash to backslash (rare in pacts), where a
/// two-byte QByteArray::contains walked every byte of a 3 MB pact (2.5% of reading it).
bool hasUnicodeEscape(const QByteArray &text)
{
    const char *p = text.constData();
    const char *const end = p + text.size();
    while ((p = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p))))) {
        if (++p < end && *p == 'u')
            return true;
    }
    return false;
}

/// JSON allows "\\uD800" escapes that name half a character; Qt keeps them. Say where.
void warnLoneSurrogates(const QByteArray &text, Diagnostics *diags)
{
    static const QRegularExpression escape(QStringLiteral("\\\\u([dD][89abAB][0-9a-fA-F]{2})(\\\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\\\u[dD][c-fC-F][0-9a-fA-F]{2}"));
    if (!hasUnicodeEscape(text))
        return;
    const QString s = QString::fromUtf8(text);
    auto it = escape.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0 && m.capturedLength(2) > 0)
            continue; // a proper pair
        // Preceded by an odd number of backslashes means the escape itself is escaped text.
        qsizetype back = 0;
        for (qsizetype i = m.capturedStart() - 1; i >= 0 && s.at(i) == u'\\'; --i)
            ++back;
        if (back % 2)
            continue;
        const auto [line, column] = lineColumnOf(text, s.left(m.capturedStart()).toUtf8().size());
        diags->append({Diagnostic::Severity::Warning, {}, line, column,
                       QStringLiteral("lone UTF-16 surrogate escape %1: not a character; kept as read").arg(m.captured(0))});
        return;
    }
}

} // namespace

ReadResult PactReader::read(const QByteArray &jsonText, const ReadOptions &options)
{
    QByteArray text = jsonText;
    qsizetype bom = 0;
    if (text.startsWith("\xEF\xBB\xBF"))
        bom = 3;
    if (text.sliced(bom).trimmed().isEmpty()) {
        // Qt would say "illegal value" at 1:1; nothing is there to point at.
        ReadResult r;
        r.diagnostics.append({ Diagnostic::Severity::Fatal, {}, 0, 0,
            text.isEmpty() ? QStringLiteral("the file is empty")
                           : QStringLiteral("the file is empty (it holds only white space)") });
        return r;
    }
    const JsonReadResult json = JsonReader::read(bom ? text.mid(bom) : text, options.numberSpellings);
    if (!json.ok()) {
        ReadResult r;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Fatal;
        const auto [line, column] = lineColumnOf(text, json.errorOffset + bom);
        d.line = line;
        d.column = column;
        d.message = QStringLiteral("not valid JSON: %1").arg(json.error);
        r.diagnostics.append(d);
        return r;
    }
    if (!json.value.isObject()) {
        ReadResult r;
        r.diagnostics.append({ Diagnostic::Severity::Fatal, kRoot, 0, 0,
            QStringLiteral("a pact file must hold a JSON object, not %1")
                .arg(json.value.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar")) });
        return r;
    }
    ReadResult result = read(json.value.toObject(), json.lexemes);
    if (result.pact)
        result.pact->trailingNewline = text.endsWith('\n');
    warnLoneSurrogates(text, &result.diagnostics);
    return result;
}

ReadResult PactReader::readFile(const QString &path, const ReadOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.diagnostics.append({Diagnostic::Severity::Fatal, {}, 0, 0,
                              QStringLiteral("cannot read '%1': %2").arg(path, f.errorString())});
        return r;
    }
    return read(f.readAll(), options);
}

HttpRequest PactReader::readRequest(const QJsonObject &json, SpecVersion version, Diagnostics *diagnostics)
{
    ReadContext ctx(diagnostics, version);
    try {
        return readHttpRequest(json, QStringLiteral("$"), ctx);
    } catch (const FatalRead &) {
        return {};
    }
}

HttpResponse PactReader::readResponse(const QJsonObject &json, SpecVersion version, Diagnostics *diagnostics)
{
    ReadContext ctx(diagnostics, version);
    try {
        return readHttpResponse(json, QStringLiteral("$"), ctx);
    } catch (const FatalRead &) {
        return {};
    }
}

MessageContents PactReader::readMessage(const QJsonObject &json, SpecVersion version, Diagnostics *diagnostics)
{
    ReadContext ctx(diagnostics, version);
    try {
        return readMessageContents(json, QStringLiteral("$"), ctx, commonInteractionKeys());
    } catch (const FatalRead &) {
        return {};
    }
}

} // namespace Pactbench
