// SPDX-License-Identifier: MIT
#include "fixtures.h"

#include "stepregistry.h"
#include "world.h"

#include <core/model/pactreader.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QXmlStreamReader>

namespace Pactbench::Compat {

namespace {

QString stripPrefix(const QString &cell, QLatin1String prefix)
{
    return cell.mid(prefix.size()).trimmed();
}

/// The `<body><contentType/><contents/></body>` fixtures (*-body.xml): content type and bytes.
QPair<QString, QByteArray> wrappedBody(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    QString type;
    QString text;
    QString encoding;
    QString eol;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"contentType") {
            type = reader.readElementText().trimmed();
        } else if (reader.name() == u"contents") {
            encoding = reader.attributes().value(QStringLiteral("encoding")).toString();
            eol = reader.attributes().value(QStringLiteral("eol")).toString();
            text = reader.readElementText();
        }
    }
    if (reader.hasError())
        fail(QStringLiteral("fixture %1: %2").arg(name, reader.errorString()));
    if (encoding == u"base64")
        return { type, QByteArray::fromBase64(text.trimmed().toLatin1()) };
    if (eol == u"CRLF") {
        text = text.trimmed() + u'\n';
        text.replace(u'\n', QStringLiteral("\r\n"));
    }
    return { type.isEmpty() ? QStringLiteral("text/plain") : type, text.toUtf8() };
}

QJsonValue parseJson(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson((u'[' + text + u']').toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        fail(QStringLiteral("not JSON: %1 (%2)").arg(text, err.errorString()));
    return doc.array().at(0);
}

QJsonObject jsonObjectCell(const World &w, const QString &cell)
{
    const QJsonValue v = jsonCell(w, cell);
    check(v.isObject(), QStringLiteral("not a JSON object: ") + cell);
    return v.toObject();
}

bool isV2RuleMap(const QJsonObject &rules)
{
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (it.key().startsWith(u'$'))
            return true;
    }
    return false;
}

} // namespace

QByteArray fixtureBytes(const World &w, const QString &name)
{
    QFile f(w.fixturesDir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read fixture ") + f.fileName());
    return f.readAll();
}

QJsonValue jsonCell(const World &w, const QString &cell)
{
    if (cell.startsWith(QLatin1String("file:")))
        return parseJson(QString::fromUtf8(fixtureBytes(w, stripPrefix(cell, QLatin1String("file:")))));
    if (cell.startsWith(QLatin1String("JSON:")))
        return parseJson(stripPrefix(cell, QLatin1String("JSON:")));
    return parseJson(cell);
}

void setBody(const World &w, const QString &cell, Body &body, Headers &headers, const QString &contentType)
{
    if (cell.isEmpty())
        return;
    QString type = contentType;
    if (cell == u"EMPTY") {
        body = Body::fromBytes({}, {});
    } else if (cell.startsWith(QLatin1String("JSON:"))) {
        body = Body::fromJson(jsonCell(w, cell));
        type = type.isEmpty() ? QStringLiteral("application/json") : type;
    } else if (cell.startsWith(QLatin1String("XML:"))) {
        body = Body::fromText(stripPrefix(cell, QLatin1String("XML:")));
        type = type.isEmpty() ? QStringLiteral("application/xml") : type;
    } else if (cell.startsWith(QLatin1String("file:"))) {
        const QString name = stripPrefix(cell, QLatin1String("file:"));
        const QByteArray bytes = fixtureBytes(w, name);
        if (name.endsWith(QLatin1String("-body.xml"))) {
            const auto [wrappedType, content] = wrappedBody(bytes, name);
            type = type.isEmpty() ? wrappedType : type;
            body = Body::fromBytes(content, {});
        } else if (name.endsWith(QLatin1String(".json"))) {
            body = Body::fromJson(parseJson(QString::fromUtf8(bytes)));
            type = type.isEmpty() ? QStringLiteral("application/json") : type;
        } else {
            type = type.isEmpty() ? QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name() : type;
            body = Body::fromBytes(bytes, {});
        }
        if (body.encoding == Body::Encoding::Base64 && type.startsWith(QLatin1String("text/")))
            body = Body::fromText(QString::fromUtf8(body.bytes));
    } else {
        body = Body::fromText(cell);
        type = type.isEmpty() ? detectContentType(cell.toUtf8()) : type;
    }
    if (!headers.contains(QStringLiteral("Content-Type")) && !type.isEmpty())
        headers.append(QStringLiteral("Content-Type"), type);
}

Headers headersCell(const QString &cell)
{
    Headers headers;
    for (QString item : cell.split(QStringLiteral("',"), Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.startsWith(u'\''))
            item.remove(0, 1);
        if (item.endsWith(u'\''))
            item.chop(1);
        const qsizetype colon = item.indexOf(u':');
        if (colon < 0)
            continue;
        const QString name = item.left(colon).trimmed();
        for (const QString &value : item.mid(colon + 1).split(u',', Qt::SkipEmptyParts))
            headers.append(name, value.trimmed());
    }
    return headers;
}

MatchingRules rulesCell(const World &w, const QString &cell)
{
    const QJsonObject rules = jsonObjectCell(w, cell.contains(u':') ? cell : QStringLiteral("file: ") + cell);
    const bool v2 = isV2RuleMap(rules);
    Diagnostics diagnostics;
    const HttpRequest part = PactReader::readRequest(
        { { QStringLiteral("matchingRules"), rules } }, v2 ? SpecVersion::V2 : SpecVersion::V4, &diagnostics);
    return part.matchingRules;
}

Generators generatorsCell(const World &w, const QString &cell)
{
    const QJsonObject generators = jsonObjectCell(w, cell.contains(u':') ? cell : QStringLiteral("file: ") + cell);
    return PactReader::readRequest({ { QStringLiteral("generators"), generators } }, SpecVersion::V4).generators;
}

QMap<QString, QString> rowMap(const DataTable &table, int row)
{
    QMap<QString, QString> map;
    if (table.size() <= row)
        fail(QStringLiteral("the table has no row %1").arg(row));
    const QStringList &names = table.first();
    for (qsizetype i = 0; i < names.size(); ++i)
        map.insert(names.at(i), table.at(row).value(i));
    return map;
}

void applyRequestColumns(const World &w, const QMap<QString, QString> &row, HttpRequest &request)
{
    if (!row.value(QStringLiteral("method")).isEmpty())
        request.method = row.value(QStringLiteral("method"));
    if (!row.value(QStringLiteral("path")).isEmpty())
        request.path = row.value(QStringLiteral("path"));
    if (row.contains(QStringLiteral("query")) && !row.value(QStringLiteral("query")).isEmpty()) {
        request.query = QueryParams::fromQueryString(row.value(QStringLiteral("query")));
        request.hasQuery = true;
    }
    if (!row.value(QStringLiteral("headers")).isEmpty()) {
        const Headers h = headersCell(row.value(QStringLiteral("headers")));
        for (const QString &name : h.names())
            request.headers.set(name, h.values(name));
    }
    const QString raw = row.value(QStringLiteral("raw headers"));
    if (!raw.isEmpty()) {
        const Headers h = headersCell(raw);
        for (const auto &[name, value] : h.entries())
            request.headers.append(name, value);
    }
    setBody(
        w, row.value(QStringLiteral("body")), request.body, request.headers, row.value(QStringLiteral("content type")));
    if (!row.value(QStringLiteral("matching rules")).isEmpty())
        request.matchingRules = rulesCell(w, row.value(QStringLiteral("matching rules")));
    if (!row.value(QStringLiteral("generators")).isEmpty())
        request.generators = generatorsCell(w, row.value(QStringLiteral("generators")));
}

void applyResponseColumns(const World &w, const QMap<QString, QString> &row, HttpResponse &response)
{
    const QString status = row.value(QStringLiteral("response"), row.value(QStringLiteral("status")));
    if (!status.isEmpty())
        response.status = status.toInt();
    if (!row.value(QStringLiteral("response headers")).isEmpty()) {
        const Headers h = headersCell(row.value(QStringLiteral("response headers")));
        for (const QString &name : h.names())
            response.headers.set(name, h.values(name));
    }
    const QString body = row.value(QStringLiteral("response body"));
    if (!body.isEmpty()) {
        response.headers.remove(QStringLiteral("Content-Type"));
        setBody(w, body, response.body, response.headers, row.value(QStringLiteral("response content")));
    }
    if (!row.value(QStringLiteral("response matching rules")).isEmpty())
        response.matchingRules = rulesCell(w, row.value(QStringLiteral("response matching rules")));
}

Interaction interactionFromRow(const World &w, const QMap<QString, QString> &row)
{
    Interaction i;
    i.description = QStringLiteral("Interaction %1").arg(row.value(QStringLiteral("No")));
    applyRequestColumns(w, row, i.request);
    applyResponseColumns(w, row, i.response);
    return i;
}

} // namespace Pactbench::Compat
