// SPDX-License-Identifier: MIT
#include "pactbuilder.h"

#include <core/matching/rules.h>
#include <core/model/pactwriter.h>

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace Pactbench {

namespace {

/// Leaves out the volatile headers; counts what was left out, by name, for one note per name.
void dropVolatileHeaders(Headers &headers, bool response, QMap<QString, int> *dropped)
{
    auto &entries = headers.entries();
    for (qsizetype n = entries.size() - 1; n >= 0; --n) {
        if (isVolatileHeader(entries.at(n).first, response)) {
            (*dropped)[(response ? QStringLiteral("response header ") : QStringLiteral("request header "))
                + entries.at(n).first] += 1;
            entries.removeAt(n);
        }
    }
}

QByteArray fingerprint(const CapturedExchange &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("q"), PactWriter::requestToJson(e.request, SpecVersion::V4));
    o.insert(QStringLiteral("r"), PactWriter::responseToJson(e.response, SpecVersion::V4));
    o.insert(QStringLiteral("d"), e.description);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Cleans every exchange and keeps the first of identical ones.
QList<CapturedExchange> cleaned(const QList<CapturedExchange> &exchanges, const CaptureOptions &options,
                                QList<CaptureNote> *notes)
{
    QList<CapturedExchange> out;
    QHash<QByteArray, QString> seen;
    QMap<QString, int> dropped;
    for (CapturedExchange e : exchanges) {
        dropVolatileHeaders(e.request.headers, false, &dropped);
        dropVolatileHeaders(e.response.headers, true, &dropped);
        redactSecrets(e, options.secrets, notes);
        const QByteArray key = fingerprint(e);
        const auto earlier = seen.constFind(key);
        if (earlier != seen.constEnd()) {
            notes->append({ CaptureNote::Kind::Merged, e.source,
                QStringLiteral("the same exchange as %1: kept once").arg(earlier.value()) });
            continue;
        }
        seen.insert(key, e.source);
        out.append(e);
    }
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it)
        notes->append({ CaptureNote::Kind::Dropped, {},
            QStringLiteral("%1 left out (volatile or hop-by-hop; %2 exchange%3)")
                .arg(it.key())
                .arg(it.value())
                .arg(it.value() == 1 ? QString() : QStringLiteral("s")) });
    return out;
}

QString groupKey(const HttpRequest &request, const HttpResponse &response)
{
    return request.method.toUpper() + u' ' + Inference::pathShape(request.path) + u' ' + QString::number(response.status);
}

/// Proposals from all exchanges of one group, given to each of them.
QList<RuleProposal> groupProposals(const QList<const CapturedExchange *> &group, const CaptureOptions &options,
                                   QList<CaptureNote> *notes)
{
    QList<Body> requestBodies, responseBodies;
    QStringList paths;
    QList<QueryParams> queries;
    for (const CapturedExchange *e : group) {
        if (e->request.body.isPresent())
            requestBodies.append(e->request.body);
        if (e->response.body.isPresent())
            responseBodies.append(e->response.body);
        paths.append(e->request.path);
        queries.append(e->request.query);
    }
    const CapturedExchange &first = *group.first();
    InferenceNotes said;
    QList<RuleProposal> out = Inference::pathRules(paths);
    out += Inference::queryRules(queries);
    if (!requestBodies.isEmpty())
        out += Inference::bodyRules(requestBodies, first.request.effectiveContentType(), RuleProposal::Side::Request,
                                    options.limits, &said);
    if (!responseBodies.isEmpty())
        out += Inference::bodyRules(responseBodies, first.response.effectiveContentType(), RuleProposal::Side::Response,
                                    options.limits, &said);
    for (const QString &message : std::as_const(said.messages))
        notes->append({ CaptureNote::Kind::Info, first.source, message });
    return out;
}

/// Keeps rules the secrets put there: a proposal never replaces a secret's matcher.
QList<RuleProposal> withoutSecretPlaces(QList<RuleProposal> proposals, const Interaction &interaction)
{
    proposals.removeIf([&interaction](const RuleProposal &p) {
        const MatchingRules &rules = p.side == RuleProposal::Side::Request ? interaction.request.matchingRules
                                                                           : interaction.response.matchingRules;
        return rules.category(p.category).contains(p.key);
    });
    return proposals;
}

/// The proposal's example from this interaction's own value (the group's first sample gave it).
QJsonValue ownExample(const RuleProposal &p, const Interaction &interaction)
{
    const HttpRequest &request = interaction.request;
    if (p.category == u"path")
        return request.path;
    if (p.category == u"query")
        return request.query.contains(p.key) ? QJsonValue(request.query.value(p.key)) : p.example;
    if (p.category != u"body")
        return p.example;
    const Body &body = p.side == RuleProposal::Side::Request ? request.body : interaction.response.body;
    if (body.state != Body::State::Present || body.encoding != Body::Encoding::Json)
        return p.example;
    const QJsonValue root = body.asJson();
    const QList<ValuePath> found = selectValuePaths(RulePath::parse(p.key), root, 1);
    return found.isEmpty() ? p.example : valueAtPath(root, found.first());
}

QList<RuleProposal> withOwnExamples(QList<RuleProposal> proposals, const Interaction &interaction)
{
    for (RuleProposal &p : proposals)
        p.example = ownExample(p, interaction);
    return proposals;
}

QString uniqueDescription(const QString &wanted, QHash<QString, int> *used)
{
    int &count = (*used)[wanted];
    ++count;
    return count == 1 ? wanted : QStringLiteral("%1 (%2)").arg(wanted).arg(count);
}

} // namespace

namespace Capture {

QString describe(const HttpRequest &request, const HttpResponse &response)
{
    QString target = request.path;
    if (!request.query.isEmpty())
        target += u'?' + request.query.toQueryString();
    return QStringLiteral("%1 %2 → %3").arg(request.method.toUpper(), target).arg(response.status);
}

QList<CapturedInteraction> interactions(const QList<CapturedExchange> &exchanges, const CaptureOptions &options,
                                        QList<CaptureNote> *notes)
{
    QList<CaptureNote> local;
    if (!notes)
        notes = &local;
    const QList<CapturedExchange> kept = cleaned(exchanges, options, notes);
    QMap<QString, QList<const CapturedExchange *>> groups;
    QStringList order;
    for (const CapturedExchange &e : kept) {
        const QString key = groupKey(e.request, e.response);
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(&e);
    }
    QHash<QString, QList<RuleProposal>> proposals;
    if (options.inferMatchers) {
        for (const QString &key : std::as_const(order))
            proposals.insert(key, groupProposals(groups.value(key), options, notes));
    }
    QList<CapturedInteraction> out;
    QHash<QString, int> used;
    for (const CapturedExchange &e : kept) {
        CapturedInteraction c;
        c.source = e.source;
        c.interaction.kind = InteractionKind::SynchronousHttp;
        c.interaction.request = e.request;
        c.interaction.request.hasQuery = !e.request.query.isEmpty();
        c.interaction.response = e.response;
        c.interaction.providerStates = e.providerStates;
        c.interaction.description = uniqueDescription(
            e.description.isEmpty() ? describe(e.request, e.response) : e.description, &used);
        c.proposals = withOwnExamples(withoutSecretPlaces(proposals.value(groupKey(e.request, e.response)), c.interaction),
                                      c.interaction);
        out.append(c);
    }
    return out;
}

Interaction interactionWithProposals(const CapturedInteraction &captured)
{
    Interaction i = captured.interaction;
    applyProposals(i.request.matchingRules, captured.proposals, RuleProposal::Side::Request);
    applyProposals(i.response.matchingRules, captured.proposals, RuleProposal::Side::Response);
    return i;
}

Pact pact(const QList<CapturedInteraction> &captured, const CaptureOptions &options)
{
    Pact p;
    p.consumer.name = options.consumer;
    p.provider.name = options.provider;
    p.specVersion = options.version;
    for (const CapturedInteraction &c : captured)
        p.interactions.append(interactionWithProposals(c));
    return p;
}

} // namespace Capture

} // namespace Pactbench
