// SPDX-License-Identifier: MIT
#include "otlpexport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace Pactbench::Cli {

namespace {

QJsonObject attribute(const QString &key, const QJsonObject &value)
{
    return QJsonObject{{u"key"_qs, key}, {u"value"_qs, value}};
}

QJsonObject stringValue(const QString &s)
{
    return QJsonObject{{u"stringValue"_qs, s}};
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QJsonObject spanJson(const HttpHop &e, const QByteArray &traceId)
{
    const qint64 startNs = e.started.toMSecsSinceEpoch() * 1000000;
    QJsonArray attributes{attribute(u"http.request.method"_qs, stringValue(QString::fromLatin1(e.method))),
                          attribute(u"url.full"_qs, stringValue(e.url.toDisplayString(QUrl::RemoveUserInfo)))};
    if (e.status > 0)
        attributes.append(attribute(u"http.response.status_code"_qs, QJsonObject{{u"intValue"_qs, QString::number(e.status)}}));
    const bool failed = e.status == 0 || e.status >= 500;
    return QJsonObject{{u"traceId"_qs, QString::fromLatin1(traceId)},
                       {u"spanId"_qs, QString::fromLatin1(randomHex(8))},
                       {u"name"_qs, QString(u"HTTP "_qs + QString::fromLatin1(e.method))},
                       {u"kind"_qs, 3}, // SPAN_KIND_CLIENT
                       {u"startTimeUnixNano"_qs, QString::number(startNs)},
                       {u"endTimeUnixNano"_qs, QString::number(startNs + e.elapsedMs * 1000000)},
                       {u"attributes"_qs, attributes},
                       {u"status"_qs, QJsonObject{{u"code"_qs, failed ? 2 : 0}, {u"message"_qs, e.error}}}};
}

} // namespace

QByteArray otlpTracesJson(const QList<HttpHop> &spans, const QByteArray &traceId)
{
    QJsonArray list;
    for (const HttpHop &e : spans)
        list.append(spanJson(e, traceId));
    const QJsonObject resource{{u"attributes"_qs, QJsonArray{attribute(u"service.name"_qs, stringValue(u"pactbench-cli"_qs))}}};
    const QJsonObject scopeSpans{{u"scope"_qs, QJsonObject{{u"name"_qs, u"pactbench"_qs}}}, {u"spans"_qs, list}};
    const QJsonObject resourceSpans{{u"resource"_qs, resource}, {u"scopeSpans"_qs, QJsonArray{scopeSpans}}};
    return QJsonDocument(QJsonObject{{u"resourceSpans"_qs, QJsonArray{resourceSpans}}}).toJson(QJsonDocument::Compact);
}

OtlpTraceExport::OtlpTraceExport(const QUrl &endpoint, const QString &program, QTextStream &err)
    : m_endpoint(endpoint)
    , m_program(program)
    , m_err(err)
{ }

OtlpTraceExport::~OtlpTraceExport()
{
    if (m_spans.isEmpty())
        return;
    QUrl url = m_endpoint;
    url.setPath(url.path().endsWith(u'/') ? url.path() + u"v1/traces"_qs : url.path() + u"/v1/traces"_qs);
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.post(request, otlpTracesJson(m_spans, randomHex(16)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        m_err << m_program << ": could not export " << m_spans.size() << " trace spans to "
              << url.toDisplayString(QUrl::RemoveUserInfo) << ": "
              << (status > 0 ? u"HTTP "_qs + QString::number(status) : reply->errorString()) << '\n';
    }
    delete reply;
}

HttpObserver OtlpTraceExport::observer(const std::weak_ptr<OtlpTraceExport> &target)
{
    return [target](const HttpHop &e) {
        if (const std::shared_ptr<OtlpTraceExport> t = target.lock())
            t->add(e);
    };
}

} // namespace Pactbench::Cli
