// SPDX-License-Identifier: MIT
#include "pactreader.h"

#include "partreader.h"
#include "readcontext.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Pactbench {

using namespace detail;

namespace {

const QString kRoot = QStringLiteral("$");

void mergeInto(QJsonObject &target, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        target.insert(it.key(), it.value());
}

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

QList<ProviderState> readProviderStates(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    QList<ProviderState> states;
    if (json.value(u"providerStates").isString()) {
        ctx.warn(childPath(path, QStringLiteral("providerStates")), QStringLiteral("'providerStates' given as a string; read as one state"));
        states.append({json.value(u"providerStates").toString(), {}, {}});
        return states;
    }
    if (json.contains(u"providerStates") && !json.value(u"providerStates").isNull()) {
        const QJsonArray arr = ctx.array(json, QStringLiteral("providerStates"), path);
        const QString apath = childPath(path, QStringLiteral("providerStates"));
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString at = indexPath(apath, i);
            if (arr.at(i).isString()) {
                ctx.warn(at, QStringLiteral("provider state given as a string"));
                states.append({arr.at(i).toString(), {}, {}});
                continue;
            }
            if (!arr.at(i).isObject())
                ctx.fatal(at, QStringLiteral("a provider state must be an object, not %1").arg(jsonTypeName(arr.at(i))));
            const QJsonObject o = arr.at(i).toObject();
            ProviderState s;
            s.name = ctx.string(o, QStringLiteral("name"), at, true);
            s.params = ctx.object(o, QStringLiteral("params"), at, false);
            s.extra = ctx.unknownKeys(o, {QStringLiteral("name"), QStringLiteral("params")}, at);
            states.append(s);
        }
        return states;
    }
    for (const QString &legacy : {QStringLiteral("providerState"), QStringLiteral("provider_state")}) {
        if (!json.contains(legacy))
            continue;
        const QJsonValue v = json.value(legacy);
        if (v.isNull())
            return states;
        if (ctx.version() == SpecVersion::V4)
            ctx.invalid(childPath(path, legacy), QStringLiteral("legacy '%1' in a V4 pact; use 'providerStates'").arg(legacy));
        const QString name = ctx.string(json, legacy, path, false);
        if (!name.isEmpty())
            states.append({name, {}, {}});
        return states;
    }
    return states;
}

/// The keys every interaction may have, whatever its kind.
const QSet<QString> &commonKeys()
{
    static const QSet<QString> keys{QStringLiteral("type"), QStringLiteral("description"),
                                    QStringLiteral("providerStates"), QStringLiteral("providerState"),
                                    QStringLiteral("provider_state"), QStringLiteral("key"),
                                    QStringLiteral("pending"), QStringLiteral("comments"),
                                    QStringLiteral("pluginConfiguration"), QStringLiteral("interactionMarkup"),
                                    QStringLiteral("transport")};
    return keys;
}

void readCommon(const QJsonObject &json, const QString &path, Interaction &i, ReadContext &ctx)
{
    i.description = ctx.string(json, QStringLiteral("description"), path, true);
    i.providerStates = readProviderStates(json, path, ctx);
    // Optional V4 members of the wrong type are invalid, but kept as read (in `extra`).
    const auto wrongType = [&](const QString &key, QJsonValue::Type want, const QString &what) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull() || v.type() == want)
            return false;
        ctx.invalid(childPath(path, key), QStringLiteral("'%1' must be %2, not %3; kept as it is").arg(key, what, jsonTypeName(v)));
        i.extra.insert(key, v);
        return true;
    };
    if (!wrongType(QStringLiteral("key"), QJsonValue::String, QStringLiteral("a string")))
        i.key = ctx.string(json, QStringLiteral("key"), path, false);
    if (!wrongType(QStringLiteral("pending"), QJsonValue::Bool, QStringLiteral("true or false")))
        i.pending = json.value(u"pending").toBool();
    if (!wrongType(QStringLiteral("comments"), QJsonValue::Object, QStringLiteral("an object")))
        i.comments = ctx.object(json, QStringLiteral("comments"), path, false);
    if (!wrongType(QStringLiteral("pluginConfiguration"), QJsonValue::Object, QStringLiteral("an object")))
        i.pluginConfiguration = ctx.object(json, QStringLiteral("pluginConfiguration"), path, false);
    if (!wrongType(QStringLiteral("interactionMarkup"), QJsonValue::Object, QStringLiteral("an object")))
        i.interactionMarkup = ctx.object(json, QStringLiteral("interactionMarkup"), path, false);
    if (!wrongType(QStringLiteral("transport"), QJsonValue::String, QStringLiteral("a string")))
        i.transport = ctx.string(json, QStringLiteral("transport"), path, false);
}

Interaction readHttpInteraction(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    Interaction i;
    i.kind = InteractionKind::SynchronousHttp;
    readCommon(json, path, i, ctx);
    i.request = readHttpRequest(ctx.object(json, QStringLiteral("request"), path, true),
                                childPath(path, QStringLiteral("request")), ctx);
    i.response = readHttpResponse(ctx.object(json, QStringLiteral("response"), path, true),
                                  childPath(path, QStringLiteral("response")), ctx);
    QSet<QString> known = commonKeys();
    known << QStringLiteral("request") << QStringLiteral("response");
    mergeInto(i.extra, ctx.unknownKeys(json, known, path));
    return i;
}

Interaction readAsyncMessage(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    Interaction i;
    i.kind = InteractionKind::AsynchronousMessage;
    readCommon(json, path, i, ctx);
    i.message = readMessageContents(json, path, ctx, commonKeys());
    // The message reader collected the unknown keys of the whole interaction.
    mergeInto(i.extra, i.message.extra);
    i.message.extra = {};
    return i;
}

Interaction readSyncMessages(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    Interaction i;
    i.kind = InteractionKind::SynchronousMessages;
    readCommon(json, path, i, ctx);
    i.messageRequest = readMessageContents(ctx.object(json, QStringLiteral("request"), path, true),
                                           childPath(path, QStringLiteral("request")), ctx);
    const QJsonArray responses = ctx.array(json, QStringLiteral("response"), path);
    const QString rpath = childPath(path, QStringLiteral("response"));
    for (qsizetype n = 0; n < responses.size(); ++n) {
        if (!responses.at(n).isObject())
            ctx.fatal(indexPath(rpath, n), QStringLiteral("a response message must be an object"));
        i.messageResponses.append(readMessageContents(responses.at(n).toObject(), indexPath(rpath, n), ctx));
    }
    QSet<QString> known = commonKeys();
    known << QStringLiteral("request") << QStringLiteral("response");
    mergeInto(i.extra, ctx.unknownKeys(json, known, path));
    return i;
}

Interaction readV4Interaction(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    const QString type = ctx.string(json, QStringLiteral("type"), path, true, QStringLiteral("Synchronous/HTTP"));
    if (type == u"Synchronous/HTTP")
        return readHttpInteraction(json, path, ctx);
    if (type == u"Asynchronous/Messages")
        return readAsyncMessage(json, path, ctx);
    if (type == u"Synchronous/Messages")
        return readSyncMessages(json, path, ctx);
    ctx.invalid(childPath(path, QStringLiteral("type")),
                QStringLiteral("unknown interaction type '%1' (expected Synchronous/HTTP, Asynchronous/Messages or "
                               "Synchronous/Messages); kept as it is").arg(type));
    Interaction i;
    i.kind = InteractionKind::Unsupported;
    i.description = json.value(u"description").toString();
    i.extra = json;
    return i;
}

void readInteractions(const QJsonObject &root, Pact &pact, Diagnostics *diags)
{
    ReadContext ctx(diags, pact.specVersion);
    const bool hasInteractions = root.contains(u"interactions");
    const bool hasMessages = root.contains(u"messages");
    if (!hasInteractions && !hasMessages)
        ctx.invalid(kRoot, QStringLiteral("no 'interactions' (or 'messages') in the pact"));
    const QJsonArray interactions = ctx.array(root, QStringLiteral("interactions"), kRoot);
    const QString ipath = childPath(kRoot, QStringLiteral("interactions"));
    for (qsizetype n = 0; n < interactions.size(); ++n) {
        const QString at = indexPath(ipath, n);
        if (!interactions.at(n).isObject())
            ctx.fatal(at, QStringLiteral("an interaction must be an object, not %1").arg(jsonTypeName(interactions.at(n))));
        const QJsonObject json = interactions.at(n).toObject();
        const bool v4Shape = json.contains(u"type") && pact.specVersion == SpecVersion::Unknown;
        ReadContext ictx(diags, v4Shape ? SpecVersion::V4 : pact.specVersion);
        if (pact.specVersion == SpecVersion::V4 || v4Shape)
            pact.interactions.append(readV4Interaction(json, at, ictx));
        else
            pact.interactions.append(readHttpInteraction(json, at, ictx));
    }
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
    ReadResult result;
    try {
        Pact pact;
        ReadContext ctx(&result.diagnostics, SpecVersion::Unknown);
        pact.specVersion = readMetadata(root, &pact.metadata, ctx);
        pact.consumer = readPacticipant(root, QStringLiteral("consumer"), ctx);
        pact.provider = readPacticipant(root, QStringLiteral("provider"), ctx);
        readInteractions(root, pact, &result.diagnostics);
        checkUniqueDescriptions(pact, ctx);
        pact.extra = ctx.unknownKeys(root, {QStringLiteral("consumer"), QStringLiteral("provider"),
                                            QStringLiteral("interactions"), QStringLiteral("messages"),
                                            QStringLiteral("metadata")}, kRoot);
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

/// JSON allows "\\uD800" escapes that name half a character; Qt keeps them. Say where.
void warnLoneSurrogates(const QByteArray &text, Diagnostics *diags)
{
    static const QRegularExpression escape(QStringLiteral("\\\\u([dD][89abAB][0-9a-fA-F]{2})(\\\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\\\u[dD][c-fC-F][0-9a-fA-F]{2}"));
    if (!text.contains("\\u"))
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

ReadResult PactReader::read(const QByteArray &jsonText)
{
    QByteArray text = jsonText;
    qsizetype bom = 0;
    if (text.startsWith("\xEF\xBB\xBF"))
        bom = 3;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bom ? text.mid(bom) : text, &err);
    if (err.error != QJsonParseError::NoError) {
        ReadResult r;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Fatal;
        const auto [line, column] = lineColumnOf(text, err.offset + bom);
        d.line = line;
        d.column = column;
        d.message = QStringLiteral("not valid JSON: %1").arg(err.errorString());
        r.diagnostics.append(d);
        return r;
    }
    if (!doc.isObject()) {
        ReadResult r;
        r.diagnostics.append({Diagnostic::Severity::Fatal, kRoot, 0, 0,
                              QStringLiteral("a pact file must hold a JSON object, not %1").arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar"))});
        return r;
    }
    ReadResult result = read(doc.object());
    warnLoneSurrogates(text, &result.diagnostics);
    return result;
}

ReadResult PactReader::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.diagnostics.append({Diagnostic::Severity::Fatal, {}, 0, 0,
                              QStringLiteral("cannot read '%1': %2").arg(path, f.errorString())});
        return r;
    }
    return read(f.readAll());
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
        return readMessageContents(json, QStringLiteral("$"), ctx, commonKeys());
    } catch (const FatalRead &) {
        return {};
    }
}

} // namespace Pactbench
