// SPDX-License-Identifier: MIT
#include "usage.h"

#include "ruleimpact.h"

#include <core/matching/rules.h>

#include <QJsonArray>
#include <QRegularExpression>

namespace Pactbench::Diff {

namespace {

} // namespace

QString fieldPathOf(const QStringList &valuePath)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    QString out = QStringLiteral("$");
    for (qsizetype i = 1; i < valuePath.size(); ++i) {
        const QString &step = valuePath.at(i);
        bool isIndex = false;
        step.toLongLong(&isIndex);
        out += isIndex ? u"[*]"_qs : plain.match(step).hasMatch() ? QString(u'.' + step) : QString(u"['"_qs + step + u"']"_qs);
    }
    return out;
}

namespace {

struct Collector
{
    const Pact &pact;
    const Interaction &interaction;
    QString source;
    QList<FieldUse> *out;

    void add(const QString &part, const QString &field, const RuleGroup &group)
    {
        for (const FieldUse &u : *out) {
            if (u.field == field && u.part == part && u.interaction == interaction.description && u.source == source)
                return;
        }
        out->append({field, pact.consumer.name, interaction.description, part, describeRules(group), source, {}});
    }

    void body(const QString &part, const QJsonValue &v, const QStringList &path, const RuleCategory &rules)
    {
        if (path.size() > 1)
            add(part, fieldPathOf(path), rules.best(path));
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                body(part, it.value(), path + QStringList{it.key()}, rules);
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                body(part, a.at(i), path + QStringList{QString::number(i)}, rules);
        }
    }

    void response(const HttpResponse &r)
    {
        const QString part = QStringLiteral("response");
        add(part, QStringLiteral("status"), RuleCategory(RuleCategory::Kind::Single, r.matchingRules.category(u"status"_qs)).best({}));
        const RuleCategory headers(RuleCategory::Kind::Header, r.matchingRules.category(u"header"_qs));
        for (const QString &name : r.headers.names())
            add(part, u"header:"_qs + name, headers.best({u"$"_qs, name.toLower()}));
        if (r.body.isPresent())
            body(part, r.body.asJson(), {u"$"_qs}, RuleCategory(RuleCategory::Kind::Body, r.matchingRules.category(u"body"_qs)));
    }

    void message(const QString &part, const MessageContents &m)
    {
        const RuleCategory meta(RuleCategory::Kind::Metadata, m.matchingRules.category(u"metadata"_qs));
        for (auto it = m.metadata.begin(); it != m.metadata.end(); ++it)
            add(part, u"metadata:"_qs + it.key(), meta.best({u"$"_qs, it.key()}));
        MatchingRules::Category content = m.matchingRules.category(u"body"_qs);
        const MatchingRules::Category v4 = m.matchingRules.category(u"content"_qs);
        for (auto it = v4.begin(); it != v4.end(); ++it)
            content.insert(it.key(), it.value());
        if (m.contents.isPresent())
            body(part, m.contents.asJson(), {u"$"_qs}, RuleCategory(RuleCategory::Kind::Body, content));
    }
};

QString normalisedQuery(const QString &query)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString q = query;
    q.replace(index, QStringLiteral("[*]"));
    if (!q.startsWith(u'$') && !q.contains(u':') && q != u"status")
        q = u"$."_qs + q;
    return q;
}

} // namespace

QList<FieldUse> fieldUses(const Pact &pact, const QString &source)
{
    QList<FieldUse> out;
    for (const Interaction &i : pact.interactions) {
        Collector c{pact, i, source, &out};
        if (i.kind == InteractionKind::SynchronousHttp) {
            c.response(i.response);
        } else if (i.kind == InteractionKind::AsynchronousMessage) {
            c.message(QStringLiteral("message"), i.message);
        } else if (i.kind == InteractionKind::SynchronousMessages) {
            for (qsizetype r = 0; r < i.messageResponses.size(); ++r)
                c.message(QStringLiteral("response[%1]").arg(r), i.messageResponses.at(r));
        }
    }
    return out;
}

bool removes(const QString &query, const QString &field)
{
    const QString q = normalisedQuery(query);
    if (q.startsWith(u"header:", Qt::CaseInsensitive))
        return field.compare(q, Qt::CaseInsensitive) == 0;
    if (q == field)
        return true;
    return q.startsWith(u'$') && field.startsWith(q) && (field.at(q.size()) == u'.' || field.at(q.size()) == u'[');
}

QString usageText(const QString &provider, const QList<FieldUse> &uses)
{
    QStringList fields, consumers;
    for (const FieldUse &u : uses) {
        if (!fields.contains(u.field))
            fields.append(u.field);
        if (!consumers.contains(u.consumer))
            consumers.append(u.consumer);
    }
    QString out = QStringLiteral("%1: %2 field(s) relied on by %3 consumer(s)\n").arg(provider).arg(fields.size()).arg(consumers.size());
    for (const QString &f : fields) {
        out += u'\n' + f + u'\n';
        for (const FieldUse &u : uses) {
            if (u.field == f)
                out += QStringLiteral("  %1: \"%2\" (%3) — %4\n").arg(u.consumer, u.interaction, u.part, u.matcher);
        }
    }
    return out;
}

namespace {

QJsonObject useJson(const FieldUse &u)
{
    return {{u"consumer"_qs, u.consumer}, {u"interaction"_qs, u.interaction}, {u"part"_qs, u.part},
            {u"matcher"_qs, u.matcher}, {u"source"_qs, u.source}};
}

} // namespace

QJsonObject usageJson(const QString &provider, const QList<FieldUse> &uses)
{
    QStringList order;
    QHash<QString, QJsonArray> byField;
    for (const FieldUse &u : uses) {
        if (!byField.contains(u.field))
            order.append(u.field);
        byField[u.field].append(useJson(u));
    }
    QJsonArray fields;
    for (const QString &f : order)
        fields.append(QJsonObject{{u"field"_qs, f}, {u"uses"_qs, byField.value(f)}});
    return {{u"provider"_qs, provider}, {u"fields"_qs, fields}};
}

QString impactText(const QString &provider, const QString &field, const QList<FieldUse> &broken)
{
    if (broken.isEmpty())
        return QStringLiteral("Removing '%1' from %2 breaks no pact: every interaction's example answer without it still matches.\n")
            .arg(field, provider);
    QStringList consumers;
    for (const FieldUse &u : broken) {
        if (!consumers.contains(u.consumer))
            consumers.append(u.consumer);
    }
    QString out = QStringLiteral("Removing '%1' from %2 would break %3 use(s) by %4 consumer(s): %5\n")
                      .arg(field, provider).arg(broken.size()).arg(consumers.size()).arg(consumers.join(u", "_qs));
    for (const FieldUse &u : broken) {
        out += QStringLiteral("  %1: \"%2\" (%3 %4, %5) in %6\n").arg(u.consumer, u.interaction, u.part, u.field, u.matcher, u.source);
        if (!u.reason.isEmpty())
            out += QStringLiteral("      %1\n").arg(u.reason);
    }
    return out;
}

QJsonObject impactJson(const QString &provider, const QString &field, const QList<FieldUse> &broken)
{
    QJsonArray breaks;
    for (const FieldUse &u : broken) {
        QJsonObject o = useJson(u);
        o.insert(u"field"_qs, u.field);
        o.insert(u"reason"_qs, u.reason);
        breaks.append(o);
    }
    return {{u"provider"_qs, provider}, {u"field"_qs, field}, {u"breaks"_qs, breaks}};
}

} // namespace Pactbench::Diff
