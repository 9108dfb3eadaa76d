// SPDX-License-Identifier: MIT
// V1, V1.1 and V2 pacts, shaped like pact_models' `RequestResponsePact::to_json(V2)`.
#include "pactwriterv2.h"

#include "bodywriter.h"
#include "writerparts.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace Pactbench::detail {

namespace {

/// Values joined with ", " under each name as spelt: the reference keeps "Content-Type" and "content-type" apart.
QJsonObject headersToV2Json(const Headers &headers)
{
    QHash<QString, QStringList> values;
    for (const auto &[name, value] : headers.entries())
        values[name].append(value);
    QJsonObject out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(it.key(), it.value().join(QStringLiteral(", ")));
    return out;
}

/// Body, matching rules and generators: the members a request and a response share.
void insertContent(QJsonObject &o, const Body &body, const QString &contentType, const MatchingRules &rules,
    const Generators &generators, V2RuleKeys keys)
{
    if (body.state != Body::State::Missing)
        o.insert(QStringLiteral("body"), bodyToJson(body, contentType, SpecVersion::V3));
    if (!rules.isEmpty())
        o.insert(QStringLiteral("matchingRules"), matchingRulesToV2Json(rules, keys));
    // V2 has no generators; the reference marks where they were with null (see the loss report).
    if (!generators.isEmpty())
        o.insert(QStringLiteral("generators"), QJsonValue(QJsonValue::Null));
}

QJsonObject pacticipantToJson(const Pacticipant &p)
{
    return withExtra(p.extra, { { QStringLiteral("name"), p.name } });
}

QJsonObject metadataToV2Json(const QJsonObject &metadata, SpecVersion version)
{
    QJsonObject meta = metadata;
    QJsonObject spec = meta.value(u"pactSpecification").toObject();
    spec.insert(QStringLiteral("version"), specVersionMetadataString(version));
    meta.insert(QStringLiteral("pactSpecification"), spec);
    return meta;
}

/// A parameter's name followed by its values: the reference groups repeated names.
QList<QPair<QString, QStringList>> groupedByName(const QueryParams &query)
{
    QList<QPair<QString, QStringList>> out;
    for (const QString &name : query.names())
        out.append({ name, query.values(name) });
    // Rust orders String keys by their UTF-8 bytes.
    std::stable_sort(
        out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    return out;
}

} // namespace

QString encodeV2QueryValue(const QString &value)
{
    const auto percent = [](uint byte) -> QString {
        return u'%' + QString::number(byte, 16).rightJustified(2, u'0');
    };
    QString out;
    for (const char32_t c : value.toUcs4()) {
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'-') {
            out.append(QChar(char16_t(c)));
        } else if (c == U' ') {
            out.append(u'+');
        } else if (c < 0x80) {
            out.append(percent(c));
        } else {
            // The reference writes a character's code point in hex pairs, which no reader decodes
            // back (and panics on odd lengths); this writes its UTF-8 bytes in the same lower-case form.
            for (const char byte : QString::fromUcs4(&c, 1).toUtf8())
                out.append(percent(uchar(byte)));
        }
    }
    return out;
}

QString v2QueryString(const QueryParams &query)
{
    QStringList parts;
    for (const auto &[name, values] : groupedByName(query)) {
        if (name.isEmpty())
            continue; // the reference leaves nameless parameters out (see the loss report)
        for (const QString &v : values)
            parts.append(v.isNull() ? name : name + u'=' + encodeV2QueryValue(v));
    }
    return parts.join(u'&');
}

QJsonObject requestToV2Json(const HttpRequest &r, V2RuleKeys keys)
{
    QJsonObject o;
    o.insert(QStringLiteral("method"), r.method.toUpper());
    o.insert(QStringLiteral("path"), r.path);
    if (r.hasQuery || !r.query.isEmpty())
        o.insert(QStringLiteral("query"), v2QueryString(r.query));
    if (!r.headers.isEmpty())
        o.insert(QStringLiteral("headers"), headersToV2Json(r.headers));
    insertContent(o, r.body, r.contentTypeHeader(), r.matchingRules, r.generators, keys);
    return withEmptyAsRead(withExtra(r.extra, o), r.emptyAsRead, EmptyCategories::Drop);
}

QJsonObject responseToV2Json(const HttpResponse &r, V2RuleKeys keys)
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), r.status);
    if (!r.headers.isEmpty())
        o.insert(QStringLiteral("headers"), headersToV2Json(r.headers));
    insertContent(o, r.body, r.contentTypeHeader(), r.matchingRules, r.generators, keys);
    return withEmptyAsRead(withExtra(r.extra, o), r.emptyAsRead, EmptyCategories::Drop);
}

QJsonObject interactionToV2Json(const Interaction &i, V2RuleKeys keys)
{
    QJsonObject o;
    o.insert(QStringLiteral("description"), i.description);
    if (!i.providerStates.isEmpty())
        o.insert(QStringLiteral("providerState"), i.providerStates.constFirst().name);
    o.insert(QStringLiteral("request"), requestToV2Json(i.request, keys));
    o.insert(QStringLiteral("response"), responseToV2Json(i.response, keys));
    return withExtra(i.extra, o);
}

QJsonObject pactToV2Json(const Pact &pact, SpecVersion version)
{
    const V2RuleKeys keys = v2RuleKeysFor(pact.metadata);
    QJsonObject root = pact.extra;
    root.insert(QStringLiteral("consumer"), pacticipantToJson(pact.consumer));
    root.insert(QStringLiteral("provider"), pacticipantToJson(pact.provider));
    QJsonArray interactions;
    for (const Interaction &i : pact.interactions) {
        if (i.kind == InteractionKind::SynchronousHttp)
            interactions.append(interactionToV2Json(i, keys));
        // Messages have no V2 form: they are in the loss report.
    }
    root.insert(QStringLiteral("interactions"), interactions);
    root.insert(QStringLiteral("metadata"), metadataToV2Json(pact.metadata, version));
    return root;
}

} // namespace Pactbench::detail
