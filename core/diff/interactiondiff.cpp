// SPDX-License-Identifier: MIT
#include "interactiondiff.h"

#include "partdiff.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pactbench::Diff {

namespace {

template <typename P>
void diffPair(const P &o, SpecVersion ov, const P &n, SpecVersion nv, const QString &name, bool consumerSends, QList<Change> *out)
{
    if (o == n && ov == nv)
        return;
    PartContext c{PartView::of(o, ov), PartView::of(n, nv), consumerSends, nullptr, nullptr, ChangeSink{name, out}};
    diffPart(c);
}

QJsonValue statesJson(const QList<ProviderState> &states)
{
    QJsonArray out;
    for (const ProviderState &s : states)
        out.append(QJsonObject{{u"name"_qs, s.name}, {u"params"_qs, s.params}});
    return out;
}

bool sameStates(const QList<ProviderState> &a, const QList<ProviderState> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).params != b.at(i).params)
            return false;
    }
    return true;
}

void diffFields(const Interaction &o, const Interaction &n, QList<Change> *out)
{
    const ChangeSink sink{u"interaction"_qs, out};
    if (o.description != n.description)
        sink.add(u"description"_qs, {}, Impact::Cosmetic, QStringLiteral("the description text changed"), o.description, n.description);
    if (!o.key.isEmpty() && !n.key.isEmpty() && o.key != n.key)
        sink.add(u"key"_qs, {}, Impact::Cosmetic, QStringLiteral("the interaction key changed"), o.key, n.key);
    if (!sameStates(o.providerStates, n.providerStates))
        sink.add(u"providerStates"_qs, {}, Impact::Review,
                 QStringLiteral("a provider state was renamed or its parameters changed: the provider's state handler decides"),
                 statesJson(o.providerStates), statesJson(n.providerStates));
    if (o.pending != n.pending)
        sink.add(u"pending"_qs, {}, n.pending ? Impact::Cosmetic : Impact::Breaking,
                 n.pending ? QStringLiteral("pending turned on: failures of this interaction no longer fail verification")
                           : QStringLiteral("pending turned off: failures of this interaction now fail verification"),
                 o.pending, n.pending);
    if (o.comments != n.comments)
        sink.add(u"comments"_qs, {}, Impact::Cosmetic, QStringLiteral("comments changed"), o.comments, n.comments);
    if (o.interactionMarkup != n.interactionMarkup)
        sink.add(u"interactionMarkup"_qs, {}, Impact::Cosmetic, QStringLiteral("the interaction markup changed"), o.interactionMarkup, n.interactionMarkup);
    if (o.pluginConfiguration != n.pluginConfiguration)
        sink.add(u"pluginConfiguration"_qs, {}, Impact::Review, QStringLiteral("the plugin configuration changed: the plugin decides what it means"),
                 o.pluginConfiguration, n.pluginConfiguration);
    if (!o.transport.isEmpty() && !n.transport.isEmpty() && o.transport != n.transport)
        sink.add(u"transport"_qs, {}, Impact::Review, QStringLiteral("the transport changed: how the provider is reached differs"), o.transport, n.transport);
}

void diffSyncResponses(const Interaction &o, SpecVersion ov, const Interaction &n, SpecVersion nv, QList<Change> *out)
{
    const qsizetype common = std::min(o.messageResponses.size(), n.messageResponses.size());
    for (qsizetype i = 0; i < common; ++i)
        diffPair(o.messageResponses.at(i), ov, n.messageResponses.at(i), nv, QStringLiteral("response[%1]").arg(i), false, out);
    const ChangeSink sink{u"response"_qs, out};
    for (qsizetype i = common; i < n.messageResponses.size(); ++i)
        sink.add(u"messages"_qs, QStringLiteral("[%1]").arg(i), Impact::Breaking, QStringLiteral("another response message is newly expected"));
    for (qsizetype i = common; i < o.messageResponses.size(); ++i)
        sink.add(u"messages"_qs, QStringLiteral("[%1]").arg(i), Impact::Safe, QStringLiteral("a response message is no longer expected"));
}

} // namespace

QList<Change> diffInteractionParts(const Interaction &o, SpecVersion ov, const Interaction &n, SpecVersion nv)
{
    QList<Change> out;
    switch (o.kind) {
    case InteractionKind::SynchronousHttp:
        diffPair(o.request, ov, n.request, nv, u"request"_qs, true, &out);
        diffPair(o.response, ov, n.response, nv, u"response"_qs, false, &out);
        break;
    case InteractionKind::AsynchronousMessage:
        diffPair(o.message, ov, n.message, nv, u"message"_qs, false, &out);
        break;
    case InteractionKind::SynchronousMessages:
        diffPair(o.messageRequest, ov, n.messageRequest, nv, u"request"_qs, true, &out);
        diffSyncResponses(o, ov, n, nv, &out);
        break;
    case InteractionKind::Unsupported:
        if (o.extra != n.extra)
            ChangeSink{u"interaction"_qs, &out}.add(u"unsupported"_qs, {}, Impact::Review,
                QStringLiteral("an interaction of a type this tool does not know changed"), o.extra, n.extra);
        break;
    }
    return out;
}

QList<Change> diffInteraction(const Interaction &o, SpecVersion ov, const Interaction &n, SpecVersion nv)
{
    if (o == n)
        return {};
    QList<Change> out;
    diffFields(o, n, &out);
    out.append(diffInteractionParts(o, ov, n, nv));
    if (n.pending) {
        for (Change &c : out) {
            if (c.impact == Impact::Breaking) {
                c.impact = Impact::Review;
                c.reason += u" (the interaction is pending: its failures do not fail verification)"_qs;
            }
        }
    }
    return out;
}

} // namespace Pactbench::Diff
