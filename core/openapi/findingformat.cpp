// SPDX-License-Identifier: MIT
#include "findingformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pactbench::OpenApi {

namespace {

QJsonValue orNull(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QJsonObject coverageJson(const Coverage &coverage)
{
    QJsonArray operations;
    for (const OperationCoverage &o : coverage.operations) {
        QJsonArray responses;
        for (const ResponseCoverage &r : o.responses)
            responses.append(QJsonObject{{u"status"_qs, r.status}, {u"interactions"_qs, r.interactions}});
        operations.append(QJsonObject{{u"method"_qs, o.method}, {u"path"_qs, o.pathName}, {u"operationId"_qs, o.operationId},
                                      {u"interactions"_qs, o.interactions}, {u"responses"_qs, responses}});
    }
    return {{u"operations"_qs, operations},
            {u"coveredOperations"_qs, coverage.coveredOperations()},
            {u"totalOperations"_qs, int(coverage.operations.size())},
            {u"coveredResponses"_qs, coverage.coveredResponses()},
            {u"totalResponses"_qs, coverage.totalResponses()}};
}

QString shortValue(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"(absent)"_qs;
    QString text = v.isString() ? u'"' + v.toString() + u'"'
                 : v.isObject() || v.isArray() ? QString::fromUtf8(QJsonDocument(v.isObject() ? QJsonDocument(v.toObject())
                                                                                             : QJsonDocument(v.toArray())).toJson(QJsonDocument::Compact))
                 : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (text.size() > 120)
        text = text.left(117) + u"...";
    return text;
}

int countType(const CheckReport &report, FindingType type)
{
    return int(std::count_if(report.findings.begin(), report.findings.end(), [type](const Finding &f) { return f.type == type; }));
}

} // namespace

QJsonObject toJson(const Finding &f)
{
    QJsonObject mock{{u"interactionDescription"_qs, f.interactionDescription}, {u"interactionState"_qs, f.interactionState},
                     {u"location"_qs, f.mockLocation}, {u"mockFile"_qs, f.pactFile}, {u"value"_qs, orNull(f.mockValue)}};
    QJsonObject spec{{u"location"_qs, f.specLocation}, {u"pathMethod"_qs, f.pathMethod.isEmpty() ? QJsonValue() : f.pathMethod},
                     {u"pathName"_qs, f.pathName.isEmpty() ? QJsonValue() : f.pathName}, {u"specFile"_qs, f.specFile},
                     {u"value"_qs, orNull(f.specValue)}};
    if (f.specLine > 0)
        spec.insert(u"line"_qs, f.specLine);
    return {{u"code"_qs, f.code}, {u"message"_qs, f.message}, {u"type"_qs, f.type == FindingType::Error ? u"error"_qs : u"warning"_qs},
            {u"source"_qs, f.source}, {u"mockDetails"_qs, mock}, {u"specDetails"_qs, spec}, {u"matcher"_qs, f.fromMatcher}};
}

QJsonObject toJson(const CheckReport &report, bool withCoverage)
{
    QJsonArray errors;
    QJsonArray warnings;
    for (const Finding &f : report.findings)
        (f.type == FindingType::Error ? errors : warnings).append(toJson(f));
    QJsonObject out{{u"errors"_qs, errors}, {u"warnings"_qs, warnings},
                    {u"summary"_qs, QJsonObject{{u"compatible"_qs, report.ok()}, {u"errors"_qs, errors.size()},
                                                {u"warnings"_qs, warnings.size()}, {u"httpInteractions"_qs, report.httpInteractions},
                                                {u"skippedMessages"_qs, report.skippedMessages}}}};
    if (withCoverage)
        out.insert(u"coverage"_qs, coverageJson(report.coverage));
    return out;
}

QString formatText(const CheckReport &report, bool withCoverage)
{
    QString out;
    QString lastGroup;
    for (const Finding &f : report.findings) {
        const QString group = f.pactFile + u'\n' + QString::number(f.interactionIndex);
        if (group != lastGroup) {
            out += QStringLiteral("\n%1 — interaction %2 \"%3\" (state: %4)\n")
                       .arg(f.pactFile).arg(f.interactionIndex).arg(f.interactionDescription, f.interactionState);
            lastGroup = group;
        }
        out += QStringLiteral("  %1 %2: %3\n").arg(f.type == FindingType::Error ? u"error"_qs : u"warning"_qs, f.code, f.message);
        out += QStringLiteral("    pact: %1 = %2\n").arg(f.mockLocation, shortValue(f.mockValue));
        const QString line = f.specLine > 0 ? QStringLiteral(":%1").arg(f.specLine) : QString();
        out += QStringLiteral("    spec: %1 (%2%3)\n").arg(f.specLocation, f.specFile, line);
    }
    const int errors = countType(report, FindingType::Error);
    const int warnings = countType(report, FindingType::Warning);
    out += QStringLiteral("\n%1: %2 error(s), %3 warning(s) in %4 HTTP interaction(s)")
               .arg(errors ? u"INCOMPATIBLE"_qs : u"compatible"_qs).arg(errors).arg(warnings).arg(report.httpInteractions);
    if (report.skippedMessages)
        out += QStringLiteral("; %1 message interaction(s) skipped (checking messages against AsyncAPI is not supported)")
                   .arg(report.skippedMessages);
    out += u'\n';
    if (withCoverage) {
        const Coverage &c = report.coverage;
        out += QStringLiteral("\nCoverage: %1 of %2 operations, %3 of %4 responses exercised\n")
                   .arg(c.coveredOperations()).arg(c.operations.size()).arg(c.coveredResponses()).arg(c.totalResponses());
        for (const OperationCoverage &o : c.operations) {
            QStringList statuses;
            for (const ResponseCoverage &r : o.responses)
                statuses.append(QStringLiteral("%1×%2").arg(r.status).arg(r.interactions));
            out += QStringLiteral("  %1 %2 %3: %4 interaction(s) [%5]\n")
                       .arg(o.interactions ? u"  "_qs : u"--"_qs, o.method.toUpper(), o.pathName)
                       .arg(o.interactions).arg(statuses.join(u", "));
        }
    }
    return out.startsWith(u'\n') ? out.mid(1) : out;
}

} // namespace Pactbench::OpenApi
