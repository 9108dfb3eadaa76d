// SPDX-License-Identifier: MIT
#include "interactionreader.h"

#include "partreader.h"

namespace Pactbench::detail {

namespace {

void mergeInto(QJsonObject &target, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        target.insert(it.key(), it.value());
}

} // namespace

static QList<ProviderState> readProviderStates(const QJsonObject &json, const QString &path, ReadContext &ctx)
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
            static const QSet<QString> known{QStringLiteral("name"), QStringLiteral("params")};
            s.extra = ctx.unknownKeys(o, known, at);
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
const QSet<QString> &commonInteractionKeys()
{
    static const QSet<QString> keys{QStringLiteral("type"), QStringLiteral("description"),
                                    QStringLiteral("providerStates"), QStringLiteral("providerState"),
                                    QStringLiteral("provider_state"), QStringLiteral("key"),
                                    QStringLiteral("pending"), QStringLiteral("comments"),
                                    QStringLiteral("pluginConfiguration"), QStringLiteral("interactionMarkup"),
                                    QStringLiteral("transport")};
    return keys;
}

static void readCommon(const QJsonObject &json, const QString &path, Interaction &i, ReadContext &ctx)
{
    i.description = ctx.string(json, QStringLiteral("description"), path, true);
    i.providerStates = readProviderStates(json, path, ctx);
    i.emptyAsRead = emptyMembers(json,
        { QStringLiteral("providerStates"), QStringLiteral("comments"), QStringLiteral("pluginConfiguration"),
            QStringLiteral("interactionMarkup") });
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
    static const QSet<QString> known = commonInteractionKeys() + QSet<QString>{QStringLiteral("request"), QStringLiteral("response")};
    mergeInto(i.extra, ctx.unknownKeys(json, known, path));
    return i;
}

Interaction readAsyncMessage(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    Interaction i;
    i.kind = InteractionKind::AsynchronousMessage;
    readCommon(json, path, i, ctx);
    i.message = readMessageContents(json, path, ctx, commonInteractionKeys());
    // The message reader collected the unknown keys of the whole interaction.
    mergeInto(i.extra, i.message.extra);
    i.message.extra = {};
    return i;
}

static Interaction readSyncMessages(const QJsonObject &json, const QString &path, ReadContext &ctx)
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
    static const QSet<QString> known = commonInteractionKeys() + QSet<QString>{QStringLiteral("request"), QStringLiteral("response")};
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

} // namespace Pactbench::detail
