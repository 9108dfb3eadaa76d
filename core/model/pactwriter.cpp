// SPDX-License-Identifier: MIT
#include "pactwriter.h"
#include "bodywriter.h"
#include "numberplacement.h"
#include "pactwriterv2.h"
#include "writerparts.h"

#include <core/fileio/outputfile.h>
#include <core/json/jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench {

using namespace detail;

QString Loss::toString() const
{
    const QString where = interactionIndex < 0
        ? QStringLiteral("pact")
        : QStringLiteral("interaction %1 '%2'").arg(interactionIndex).arg(interaction);
    return where + QStringLiteral(": ") + field + QStringLiteral(": ") + reason;
}

namespace {

QJsonValue headersToJson(const Headers &headers, SpecVersion version)
{
    // Names as written: "Content-Type" and "content-type" in one file stay two keys.
    QStringList names;
    for (const Headers::Entry &e : headers.entries()) {
        if (!names.contains(e.first))
            names.append(e.first);
    }
    QJsonObject out;
    for (const QString &name : std::as_const(names)) {
        QStringList values;
        for (const Headers::Entry &e : headers.entries()) {
            if (e.first == name)
                values.append(e.second);
        }
        if (version == SpecVersion::V4)
            out.insert(name, QJsonArray::fromStringList(values));
        else
            out.insert(name, values.join(QStringLiteral(", ")));
    }
    return out;
}

QJsonValue queryToJson(const QueryParams &query)
{
    QJsonObject out;
    for (const QString &name : query.names()) {
        QJsonArray values;
        for (const QString &v : query.values(name))
            values.append(v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
        out.insert(name, values);
    }
    return out;
}

QJsonObject rulesToJson(const MatchingRules &rules)
{
    QJsonObject out;
    for (auto c = rules.all().begin(); c != rules.all().end(); ++c) {
        QJsonObject category;
        for (auto r = c->begin(); r != c->end(); ++r) {
            QJsonArray matchers;
            for (const Matcher &m : r->matchers)
                matchers.append(m.toJson());
            QJsonObject list = r->extra;
            list.insert(QStringLiteral("matchers"), matchers);
            list.insert(QStringLiteral("combine"), r->combine == RuleLogic::Or ? QStringLiteral("OR") : QStringLiteral("AND"));
            if (r.key().isEmpty() && isSingleRuleCategory(c.key()) && c->size() == 1)
                category = list;
            else
                category.insert(r.key(), list);
        }
        if (!category.isEmpty())
            out.insert(c.key(), category);
    }
    return out;
}

QJsonObject generatorsToJson(const Generators &generators)
{
    QJsonObject out;
    for (auto c = generators.all().begin(); c != generators.all().end(); ++c) {
        QJsonObject category;
        for (auto g = c->begin(); g != c->end(); ++g) {
            if (g.key().isEmpty() && c->size() == 1)
                category = g->toJson();
            else
                category.insert(g.key(), g->toJson());
        }
        if (!category.isEmpty())
            out.insert(c.key(), category);
    }
    return out;
}

void insertRulesAndGenerators(QJsonObject &o, const MatchingRules &rules, const Generators &generators)
{
    const QJsonObject r = rulesToJson(rules);
    if (!r.isEmpty())
        o.insert(QStringLiteral("matchingRules"), r);
    const QJsonObject g = generatorsToJson(generators);
    if (!g.isEmpty())
        o.insert(QStringLiteral("generators"), g);
}

QJsonObject messageContentsToJson(const MessageContents &m, SpecVersion version)
{
    QJsonObject o;
    if (m.contents.state != Body::State::Missing)
        o.insert(QStringLiteral("contents"), bodyToJson(m.contents, m.metadataContentType(), version));
    // V3 names it `metaData`, but Pact's reference writes (and every implementation reads) `metadata`.
    if (!m.metadata.isEmpty() || version == SpecVersion::V3)
        o.insert(QStringLiteral("metadata"), m.metadata);
    insertRulesAndGenerators(o, m.matchingRules, m.generators);
    return withEmptyAsRead(withExtra(m.extra, o), m.emptyAsRead, EmptyCategories::Keep);
}

QJsonArray providerStatesToJson(const QList<ProviderState> &states)
{
    QJsonArray out;
    for (const ProviderState &s : states) {
        QJsonObject o = s.extra;
        o.insert(QStringLiteral("name"), s.name);
        if (!s.params.isEmpty())
            o.insert(QStringLiteral("params"), s.params);
        out.append(o);
    }
    return out;
}

QJsonObject commonToJson(const Interaction &i, SpecVersion version)
{
    QJsonObject o;
    o.insert(QStringLiteral("description"), i.description);
    if (!i.providerStates.isEmpty())
        o.insert(QStringLiteral("providerStates"), providerStatesToJson(i.providerStates));
    if (version != SpecVersion::V4)
        return o;
    o.insert(QStringLiteral("type"), interactionKindTypeName(i.kind));
    o.insert(QStringLiteral("pending"), i.pending);
    if (!i.key.isEmpty())
        o.insert(QStringLiteral("key"), i.key);
    if (!i.comments.isEmpty())
        o.insert(QStringLiteral("comments"), i.comments);
    if (!i.pluginConfiguration.isEmpty())
        o.insert(QStringLiteral("pluginConfiguration"), i.pluginConfiguration);
    if (!i.interactionMarkup.isEmpty())
        o.insert(QStringLiteral("interactionMarkup"), i.interactionMarkup);
    if (!i.transport.isEmpty())
        o.insert(QStringLiteral("transport"), i.transport);
    return o;
}

QJsonObject metadataToJson(const Pact &pact, SpecVersion version)
{
    QJsonObject meta = pact.metadata;
    QJsonObject spec = meta.value(u"pactSpecification").toObject();
    spec.insert(QStringLiteral("version"), specVersionMetadataString(version));
    meta.insert(QStringLiteral("pactSpecification"), spec);
    return meta;
}

} // namespace

bool PactWriter::canWrite(SpecVersion version)
{
    return version == SpecVersion::V1 || version == SpecVersion::V1_1 || version == SpecVersion::V2
        || version == SpecVersion::V3 || version == SpecVersion::V4;
}

bool PactWriter::writesBack(const Pact &pact, const QByteArray &text)
{
    const QByteArrayView body = text.startsWith("\xEF\xBB\xBF") ? QByteArrayView(text).sliced(3) : QByteArrayView(text);
    return write(pact, saveVersion(pact.specVersion)) == body;
}

SpecVersion PactWriter::saveVersion(SpecVersion read)
{
    return read != SpecVersion::Unknown && canWrite(read) ? read : SpecVersion::V3;
}

QJsonObject PactWriter::requestToJson(const HttpRequest &r, SpecVersion version)
{
    QJsonObject o;
    o.insert(QStringLiteral("method"), r.method);
    o.insert(QStringLiteral("path"), r.path);
    if (r.hasQuery || !r.query.isEmpty())
        o.insert(QStringLiteral("query"), queryToJson(r.query));
    if (!r.headers.isEmpty())
        o.insert(QStringLiteral("headers"), headersToJson(r.headers, version));
    if (r.body.state != Body::State::Missing)
        o.insert(QStringLiteral("body"), bodyToJson(r.body, r.contentTypeHeader(), version));
    insertRulesAndGenerators(o, r.matchingRules, r.generators);
    return withEmptyAsRead(withExtra(r.extra, o), r.emptyAsRead, EmptyCategories::Keep);
}

QJsonObject PactWriter::responseToJson(const HttpResponse &r, SpecVersion version)
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), r.status);
    if (!r.headers.isEmpty())
        o.insert(QStringLiteral("headers"), headersToJson(r.headers, version));
    if (r.body.state != Body::State::Missing)
        o.insert(QStringLiteral("body"), bodyToJson(r.body, r.contentTypeHeader(), version));
    insertRulesAndGenerators(o, r.matchingRules, r.generators);
    return withEmptyAsRead(withExtra(r.extra, o), r.emptyAsRead, EmptyCategories::Keep);
}

QJsonObject PactWriter::interactionToJson(
    const Pact &pact, qsizetype index, SpecVersion version, NumberLexemes *lexemes)
{
    Pact one = pact;
    one.interactions = { pact.interactions.value(index) };
    const QJsonObject root = toJson(one, version);
    const QString key
        = root.value(u"messages").toArray().isEmpty() ? QStringLiteral("interactions") : QStringLiteral("messages");
    if (lexemes)
        *lexemes = gatherLexemes(one, version)
                       .subtree(NumberLexemes::child(NumberLexemes::child(NumberLexemes::root(), key), 0));
    return root.value(key).toArray().at(0).toObject();
}

QJsonObject PactWriter::interactionToJson(const Interaction &i, SpecVersion version)
{
    if (i.kind == InteractionKind::Unsupported)
        return i.extra;
    QJsonObject o = commonToJson(i, version);
    switch (i.kind) {
    case InteractionKind::SynchronousHttp:
        o.insert(QStringLiteral("request"), requestToJson(i.request, version));
        o.insert(QStringLiteral("response"), responseToJson(i.response, version));
        break;
    case InteractionKind::AsynchronousMessage: {
        const QJsonObject m = messageContentsToJson(i.message, version);
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        break;
    }
    case InteractionKind::SynchronousMessages: {
        o.insert(QStringLiteral("request"), messageContentsToJson(i.messageRequest, version));
        QJsonArray responses;
        for (const MessageContents &m : i.messageResponses)
            responses.append(messageContentsToJson(m, version));
        o.insert(QStringLiteral("response"), responses);
        break;
    }
    case InteractionKind::Unsupported:
        break;
    }
    return withEmptyAsRead(withExtra(i.extra, o), i.emptyAsRead, EmptyCategories::Keep);
}

QJsonObject PactWriter::toJson(const Pact &pact, SpecVersion version, LossReport *losses)
{
    if (version == SpecVersion::V1 || version == SpecVersion::V1_1 || version == SpecVersion::V2) {
        if (losses)
            *losses = lossReport(pact, version);
        return pactToV2Json(pact, version);
    }
    if (version != SpecVersion::V4)
        version = SpecVersion::V3;
    if (losses)
        *losses = lossReport(pact, version);
    QJsonObject root = pact.extra;
    root.insert(QStringLiteral("consumer"), withExtra(pact.consumer.extra, {{QStringLiteral("name"), pact.consumer.name}}));
    root.insert(QStringLiteral("provider"), withExtra(pact.provider.extra, {{QStringLiteral("name"), pact.provider.name}}));
    QJsonArray interactions;
    QJsonArray messages;
    for (const Interaction &i : pact.interactions) {
        if (version == SpecVersion::V4 || i.kind == InteractionKind::SynchronousHttp)
            interactions.append(interactionToJson(i, version));
        else if (i.kind == InteractionKind::AsynchronousMessage)
            messages.append(interactionToJson(i, version));
        // V3 has no synchronous messages: they are in the loss report.
    }
    if (!messages.isEmpty())
        root.insert(QStringLiteral("messages"), messages);
    if (!interactions.isEmpty() || messages.isEmpty())
        root.insert(QStringLiteral("interactions"), interactions);
    root.insert(QStringLiteral("metadata"), metadataToJson(pact, version));
    return root;
}

QByteArray PactWriter::write(const Pact &pact, SpecVersion version, LossReport *losses)
{
    const QJsonObject root = toJson(pact, version, losses);
    const NumberLexemes lexemes = gatherLexemes(pact, version);
    QByteArray out = JsonWriter::write(root, JsonStyle::Pretty, &lexemes);
    if (pact.trailingNewline)
        out.append('\n');
    return out;
}

bool PactWriter::writeFile(const QString &path, const Pact &pact, SpecVersion version, QString *error,
                           LossReport *losses)
{
    return OutputFile::write(path, write(pact, version, losses), error);
}

} // namespace Pactbench
