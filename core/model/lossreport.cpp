// SPDX-License-Identifier: MIT
// What a V3 file cannot hold of a pact read from V4 (or built in the workbench), and what a V1, V1.1
// or V2 file cannot hold on top of that (pactwriterv2.cpp writes those).
#include "pactwriter.h"
#include "pactwriterv2.h"

namespace Pactbench {

namespace {

bool isV2Target(SpecVersion version)
{
    return version == SpecVersion::V1 || version == SpecVersion::V1_1 || version == SpecVersion::V2;
}

class LossCollector
{
public:
    LossCollector(LossReport *out, int index, const QString &description, SpecVersion target)
        : m_out(out)
        , m_index(index)
        , m_description(description)
        , m_target(target)
        , m_label(isV2Target(target) ? specVersionLabel(target) : QStringLiteral("V3"))
    {
    }

    void add(const QString &field, const QString &reason) { m_out->append({m_index, m_description, field, reason}); }
    /// "V3", or the V1/V1.1/V2 target's label.
    const QString &label() const { return m_label; }

    void v4Fields(const Interaction &i)
    {
        if (!i.key.isEmpty())
            add(QStringLiteral("key"), hasNo(QStringLiteral("interaction keys")));
        if (i.pending)
            add(QStringLiteral("pending"), hasNo(QStringLiteral("pending interactions")));
        if (!i.comments.isEmpty())
            add(QStringLiteral("comments"), hasNo(QStringLiteral("comments")));
        if (!i.pluginConfiguration.isEmpty())
            add(QStringLiteral("pluginConfiguration"), hasNo(QStringLiteral("plugin configuration")));
        if (!i.interactionMarkup.isEmpty())
            add(QStringLiteral("interactionMarkup"), hasNo(QStringLiteral("interaction markup")));
        if (!i.transport.isEmpty())
            add(QStringLiteral("transport"), hasNo(QStringLiteral("transport")));
    }

    void body(const QString &field, const Body &b, const QString &contextType, bool isMessage)
    {
        if (b.hint != Body::Hint::Default)
            add(field + QStringLiteral(".contentTypeHint"), hasNo(QStringLiteral("content-type hint")));
        if (!b.extra.isEmpty())
            add(field,
                QStringLiteral("%1 bodies are inline: the body object's extra keys cannot be kept").arg(m_label));
        if (!b.contentType.isEmpty() && b.contentType != contextType)
            add(field + QStringLiteral(".contentType"),
                QStringLiteral("content type '%1' differs from the %2; %3 has no place for it")
                    .arg(b.contentType, isMessage ? QStringLiteral("metadata") : QStringLiteral("Content-Type header"),
                        m_label));
        // V1–V3 readers (ours and the reference) decode a base64 string under a binary or multipart type.
        const ContentKind kind = contentKindOf(b.effectiveContentType(contextType));
        if (b.state == Body::State::Present && b.encoding == Body::Encoding::Base64 && kind != ContentKind::Binary
            && kind != ContentKind::Multipart)
            add(field,
                QStringLiteral("binary content under a %1 content type cannot be marked as base64 in %2")
                    .arg(b.effectiveContentType(contextType), m_label));
    }

    void rules(const QString &field, const MatchingRules &rules)
    {
        // A V3 file holds every matcher and the status category: Pact's reference writes them there
        // (arrayContains, eachValue, statusCode … in "3.0.0" files) and every implementation reads them.
        if (!isV2Target(m_target))
            return;
        if (rules.hasCategory(QStringLiteral("status")))
            add(field + QStringLiteral(".matchingRules.status"), hasNo(QStringLiteral("status matching rules")));
        v2Rules(field, rules);
    }

    void providerStates(const QList<ProviderState> &states)
    {
        if (states.size() > 1)
            add(QStringLiteral("providerStates"),
                QStringLiteral("%1 holds one provider state: only the first ('%2') is kept")
                    .arg(m_label, states.constFirst().name));
        for (qsizetype n = 0; n < states.size(); ++n) {
            const QString at = QStringLiteral("providerStates[%1]").arg(n);
            if (!states.at(n).params.isEmpty())
                add(at + QStringLiteral(".params"), hasNo(QStringLiteral("provider state parameters")));
            if (!states.at(n).extra.isEmpty())
                add(at,
                    QStringLiteral("%1 provider states are names only: their other keys cannot be kept").arg(m_label));
        }
    }

    void generators(const QString &field, const Generators &generators)
    {
        if (!generators.isEmpty())
            add(field + QStringLiteral(".generators"),
                QStringLiteral("%1 has no generators: %2 left out (written as \"generators\": null, as Pact's "
                               "reference does)")
                    .arg(m_label)
                    .arg(generators.count()));
    }

    void query(const QueryParams &query)
    {
        if (query.contains(QString()))
            add(QStringLiteral("request.query"),
                QStringLiteral("a parameter without a name cannot be written in a %1 query string").arg(m_label));
    }

private:
    QString hasNo(const QString &what) const { return QStringLiteral("%1 has no %2").arg(m_label, what); }

    void v2Rules(const QString &field, const MatchingRules &rules)
    {
        const QString at = field + QStringLiteral(".matchingRules");
        if (m_target != SpecVersion::V2 && !rules.isEmpty())
            add(at,
                QStringLiteral("%1 has no matching rules: they are written in the V2 form, as Pact's reference does")
                    .arg(m_label));
        for (const QString &type : rules.matcherTypes()) {
            if (!detail::isV2Matcher(type))
                add(at,
                    QStringLiteral("matcher '%1' is not a V2 matcher (V2 has regex and type, with min and max)")
                        .arg(type));
        }
        for (auto c = rules.all().begin(); c != rules.all().end(); ++c) {
            for (auto r = c->begin(); r != c->end(); ++r)
                ruleList(at + u'.' + c.key(), r.key(), *r);
        }
    }

    void ruleList(const QString &field, const QString &key, const RuleList &list)
    {
        const QString place = key.isEmpty() ? QStringLiteral("the rule") : QStringLiteral("'%1'").arg(key);
        if (list.matchers.size() > 1)
            add(field,
                QStringLiteral("%1 has %2 matchers combined with %3; V2 keeps only the first ('%4')")
                    .arg(place, QString::number(list.matchers.size()),
                        list.combine == RuleLogic::Or ? QStringLiteral("OR") : QStringLiteral("AND"),
                        list.matchers.constFirst().type));
        if (!list.extra.isEmpty())
            add(field,
                QStringLiteral("%1 has keys beside its matchers (%2); V2 cannot hold them")
                    .arg(place, list.extra.keys().join(QStringLiteral(", "))));
    }

    LossReport *m_out;
    int m_index;
    QString m_description;
    SpecVersion m_target;
    QString m_label;
};

void httpLosses(const Interaction &i, LossCollector &c, bool v2)
{
    c.body(QStringLiteral("request.body"), i.request.body, i.request.contentTypeHeader(), false);
    c.body(QStringLiteral("response.body"), i.response.body, i.response.contentTypeHeader(), false);
    c.rules(QStringLiteral("request"), i.request.matchingRules);
    c.rules(QStringLiteral("response"), i.response.matchingRules);
    if (!v2)
        return;
    c.generators(QStringLiteral("request"), i.request.generators);
    c.generators(QStringLiteral("response"), i.response.generators);
    c.query(i.request.query);
}

void interactionLosses(const Interaction &i, int index, SpecVersion target, LossReport *out)
{
    const bool v2 = isV2Target(target);
    LossCollector c(out, index, i.description, target);
    if (i.kind == InteractionKind::Unsupported) {
        c.add(QStringLiteral("type"),
            QStringLiteral("an interaction of unknown type cannot be written as %1: it is left out").arg(c.label()));
        return;
    }
    if (v2 && i.isMessage()) {
        c.add(QStringLiteral("type"), QStringLiteral("%1 has no messages: the interaction is left out").arg(c.label()));
        return;
    }
    if (i.kind == InteractionKind::SynchronousMessages) {
        c.add(QStringLiteral("type"), QStringLiteral("V3 has no synchronous messages: the interaction is left out"));
        return;
    }
    c.v4Fields(i);
    if (v2)
        c.providerStates(i.providerStates);
    if (i.kind == InteractionKind::SynchronousHttp) {
        httpLosses(i, c, v2);
    } else {
        c.body(QStringLiteral("contents"), i.message.contents, i.message.metadataContentType(), true);
        c.rules(QStringLiteral("message"), i.message.matchingRules);
    }
}

} // namespace

LossReport PactWriter::lossReport(const Pact &pact, SpecVersion version)
{
    LossReport out;
    if (version == SpecVersion::V4)
        return out;
    const SpecVersion target = isV2Target(version) ? version : SpecVersion::V3;
    for (int n = 0; n < pact.interactions.size(); ++n)
        interactionLosses(pact.interactions.at(n), n, target, &out);
    if (target == SpecVersion::V3 && pact.hasKind(InteractionKind::SynchronousHttp)
        && pact.hasKind(InteractionKind::AsynchronousMessage))
        out.append({-1, {}, QStringLiteral("interactions"),
                    QStringLiteral("both are written ('interactions' and 'messages'), but V3 tools read either HTTP "
                                   "interactions or messages from one file, not both"),
                    true});
    return out;
}

} // namespace Pactbench
