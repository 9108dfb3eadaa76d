// SPDX-License-Identifier: MIT
// Headers: names case-insensitive, multi-value headers split on commas, Content-Type/Accept by parameters.
#include "partmatchers.h"

#include "departures.h"
#include "valuematchers.h"

#include <algorithm>

namespace Pactbench::detail {

namespace {

bool isMultiValue(const QString &name)
{
    static const QStringList names{ QStringLiteral("accept"), QStringLiteral("accept-encoding"),
        QStringLiteral("accept-language"), QStringLiteral("access-control-allow-headers"),
        QStringLiteral("access-control-allow-methods"), QStringLiteral("access-control-expose-headers"),
        QStringLiteral("access-control-request-headers"), QStringLiteral("allow"), QStringLiteral("cache-control"),
        QStringLiteral("if-match"), QStringLiteral("if-none-match"), QStringLiteral("vary") };
    for (const QString &n : names) {
        if (n.size() == name.size() && n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isParameterised(const QString &lowerName)
{
    return lowerName == u"accept" || lowerName == u"content-type";
}

/// Header values the way the reference reads them: multi-value headers split on commas.
QStringList headerValues(const Headers &headers, const QString &name)
{
    QStringList out;
    const bool split = isMultiValue(name);
    for (const QString &v : headers.values(name)) {
        if (!split || !v.contains(u',')) {
            out.append(v.trimmed());
            continue;
        }
        for (const QString &part : v.split(u','))
            out.append(part.trimmed());
    }
    return out;
}

QString normaliseCommas(const QString &s)
{
    QStringList parts = s.split(u',');
    for (QString &p : parts)
        p = p.trimmed();
    return parts.join(u',');
}

QMap<QString, QString> parameters(const QStringList &parts)
{
    QMap<QString, QString> out;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts.at(i).indexOf(u'=');
        if (eq > 0)
            out.insert(parts.at(i).left(eq).trimmed(), parts.at(i).mid(eq + 1).trimmed());
    }
    return out;
}

QStringList splitTrimmed(const QString &s)
{
    QStringList out;
    for (const QString &p : s.split(u';')) {
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    }
    return out;
}

QStringList headerValueMessages(const QString &key, int index, const QString &expectedRaw, const QString &actualRaw,
    const RuleCategory &rules, bool single)
{
    const QString e = expectedRaw.trimmed(), a = actualRaw.trimmed();
    const QString lowerKey = key.toLower();
    const auto suffix = [&] {
        return single ? QString() : QStringLiteral(" for value at index %1").arg(index);
    };
    QStringList messages;
    if (!rules.isEmpty()) {
        const ValuePath path{ QStringLiteral("$"), lowerKey };
        const ValuePath indexed{ QStringLiteral("$"), lowerKey, QString::number(index) };
        for (const ValuePath &p : { path, indexed }) {
            if (!rules.isDefined(p))
                continue;
            const RuleGroup g = rules.best(p);
            messages = matchGroup(g, p, [&](const Rule &r) { return matchString(r, e, a, g.cascaded); });
            for (QString &m : messages)
                m += suffix();
            return messages;
        }
    }
    // No rule: equal values match whatever the header (the common case on a mock server's hot path).
    if (e == a)
        return messages;
    if (isParameterised(lowerKey))
        return matchParameterHeader(e, a, key, QStringLiteral("header"), index, single);
    if (const Verdict v = matchString(Rule{}, normaliseCommas(e), normaliseCommas(a), false))
        messages.append(*v + suffix());
    return messages;
}

QList<Mismatch> headerValue(
    const QString &key, int index, const QString &e, const QString &a, const RuleCategory &rules, bool single)
{
    QList<Mismatch> out;
    for (const QString &m : headerValueMessages(key, index, e, a, rules, single))
        out.append(Mismatch{ MismatchKind::Header, key, e.trimmed(), a.trimmed(),
            QStringLiteral("Mismatch with header '%1': %2").arg(key, m) });
    return out;
}

QList<Mismatch> matchOneHeader(
    const QString &key, const QStringList &e, const QStringList &a, const RuleCategory &rules)
{
    if (e.isEmpty() && !a.isEmpty())
        return { Mismatch{ MismatchKind::Header, key, QString(), a.join(QStringLiteral(", ")),
            QStringLiteral("Expected an empty header '%1' but actual value was '%2'")
                .arg(key, a.join(QStringLiteral(", "))) } };
    if (e.size() == 1 && a.size() == 1)
        return headerValue(key, 0, e.first(), a.first(), rules, true);
    const ValuePath path{ QStringLiteral("$"), key.toLower() };
    if (rules.isDefined(path)) {
        return matchStringList(path, rules.best(path), e, a, rules, MismatchKind::Header, key,
            [&](const ValuePath &, const QString &ev, const QString &av, const RuleCategory &ctx) {
                return headerValue(key, 0, ev, av, ctx, false);
            });
    }
    QList<Mismatch> out;
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QString ev = e.value(i);
        if (i < a.size())
            out.append(headerValue(key, int(i), ev, a.at(i), rules, false));
        else
            out.append(Mismatch{ MismatchKind::Header, key, ev, QString(),
                QStringLiteral("Mismatch with header '%1': Expected value '%2' at index %3 but was missing (actual has "
                               "%4 value(s))")
                    .arg(key, ev)
                    .arg(i)
                    .arg(a.size()) });
    }
    return out;
}

} // namespace

QStringList matchParameterHeader(const QString &expected, const QString &actual, const QString &header,
    const QString &valueType, int index, bool single)
{
    const QStringList e = splitTrimmed(expected), a = splitTrimmed(actual);
    const auto message = [&] {
        return single ? QStringLiteral("Expected %1 '%2' to have value '%3' but was '%4'")
                            .arg(valueType, header, expected, actual)
                      : QStringLiteral("Expected %1 '%2' at index %3 to have value '%4' but was '%5'")
                            .arg(valueType, header)
                            .arg(index)
                            .arg(expected, actual);
    };
    if (e.value(0) != a.value(0))
        return { message() };
    QStringList out;
    const QMap<QString, QString> ep = parameters(e), ap = parameters(a);
    for (auto it = ep.begin(); it != ep.end(); ++it) {
        if (!ap.contains(it.key()) || ap.value(it.key()).compare(it.value(), Qt::CaseInsensitive) != 0)
            out.append(message());
    }
    return out;
}

bool headerValueMatches(const QString &key, const QString &expected, const QString &actual, const RuleCategory &rules)
{
    return headerValueMessages(key, 0, expected, actual, rules, true).isEmpty();
}

void noteHeaderDepartures(const Headers &expected, const QList<Mismatch> &mismatches)
{
    for (const QString &key : expected.names()) {
        const QStringList values = expected.values(key);
        if (!isMultiValue(key) || values.size() != 1 || !values.first().contains(u','))
            continue;
        const bool failed = std::any_of(mismatches.begin(), mismatches.end(), [&](const Mismatch &m) {
            return m.kind == MismatchKind::Header && m.path.compare(key, Qt::CaseInsensitive) == 0;
        });
        if (!failed) {
            DepartureLog::note(QStringLiteral("header '%1': the reference verifier (%2) fails a V4 multi-value header "
                                              "whose one expected value holds commas ('%3'): it compares it whole "
                                              "with the first of the actual comma-separated values; HTTP and the "
                                              "pact specification's test cases say they match, and so do we")
                                   .arg(key, QLatin1String(kReferenceVerifier), values.first()));
        }
    }
}

QList<Mismatch> matchHeaders(const Headers &expected, const Headers &actual, const RuleCategory &rules, int *checks)
{
    QList<Mismatch> out;
    for (const QString &key : expected.names()) {
        if (checks)
            ++*checks;
        if (!actual.contains(key)) {
            // As the reference: the expected values joined and quoted (Rust's debug form of a string).
            out.append(Mismatch{ MismatchKind::Header, key, debugString(expected.values(key).join(QStringLiteral(", "))), QString(),
                QStringLiteral("Expected a header '%1' but was missing").arg(key) });
            continue;
        }
        out.append(matchOneHeader(key, headerValues(expected, key), headerValues(actual, key), rules));
    }
    return out;
}

} // namespace Pactbench::detail
