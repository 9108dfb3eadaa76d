// SPDX-License-Identifier: MIT
#include "httpresponsewriter.h"

namespace Pactbench {

namespace {
const QLatin1String contentLengthName("Content-Length");

// Header names and values must never break the framing: CR and LF become spaces.
void appendSanitised(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.append(text.toUtf8());
    for (qsizetype i = start; i < out.size(); ++i) {
        if (out.at(i) == '\r' || out.at(i) == '\n')
            out[i] = ' ';
    }
}
} // namespace

void HttpResponseWriter::write(QByteArray &out, const HttpServerResponse &response, const Framing &framing)
{
    const bool bodyAllowed = statusAllowsBody(response.status);
    out.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ');
    out.append(response.reason.isEmpty() ? HttpServerResponse::standardReason(response.status) : response.reason);
    out.append("\r\n");
    QString handlerLength;
    for (const auto &header : response.headers.entries()) {
        if (header.first.compare(contentLengthName, Qt::CaseInsensitive) == 0)
            handlerLength = header.second;
        if (!isFramingHeader(header.first))
            writeHeader(out, header.first, header.second);
    }
    if (!framing.date.isEmpty() && !response.headers.contains(QStringLiteral("Date")))
        out.append("Date: ").append(framing.date).append("\r\n");
    if (bodyAllowed) {
        out.append("Content-Length: ");
        if (framing.headRequest && !handlerLength.isEmpty())
            appendSanitised(out, handlerLength.trimmed());
        else
            out.append(QByteArray::number(response.body.size()));
        out.append("\r\n");
    }
    if (framing.close)
        out.append("Connection: close\r\n");
    else if (framing.keepAliveHeader)
        out.append("Connection: keep-alive\r\n");
    out.append("\r\n");
    if (bodyAllowed && !framing.headRequest)
        out.append(response.body);
}

bool HttpResponseWriter::asksToClose(const HttpServerResponse &response)
{
    const QStringList values = response.headers.values(QStringLiteral("Connection"));
    for (const QString &v : values) {
        if (v.trimmed().compare(QLatin1String("close"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpResponseWriter::continueResponse()
{
    return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpResponseWriter::writeHeader(QByteArray &out, const QString &name, const QString &value)
{
    appendSanitised(out, name);
    out.append(": ");
    appendSanitised(out, value);
    out.append("\r\n");
}

bool HttpResponseWriter::isFramingHeader(const QString &name)
{
    return name.compare(contentLengthName, Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Transfer-Encoding"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Connection"), Qt::CaseInsensitive) == 0;
}

} // namespace Pactbench
