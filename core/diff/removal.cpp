// SPDX-License-Identifier: MIT
// What leaving a field out of the provider's answers breaks: each interaction's example answer without
// the field, matched by the engine against the interaction.
#include "usage.h"

#include <core/matching/matching.h>

#include <QJsonArray>

namespace Pactbench::Diff {

namespace {

/// `value` without the members and elements `field` takes away (JSON paths of `fieldPath` form).
QJsonValue without(const QJsonValue &value, const QStringList &path, const QString &field)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QStringList child = path + QStringList{it.key()};
            if (!removes(field, fieldPathOf(child)))
                out.insert(it.key(), without(it.value(), child, field));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QStringList child = path + QStringList{QString::number(i)};
            if (!removes(field, fieldPathOf(child)))
                out.append(without(a.at(i), child, field));
        }
        return out;
    }
    return value;
}

Body bodyWithout(const Body &body, const QString &field)
{
    if (!body.isPresent() || body.asJson().isUndefined() || !field.startsWith(u'$'))
        return body;
    return Body::fromJson(without(body.asJson(), {QStringLiteral("$")}, field), body.contentType);
}

QStringList failures(const QList<Mismatch> &mismatches)
{
    QStringList out;
    for (const Mismatch &m : mismatches)
        out.append(m.toString());
    return out;
}

QStringList responseWithout(const HttpResponse &expected, const QString &field)
{
    if (field == u"status")
        return {QStringLiteral("the status is always checked")};
    HttpResponse actual = expected;
    if (field.startsWith(u"header:", Qt::CaseInsensitive))
        actual.headers.remove(field.mid(7));
    actual.body = bodyWithout(expected.body, field);
    return failures(matchResponse(expected, actual).mismatches);
}

QStringList messageWithout(const MessageContents &expected, const QString &field)
{
    MessageContents actual = expected;
    if (field.startsWith(u"metadata:"))
        actual.metadata.remove(field.mid(9));
    actual.contents = bodyWithout(expected.contents, field);
    return failures(matchMessage(expected, actual).mismatches);
}

} // namespace

QList<FieldUse> brokenWithout(const Pact &pact, const QString &source, const QString &field)
{
    QList<FieldUse> out;
    const QList<FieldUse> all = fieldUses(pact, source);
    for (const Interaction &i : pact.interactions) {
        QList<std::pair<QString, QStringList>> parts; // part name, failures without the field
        if (i.kind == InteractionKind::SynchronousHttp)
            parts.append({QStringLiteral("response"), responseWithout(i.response, field)});
        else if (i.kind == InteractionKind::AsynchronousMessage)
            parts.append({QStringLiteral("message"), messageWithout(i.message, field)});
        for (qsizetype r = 0; i.kind == InteractionKind::SynchronousMessages && r < i.messageResponses.size(); ++r)
            parts.append({QStringLiteral("response[%1]").arg(r), messageWithout(i.messageResponses.at(r), field)});
        for (const auto &[part, failed] : parts) {
            if (failed.isEmpty())
                continue;
            for (FieldUse u : all) {
                if (u.interaction == i.description && u.part == part && removes(field, u.field)) {
                    u.reason = failed.first();
                    out.append(u);
                }
            }
        }
    }
    return out;
}

} // namespace Pactbench::Diff
