// SPDX-License-Identifier: MIT
// The verification document as the broker serves it; `testResults` are read in publishedtestresults.cpp.
#include "publishedverification.h"

#include "hallink.h"

#include <core/json/jsonreader.h>
#include <core/model/pactreader.h>

#include <QJsonObject>

namespace Pactbench::PublishedVerificationReader {

namespace {

QString wrongType(const QString &key, const QJsonValue &value)
{
    static const char *const names[] = {"null", "a boolean", "a number", "a string", "an array", "an object"};
    const int type = int(value.type());
    const QString kind = type >= 0 && type < 6 ? QString::fromLatin1(names[type]) : QStringLiteral("undefined");
    return QStringLiteral("'%1' is %2, not the expected type: ignored").arg(key, kind);
}

/// A string member; a number is taken as its text; anything else is noted and empty.
QString stringOf(const QJsonObject &o, const QString &key, QStringList *notes)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (!v.isUndefined() && !v.isNull())
        notes->append(wrongType(key, v));
    return {};
}

QDateTime dateOf(const QJsonObject &o, QStringList *notes)
{
    for (const QString &key : {u"verificationDate"_qs, u"verifiedAt"_qs, u"createdAt"_qs, u"executionDate"_qs}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        QDateTime date = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!date.isValid())
            date = QDateTime::fromString(v.toString(), Qt::RFC2822Date);
        if (date.isValid())
            return date;
        notes->append(QStringLiteral("'%1' is not a date: %2").arg(key, v.isString() ? v.toString() : wrongType(key, v)));
    }
    return {};
}

QUrl linkOf(const QJsonObject &document, const QString &rel, const QUrl &base)
{
    const HalLink link = HalLink::first(document, rel);
    return link.isValid() ? base.resolved(QUrl(link.href)) : QUrl();
}

} // namespace

PublishedVerification fromJson(const QJsonObject &document, const QUrl &url)
{
    PublishedVerification v;
    QStringList *notes = &v.notes;
    v.url = linkOf(document, u"self"_qs, url);
    if (v.url.isEmpty())
        v.url = url;
    v.pactUrl = linkOf(document, u"pb:pact-version"_qs, url);
    v.providerName = stringOf(document, u"providerName"_qs, notes);
    v.providerVersion = stringOf(document, u"providerApplicationVersion"_qs, notes);
    const QJsonValue success = document.value(u"success");
    if (success.isBool())
        v.success = success.toBool();
    else if (!success.isUndefined() && !success.isNull())
        notes->append(wrongType(u"success"_qs, success));
    v.verificationDate = dateOf(document, notes);
    v.buildUrl = stringOf(document, u"buildUrl"_qs, notes);
    const QJsonValue verifiedBy = document.value(u"verifiedBy");
    if (verifiedBy.isObject()) {
        v.verifierName = stringOf(verifiedBy.toObject(), u"implementation"_qs, notes);
        v.verifierVersion = stringOf(verifiedBy.toObject(), u"version"_qs, notes);
    } else if (!verifiedBy.isUndefined() && !verifiedBy.isNull()) {
        notes->append(wrongType(u"verifiedBy"_qs, verifiedBy));
    }
    readTestResults(document.value(u"testResults"), &v);
    return v;
}

Result read(const QByteArray &json, const QUrl &url)
{
    Result r;
    r.error.severity = Diagnostic::Severity::Fatal;
    qsizetype bom = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (json.sliced(bom).trimmed().isEmpty()) {
        r.error.message = QStringLiteral("the verification result is empty");
        return r;
    }
    const JsonReadResult parsed = JsonReader::read(bom ? json.mid(bom) : json);
    if (!parsed.ok()) {
        const auto [line, column] = lineColumnOf(json, parsed.errorOffset + bom);
        r.error.line = line;
        r.error.column = column;
        r.error.message = QStringLiteral("the verification result is not valid JSON: %1").arg(parsed.error);
        return r;
    }
    if (!parsed.value.isObject()) {
        r.error.jsonPath = QStringLiteral("$");
        r.error.message = QStringLiteral("a verification result must be a JSON object, not %1")
                              .arg(parsed.value.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar"));
        return r;
    }
    r.verification = fromJson(parsed.value.toObject(), url);
    return r;
}

} // namespace Pactbench::PublishedVerificationReader
