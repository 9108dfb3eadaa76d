// SPDX-License-Identifier: MIT
#include "statechange.h"

#include <core/broker/brokerretry.h>
#include <core/json/jsonwriter.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace Pactbench {

namespace {

// application/x-www-form-urlencoded, as the reference's (Rust `form_urlencoded`): letters, digits and
// `*-._` stay, a space is `+`, every other byte is %XX.
QByteArray formEncoded(const QString &text)
{
    return text.toUtf8().toPercentEncoding("*-._ ", "~").replace(' ', '+');
}

// The URL with the items added to its query as the reference adds state, action and params: sorted by
// name, form-urlencoded, after the URL's own query.
QUrl withQuery(QUrl url, QList<QPair<QString, QString>> items)
{
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : std::as_const(items))
        query += (query.isEmpty() ? "" : "&") + formEncoded(name) + '=' + formEncoded(value);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace

void StateChangeRunner::run(const QList<ProviderState> &states, const QString &action, Done done)
{
    QList<ProviderState> todo = states;
    // The reference calls the state-change URL even for an interaction without states (state "").
    if (todo.isEmpty() && !m_options.stateChangeUrl.isEmpty())
        todo.append(ProviderState{});
    runOne(todo, action, {}, {}, std::move(done));
}

void StateChangeRunner::runOne(QList<ProviderState> remaining, const QString &action, QList<StateCall> calls,
                               QJsonObject values, Done done)
{
    if (remaining.isEmpty()) {
        done(calls, true, values);
        return;
    }
    const ProviderState state = remaining.takeFirst();
    StateCall call;
    call.state = state.name;
    call.params = state.params;
    call.action = action;
    if (m_options.stateChangeUrl.isEmpty()) {
        call.skipped = true;
        call.ok = true;
        call.error = QStringLiteral("State Change ignored as there is no state change URL provided for interaction");
        calls.append(call);
        runOne(remaining, action, calls, values, std::move(done));
        return;
    }
    const NumberLexemes params = state.lexemes.subtree(NumberLexemes::child(NumberLexemes::root(), u"params"));
    attempt(call, params, 1, [this, call, remaining, action, calls, values, done](const HttpExchange &exchange, int attempts) mutable {
        call.exchange = exchange;
        call.attempts = attempts;
        call.ok = exchange.ok() && exchange.status >= 200 && exchange.status < 300;
        const QString tries = attempts > 1 ? QStringLiteral(" (after %1 attempts)").arg(attempts) : QString();
        if (!exchange.ok())
            call.error = QStringLiteral("State change request failed: ") + exchange.error + tries;
        else if (!call.ok)
            call.error = QStringLiteral("State change request failed with status %1").arg(exchange.status) + tries;
        calls.append(call);
        if (!call.ok) {
            done(calls, false, values);
            return;
        }
        const QJsonObject returned = QJsonDocument::fromJson(exchange.responseBody).object();
        for (auto it = returned.begin(); it != returned.end(); ++it)
            values.insert(it.key(), it.value());
        runOne(remaining, action, calls, values, std::move(done));
    });
}

qint64 StateChangeRunner::retryWaitMs(const HttpExchange &exchange, int attempt, int secondMs)
{
    const int status = exchange.status;
    if (!exchange.ok() || !(status >= 500 || status == 408 || status == 429))
        return -1;
    constexpr qint64 capMs = 300 * 1000;
    qint64 ms = 500LL << std::clamp(attempt, 0, 20);
    if (status == 429) {
        const std::optional<qint64> seconds
            = BrokerRetry::retryAfterSeconds(exchange.responseHeaders.value(QStringLiteral("Retry-After")).toLatin1(),
                                             QDateTime::currentDateTimeUtc());
        if (seconds)
            ms = (std::min<qint64>(*seconds, capMs) + std::min<qint64>(*seconds / 5, 60)) * 1000;
    }
    return std::min(ms, capMs) * secondMs / 1000;
}

void StateChangeRunner::attempt(const StateCall &call, const NumberLexemes &params, int number, Then then)
{
    send(call, params, [this, call, params, number, then, g = m_generation](const HttpExchange &exchange) {
        if (g != m_generation)
            return;
        const qint64 wait = retryWaitMs(exchange, number, m_options.retrySecondMs);
        if (wait < 0 || number >= m_options.stateChangeAttempts) {
            then(exchange, number);
            return;
        }
        QTimer::singleShot(wait, m_client, [this, call, params, number, then, g] {
            if (g == m_generation)
                attempt(call, params, number + 1, then);
        });
    });
}

void StateChangeRunner::send(
    const StateCall &call, const NumberLexemes &params, std::function<void(const HttpExchange &)> then)
{
    Headers headers;
    QUrl url = m_options.stateChangeUrl;
    if (m_options.stateChangeAsQuery) {
        QList<QPair<QString, QString>> items{
            {QStringLiteral("state"), call.state}, {QStringLiteral("action"), call.action}};
        for (auto it = call.params.begin(); it != call.params.end(); ++it) {
            const QJsonValue v = it.value();
            const NumberLexemes own = params.subtree(NumberLexemes::child(NumberLexemes::root(), it.key()));
            const QString text
                = v.isString() ? v.toString() : QString::fromUtf8(JsonWriter::write(v, JsonStyle::Compact, &own));
            items.append({it.key(), text});
        }
        m_client->send(QStringLiteral("POST"), withQuery(url, items), headers, {}, std::move(then));
        return;
    }
    headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("state"), call.state},
                           {QStringLiteral("params"), call.params},
                           {QStringLiteral("action"), call.action}};
    // The params' numbers as the pact wrote them (10.0 stays a float), as the reference sends them.
    NumberLexemes lexemes;
    lexemes.insertSubtree(NumberLexemes::child(NumberLexemes::root(), u"params"), params);
    m_client->send(
        QStringLiteral("POST"), url, headers, JsonWriter::write(body, JsonStyle::Compact, &lexemes), std::move(then));
}

} // namespace Pactbench
