// SPDX-License-Identifier: MIT
// Query parameters and form-urlencoded bodies (pact_matching query.rs, form_urlencoded.rs).
#include "partmatchers.h"

#include "valuematchers.h"

namespace Pactbench::detail {

namespace {

QString debugList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(u'"' + v + u'"');
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QList<Mismatch> parameterValue(const QString &key, const ValuePath &path, const QString &e, const QString &a, int index,
                               const RuleCategory &rules)
{
    ValuePath indexed = path;
    indexed.append(QString::number(index));
    QStringList messages;
    if (rules.isDefined(indexed)) {
        const RuleGroup g = rules.best(indexed);
        messages = matchGroup(g, indexed, [&](const Rule &r) { return matchString(r, e, a, g.cascaded); });
    } else if (e != a) {
        messages.append(QStringLiteral("Expected query parameter '%1' with value '%2' but was '%3'").arg(key, e, a));
    }
    QList<Mismatch> out;
    for (const QString &m : messages)
        out.append(Mismatch{MismatchKind::Query, key, e, a, m});
    return out;
}

QList<Mismatch> parameterValues(const QString &key, const QStringList &e, const QStringList &a,
                                const RuleCategory &rules)
{
    const ValuePath path{QStringLiteral("$"), key};
    if (rules.isDefined(path)) {
        return matchStringList(path, rules.best(path), e, a, rules, MismatchKind::Query, key,
                               [&](const ValuePath &p, const QString &ev, const QString &av, const RuleCategory &ctx) {
                                   return parameterValue(key, p, ev, av, 0, ctx);
                               });
    }
    if (e.isEmpty() && !a.isEmpty())
        return {Mismatch{MismatchKind::Query, key, debugList(e), debugList(a),
                         QStringLiteral("Expected an empty parameter list for '%1' but received %2").arg(key, debugList(a))}};
    QList<Mismatch> out;
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (i < a.size())
            out.append(parameterValue(key, path, e.value(i), a.at(i), int(i), rules));
        else
            out.append(Mismatch{MismatchKind::Query, key, debugList(e), debugList(a),
                                QStringLiteral("Expected query parameter '%1' value '%2' but was missing").arg(key, e.at(i))});
    }
    if (e.size() != a.size())
        out.append(Mismatch{MismatchKind::Query, key, debugList(e), debugList(a),
                            QStringLiteral("Expected query parameter '%1' with %2 value(s) but received %3 value(s)")
                                .arg(key).arg(e.size()).arg(a.size())});
    return out;
}

QStringList values(const QueryParams &q, const QString &name)
{
    QStringList out = q.values(name);
    for (QString &v : out) {
        if (v.isNull())
            v = QStringLiteral("");
    }
    return out;
}

Mismatch asFormMismatch(Mismatch m)
{
    m.kind = MismatchKind::Body;
    m.path = QStringLiteral("$.") + m.path;
    m.sentence.replace(QStringLiteral("query parameter"), QStringLiteral("form post parameter"));
    return m;
}

} // namespace

QList<Mismatch> matchQuery(const QueryParams &expected, const QueryParams &actual, const RuleCategory &rules,
                           bool formBody, int *checks)
{
    QList<Mismatch> out;
    for (const QString &key : expected.names()) {
        if (checks)
            ++*checks;
        if (!actual.contains(key))
            out.append(Mismatch{MismatchKind::Query, key, debugList(values(expected, key)), QString(),
                                QStringLiteral("Expected query parameter '%1' but was missing").arg(key)});
        else
            out.append(parameterValues(key, values(expected, key), values(actual, key), rules));
    }
    for (const QString &key : actual.names()) {
        if (!expected.contains(key))
            out.append(Mismatch{MismatchKind::Query, key, QString(), debugList(values(actual, key)),
                                QStringLiteral("Unexpected query parameter '%1' received").arg(key)});
    }
    if (formBody) {
        for (Mismatch &m : out)
            m = asFormMismatch(m);
    }
    return out;
}

} // namespace Pactbench::detail
