// SPDX-License-Identifier: MIT
#include "speccase.h"

#include "matching.h"

#include <core/json/jsonreader.h>
#include <core/model/pactreader.h>

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

/**
 * Gives a JSON body the lexemes of its numbers: the content sits at `side`'s `key` (V1–V3:
 * `$␟expected␟body`, messages `…␟contents`) or inside a V4 body object (`…␟body␟content`).
 */
void placeBodyLexemes(
    Body &body, const QJsonObject &part, const QString &key, const QString &side, const NumberLexemes &lexemes)
{
    if (body.encoding != Body::Encoding::Json || !body.isPresent() || lexemes.isEmpty())
        return;
    const QString at = NumberLexemes::child(side, key);
    const QJsonValue written = part.value(key);
    if (written == body.json)
        body.lexemes = lexemes.subtree(at);
    else if (written.isObject() && written.toObject().value(u"content") == body.json)
        body.lexemes = lexemes.subtree(NumberLexemes::child(at, u"content"));
}

void placeLexemes(SpecCase &c, const QJsonObject &e, const QJsonObject &a, const NumberLexemes &lexemes)
{
    const QString es = NumberLexemes::child(NumberLexemes::root(), u"expected");
    const QString as = NumberLexemes::child(NumberLexemes::root(), u"actual");
    const QString body = QStringLiteral("body"), contents = QStringLiteral("contents");
    switch (c.kind) {
    case PartKind::Request:
        placeBodyLexemes(c.expectedRequest.body, e, body, es, lexemes);
        placeBodyLexemes(c.actualRequest.body, a, body, as, lexemes);
        break;
    case PartKind::Response:
        placeBodyLexemes(c.expectedResponse.body, e, body, es, lexemes);
        placeBodyLexemes(c.actualResponse.body, a, body, as, lexemes);
        break;
    case PartKind::Message:
        placeBodyLexemes(c.expectedMessage.contents, e, contents, es, lexemes);
        placeBodyLexemes(c.actualMessage.contents, a, contents, as, lexemes);
        break;
    }
}

} // namespace

std::optional<SpecCase> SpecCase::read(const QByteArray &raw, PartKind kind, SpecVersion version, QString *error)
{
    QByteArray json = raw;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    const JsonReadResult doc = JsonReader::read(json);
    if (!doc.ok() || !doc.value.isObject()) {
        if (error)
            *error = !doc.ok() ? doc.error : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.value.toObject();
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
    placeLexemes(c, e, a, doc.lexemes);
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
