// SPDX-License-Identifier: MIT
#include "httplog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Cli {

std::optional<HttpLogLevel> httpLogLevel(const QString &name)
{
    static const QList<QPair<QString, HttpLogLevel>> levels{
        {u"off"_qs, HttpLogLevel::Off}, {u"none"_qs, HttpLogLevel::Off}, {u"error"_qs, HttpLogLevel::Error},
        {u"warn"_qs, HttpLogLevel::Warn}, {u"info"_qs, HttpLogLevel::Info}, {u"debug"_qs, HttpLogLevel::Debug},
        {u"trace"_qs, HttpLogLevel::Trace}};
    for (const auto &[n, level] : levels) {
        if (n == name)
            return level;
    }
    return std::nullopt;
}

QString httpLogText(const HttpHop &e, HttpLogLevel level)
{
    QString text = QString::fromLatin1(e.method) + u' ' + e.url.toDisplayString(QUrl::RemoveUserInfo) + u" -> "_qs
        + (e.status > 0 ? QString::number(e.status) : u"no answer"_qs) + (e.error.isEmpty() ? QString() : u": "_qs + e.error)
        + u" ("_qs + QString::number(e.elapsedMs) + u" ms)"_qs;
    if (level < HttpLogLevel::Trace)
        return text;
    for (const auto &[name, value] : e.requestHeaders)
        text += u"\n  > "_qs + QString::fromLatin1(name) + u": "_qs + QString::fromLatin1(value);
    for (const auto &[name, value] : e.responseHeaders)
        text += u"\n  < "_qs + QString::fromLatin1(name) + u": "_qs + QString::fromLatin1(value);
    return text;
}

QByteArray httpSpanJson(const HttpHop &e)
{
    QJsonObject span{{u"name"_qs, QString(u"HTTP "_qs + QString::fromLatin1(e.method))},
                     {u"start"_qs, e.started.toUTC().toString(Qt::ISODateWithMs)},
                     {u"duration_ms"_qs, QJsonValue(double(e.elapsedMs))},
                     {u"http.method"_qs, QString::fromLatin1(e.method)},
                     {u"url"_qs, e.url.toDisplayString(QUrl::RemoveUserInfo)},
                     {u"status"_qs, e.status}};
    if (!e.error.isEmpty())
        span.insert(u"error"_qs, e.error);
    return QJsonDocument(span).toJson(QJsonDocument::Compact);
}

namespace {

QByteArray logRecordJson(const HttpHop &e, HttpLogLevel level)
{
    const QString severity = e.status == 0 || e.status >= 500 ? u"WARN"_qs : level == HttpLogLevel::Info ? u"INFO"_qs
                                                                                                        : u"DEBUG"_qs;
    return QJsonDocument(QJsonObject{{u"timestamp"_qs, e.started.toUTC().toString(Qt::ISODateWithMs)},
                                     {u"severity"_qs, severity},
                                     {u"body"_qs, httpLogText(e, level)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

HttpObserver httpLogger(const HttpLogSettings &settings, QTextStream &err)
{
    const bool lines = settings.level >= HttpLogLevel::Info;
    if (!lines && !settings.spans)
        return {};
    return [settings, lines, &err](const HttpHop &e) {
        if (lines && settings.jsonLogs)
            err << logRecordJson(e, settings.level) << '\n';
        else if (lines)
            err << httpLogText(e, settings.level) << '\n';
        if (settings.spans)
            err << httpSpanJson(e) << '\n';
        err.flush();
    };
}

} // namespace Pactbench::Cli
