// SPDX-License-Identifier: MIT
#include "journalexport.h"

#include <core/fileio/outputfile.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace Pactbench {

namespace {

QJsonObject mismatchToJson(const Mismatch &m)
{
    return { { QStringLiteral("type"), mismatchKindName(m.kind) }, { QStringLiteral("path"), m.path },
        { QStringLiteral("expected"), m.expected }, { QStringLiteral("actual"), m.actual },
        { QStringLiteral("mismatch"), m.sentence } };
}

QJsonObject requestToJson(const JournalEntry &e)
{
    QJsonArray headers;
    for (const auto &[name, value] : e.requestHeaders.entries())
        headers.append(QJsonArray{ name, value });
    QJsonObject out{ { QStringLiteral("headers"), headers }, { QStringLiteral("bodySize"), double(e.requestBodySize) },
        { QStringLiteral("bodyTruncated"), e.bodyTruncated() } };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(e.requestBody);
    if (!decoder.hasError() && !e.requestBody.contains('\0'))
        out.insert(QStringLiteral("body"), text);
    else
        out.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(e.requestBody.toBase64()));
    return out;
}

QJsonObject entryToJson(const JournalEntry &e, const QStringList &names)
{
    QJsonArray mismatches;
    for (const Mismatch &m : e.mismatchDetails)
        mismatches.append(mismatchToJson(m));
    QJsonObject out{ { QStringLiteral("sequence"), double(e.sequence) },
        { QStringLiteral("time"), e.timestamp.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("method"), e.method }, { QStringLiteral("target"), e.target },
        { QStringLiteral("status"), e.responseStatus }, { QStringLiteral("verdict"), verdictKey(e.verdict) },
        { QStringLiteral("interactionIndex"), e.interactionIndex }, { QStringLiteral("score"), e.score },
        { QStringLiteral("mismatches"), mismatches }, { QStringLiteral("request"), requestToJson(e) } };
    if (e.interactionIndex >= 0 && e.interactionIndex < names.size())
        out.insert(QStringLiteral("interaction"), names.at(e.interactionIndex));
    return out;
}

} // namespace

QString verdictKey(JournalVerdict verdict)
{
    switch (verdict) {
    case JournalVerdict::Matched:
        return QStringLiteral("matched");
    case JournalVerdict::Mismatched:
        return QStringLiteral("mismatched");
    case JournalVerdict::Unexpected:
        return QStringLiteral("unexpected");
    }
    return {};
}

QJsonObject journalToJson(const QList<JournalEntry> &entries, const JournalExportInfo &info)
{
    QJsonArray list;
    for (const JournalEntry &e : entries)
        list.append(entryToJson(e, info.interactionNames));
    const QJsonObject counters{ { QStringLiteral("total"), double(info.counters.total) },
        { QStringLiteral("matched"), double(info.counters.matched) },
        { QStringLiteral("mismatched"), double(info.counters.mismatched) },
        { QStringLiteral("unexpected"), double(info.counters.unexpected) },
        { QStringLiteral("dropped"), double(info.dropped) } };
    return { { QStringLiteral("server"), info.url.toString() }, { QStringLiteral("consumer"), info.consumer },
        { QStringLiteral("provider"), info.provider }, { QStringLiteral("counters"), counters },
        { QStringLiteral("entries"), list } };
}

bool writeJournalFile(
    const QString &path, const QList<JournalEntry> &entries, const JournalExportInfo &info, QString *error)
{
    return OutputFile::write(path, QJsonDocument(journalToJson(entries, info)).toJson(QJsonDocument::Indented), error);
}

} // namespace Pactbench
