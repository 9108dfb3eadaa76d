// SPDX-License-Identifier: MIT
#include "secrets.h"

#include <QRegularExpression>
#include <QSet>

namespace Pactbench {

namespace {

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

Matcher regexMatcher(const QString &regex)
{
    return Matcher{ QStringLiteral("regex"), QJsonObject{ { QStringLiteral("regex"), regex } } };
}

void setRule(MatchingRules &rules, const QString &category, const QString &key, const Matcher &matcher)
{
    RuleList list;
    list.matchers.append(matcher);
    rules.categoryRef(category).insert(key, list);
}

/// "Bearer abc" → ("Bearer REDACTED", "^Bearer .+$"); a scheme-less value → (placeholder, "^.+$").
QPair<QString, QString> credentialPlaceholder(const QString &value, const QString &placeholder)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*) +\\S"));
    const QRegularExpressionMatch m = scheme.match(value);
    if (m.hasMatch()) {
        const QString name = m.captured(1);
        return { name + u' ' + placeholder, u'^' + QRegularExpression::escape(name) + QStringLiteral(" .+$") };
    }
    return { placeholder, QStringLiteral("^.+$") };
}

/// "a=1; b=2" → "a=REDACTED; b=REDACTED": the cookie names stay, the values go.
QString cookiePlaceholder(const QString &value, const QString &placeholder)
{
    QStringList parts;
    for (const QString &pair : value.split(u';', Qt::SkipEmptyParts)) {
        const QString name = pair.section(u'=', 0, 0).trimmed();
        parts.append(name + u'=' + placeholder);
    }
    return parts.join(QStringLiteral("; "));
}

/// "session=abc; Path=/; HttpOnly" → ("session=REDACTED; Path=/; HttpOnly", "^session=[^;]*(;.*)?$").
QPair<QString, QString> setCookiePlaceholder(const QString &value, const QString &placeholder)
{
    const qsizetype semi = value.indexOf(u';');
    const QString pair = semi < 0 ? value : value.left(semi);
    const QString attributes = semi < 0 ? QString() : value.mid(semi);
    const QString name = pair.section(u'=', 0, 0).trimmed();
    return { name + u'=' + placeholder + attributes,
        u'^' + QRegularExpression::escape(name) + QStringLiteral("=[^;]*(;.*)?$") };
}

void redactRequestHeaders(CapturedExchange &exchange, const SecretPolicy &policy, QList<CaptureNote> *notes)
{
    QSet<QString> done;
    for (auto &[name, value] : exchange.request.headers.entries()) {
        if (!policy.isSecretHeader(name))
            continue;
        const bool cookie = name.compare(u"Cookie", Qt::CaseInsensitive) == 0;
        const auto [example, regex] = cookie ? qMakePair(cookiePlaceholder(value, policy.placeholder), QStringLiteral("^.+$"))
                                             : credentialPlaceholder(value, policy.placeholder);
        value = example;
        setRule(exchange.request.matchingRules, QStringLiteral("header"), name, regexMatcher(regex));
        if (!done.contains(name.toLower())) {
            done.insert(name.toLower());
            notes->append({ CaptureNote::Kind::Redacted, exchange.source,
                QStringLiteral("request header %1: value replaced by '%2' with a regex matcher %3").arg(name, example, regex) });
        }
    }
}

void redactQuery(CapturedExchange &exchange, const SecretPolicy &policy, QList<CaptureNote> *notes)
{
    QSet<QString> done;
    for (auto &[name, value] : exchange.request.query.entries()) {
        if (!policy.isSecretQuery(name))
            continue;
        value = policy.placeholder;
        setRule(exchange.request.matchingRules, QStringLiteral("query"), name, regexMatcher(QStringLiteral("^.+$")));
        if (!done.contains(name)) {
            done.insert(name);
            notes->append({ CaptureNote::Kind::Redacted, exchange.source,
                QStringLiteral("query parameter %1: value replaced by '%2' with a regex matcher ^.+$").arg(name, policy.placeholder) });
        }
    }
}

void redactSetCookie(CapturedExchange &exchange, const SecretPolicy &policy, QList<CaptureNote> *notes)
{
    QStringList regexes;
    for (auto &[name, value] : exchange.response.headers.entries()) {
        if (name.compare(u"Set-Cookie", Qt::CaseInsensitive) != 0)
            continue;
        const auto [example, regex] = setCookiePlaceholder(value, policy.placeholder);
        value = example;
        regexes.append(regex);
    }
    if (regexes.isEmpty())
        return;
    // One rule for the header: each value must be one of the cookies seen.
    const QString regex = regexes.size() == 1 ? regexes.first()
        : QStringLiteral("^(%1)$").arg(QStringList(regexes).replaceInStrings(QRegularExpression(QStringLiteral("^\\^|\\$$")), QString()).join(u'|'));
    const QString headerName = exchange.response.headers.names().filter(QStringLiteral("set-cookie"), Qt::CaseInsensitive).value(0);
    setRule(exchange.response.matchingRules, QStringLiteral("header"), headerName, regexMatcher(regex));
    notes->append({ CaptureNote::Kind::Redacted, exchange.source,
        QStringLiteral("response header %1: cookie values replaced by '%2' with a regex matcher %3").arg(headerName, policy.placeholder, regex) });
}

} // namespace

SecretPolicy SecretPolicy::defaults()
{
    SecretPolicy p;
    p.headers = QStringList{ QStringLiteral("Authorization"), QStringLiteral("Proxy-Authorization"),
        QStringLiteral("Cookie"), QStringLiteral("X-API-Key"), QStringLiteral("API-Key"), QStringLiteral("X-Auth-Token"),
        QStringLiteral("X-Access-Token"), QStringLiteral("X-CSRF-Token"), QStringLiteral("X-XSRF-Token"),
        QStringLiteral("X-Amz-Security-Token") };
    p.queryParameters = QStringList{ QStringLiteral("api_key"), QStringLiteral("apikey"), QStringLiteral("api-key"),
        QStringLiteral("key"), QStringLiteral("access_token"), QStringLiteral("token"), QStringLiteral("auth"),
        QStringLiteral("signature"), QStringLiteral("X-Amz-Signature"), QStringLiteral("X-Amz-Credential"),
        QStringLiteral("X-Amz-Security-Token") };
    return p;
}

bool SecretPolicy::isSecretHeader(const QString &name) const
{
    return containsName(headers, name);
}

bool SecretPolicy::isSecretQuery(const QString &name) const
{
    return containsName(queryParameters, name);
}

void redactSecrets(CapturedExchange &exchange, const SecretPolicy &policy, QList<CaptureNote> *notes)
{
    redactRequestHeaders(exchange, policy, notes);
    redactQuery(exchange, policy, notes);
    redactSetCookie(exchange, policy, notes);
}

bool isVolatileHeader(const QString &name, bool response)
{
    // Hop-by-hop (RFC 9110 7.6.1) and transport headers, both ways.
    static const QSet<QString> both{ QStringLiteral("connection"), QStringLiteral("keep-alive"),
        QStringLiteral("proxy-connection"), QStringLiteral("transfer-encoding"), QStringLiteral("te"),
        QStringLiteral("trailer"), QStringLiteral("upgrade"), QStringLiteral("content-length"), QStringLiteral("via"),
        QStringLiteral("traceparent"), QStringLiteral("tracestate"), QStringLiteral("x-request-id"),
        QStringLiteral("x-correlation-id"), QStringLiteral("x-amzn-trace-id") };
    // What the client's software adds, not what the contract is about.
    static const QSet<QString> request{ QStringLiteral("host"), QStringLiteral("accept-encoding"),
        QStringLiteral("user-agent"), QStringLiteral("referer"), QStringLiteral("origin"),
        QStringLiteral("cache-control"), QStringLiteral("pragma"), QStringLiteral("if-none-match"),
        QStringLiteral("if-modified-since"), QStringLiteral("upgrade-insecure-requests"), QStringLiteral("dnt"),
        QStringLiteral("priority"), QStringLiteral("x-forwarded-for"), QStringLiteral("x-forwarded-host"),
        QStringLiteral("x-forwarded-proto"), QStringLiteral("forwarded") };
    // What changes from one answer to the next, or describes the wire rather than the content.
    static const QSet<QString> answer{ QStringLiteral("date"), QStringLiteral("server"), QStringLiteral("etag"),
        QStringLiteral("last-modified"), QStringLiteral("expires"), QStringLiteral("age"),
        QStringLiteral("content-encoding"), QStringLiteral("x-powered-by"), QStringLiteral("x-runtime"),
        QStringLiteral("alt-svc"), QStringLiteral("report-to"), QStringLiteral("nel"), QStringLiteral("cf-ray"),
        QStringLiteral("strict-transport-security") };
    const QString lower = name.toLower();
    if (both.contains(lower))
        return true;
    if (response)
        return answer.contains(lower);
    return request.contains(lower) || lower.startsWith(u"sec-") || lower.startsWith(u"proxy-");
}

} // namespace Pactbench
