// SPDX-License-Identifier: MIT
#include "consolereport.h"

#include "linediff.h"

#include <QJsonDocument>

#include <algorithm>

namespace Pactbench::Reports {

namespace {

const QString kStatus = QStringLiteral("StatusMismatch");
const QString kHeader = QStringLiteral("HeaderMismatch");
const QString kBody = QStringLiteral("BodyMismatch");
const QString kBodyType = QStringLiteral("BodyTypeMismatch");
const QString kMetadata = QStringLiteral("MetadataMismatch");

QString paint(const ConsoleStyle &style, const char *code, const QString &text)
{
    return style.colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
}
QString bold(const ConsoleStyle &s, const QString &t) { return paint(s, "1", t); }
QString red(const ConsoleStyle &s, const QString &t) { return paint(s, "31", t); }
QString green(const ConsoleStyle &s, const QString &t) { return paint(s, "32", t); }
QString yellow(const ConsoleStyle &s, const QString &t) { return paint(s, "33", t); }

QString verdict(const ConsoleStyle &s, bool failed)
{
    return failed ? red(s, QStringLiteral("FAILED")) : green(s, QStringLiteral("OK"));
}

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

bool anyOfType(const InteractionResult &r, std::initializer_list<QString> types)
{
    return std::any_of(r.mismatches.begin(), r.mismatches.end(), [&](const VerifierMismatch &m) {
        return std::find(types.begin(), types.end(), m.type) != types.end();
    });
}

bool failedAt(const InteractionResult &r, const QString &type, const QString &key)
{
    return std::any_of(r.mismatches.begin(), r.mismatches.end(), [&](const VerifierMismatch &m) {
        return m.type == type && m.path.compare(key, Qt::CaseInsensitive) == 0;
    });
}

/// The reference's order of checks, so groups come out the same on every run.
int typeRank(const QString &type)
{
    static const QStringList order{QStringLiteral("MethodMismatch"), QStringLiteral("PathMismatch"),
                                   QStringLiteral("QueryMismatch"), kStatus, kHeader, kBodyType, kBody, kMetadata};
    const qsizetype i = order.indexOf(type);
    return i < 0 ? int(order.size()) : int(i);
}

QList<VerifierMismatch> consoleOrder(QList<VerifierMismatch> list)
{
    std::stable_sort(list.begin(), list.end(), [](const VerifierMismatch &a, const VerifierMismatch &b) {
        const int ra = typeRank(a.type), rb = typeRank(b.type);
        return ra != rb ? ra < rb : a.path < b.path;
    });
    return list;
}

/// The pretty-printed JSON of `bytes` split in lines; empty when it is not JSON.
QStringList prettyLines(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return {};
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).split(u'\n', Qt::SkipEmptyParts);
}

/// The line diff of the expected and actual JSON bodies, indented; nothing when either is not JSON.
QStringList bodyDiff(const InteractionResult &r, const ConsoleStyle &style)
{
    const QStringList expected = prettyLines(r.expected.body), actual = prettyLines(r.exchange.responseBody);
    if (expected.isEmpty() || actual.isEmpty())
        return {};
    QString error;
    const QList<LineDiff::Line> lines = LineDiff::diff(expected, actual, {}, &error);
    if (!error.isEmpty())
        return {QStringLiteral("    (no body diff: %1)").arg(error)};
    QStringList out{QStringLiteral("    body diff (- expected, + actual):")};
    for (const QString &l : LineDiff::unified(lines)) {
        const QString line = QStringLiteral("        ") + l;
        out.append(l.startsWith(u'-') ? red(style, line) : l.startsWith(u'+') ? green(style, line) : line);
    }
    return out;
}

QString heading(const InteractionResult &r, const ConsoleStyle &style)
{
    QString out = QStringLiteral("  %1 (%2 verification)").arg(r.description, durationText(r.durationMs));
    if (r.pending)
        out += u' ' + yellow(style, QStringLiteral("[PENDING]"));
    return out;
}

QStringList commentLines(const InteractionResult &r)
{
    QStringList out;
    if (!r.testName.isEmpty())
        out << QString() << QStringLiteral("  Test Name: %1").arg(r.testName);
    if (!r.comments.isEmpty()) {
        out << QString() << QStringLiteral("  Comments:");
        out += r.comments;
        out << QString();
    }
    return out;
}

QStringList httpChecks(const InteractionResult &r, const ConsoleStyle &style)
{
    QStringList out{QStringLiteral("    returns a response which"),
                    QStringLiteral("      has status code %1 (%2)")
                        .arg(bold(style, QString::number(r.expected.status)), verdict(style, anyOfType(r, {kStatus})))};
    if (!r.expected.headers.isEmpty()) {
        out.append(QStringLiteral("      includes headers"));
        for (const auto &[name, value] : r.expected.headers) {
            out.append(QStringLiteral("        \"%1\" with value \"%2\" (%3)")
                           .arg(bold(style, name), bold(style, value), verdict(style, failedAt(r, kHeader, name))));
        }
    }
    out.append(QStringLiteral("      has a matching body (%1)").arg(verdict(style, anyOfType(r, {kBody, kBodyType}))));
    return out;
}

QStringList messageChecks(const InteractionResult &r, const ConsoleStyle &style)
{
    QStringList out{QStringLiteral("    generates a message which")};
    if (!r.expected.metadata.isEmpty()) {
        out.append(QStringLiteral("      includes metadata"));
        for (const auto &[key, value] : r.expected.metadata) {
            out.append(QStringLiteral("        \"%1\" with value %2 (%3)")
                           .arg(bold(style, key), bold(style, value), verdict(style, failedAt(r, kMetadata, key))));
        }
    }
    out.append(QStringLiteral("      has a matching body (%1)").arg(verdict(style, anyOfType(r, {kBody, kBodyType}))));
    return out;
}

QString lines(const QStringList &list)
{
    QString out;
    for (const QString &l : list)
        out += l + u'\n';
    return out;
}

/// "N) title" and its lines for each failure of `list`, numbered from 1.
QString failureList(const QList<const InteractionResult *> &list, const QStringList &loadFailures, const ConsoleStyle &style)
{
    QString out;
    int number = 0;
    for (const QString &f : loadFailures)
        out += QStringLiteral("%1) Failed to load pact - %2\n\n").arg(++number).arg(f);
    for (const InteractionResult *r : list) {
        ++number;
        if (r->outcome == InteractionOutcome::Error) {
            out += QStringLiteral("%1) %2 - %3\n").arg(number).arg(r->title(), r->errors.value(r->errors.size() - 1));
            for (qsizetype i = 0; i + 1 < r->errors.size(); ++i) // ours: what led to it
                out += QStringLiteral("    %1\n").arg(r->errors.at(i));
            if (!r->exchange.method.isEmpty())
                out += QStringLiteral("    request sent: %1\n").arg(r->exchange.toCurl());
            out += u'\n';
            continue;
        }
        out += QStringLiteral("%1) %2\n").arg(number).arg(r->title());
        out += failureText(*r, number, style);
    }
    return out;
}

} // namespace

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    const qint64 parts[] = {ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000};
    const char *units[] = {"h", "m", "s", "ms"};
    QStringList out;
    for (int i = 0; i < 4; ++i) {
        if (parts[i] > 0)
            out.append(QString::number(parts[i]) + QLatin1String(units[i]));
    }
    return out.join(u' ');
}

QString mismatchSummary(const VerifierMismatch &m)
{
    const QString e = valueText(m.expected);
    if (m.type == u"MethodMismatch")
        return QStringLiteral("is a %1 request").arg(e);
    if (m.type == u"PathMismatch")
        return QStringLiteral("to path '%1'").arg(e);
    if (m.type == kStatus)
        return QStringLiteral("has status code %1").arg(e);
    if (m.type == u"QueryMismatch")
        return QStringLiteral("includes parameter '%1' with value '%2'").arg(m.path, e);
    if (m.type == kHeader)
        return QStringLiteral("includes header '%1' with value '%2'").arg(m.path, e);
    if (m.type == kMetadata)
        return QStringLiteral("has matching metadata");
    if (m.type == kBody || m.type == kBodyType)
        return QStringLiteral("has a matching body");
    return m.type;
}

QString mismatchDescription(const VerifierMismatch &m)
{
    if (m.type == kBody)
        return QStringLiteral("%1 -> %2").arg(m.path, m.description);
    if (m.type == kBodyType)
        return QStringLiteral("Expected a body of '%1' but the actual content type was '%2'")
            .arg(valueText(m.expected), valueText(m.actual));
    if (m.type == u"MethodMismatch" && m.description.isEmpty())
        return QStringLiteral("expected %1 but was %2").arg(valueText(m.expected), valueText(m.actual));
    return m.description;
}

QStringList checkLines(const InteractionResult &r, const ConsoleStyle &style)
{
    if (r.outcome == InteractionOutcome::Skipped)
        return {QStringLiteral("    not verified: %1").arg(r.errors.join(QStringLiteral("; ")))};
    if (r.outcome == InteractionOutcome::Error)
        return {QStringLiteral("      ") + red(style, QStringLiteral("Request Failed - %1").arg(r.errors.value(r.errors.size() - 1)))};
    return r.kind == InteractionKind::SynchronousHttp ? httpChecks(r, style) : messageChecks(r, style);
}

QString interactionLine(const InteractionResult &r, const InteractionResult *previous, const ConsoleStyle &style)
{
    QStringList out;
    if (!previous || previous->consumer != r.consumer || previous->provider != r.provider)
        out << QString() << QStringLiteral("Verifying a pact between %1 and %2").arg(bold(style, r.consumer), bold(style, r.provider));
    out << QString() << heading(r, style);
    for (qsizetype i = 0; i < r.providerStates.size(); ++i)
        out << QStringLiteral("     %1 %2").arg(i ? QStringLiteral("And") : QStringLiteral("Given"), r.providerStates.at(i));
    out += commentLines(r);
    out += checkLines(r, style);
    for (const QString &d : r.departures) // ours: where the reference would decide otherwise
        out.append(QStringLiteral("    ") + yellow(style, QStringLiteral("note (known departure): ") + d));
    return lines(out);
}

QString failureText(const InteractionResult &r, int number, const ConsoleStyle &style)
{
    QStringList out;
    const QList<VerifierMismatch> list = consoleOrder(r.mismatches);
    int group = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const VerifierMismatch &m = list.at(i);
        if (i == 0 || list.at(i - 1).type != m.type)
            out.append(QStringLiteral("    %1.%2) %3").arg(number).arg(++group).arg(mismatchSummary(m)));
        const QString description = mismatchDescription(m);
        out.append(QStringLiteral("           ")
                   + (style.colour && m.type == kBody ? bold(style, m.path) + description.mid(m.path.size()) : description));
        const bool lastOfGroup = i + 1 == list.size() || list.at(i + 1).type != m.type;
        if (lastOfGroup && m.type == kBody)
            out += bodyDiff(r, style);
    }
    for (const QString &d : r.departures)
        out.append(QStringLiteral("    note (known departure): ") + d);
    if (!r.exchange.method.isEmpty())
        out.append(QStringLiteral("    request sent: %1").arg(r.exchange.toCurl()));
    return lines(out);
}

QString failuresAndSummary(const QList<InteractionResult> &results, const VerificationSummary &summary,
                           const QStringList &loadFailures, const ConsoleStyle &style)
{
    QList<const InteractionResult *> failures, pending;
    for (const InteractionResult &r : results) {
        if (r.outcome == InteractionOutcome::Failed || r.outcome == InteractionOutcome::Error)
            (r.pending ? pending : failures).append(&r);
    }
    QString out;
    if (!pending.isEmpty()) {
        out += QStringLiteral("\nPending Failures:\n\n") + failureList(pending, {}, style);
        out += QStringLiteral("\nThere were %1 non-fatal pact failures on pending pacts or interactions "
                              "(see docs.pact.io/pending for more information)\n")
                   .arg(pending.size());
    }
    if (!failures.isEmpty() || !loadFailures.isEmpty()) {
        out += QStringLiteral("\nFailures:\n\n") + failureList(failures, loadFailures, style);
        out += QStringLiteral("\nThere were %1 pact failures\n").arg(failures.size() + loadFailures.size());
    }
    out += QStringLiteral("\n%1 interactions: %2 passed, %3 failed, %4 errors, %5 pending failures%6\n")
               .arg(results.size())
               .arg(summary.passed)
               .arg(summary.failed)
               .arg(summary.errors)
               .arg(summary.pendingFailures)
               .arg(summary.cancelled ? QStringLiteral(" (cancelled)") : QString());
    return out;
}

QString console(const QList<InteractionResult> &results, const VerificationSummary &summary,
                const QStringList &loadFailures, const ConsoleStyle &style)
{
    QString out;
    for (qsizetype i = 0; i < results.size(); ++i)
        out += interactionLine(results.at(i), i ? &results.at(i - 1) : nullptr, style);
    return out + failuresAndSummary(results, summary, loadFailures, style);
}

} // namespace Pactbench::Reports
