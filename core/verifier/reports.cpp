// SPDX-License-Identifier: MIT
#include "reports.h"

#include <QDateTime>
#include <QJsonArray>
#include <QXmlStreamWriter>

namespace Pactbench::Reports {

namespace {

QString resultLabel(const InteractionResult &r)
{
    // As the reference writes it: a failing pending interaction is "Error" here too; it is
    // listed under pendingErrors instead of errors, and does not fail the run.
    if (r.outcome == InteractionOutcome::Passed || r.outcome == InteractionOutcome::Skipped)
        return QStringLiteral("OK");
    return QStringLiteral("Error");
}

QJsonObject exchangeJson(const HttpExchange &e)
{
    QJsonObject headers;
    for (const QString &n : e.requestHeaders.names())
        headers.insert(n, QJsonArray::fromStringList(e.requestHeaders.values(n)));
    QJsonObject request{{QStringLiteral("method"), e.method}, {QStringLiteral("url"), e.url},
                        {QStringLiteral("headers"), headers},
                        {QStringLiteral("body"), QString::fromUtf8(e.requestBody)}};
    QJsonObject out{{QStringLiteral("request"), request}, {QStringLiteral("durationMs"), e.durationMs}};
    if (!e.ok()) {
        out.insert(QStringLiteral("failure"), failureLabel(e.failure));
        out.insert(QStringLiteral("error"), e.error);
        return out;
    }
    QJsonObject rheaders;
    for (const QString &n : e.responseHeaders.names())
        rheaders.insert(n, QJsonArray::fromStringList(e.responseHeaders.values(n)));
    out.insert(QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), e.status},
                                                       {QStringLiteral("headers"), rheaders},
                                                       {QStringLiteral("body"), QString::fromUtf8(e.responseBody)}});
    return out;
}

QJsonObject ourFields(const InteractionResult &r)
{
    QJsonArray states;
    for (const StateCall &c : r.stateCalls) {
        QJsonObject o{{QStringLiteral("state"), c.state}, {QStringLiteral("params"), c.params},
                      {QStringLiteral("action"), c.action}, {QStringLiteral("ok"), c.ok}};
        if (c.skipped)
            o.insert(QStringLiteral("skipped"), true);
        else
            o.insert(QStringLiteral("exchange"), exchangeJson(c.exchange));
        if (!c.error.isEmpty())
            o.insert(QStringLiteral("error"), c.error);
        states.append(o);
    }
    QJsonObject o{{QStringLiteral("outcome"), outcomeLabel(r.outcome)}, {QStringLiteral("stateCalls"), states},
                  {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}};
    if (!r.exchange.method.isEmpty())
        o.insert(QStringLiteral("exchange"), exchangeJson(r.exchange));
    if (!r.key.isEmpty())
        o.insert(QStringLiteral("key"), r.key);
    o.insert(QStringLiteral("providerStates"), QJsonArray::fromStringList(r.providerStates));
    if (!r.comments.isEmpty())
        o.insert(QStringLiteral("comments"), QJsonArray::fromStringList(r.comments));
    if (!r.testName.isEmpty())
        o.insert(QStringLiteral("testName"), r.testName);
    return o;
}

QJsonObject mismatchJson(const VerifierMismatch &m)
{
    QJsonObject o{{QStringLiteral("type"), m.type}, {QStringLiteral("mismatch"), m.description},
                  {QStringLiteral("expected"), m.expected}, {QStringLiteral("actual"), m.actual}};
    if (!m.path.isEmpty())
        o.insert(QStringLiteral("path"), m.path);
    if (!m.rule.isEmpty())
        o.insert(QStringLiteral("rule"), m.rule);
    return o;
}

QJsonObject errorJson(const InteractionResult &r)
{
    QJsonObject mismatch;
    if (r.outcome == InteractionOutcome::Failed) {
        QJsonArray list;
        for (const VerifierMismatch &m : r.mismatches)
            list.append(mismatchJson(m));
        mismatch = {{QStringLiteral("type"), QStringLiteral("mismatches")}, {QStringLiteral("mismatches"), list},
                    {QStringLiteral("interactionId"), r.key}};
    } else {
        mismatch = {{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("message"), r.errors.value(r.errors.size() - 1)},
                    {QStringLiteral("interactionId"), r.key}};
    }
    return {{QStringLiteral("interaction"), r.title()}, {QStringLiteral("mismatch"), mismatch}};
}

} // namespace

QJsonObject json(const QList<InteractionResult> &results, const VerificationSummary &summary)
{
    QJsonArray interactionResults, errors, pendingErrors;
    for (const InteractionResult &r : results) {
        QJsonObject o{{QStringLiteral("description"), r.description},
                      {QStringLiteral("result"), resultLabel(r)},
                      {QStringLiteral("duration"), QStringLiteral("%1ms").arg(r.durationMs)},
                      {QStringLiteral("pactbench"), ourFields(r)}};
        if (!r.key.isEmpty())
            o.insert(QStringLiteral("interactionKey"), r.key); // as the reference; --last-failed reads it
        interactionResults.append(o);
        if (r.outcome != InteractionOutcome::Failed && r.outcome != InteractionOutcome::Error)
            continue;
        (r.pending ? pendingErrors : errors).append(errorJson(r));
    }
    return {{QStringLiteral("result"), summary.success()},
            {QStringLiteral("interactionResults"), interactionResults},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("pendingErrors"), pendingErrors},
            {QStringLiteral("notices"), QJsonArray::fromStringList(summary.notices)},
            {QStringLiteral("output"), QJsonArray::fromStringList(console(results, summary).split(u'\n'))}};
}

QString failureText(const InteractionResult &r, int number)
{
    QString out;
    int n = 0;
    for (const VerifierMismatch &m : r.mismatches) {
        out += QStringLiteral("    %1.%2) %3\n           %4\n").arg(number).arg(++n).arg(m.path.isEmpty() ? m.type : m.type + QStringLiteral(" at ") + m.path, m.description);
    }
    for (const QString &e : r.errors) {
        if (r.outcome == InteractionOutcome::Error)
            out += QStringLiteral("    %1.%2) %3\n").arg(number).arg(++n).arg(e);
    }
    if (!r.exchange.method.isEmpty())
        out += QStringLiteral("    request sent: %1\n").arg(r.exchange.toCurl());
    return out;
}

QString interactionLine(const InteractionResult &r, const InteractionResult *previous)
{
    QString out;
    if (!previous || previous->consumer != r.consumer || previous->provider != r.provider)
        out += QStringLiteral("\nVerifying a pact between %1 and %2\n\n").arg(r.consumer, r.provider);
    out += QStringLiteral("  %1 (%2ms) %3%4\n")
               .arg(r.description)
               .arg(r.durationMs)
               .arg(outcomeLabel(r.outcome), r.pending ? QStringLiteral(" (pending)") : QString());
    for (const QString &s : r.providerStates)
        out += QStringLiteral("     Given %1\n").arg(s);
    if (!r.testName.isEmpty())
        out += QStringLiteral("     Test Name: %1\n").arg(r.testName);
    if (!r.comments.isEmpty()) {
        out += QStringLiteral("     Comments:\n");
        for (const QString &c : r.comments)
            out += QStringLiteral("       %1\n").arg(c);
    }
    return out;
}

QString failuresAndSummary(const QList<InteractionResult> &results, const VerificationSummary &summary)
{
    QString out;
    int number = 0;
    for (const InteractionResult &r : results) {
        if (r.outcome != InteractionOutcome::Failed && r.outcome != InteractionOutcome::Error)
            continue;
        ++number;
        out += QStringLiteral("%1) %2%3\n").arg(number).arg(r.title(), r.pending ? QStringLiteral(" (pending)") : QString());
        out += failureText(r, number);
    }
    if (!out.isEmpty())
        out.prepend(QStringLiteral("\nFailures:\n\n"));
    out += QStringLiteral("\n%1 interactions: %2 passed, %3 failed, %4 errors, %5 pending failures%6\n")
               .arg(results.size())
               .arg(summary.passed)
               .arg(summary.failed)
               .arg(summary.errors)
               .arg(summary.pendingFailures)
               .arg(summary.cancelled ? QStringLiteral(" (cancelled)") : QString());
    return out;
}

QString console(const QList<InteractionResult> &results, const VerificationSummary &summary)
{
    QString out;
    for (qsizetype i = 0; i < results.size(); ++i)
        out += interactionLine(results.at(i), i ? &results.at(i - 1) : nullptr);
    return out + failuresAndSummary(results, summary);
}

QByteArray junit(const QList<InteractionResult> &results, const VerificationSummary &summary)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeStartElement(QStringLiteral("testsuite"));
    const QString provider = results.isEmpty() ? QStringLiteral("provider") : results.constFirst().provider;
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("name"), provider);
    w.writeAttribute(QStringLiteral("package"), QStringLiteral("testsuite/") + provider);
    w.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    w.writeAttribute(QStringLiteral("errors"), QString::number(summary.errors));
    w.writeAttribute(QStringLiteral("failures"), QString::number(summary.failed));
    w.writeAttribute(QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    w.writeAttribute(QStringLiteral("time"), QString::number(summary.durationMs / 1000.0, 'f', 3));
    int number = 0;
    for (const InteractionResult &r : results) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("name"), r.title());
        w.writeAttribute(QStringLiteral("time"), QString::number(r.durationMs / 1000.0, 'f', 3));
        if (r.outcome == InteractionOutcome::Skipped) {
            w.writeEmptyElement(QStringLiteral("skipped"));
        } else if (r.outcome != InteractionOutcome::Passed && !r.pending) {
            const bool error = r.outcome == InteractionOutcome::Error;
            w.writeStartElement(error ? QStringLiteral("error") : QStringLiteral("failure"));
            w.writeAttribute(QStringLiteral("type"), QString());
            w.writeAttribute(QStringLiteral("message"), QStringLiteral("Verification for interaction failed"));
            ++number;
            w.writeCDATA(QStringLiteral("%1) %2\n").arg(number).arg(r.title()) + failureText(r, number));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeTextElement(QStringLiteral("system-out"), console(results, summary));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace Pactbench::Reports
