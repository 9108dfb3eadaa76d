// SPDX-License-Identifier: MIT
// Bodies: content-type check, body states, then JSON / XML / multipart / form / binary / text.
#include "partmatchers.h"

#include "jsonbody.h"
#include "valuematchers.h"
#include "xmlbody.h"

namespace Pactbench::detail {

namespace {

QString bodyDisplay(const BodySide &side)
{
    const Body *b = side.body;
    if (!b || b->state == Body::State::Missing)
        return QStringLiteral("Missing");
    if (b->state == Body::State::Null)
        return QStringLiteral("Null");
    if (b->state == Body::State::Empty)
        return QStringLiteral("Empty");
    // As the reference: the content type only where the pact gives it to the body (V4, messages).
    if (!side.typeDeclared || side.type.isUnknown())
        return QStringLiteral("Present(%1 bytes)").arg(side.bytes().size());
    return QStringLiteral("Present(%1 bytes, %2)").arg(side.bytes().size()).arg(side.type.toString());
}

Mismatch bodyMismatch(const QString &path, const QByteArray &e, const QByteArray &a, const QString &sentence)
{
    return Mismatch{MismatchKind::Body, path, QString::fromUtf8(e), QString::fromUtf8(a), sentence};
}

/// A body present on one side only: at "/" with the absent side a null string, as the reference reports it.
Mismatch stateMismatch(const QString &expected, const QString &actual, const QString &sentence)
{
    return Mismatch{MismatchKind::Body, QStringLiteral("/"), expected, actual, sentence};
}

JsonDoc jsonDocOf(const BodySide &side, QString *error, bool *ok)
{
    const Body *b = side.body;
    if (b && b->state == Body::State::Present && b->encoding == Body::Encoding::Json) {
        *ok = true;
        return JsonDoc::fromValue(b->json, b->lexemes);
    }
    const auto parsed = JsonDoc::parse(side.bytes(), error);
    *ok = parsed.has_value();
    return parsed ? *parsed : JsonDoc{};
}

QList<Mismatch> matchJsonBodies(const BodySide &e, const BodySide &a, const RuleCategory &rules, bool allow,
                                int *checks)
{
    QString eerr, aerr;
    bool eok = false, aok = false;
    const JsonDoc ed = jsonDocOf(e, &eerr, &eok);
    const JsonDoc ad = jsonDocOf(a, &aerr, &aok);
    QList<Mismatch> out;
    if (!eok)
        out.append(bodyMismatch(QStringLiteral("$"), e.bytes(), a.bytes(), QStringLiteral("Failed to parse the expected body: '%1'").arg(eerr)));
    if (!aok)
        out.append(bodyMismatch(QStringLiteral("$"), e.bytes(), a.bytes(), QStringLiteral("Failed to parse the actual body: '%1'").arg(aerr)));
    if (!out.isEmpty())
        return out;
    JsonComparer comparer(rules, allow, ed, ad);
    out = comparer.run();
    if (checks)
        *checks += comparer.checks();
    return out;
}

QList<Mismatch> matchText(const QByteArray &e, const QByteArray &a, const RuleCategory &rules)
{
    const ValuePath root{QStringLiteral("$")};
    QList<Mismatch> out;
    if (rules.isDefined(root)) {
        const RuleGroup g = rules.best(root);
        const QString es = QString::fromUtf8(e), as = QString::fromUtf8(a);
        for (const QString &m : matchGroup(g, root, [&](const Rule &r) { return matchString(r, es, as, g.cascaded); }))
            out.append(bodyMismatch(QStringLiteral("$"), e, a, m));
    } else if (e != a) {
        out.append(bodyMismatch(QStringLiteral("$"), e, a,
                                QStringLiteral("Expected body '%1' to match '%2' using equality but did not match")
                                    .arg(QString::fromUtf8(e), QString::fromUtf8(a))));
    }
    return out;
}

QList<Mismatch> matchOctetStream(const BodySide &es, const BodySide &as, const RuleCategory &rules)
{
    const QByteArray e = es.bytes(), a = as.bytes();
    const ValuePath root{QStringLiteral("$")};
    QList<Mismatch> out;
    if (rules.isDefined(root)) {
        const RuleGroup g = rules.best(root);
        for (const QString &m : matchGroup(g, root, [&](const Rule &r) { return matchBytes(r, e, a, g.cascaded); }))
            out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), QString::fromLatin1(e.toHex()), QString::fromLatin1(a.toHex()), m});
    } else if (e != a) {
        out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), QString::fromLatin1(e.toHex()), QString::fromLatin1(a.toHex()),
                            QStringLiteral("Actual body [%1, %2 bytes, starting with %3] is not equal to the expected body [%4, %5 bytes, starting with %6]")
                                .arg(as.type.toString()).arg(a.size()).arg(QString::fromLatin1(a.left(32).toHex()))
                                .arg(es.type.toString()).arg(e.size()).arg(QString::fromLatin1(e.left(32).toHex()))});
    }
    return out;
}

QList<Mismatch> matchForm(const BodySide &e, const BodySide &a, const RuleCategory &rules, int *checks)
{
    const QueryParams ep = QueryParams::fromQueryString(QString::fromUtf8(e.bytes()));
    const QueryParams ap = QueryParams::fromQueryString(QString::fromUtf8(a.bytes()));
    return matchQuery(ep, ap, rules, true, checks);
}

bool hasRootContentTypeRule(const RuleCategory &rules)
{
    const ValuePath root{QStringLiteral("$")};
    if (!rules.isDefined(root))
        return false;
    for (const Rule &r : rules.best(root).rules) {
        if (r.type == Rule::Type::ContentType)
            return true;
    }
    return false;
}

} // namespace

QList<Mismatch> compareBodies(const MediaType &type, const BodySide &e, const BodySide &a, const RuleCategory &rules,
                              bool allow, int *checks)
{
    if (checks)
        ++*checks;
    if (type.isJson())
        return matchJsonBodies(e, a, rules, allow, checks);
    if (type.isXml())
        return matchXmlBodies(e.bytes(), a.bytes(), rules, allow, checks);
    if (type.main == u"multipart")
        return matchMultipart(e, a, rules, allow, checks);
    if (type.isForm())
        return matchForm(e, a, rules, checks);
    if (type.isBinary() || (type.main == u"application" && type.sub == u"octet-stream"))
        return matchOctetStream(e, a, rules);
    if (hasRootContentTypeRule(rules))
        return matchOctetStream(e, a, rules);
    return matchText(e.bytes(), a.bytes(), rules);
}

QList<Mismatch> matchBodyContent(const MediaType &type, const BodySide &e, const BodySide &a, const RuleCategory &rules,
                                 bool allow, int *checks)
{
    using S = Body::State;
    const S es = e.body ? e.body->state : S::Missing;
    const S as = a.body ? a.body->state : S::Missing;
    if (es == S::Missing)
        return {};
    if ((es == S::Null || es == S::Empty) && as == S::Present)
        return {stateMismatch(QString(), QString::fromUtf8(a.bytes()),
                              QStringLiteral("Expected empty body but received %1").arg(bodyDisplay(a)))};
    if (es == S::Null || es == S::Empty)
        return {};
    if (as == S::Missing)
        return {stateMismatch(QString::fromUtf8(e.bytes()), QString(),
                              QStringLiteral("Expected body %1 but was missing").arg(bodyDisplay(e)))};
    // An empty actual body still goes through a rule on the whole body (notEmpty, contentType …), as the reference does.
    if (as == S::Empty && !rules.isDefined(ValuePath{QStringLiteral("$")}))
        return {stateMismatch(QString::fromUtf8(e.bytes()), QString(),
                              QStringLiteral("Expected body %1 but was empty").arg(bodyDisplay(e)))};
    return compareBodies(type, e, a, rules, allow, checks);
}

QList<Mismatch> matchBody(const BodySide &e, const BodySide &a, const RuleCategory &bodyRules,
                          const RuleCategory &headerRules, bool allow, int *checks)
{
    const MediaType &et = e.type, &at = a.type;
    const ValuePath ctPath{QStringLiteral("$"), QStringLiteral("content-type")};
    const bool compatible = et.isUnknown() || at.isUnknown() || et.equivalentTo(at) || et.equivalentTo(at.base())
        || (headerRules.isDefined(ctPath)
            && headerValueMatches(QStringLiteral("Content-Type"), et.toString(), at.toString(), headerRules));
    if (compatible)
        return matchBodyContent(et, e, a, bodyRules, allow, checks);
    if (e.body && e.body->isPresent())
        return {Mismatch{MismatchKind::BodyType, QStringLiteral("$"), et.toString(), at.toString(),
                         QStringLiteral("Expected a body of '%1' but the actual content type was '%2'")
                             .arg(et.toString(), at.toString())}};
    return {};
}

} // namespace Pactbench::detail
