// SPDX-License-Identifier: MIT
#include "verifysteps.h"

#include <core/broker/brokerclient.h>
#include <core/net/origin.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench::Cli::VerifySteps {

QString versionText()
{
    return QStringLiteral("pactbench-cli verify version : v%1\n"
                          "drop-in for                 : pact verifier (pact-cli 18.1.2)\n"
                          "pact specification          : v4.0\n")
        .arg(QCoreApplication::applicationVersion());
}

QJsonObject withLoadFailures(QJsonObject report, const QStringList &failures)
{
    if (failures.isEmpty())
        return report;
    QJsonArray errors = report.value(u"errors").toArray();
    for (const QString &f : failures) {
        errors.append(QJsonObject{
            {QStringLiteral("interaction"), QStringLiteral("Failed to load pact")},
            {QStringLiteral("mismatch"), QJsonObject{{QStringLiteral("interactionId"), QString()},
                                                     {QStringLiteral("message"), f},
                                                     {QStringLiteral("type"), QStringLiteral("error")}}}});
    }
    report.insert(QStringLiteral("errors"), errors);
    report.insert(QStringLiteral("result"), false);
    return report;
}

bool loadWebhookPact(const BrokerVerificationOptions &broker, const QString &url, LogLevel level,
                     QList<VerificationTarget> *targets, QList<BrokerPact> *pacts, QStringList *failures, Io &io)
{
    const QUrl pactUrl(url, QUrl::StrictMode);
    if (!pactUrl.isValid() || (pactUrl.scheme() != u"http" && pactUrl.scheme() != u"https") || pactUrl.host().isEmpty()) {
        const QString error = Origin::display(url) + u": not an http or https URL"_qs;
        io.err << "verify: --webhook-callback-url " << error << '\n';
        failures->append(error);
        return false;
    }
    BrokerClient client(broker.connection);
    if (level >= LogLevel::Warn)
        QObject::connect(&client, &BrokerClient::retrying, [&io](const QString &m) { io.err << "verify: " << m << '\n'; io.err.flush(); });
    BrokerReply<BrokerPact> *reply = client.fetchPact(pactUrl);
    reply->waitForFinished();
    if (!reply->ok()) {
        io.err << "verify: " << reply->error().toString() << '\n';
        failures->append(reply->error().toString());
        return false;
    }
    const BrokerPact &p = reply->value();
    if (!p.isReadable()) {
        const QString error = Origin::display(p.url) + u": the broker's pact cannot be read"_qs;
        io.err << "verify: " << error << '\n';
        failures->append(error);
        return false;
    }
    if (level >= LogLevel::Info)
        io.err << "verify: loaded " << Origin::display(p.url) << " (webhook callback)\n";
    pacts->append(p);
    targets->append(BrokerVerification::targetFrom(p));
    return true;
}

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return v.isNull() ? QStringLiteral("null") : QString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QString outcomeClass(const InteractionResult &r)
{
    if (r.pending && (r.outcome == InteractionOutcome::Failed || r.outcome == InteractionOutcome::Error))
        return QStringLiteral("pending");
    switch (r.outcome) {
    case InteractionOutcome::Passed:
        return QStringLiteral("ok");
    case InteractionOutcome::Skipped:
        return QStringLiteral("skipped");
    case InteractionOutcome::Failed:
    case InteractionOutcome::Error:
        break;
    }
    return QStringLiteral("failed");
}

QString interactionHtml(const InteractionResult &r)
{
    QString out = QStringLiteral("<section class=\"interaction %1\">\n<h3><span class=\"verdict\">%2%3</span> %4</h3>\n")
                      .arg(outcomeClass(r), esc(outcomeLabel(r.outcome)), r.pending ? QStringLiteral(" (pending)") : QString(),
                           esc(r.description));
    out += QStringLiteral("<p class=\"meta\">%1 → %2 · %3 ms</p>\n")
               .arg(esc(r.consumer), esc(r.provider), QString::number(r.durationMs));
    if (!r.providerStates.isEmpty()) {
        out += QStringLiteral("<ul class=\"states\">");
        for (const QString &s : r.providerStates)
            out += QStringLiteral("<li>Given %1</li>").arg(esc(s));
        out += QStringLiteral("</ul>\n");
    }
    if (!r.mismatches.isEmpty()) {
        out += QStringLiteral("<table class=\"mismatches\"><tr><th>type</th><th>path</th><th>expected</th><th>actual</th>"
                              "<th>description</th></tr>\n");
        for (const VerifierMismatch &m : r.mismatches) {
            out += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td><pre>%3</pre></td><td><pre>%4</pre></td><td>%5</td></tr>\n")
                       .arg(esc(m.type), esc(m.path), esc(jsonText(m.expected)), esc(jsonText(m.actual)), esc(m.description));
        }
        out += QStringLiteral("</table>\n");
    }
    if (!r.errors.isEmpty()) {
        out += QStringLiteral("<ul class=\"errors\">");
        for (const QString &e : r.errors)
            out += QStringLiteral("<li>%1</li>").arg(esc(e));
        out += QStringLiteral("</ul>\n");
    }
    const HttpExchange &e = r.exchange;
    if (!e.method.isEmpty()) {
        out += QStringLiteral("<details><summary>request sent: %1 %2 → %3</summary>\n<pre class=\"curl\">%4</pre>\n")
                   .arg(esc(e.method), esc(e.url), e.ok() ? QString::number(e.status) : esc(e.error), esc(e.toCurl()));
        if (e.ok() && !e.responseBody.isEmpty())
            out += QStringLiteral("<p>response body:</p><pre>%1</pre>\n").arg(esc(QString::fromUtf8(e.responseBody)));
        out += QStringLiteral("</details>\n");
    }
    return out + QStringLiteral("</section>\n");
}

} // namespace

QByteArray htmlReport(const QList<InteractionResult> &results, const VerificationSummary &summary,
                      const QStringList &loadFailures, const QString &providerName)
{
    const bool success = summary.success() && loadFailures.isEmpty();
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"/>\n"
        "<title>Pact Verification Report — %1</title>\n<style>\n"
        "body{font-family:sans-serif;margin:2em;color:#1c1917;background:#f9f8f6}"
        "h1{font-size:1.5em}.summary{padding:.8em;border-radius:6px}"
        ".summary.ok{background:#f0fdf4;border:1px solid #86efac}.summary.failed{background:#fff5f5;border:1px solid #fca5a5}"
        ".interaction{background:#fff;border:1px solid #e7e5e4;border-left-width:6px;border-radius:6px;padding:.6em 1em;margin:1em 0}"
        ".interaction.ok{border-left-color:#16a34a}.interaction.failed{border-left-color:#dc2626}"
        ".interaction.pending{border-left-color:#d97706}.interaction.skipped{border-left-color:#a8a29e}"
        "h3{margin:.2em 0;font-size:1.05em}.verdict{font-family:monospace}.meta{color:#57534e;margin:.2em 0}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #e7e5e4;padding:.3em;text-align:left;vertical-align:top}"
        "pre{white-space:pre-wrap;word-break:break-all;margin:0;font-size:.9em}"
        ".errors li,.load li{color:#991b1b}\n</style></head>\n<body>\n<h1>Pact Verification Report — %1</h1>\n")
                      .arg(esc(providerName));
    out += QStringLiteral("<div class=\"summary %1\"><strong>%2</strong>: %3 interactions, %4 passed, %5 failed, %6 errors, "
                          "%7 pending failures; %8 pacts failed to load. Generated %9.</div>\n")
               .arg(success ? QStringLiteral("ok") : QStringLiteral("failed"),
                    success ? QStringLiteral("Passed") : QStringLiteral("Failed"))
               .arg(results.size())
               .arg(summary.passed)
               .arg(summary.failed)
               .arg(summary.errors)
               .arg(summary.pendingFailures)
               .arg(loadFailures.size())
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!loadFailures.isEmpty()) {
        out += QStringLiteral("<h2>Pacts that failed to load</h2>\n<ul class=\"load\">");
        for (const QString &f : loadFailures)
            out += QStringLiteral("<li>%1</li>").arg(esc(f));
        out += QStringLiteral("</ul>\n");
    }
    if (!summary.notices.isEmpty()) {
        out += QStringLiteral("<h2>Notices</h2>\n<ul>");
        for (const QString &n : summary.notices)
            out += QStringLiteral("<li>%1</li>").arg(esc(n));
        out += QStringLiteral("</ul>\n");
    }
    QString pact;
    for (const InteractionResult &r : results) {
        const QString between = r.consumer + u'\n' + r.provider;
        if (between != pact) {
            pact = between;
            out += QStringLiteral("<h2>Verifying a pact between %1 and %2</h2>\n").arg(esc(r.consumer), esc(r.provider));
        }
        out += interactionHtml(r);
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace Pactbench::Cli::VerifySteps
