// SPDX-License-Identifier: MIT
#include "pacttreebuilder.h"

#include "pactformat.h"

#include <ui/document/pactdocument.h>

#include <core/matching/rules.h>

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace Pactbench {

using Kind = PactTreeNode::Kind;

namespace {

constexpr InteractionKind kindOrder[] = { InteractionKind::SynchronousHttp, InteractionKind::AsynchronousMessage,
    InteractionKind::SynchronousMessages, InteractionKind::Unsupported };

int bodyRuleCount(const MatchingRules &rules)
{
    int count = 0;
    for (const QString &category : { QStringLiteral("body"), QStringLiteral("content") }) {
        for (const RuleList &list : rules.category(category))
            count += int(list.matchers.size());
    }
    return count;
}

/// The rules of a category that apply to `name` (header names compare case-insensitively).
const RuleList *rulesFor(
    const MatchingRules &rules, const QString &category, const QString &name, Qt::CaseSensitivity cs)
{
    const auto &all = rules.all();
    const auto c = all.find(category);
    if (c == all.end())
        return nullptr;
    for (auto it = c->begin(); it != c->end(); ++it) {
        if (it.key().compare(name, cs) == 0)
            return &it.value();
    }
    return nullptr;
}

void markMatched(PactTreeNode *node, const RuleList *rules)
{
    if (!rules)
        return;
    node->matchedByRule = true;
    node->matcherCount = int(rules->matchers.size());
    node->detail += QStringLiteral("  ≈ ") + PactFormat::ruleList(*rules);
}

QStringList withKey(QStringList path, const QString &key)
{
    path.append(key);
    return path;
}

/// Fields a body shows in the tree at most (a large body is read in Raw JSON).
constexpr int maxBodyFields = 400;

/// The body rule that decides the value at `valuePath`, as the matching engine weighs rule paths
/// (the heaviest path of the value's own length), or null.
const RuleList *bestBodyRule(const MatchingRules::Category &rules, const QStringList &valuePath)
{
    const RuleList *best = nullptr;
    int bestWeight = 0;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const RulePath path = RulePath::parse(it.key());
        if (path.tokens.size() != valuePath.size())
            continue;
        const int weight = path.weight(valuePath);
        if (weight > bestWeight) {
            best = &it.value();
            bestWeight = weight;
        }
    }
    return best;
}

} // namespace

std::unique_ptr<PactTreeNode> PactTreeBuilder::buildPact(PactDocument *document)
{
    auto pactNode = std::make_unique<PactTreeNode>(Kind::Pact, document);
    updatePactNode(pactNode.get());
    const QList<Interaction> &interactions = document->pact().interactions;
    for (InteractionKind kind : kindOrder) {
        std::unique_ptr<PactTreeNode> group;
        for (int i = 0; i < interactions.size(); ++i) {
            if (interactions[i].kind != kind)
                continue;
            if (!group)
                group = buildGroup(document, kind);
            group->appendChild(buildInteraction(document, i));
        }
        if (!group)
            continue;
        group->detail = QString::number(group->childCount());
        pactNode->appendChild(std::move(group));
    }
    return pactNode;
}

std::unique_ptr<PactTreeNode> PactTreeBuilder::buildInteraction(PactDocument *document, int index)
{
    auto node = std::make_unique<PactTreeNode>(Kind::Interaction, document, index);
    node->childrenLoaded = false;
    updateInteractionNode(node.get());
    return node;
}

std::unique_ptr<PactTreeNode> PactTreeBuilder::buildGroup(PactDocument *document, InteractionKind kind)
{
    auto group = std::make_unique<PactTreeNode>(Kind::Group, document);
    group->name = PactFormat::groupName(kind);
    group->detail = QStringLiteral("0");
    return group;
}

int PactTreeBuilder::groupRank(InteractionKind kind)
{
    return int(std::find(std::begin(kindOrder), std::end(kindOrder), kind) - std::begin(kindOrder));
}

InteractionKind PactTreeBuilder::groupKind(const PactTreeNode *group)
{
    for (InteractionKind kind : kindOrder) {
        if (PactFormat::groupName(kind) == group->name)
            return kind;
    }
    return InteractionKind::Unsupported;
}

void PactTreeBuilder::updatePactNode(PactTreeNode *node)
{
    const PactDocument *doc = node->document;
    const Pact &pact = doc->pact();
    node->name = pact.consumer.name + QStringLiteral(" → ") + pact.provider.name;
    if (doc->isDirty())
        node->name.prepend(QStringLiteral("* "));
    const QString version = specVersionLabel(pact.specVersion);
    const QString where = doc->origin().isEmpty() ? tr("not saved") : QFileInfo(doc->origin()).fileName();
    node->detail = PactFormat::numerus(
        tr("%1 · %n interaction(s) · %2", nullptr, int(pact.interactions.size())).arg(version, where),
        pact.interactions.size());
    node->toolTip = tr("%1\nSpecification %2\n%3 load diagnostics")
                        .arg(doc->origin().isEmpty() ? tr("not saved") : doc->origin(), version)
                        .arg(doc->diagnostics().size());
}

void PactTreeBuilder::updateInteractionNode(PactTreeNode *node)
{
    const Interaction &interaction = node->document->pact().interactions.at(node->interaction);
    node->name = interaction.description.isEmpty() ? tr("(no description)") : interaction.description;
    node->detail = PactFormat::interactionSummary(interaction);
    node->matcherCount = interaction.matcherCount();
    QStringList tip{ node->name, node->detail };
    if (interaction.pending) {
        node->detail += tr(" · pending");
        tip.append(tr("Pending: a failure does not fail the provider's build."));
    }
    if (!interaction.providerStates.isEmpty())
        tip.append(tr("Given: %1").arg(interaction.providerStateNames().join(QStringLiteral("; "))));
    if (node->matcherCount > 0)
        tip.append(PactFormat::matcherCount(node->matcherCount));
    node->toolTip = tip.join(u'\n');
}

PactTreeBuilder::Nodes PactTreeBuilder::buildParts(const PactTreeNode *interactionNode)
{
    const Interaction &i = interactionNode->document->pact().interactions.at(interactionNode->interaction);
    PactTreeNode holder(Kind::Interaction, interactionNode->document, interactionNode->interaction);
    addProviderStates(&holder, i);
    switch (i.kind) {
    case InteractionKind::SynchronousHttp:
        addRequest(&holder, i.request);
        addResponse(&holder, i.response);
        break;
    case InteractionKind::AsynchronousMessage:
        addMessageParts(&holder, i.message, {});
        break;
    case InteractionKind::SynchronousMessages: {
        PactTreeNode *request = addNode(&holder, Kind::Request, tr("Request message"),
            PactFormat::body(i.messageRequest.contents, i.messageRequest.metadataContentType()),
            { QStringLiteral("request") });
        addMessageParts(request, i.messageRequest, request->jsonPath);
        for (int r = 0; r < i.messageResponses.size(); ++r) {
            const MessageContents &m = i.messageResponses.at(r);
            const QString name
                = i.messageResponses.size() == 1 ? tr("Response message") : tr("Response message %1").arg(r + 1);
            PactTreeNode *response
                = addNode(&holder, Kind::Response, name, PactFormat::body(m.contents, m.metadataContentType()),
                    { QStringLiteral("response"), QString::number(r) });
            addMessageParts(response, m, response->jsonPath);
        }
        break;
    }
    case InteractionKind::Unsupported:
        addNode(&holder, Kind::Raw, tr("Unsupported interaction"), i.extra.value(u"type").toString(), {});
        break;
    }
    addComments(&holder, i);
    return holder.takeChildren();
}

void PactTreeBuilder::addProviderStates(PactTreeNode *parent, const Interaction &interaction)
{
    if (interaction.providerStates.isEmpty())
        return;
    PactTreeNode *states = addNode(parent, Kind::ProviderStates, tr("Provider states"),
        QString::number(interaction.providerStates.size()), { QStringLiteral("providerStates") });
    for (int s = 0; s < interaction.providerStates.size(); ++s) {
        const ProviderState &state = interaction.providerStates.at(s);
        addNode(states, Kind::ProviderState, state.name, PactFormat::parameters(state.params),
            withKey(states->jsonPath, QString::number(s)));
    }
}

void PactTreeBuilder::addComments(PactTreeNode *parent, const Interaction &interaction)
{
    if (interaction.comments.isEmpty())
        return;
    const QJsonValue text = interaction.comments.value(u"text");
    QStringList lines;
    for (const QJsonValue &line : text.toArray())
        lines.append(line.toString());
    if (text.isString())
        lines.append(text.toString());
    if (const QString testName = interaction.comments.value(u"testname").toString(); !testName.isEmpty())
        lines.append(tr("test: %1").arg(testName));
    PactTreeNode *node = addNode(
        parent, Kind::Comments, tr("Comments"), lines.join(QStringLiteral(" / ")), { QStringLiteral("comments") });
    node->toolTip = lines.join(u'\n');
}

void PactTreeBuilder::addRequest(PactTreeNode *parent, const HttpRequest &request)
{
    const QStringList path{ QStringLiteral("request") };
    PactTreeNode *node = addNode(parent, Kind::Request, tr("Request"), PactFormat::requestLine(request), path);
    node->matcherCount = request.matchingRules.matcherCount();
    addQuery(node, request, path);
    addHeaders(node, request.headers, request.matchingRules, path);
    addBody(
        node, request.body, request.contentTypeHeader(), request.matchingRules, withKey(path, QStringLiteral("body")));
    addRules(node, request.matchingRules, path);
    addGenerators(node, request.generators, path);
}

void PactTreeBuilder::addResponse(PactTreeNode *parent, const HttpResponse &response)
{
    const QStringList path{ QStringLiteral("response") };
    PactTreeNode *node = addNode(parent, Kind::Response, tr("Response"), QString::number(response.status), path);
    node->matcherCount = response.matchingRules.matcherCount();
    markMatched(node, rulesFor(response.matchingRules, QStringLiteral("status"), {}, Qt::CaseSensitive));
    addHeaders(node, response.headers, response.matchingRules, path);
    addBody(node, response.body, response.contentTypeHeader(), response.matchingRules,
        withKey(path, QStringLiteral("body")));
    addRules(node, response.matchingRules, path);
    addGenerators(node, response.generators, path);
}

void PactTreeBuilder::addMessageParts(PactTreeNode *parent, const MessageContents &message, const QStringList &path)
{
    parent->matcherCount = message.matchingRules.matcherCount();
    if (message.contents.state != Body::State::Missing) {
        addBody(parent, message.contents, message.metadataContentType(), message.matchingRules,
            withKey(path, QStringLiteral("contents")));
        parent->child(parent->childCount() - 1)->name = tr("Contents");
    }
    addMetadata(parent, message, path);
    addRules(parent, message.matchingRules, path);
    addGenerators(parent, message.generators, path);
}

void PactTreeBuilder::addQuery(PactTreeNode *parent, const HttpRequest &request, const QStringList &path)
{
    if (request.query.isEmpty())
        return;
    PactTreeNode *query = addNode(
        parent, Kind::Query, tr("Query"), request.query.toQueryString(), withKey(path, QStringLiteral("query")));
    for (const QString &name : request.query.names()) {
        PactTreeNode *param = addNode(query, Kind::QueryParameter, name,
            request.query.values(name).join(QStringLiteral(", ")), withKey(query->jsonPath, name));
        markMatched(param, rulesFor(request.matchingRules, QStringLiteral("query"), name, Qt::CaseSensitive));
    }
}

void PactTreeBuilder::addHeaders(
    PactTreeNode *parent, const Headers &headers, const MatchingRules &rules, const QStringList &path)
{
    if (headers.isEmpty())
        return;
    const QStringList names = headers.names();
    PactTreeNode *node = addNode(parent, Kind::Headers, tr("Headers"), names.join(QStringLiteral(", ")),
        withKey(path, QStringLiteral("headers")));
    for (const QString &name : names) {
        PactTreeNode *header = addNode(
            node, Kind::Header, name, headers.values(name).join(QStringLiteral(", ")), withKey(node->jsonPath, name));
        markMatched(header, rulesFor(rules, QStringLiteral("header"), name, Qt::CaseInsensitive));
    }
}

void PactTreeBuilder::addMetadata(PactTreeNode *parent, const MessageContents &message, const QStringList &path)
{
    if (message.metadata.isEmpty())
        return;
    PactTreeNode *node = addNode(parent, Kind::Metadata, tr("Metadata"),
        message.metadata.keys().join(QStringLiteral(", ")), withKey(path, QStringLiteral("metadata")));
    for (auto it = message.metadata.begin(); it != message.metadata.end(); ++it) {
        PactTreeNode *entry = addNode(
            node, Kind::MetadataEntry, it.key(), PactFormat::value(it.value()), withKey(node->jsonPath, it.key()));
        markMatched(entry, rulesFor(message.matchingRules, QStringLiteral("metadata"), it.key(), Qt::CaseSensitive));
    }
}

void PactTreeBuilder::addBody(PactTreeNode *parent, const Body &body, const QString &contextType,
    const MatchingRules &rules, const QStringList &path)
{
    if (body.state == Body::State::Missing)
        return;
    PactTreeNode *node = addNode(parent, Kind::Body, tr("Body"), PactFormat::body(body, contextType), path);
    node->matcherCount = bodyRuleCount(rules);
    if (node->matcherCount > 0) {
        node->matchedByRule = true;
        node->detail += QStringLiteral(", ") + PactFormat::matcherCount(node->matcherCount);
    }
    // A JSON body opens to its fields, each with the rule that decides it (in blue). Paths follow the
    // V4 layout (the body object's "content"), so Raw JSON shows each field.
    if (body.isPresent() && body.encoding == Body::Encoding::Json && (body.json.isObject() || body.json.isArray())) {
        const QString category = rules.hasCategory(QStringLiteral("content")) ? QStringLiteral("content")
                                                                              : QStringLiteral("body");
        int budget = maxBodyFields;
        PactTreeNode holder(Kind::Body, parent->document, parent->interaction);
        holder.jsonPath = withKey(path, QStringLiteral("content"));
        addBodyFields(&holder, body.json, { QStringLiteral("$") }, rules.category(category), &budget);
        for (auto &child : holder.takeChildren())
            node->appendChild(std::move(child));
    }
}

void PactTreeBuilder::addBodyFields(PactTreeNode *parent, const QJsonValue &value, const QStringList &valuePath,
    const MatchingRules::Category &rules, int *budget)
{
    const auto addField = [&](const QString &name, const QString &key, const QJsonValue &child) {
        if (*budget <= 0)
            return;
        --*budget;
        const QStringList childPath = withKey(valuePath, key);
        const QString detail = child.isObject() ? tr("{%n key(s)}", nullptr, int(child.toObject().size()))
            : child.isArray()                   ? tr("[%n item(s)]", nullptr, int(child.toArray().size()))
                                                : PactFormat::value(child);
        PactTreeNode *node = addNode(parent, Kind::BodyField, name,
            PactFormat::numerus(detail,
                child.isObject() ? child.toObject().size() : child.isArray() ? child.toArray().size() : 0),
            withKey(parent->jsonPath, key));
        node->toolTip = pathToString(childPath);
        markMatched(node, bestBodyRule(rules, childPath));
        if (const RuleList *rule = bestBodyRule(rules, childPath))
            node->toolTip += u'\n' + PactFormat::ruleList(*rule);
        if (child.isObject() || child.isArray())
            addBodyFields(node, child, childPath, rules, budget);
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addField(it.key(), it.key(), it.value());
    } else {
        const QJsonArray array = value.toArray();
        for (qsizetype n = 0; n < array.size(); ++n)
            addField(QStringLiteral("[%1]").arg(n), QString::number(n), array.at(n));
    }
    if (*budget <= 0 && parent->childCount() == 0)
        addNode(parent, Kind::BodyField, QStringLiteral("…"), tr("more fields than the tree shows; see Raw JSON"),
            parent->jsonPath);
}

void PactTreeBuilder::addRules(PactTreeNode *parent, const MatchingRules &rules, const QStringList &path)
{
    if (rules.isEmpty())
        return;
    const QStringList rulesPath = withKey(path, QStringLiteral("matchingRules"));
    PactTreeNode *node = addNode(
        parent, Kind::MatchingRules, tr("Matching rules"), PactFormat::matcherCount(rules.matcherCount()), rulesPath);
    node->matcherCount = rules.matcherCount();
    for (auto c = rules.all().begin(); c != rules.all().end(); ++c) {
        for (auto r = c->begin(); r != c->end(); ++r) {
            const bool single = r.key().isEmpty() && isSingleRuleCategory(c.key()) && c->size() == 1;
            const QString name = r.key().isEmpty() ? c.key() : c.key() + QStringLiteral("  ") + r.key();
            const QStringList rulePath
                = single ? withKey(rulesPath, c.key()) : withKey(withKey(rulesPath, c.key()), r.key());
            PactTreeNode *list = addNode(node, Kind::RuleList, name, PactFormat::ruleList(r.value()), rulePath);
            list->matcherCount = int(r->matchers.size());
            list->matchedByRule = true;
        }
    }
}

void PactTreeBuilder::addGenerators(PactTreeNode *parent, const Generators &generators, const QStringList &path)
{
    if (generators.isEmpty())
        return;
    const QStringList generatorsPath = withKey(path, QStringLiteral("generators"));
    PactTreeNode *node = addNode(
        parent, Kind::Generators, tr("Generators"), PactFormat::generatorCount(generators.count()), generatorsPath);
    for (auto c = generators.all().begin(); c != generators.all().end(); ++c) {
        for (auto g = c->begin(); g != c->end(); ++g) {
            const bool single = g.key().isEmpty() && c->size() == 1;
            const QString name = g.key().isEmpty() ? c.key() : c.key() + QStringLiteral("  ") + g.key();
            addNode(node, Kind::Generator, name, PactFormat::generator(g.value()),
                single ? withKey(generatorsPath, c.key()) : withKey(withKey(generatorsPath, c.key()), g.key()));
        }
    }
}

PactTreeNode *PactTreeBuilder::addNode(
    PactTreeNode *parent, Kind kind, const QString &name, const QString &detail, const QStringList &path)
{
    auto node = std::make_unique<PactTreeNode>(kind, parent->document, parent->interaction);
    node->name = name;
    node->detail = detail;
    node->jsonPath = path;
    return parent->appendChild(std::move(node));
}

} // namespace Pactbench
