// SPDX-License-Identifier: MIT
#include "speccase.h"

#include "matching.h"

#include <core/model/pactreader.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Pactbench {

namespace {

/// V1 compares query strings as written: keep empty segments ("a=1&") as parameters.
QueryParams rawV1Query(const QString &query)
{
    QueryParams out;
    const QStringList segments = query.split(u'&');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &seg = segments.at(i);
        if (seg.isEmpty() && query.isEmpty())
            continue;
        const qsizetype eq = seg.indexOf(u'=');
        auto decode = [](QString s) { return QUrl::fromPercentEncoding(s.replace(u'+', u' ').toUtf8()); };
        if (eq < 0)
            out.append(decode(seg), QString());
        else
            out.append(decode(seg.left(eq)), decode(seg.mid(eq + 1)));
    }
    return out;
}

void fixV1Query(HttpRequest &request, const QJsonObject &json)
{
    if (json.value(u"query").isString())
        request.query = rawV1Query(json.value(u"query").toString());
}

} // namespace

std::optional<SpecCase> SpecCase::read(const QByteArray &raw, PartKind kind, SpecVersion version, QString *error)
{
    QByteArray json = raw;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = err.error != QJsonParseError::NoError ? err.errorString() : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!root.value(u"expected").isObject() || !root.value(u"actual").isObject()) {
        if (error)
            *error = QStringLiteral("a test case needs 'expected' and 'actual' objects");
        return std::nullopt;
    }
    SpecCase c;
    c.kind = kind;
    c.version = version;
    if (root.value(u"match").isBool())
        c.match = root.value(u"match").toBool();
    c.comment = root.value(u"comment").toString();
    const QJsonObject e = root.value(u"expected").toObject(), a = root.value(u"actual").toObject();
    Diagnostics *d = &c.diagnostics;
    switch (kind) {
    case PartKind::Request:
        c.expectedRequest = PactReader::readRequest(e, version, d);
        c.actualRequest = PactReader::readRequest(a, version, d);
        if (version == SpecVersion::V1) {
            fixV1Query(c.expectedRequest, e);
            fixV1Query(c.actualRequest, a);
        }
        break;
    case PartKind::Response:
        c.expectedResponse = PactReader::readResponse(e, version, d);
        c.actualResponse = PactReader::readResponse(a, version, d);
        break;
    case PartKind::Message:
        c.expectedMessage = PactReader::readMessage(e, version, d);
        c.actualMessage = PactReader::readMessage(a, version, d);
        break;
    }
    if (hasFatal(c.diagnostics)) {
        if (error) {
            for (const Diagnostic &diag : c.diagnostics) {
                if (diag.severity == Diagnostic::Severity::Fatal)
                    *error = diag.toString();
            }
        }
        return std::nullopt;
    }
    return c;
}

bool SpecCase::guessFromPath(const QString &path, PartKind *kind, SpecVersion *version)
{
    static const QRegularExpression re(QStringLiteral("/(v1|v1\\.1|v2|v3|v4)/testcases/(request|response|message)/"));
    const QRegularExpressionMatch m = re.match(QString(path).replace(u'\\', u'/'));
    if (!m.hasMatch())
        return false;
    *version = parseSpecVersion(m.captured(1));
    const QString k = m.captured(2);
    *kind = k == u"request" ? PartKind::Request : k == u"response" ? PartKind::Response : PartKind::Message;
    return true;
}

MatchResult SpecCase::run() const
{
    switch (kind) {
    case PartKind::Request:
        return matchRequest(expectedRequest, actualRequest, version);
    case PartKind::Response:
        return matchResponse(expectedResponse, actualResponse, version);
    case PartKind::Message:
        return matchMessage(expectedMessage, actualMessage, version);
    }
    return {};
}

} // namespace Pactbench
