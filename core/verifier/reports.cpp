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
    if (!r.departures.isEmpty())
        o.insert(QStringLiteral("departures"), QJsonArray::fromStringList(r.departures));
    return o;
}

/// The name the reference gives a mismatch's location: a header's or metadata's `key`, a query's `parameter`.
QString locationKey(const QString &type)
{
    if (type == u"HeaderMismatch" || type == u"MetadataMismatch")
        return QStringLiteral("key");
    if (type == u"QueryMismatch")
        return QStringLiteral("parameter");
    return QStringLiteral("path");
}

QJsonValue bodyText(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(bytes));
}

QJsonObject mismatchJson(const VerifierMismatch &m, const InteractionResult &r)
{
    QJsonObject o{{QStringLiteral("type"), m.type}, {QStringLiteral("mismatch"), m.description},
                  {QStringLiteral("expected"), m.expected}, {QStringLiteral("actual"), m.actual}};
    if (m.type == u"BodyTypeMismatch") {
        // As the reference: no path, and both bodies.
        o.insert(QStringLiteral("expectedBody"), bodyText(r.expected.body));
        o.insert(QStringLiteral("actualBody"), bodyText(r.exchange.responseBody));
    } else if (!m.path.isEmpty()) {
        o.insert(locationKey(m.type), m.path);
    }
    if (!m.rule.isEmpty()) // ours, under our own key
        o.insert(QStringLiteral("pactbench"), QJsonObject{{QStringLiteral("rule"), m.rule}});
    return o;
}

QJsonObject errorJson(const InteractionResult &r)
{
    QJsonObject mismatch;
    if (r.outcome == InteractionOutcome::Failed) {
        QJsonArray list;
        for (const VerifierMismatch &m : r.mismatches)
            list.append(mismatchJson(m, r));
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
