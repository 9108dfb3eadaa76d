// SPDX-License-Identifier: MIT
#include "partreader.h"

#include "pactreader.h"
#include "rulesreader.h"

#include <QJsonDocument>

namespace Pactbench::detail {

namespace {

const QStringList standardMethods{QStringLiteral("GET"),    QStringLiteral("POST"),    QStringLiteral("PUT"),
                                  QStringLiteral("DELETE"), QStringLiteral("PATCH"),   QStringLiteral("HEAD"),
                                  QStringLiteral("OPTIONS"), QStringLiteral("TRACE"),  QStringLiteral("CONNECT")};

void checkQueryString(const QString &query, const QString &path, ReadContext &ctx)
{
    const QStringList segments = query.split(u'&');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &seg = segments.at(i);
        if (seg.isEmpty() && i != segments.size() - 1 && !(i == 0 && query.isEmpty())) {
            ctx.warn(path, QStringLiteral("query string has an empty parameter (\"&&\" or a leading \"&\")"));
            return;
        }
        if (seg.count(u'=') > 1) {
            ctx.warn(path, QStringLiteral("query parameter '%1' has more than one '='").arg(seg));
            return;
        }
    }
}

/// Ruby pact files write a regex-matched value as {"json_class": "Pact::Term", "data": {generate, matcher}}.
bool readRubyTerm(const QJsonValue &v, QString *value, QString *regex)
{
    const QJsonObject o = v.toObject();
    if (o.value(u"json_class").toString() != u"Pact::Term")
        return false;
    const QJsonObject data = o.value(u"data").toObject();
    *value = data.value(u"generate").toString();
    *regex = data.value(u"matcher").toObject().value(u"s").toString();
    return true;
}

using TermRules = QList<QPair<QString, QString>>; // (name, regex)

QueryParams readQuery(const QJsonValue &v, const QString &path, ReadContext &ctx, TermRules *terms)
{
    if (v.isString()) {
        if (ctx.atLeast(SpecVersion::V3))
            ctx.warn(path, QStringLiteral("query given as a string in a V3+ pact (read as V2)"));
        checkQueryString(v.toString(), path, ctx);
        return QueryParams::fromQueryString(v.toString());
    }
    if (!v.isObject())
        ctx.fatal(path, QStringLiteral("'query' must be a string or an object, not %1").arg(jsonTypeName(v)));
    QueryParams q;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = childPath(path, it.key());
        QString value, regex;
        if (it.value().isString()) {
            q.append(it.key(), it.value().toString());
        } else if (readRubyTerm(it.value(), &value, &regex)) {
            ctx.warn(at, QStringLiteral("Ruby Pact::Term read as a value with a regex matcher"));
            q.append(it.key(), value);
            terms->append({it.key(), regex});
        } else if (it.value().isArray()) {
            const QJsonArray values = it.value().toArray();
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QJsonValue item = values.at(i);
                if (item.isNull()) {
                    q.append(it.key(), QString()); // a parameter without a value: "?flag"
                } else if (readRubyTerm(item, &value, &regex)) {
                    ctx.warn(indexPath(at, i), QStringLiteral("Ruby Pact::Term read as a value with a regex matcher"));
                    q.append(it.key(), value);
                    terms->append({it.key(), regex});
                } else if (!item.isString()) {
                    ctx.fatal(indexPath(at, i), QStringLiteral("query values must be strings, not %1").arg(jsonTypeName(item)));
                } else {
                    q.append(it.key(), item.toString());
                }
            }
        } else {
            ctx.fatal(at, QStringLiteral("query values must be strings or lists of strings, not %1").arg(jsonTypeName(it.value())));
        }
    }
    return q;
}

Headers readHeaders(const QJsonValue &v, const QString &path, ReadContext &ctx, TermRules *terms)
{
    if (!v.isObject())
        ctx.fatal(path, QStringLiteral("'headers' must be an object, not %1").arg(jsonTypeName(v)));
    Headers h;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = childPath(path, it.key());
        if (it.value().isString()) {
            h.append(it.key(), it.value().toString());
            continue;
        }
        QString value, regex;
        if (readRubyTerm(it.value(), &value, &regex)) {
            ctx.warn(at, QStringLiteral("Ruby Pact::Term read as a value with a regex matcher"));
            h.append(it.key(), value);
            terms->append({it.key(), regex});
            continue;
        }
        if (!it.value().isArray())
            ctx.fatal(at, QStringLiteral("header values must be strings or lists of strings, not %1").arg(jsonTypeName(it.value())));
        const QJsonArray values = it.value().toArray();
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i).isString())
                ctx.fatal(indexPath(at, i), QStringLiteral("header values must be strings, not %1").arg(jsonTypeName(values.at(i))));
            h.append(it.key(), values.at(i).toString());
        }
    }
    return h;
}

bool isV4BodyObject(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (!o.contains(u"content") && !o.contains(u"contentType"))
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QSet<QString> known{QStringLiteral("content"), QStringLiteral("contentType"),
                                         QStringLiteral("encoded"), QStringLiteral("contentTypeHint")};
        if (!known.contains(it.key()))
            return false;
    }
    return true;
}

/// V1–V3 (and message) string bodies, read the way Pact's reference reads them.
Body bodyFromString(const QString &s, const QString &contextType)
{
    if (s.isEmpty())
        return Body::fromText(s);
    const ContentKind kind = contentKindOf(contextType);
    if (kind == ContentKind::Json || (kind == ContentKind::Unknown && contentKindOf(detectContentType(s.toUtf8())) == ContentKind::Json)) {
        QJsonParseError err;
        QJsonDocument::fromJson(QByteArray("[") + s.toUtf8() + ']', &err);
        if (err.error == QJsonParseError::NoError) {
            Body b = Body::fromText(s);
            b.encoding = Body::Encoding::JsonString;
            return b;
        }
        return Body::fromJson(QJsonValue(s));
    }
    if ((kind == ContentKind::Binary || kind == ContentKind::Multipart) && s.size() % 4 == 0) {
        // V3 has no encoding marker: binary content is written as base64, as Pact's reference does.
        const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && QString::fromLatin1(decoded.decoded.toBase64()) == s)
            return Body::fromBytes(*decoded, {});
    }
    return Body::fromText(s);
}

Body readV4Body(const QJsonObject &o, const QString &path, const QString &contextType, ReadContext &ctx)
{
    Body b;
    static const QSet<QString> known{QStringLiteral("content"), QStringLiteral("contentType"), QStringLiteral("encoded"),
                                     QStringLiteral("contentTypeHint")};
    b.extra = ctx.unknownKeys(o, known, path);
    b.contentType = ctx.string(o, QStringLiteral("contentType"), path, false);
    const QString hint = ctx.string(o, QStringLiteral("contentTypeHint"), path, false);
    b.hintGiven = o.contains(u"contentTypeHint") && !o.value(u"contentTypeHint").isNull();
    if (hint == u"TEXT")
        b.hint = Body::Hint::Text;
    else if (hint == u"BINARY")
        b.hint = Body::Hint::Binary;
    else if (!hint.isEmpty() && hint != u"DEFAULT")
        ctx.invalid(childPath(path, QStringLiteral("contentTypeHint")), QStringLiteral("unknown contentTypeHint '%1'").arg(hint));
    const QJsonValue content = o.value(u"content");
    const QJsonValue encoded = o.value(u"encoded");
    if (content.isNull()) {
        b.state = Body::State::Null;
        return b;
    }
    if (content.isUndefined()) {
        ctx.warn(path, QStringLiteral("body object without 'content' is read as no body"));
        b.state = Body::State::Missing;
        return b;
    }
    const QString enc = encoded.isString() ? encoded.toString().toLower() : QString();
    if (enc == u"base64" || (encoded.isBool() && encoded.toBool())) {
        if (!content.isString())
            ctx.fatal(childPath(path, QStringLiteral("content")), QStringLiteral("base64 content must be a string"));
        const auto decoded = QByteArray::fromBase64Encoding(content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            ctx.invalid(childPath(path, QStringLiteral("content")), QStringLiteral("content is not valid base64; kept as text"));
            b.encoding = Body::Encoding::Text;
            b.bytes = content.toString().toUtf8();
        } else {
            b.encoding = Body::Encoding::Base64;
            b.bytes = *decoded;
        }
    } else if (enc == u"json") {
        if (!content.isString())
            ctx.fatal(childPath(path, QStringLiteral("content")), QStringLiteral("JSON-encoded content must be a string"));
        b.encoding = Body::Encoding::JsonString;
        b.bytes = content.toString().toUtf8();
    } else if (!encoded.isUndefined() && !(encoded.isBool() && !encoded.toBool())) {
        ctx.fatal(childPath(path, QStringLiteral("encoded")), QStringLiteral("unknown body encoding '%1'").arg(encoded.toVariant().toString()));
    } else if (content.isString()
               && contentKindOf(b.contentType.isEmpty() ? contextType : b.contentType) != ContentKind::Json) {
        b.encoding = Body::Encoding::Text;
        b.bytes = content.toString().toUtf8();
    } else {
        b.encoding = Body::Encoding::Json;
        b.json = content;
    }
    b.state = b.bytes.isEmpty() && b.encoding != Body::Encoding::Json ? Body::State::Empty : Body::State::Present;
    if (b.encoding == Body::Encoding::Json && content.isString() && content.toString().isEmpty())
        b.state = Body::State::Empty;
    return b;
}

MatchingRules readRules(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    return readMatchingRules(ctx.object(json, QStringLiteral("matchingRules"), path, false),
                             childPath(path, QStringLiteral("matchingRules")), ctx);
}

void addTermRules(MatchingRules &rules, const QString &category, const TermRules &terms)
{
    for (const auto &[name, regex] : terms) {
        Matcher m;
        m.type = QStringLiteral("regex");
        m.attributes.insert(QStringLiteral("regex"), regex);
        rules.add(category, name, RuleList{{m}, RuleLogic::And, {}});
    }
}

Generators readGens(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    return readGenerators(ctx.object(json, QStringLiteral("generators"), path, false),
                          childPath(path, QStringLiteral("generators")), ctx);
}

} // namespace

Body readBody(const QJsonObject &parent, const QString &key, const QString &path, const QString &contextType,
              ReadContext &ctx)
{
    const QString at = childPath(path, key);
    const QJsonValue v = parent.value(key);
    if (v.isUndefined())
        return Body::missing();
    if (v.isNull()) {
        Body b;
        b.state = Body::State::Null;
        return b;
    }
    if (ctx.version() == SpecVersion::V4 && isV4BodyObject(v)) {
        Body b = readV4Body(v.toObject(), at, contextType, ctx);
        // A declared type that only repeats what the context says is not kept apart.
        if (b.contentType == contextType)
            b.contentType.clear();
        if (contextType.isEmpty() && !b.contentType.isEmpty()) {
            Body probe = b;
            probe.contentType.clear();
            if (probe.effectiveContentType() == b.contentType)
                b.contentType.clear();
        }
        return b;
    }
    if (ctx.version() == SpecVersion::V4)
        ctx.warn(at, QStringLiteral("body is not a V4 body object ({content, contentType, encoded}); read as inline JSON"));
    if (v.isString())
        return bodyFromString(v.toString(), contextType);
    return Body::fromJson(v);
}

} // namespace Pactbench::detail

namespace Pactbench {

QString PactReader::methodWarning(const QString &method)
{
    if (detail::standardMethods.contains(method.toUpper()))
        return {};
    return QStringLiteral("'%1' is not a standard HTTP method").arg(method);
}

} // namespace Pactbench

namespace Pactbench::detail {

HttpRequest readHttpRequest(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    HttpRequest r;
    r.method = ctx.string(json, QStringLiteral("method"), path, true, QStringLiteral("GET"));
    if (const QString warning = PactReader::methodWarning(r.method); !warning.isEmpty())
        ctx.warn(childPath(path, QStringLiteral("method")), warning);
    r.path = ctx.string(json, QStringLiteral("path"), path, true, QStringLiteral("/"));
    TermRules queryTerms, headerTerms;
    if (json.contains(u"query") && !json.value(u"query").isNull()) {
        r.hasQuery = true;
        r.query = readQuery(json.value(u"query"), childPath(path, QStringLiteral("query")), ctx, &queryTerms);
    }
    if (json.contains(u"headers") && !json.value(u"headers").isNull())
        r.headers = readHeaders(json.value(u"headers"), childPath(path, QStringLiteral("headers")), ctx, &headerTerms);
    r.body = readBody(json, QStringLiteral("body"), path, r.contentTypeHeader(), ctx);
    r.matchingRules = readRules(json, path, ctx);
    addTermRules(r.matchingRules, QStringLiteral("query"), queryTerms);
    addTermRules(r.matchingRules, QStringLiteral("header"), headerTerms);
    r.generators = readGens(json, path, ctx);
    static const QSet<QString> known{QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("query"),
                                     QStringLiteral("headers"), QStringLiteral("body"),
                                     QStringLiteral("matchingRules"), QStringLiteral("generators")};
    r.extra = ctx.unknownKeys(json, known, path);
    r.emptyAsRead = emptyMembers(
        json, { QStringLiteral("headers"), QStringLiteral("matchingRules"), QStringLiteral("generators") });
    return r;
}

HttpResponse readHttpResponse(const QJsonObject &json, const QString &path, ReadContext &ctx)
{
    HttpResponse r;
    const QString spath = childPath(path, QStringLiteral("status"));
    const QJsonValue status = json.value(u"status");
    if (status.isUndefined()) {
        ctx.invalid(spath, QStringLiteral("'status' is missing"));
    } else if (!status.isDouble() || status.toDouble() != double(status.toInteger())) {
        ctx.fatal(spath, QStringLiteral("'status' must be a whole number, not %1").arg(status.isDouble() ? QString::number(status.toDouble()) : jsonTypeName(status)));
    } else if (status.toDouble() < 0 || status.toDouble() > 999) {
        // An HTTP status line has three digits: nothing else can be kept, sent or written back.
        ctx.fatal(spath, QStringLiteral("status %1 is not an HTTP status (three digits, 100–599)")
                             .arg(QString::number(status.toDouble(), 'f', 0)));
    } else {
        r.status = int(status.toInteger());
        if (r.status < 100 || r.status > 599)
            ctx.invalid(spath, QStringLiteral("status %1 is outside 100–599").arg(r.status));
    }
    TermRules headerTerms;
    if (json.contains(u"headers") && !json.value(u"headers").isNull())
        r.headers = readHeaders(json.value(u"headers"), childPath(path, QStringLiteral("headers")), ctx, &headerTerms);
    r.body = readBody(json, QStringLiteral("body"), path, r.contentTypeHeader(), ctx);
    r.matchingRules = readRules(json, path, ctx);
    addTermRules(r.matchingRules, QStringLiteral("header"), headerTerms);
    r.generators = readGens(json, path, ctx);
    static const QSet<QString> known{QStringLiteral("status"), QStringLiteral("headers"), QStringLiteral("body"),
                                     QStringLiteral("matchingRules"), QStringLiteral("generators")};
    r.extra = ctx.unknownKeys(json, known, path);
    r.emptyAsRead = emptyMembers(
        json, { QStringLiteral("headers"), QStringLiteral("matchingRules"), QStringLiteral("generators") });
    return r;
}

MessageContents readMessageContents(const QJsonObject &json, const QString &path, ReadContext &ctx,
                                    const QSet<QString> &alsoKnown)
{
    MessageContents m;
    const bool lower = json.contains(u"metadata");
    const QString metaKey = lower ? QStringLiteral("metadata") : QStringLiteral("metaData");
    m.metadata = ctx.object(json, metaKey, path, false);
    if (json.contains(u"metaData") && ctx.version() == SpecVersion::V4)
        ctx.warn(childPath(path, QStringLiteral("metaData")), QStringLiteral("V3 spelling 'metaData' in a V4 pact"));
    m.contents = readBody(json, QStringLiteral("contents"), path, m.metadataContentType(), ctx);
    m.matchingRules = readRules(json, path, ctx);
    m.generators = readGens(json, path, ctx);
    QSet<QString> known{QStringLiteral("contents"), metaKey, QStringLiteral("matchingRules"), QStringLiteral("generators")};
    known.unite(alsoKnown);
    m.extra = ctx.unknownKeys(json, known, path);
    m.emptyAsRead = emptyMembers(
        json, { QStringLiteral("metadata"), QStringLiteral("matchingRules"), QStringLiteral("generators") });
    return m;
}

} // namespace Pactbench::detail
