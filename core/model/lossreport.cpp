// SPDX-License-Identifier: MIT
// What a V3 file cannot hold of a pact read from V4 (or built in the workbench).
#include "pactwriter.h"

namespace Pactbench {

namespace {

bool isV4OnlyMatcher(const QString &type)
{
    static const QStringList v4{QStringLiteral("arrayContains"), QStringLiteral("array-contains"),
                                QStringLiteral("statusCode"),    QStringLiteral("status-code"),
                                QStringLiteral("notEmpty"),      QStringLiteral("not-empty"),
                                QStringLiteral("semver"),        QStringLiteral("eachKey"),
                                QStringLiteral("each-key"),      QStringLiteral("eachValue"),
                                QStringLiteral("each-value")};
    return v4.contains(type);
}

class LossCollector
{
public:
    LossCollector(LossReport *out, int index, const QString &description)
        : m_out(out)
        , m_index(index)
        , m_description(description)
    {
    }

    void add(const QString &field, const QString &reason) { m_out->append({m_index, m_description, field, reason}); }

    void body(const QString &field, const Body &b, const QString &contextType, bool isMessage)
    {
        if (b.hint != Body::Hint::Default)
            add(field + QStringLiteral(".contentTypeHint"), QStringLiteral("V3 has no content-type hint"));
        if (!b.extra.isEmpty())
            add(field, QStringLiteral("V3 bodies are inline: the body object's extra keys cannot be kept"));
        if (!b.contentType.isEmpty() && b.contentType != contextType)
            add(field + QStringLiteral(".contentType"),
                QStringLiteral("content type '%1' differs from the %2; V3 has no place for it")
                    .arg(b.contentType, isMessage ? QStringLiteral("metadata") : QStringLiteral("Content-Type header")));
        if (b.state == Body::State::Present && b.encoding == Body::Encoding::Base64
            && contentKindOf(b.effectiveContentType(contextType)) != ContentKind::Binary)
            add(field, QStringLiteral("binary content under a %1 content type cannot be marked as base64 in V3")
                           .arg(b.effectiveContentType(contextType)));
    }

    void rules(const QString &field, const MatchingRules &rules)
    {
        if (rules.hasCategory(QStringLiteral("status")))
            add(field + QStringLiteral(".matchingRules.status"), QStringLiteral("V3 has no status matching rules"));
        for (const QString &type : rules.matcherTypes()) {
            if (isV4OnlyMatcher(type))
                add(field + QStringLiteral(".matchingRules"), QStringLiteral("matcher '%1' is V4 only").arg(type));
        }
    }

private:
    LossReport *m_out;
    int m_index;
    QString m_description;
};

void interactionLosses(const Interaction &i, int index, LossReport *out)
{
    LossCollector c(out, index, i.description);
    if (i.kind == InteractionKind::Unsupported) {
        c.add(QStringLiteral("type"), QStringLiteral("an interaction of unknown type cannot be written as V3: it is left out"));
        return;
    }
    if (i.kind == InteractionKind::SynchronousMessages) {
        c.add(QStringLiteral("type"), QStringLiteral("V3 has no synchronous messages: the interaction is left out"));
        return;
    }
    if (!i.key.isEmpty())
        c.add(QStringLiteral("key"), QStringLiteral("V3 has no interaction keys"));
    if (i.pending)
        c.add(QStringLiteral("pending"), QStringLiteral("V3 has no pending interactions"));
    if (!i.comments.isEmpty())
        c.add(QStringLiteral("comments"), QStringLiteral("V3 has no comments"));
    if (!i.pluginConfiguration.isEmpty())
        c.add(QStringLiteral("pluginConfiguration"), QStringLiteral("V3 has no plugin configuration"));
    if (!i.interactionMarkup.isEmpty())
        c.add(QStringLiteral("interactionMarkup"), QStringLiteral("V3 has no interaction markup"));
    if (!i.transport.isEmpty())
        c.add(QStringLiteral("transport"), QStringLiteral("V3 has no transport"));
    if (i.kind == InteractionKind::SynchronousHttp) {
        c.body(QStringLiteral("request.body"), i.request.body, i.request.contentTypeHeader(), false);
        c.body(QStringLiteral("response.body"), i.response.body, i.response.contentTypeHeader(), false);
        c.rules(QStringLiteral("request"), i.request.matchingRules);
        c.rules(QStringLiteral("response"), i.response.matchingRules);
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
    for (int n = 0; n < pact.interactions.size(); ++n)
        interactionLosses(pact.interactions.at(n), n, &out);
    if (pact.hasKind(InteractionKind::SynchronousHttp) && pact.hasKind(InteractionKind::AsynchronousMessage))
        out.append({-1, {}, QStringLiteral("interactions"),
                    QStringLiteral("V3 tools read either HTTP interactions or messages from one file, not both")});
    return out;
}

} // namespace Pactbench
