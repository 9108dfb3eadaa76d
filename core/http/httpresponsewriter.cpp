// SPDX-License-Identifier: MIT
#include "httpresponsewriter.h"

#include <charconv>

namespace Pactbench {

namespace {
const QLatin1String contentLengthName("Content-Length");
const QLatin1String connectionName("Connection");
const QLatin1String dateName("Date");

bool isNamed(const QString &name, QLatin1String wanted)
{
    // Length first: most headers are skipped without a case-insensitive compare.
    return name.size() == wanted.size() && name.compare(wanted, Qt::CaseInsensitive) == 0;
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

// Header names and values must never break the framing: CR and LF become spaces. ASCII text
// (nearly every header) is copied without a temporary UTF-8 conversion.
void appendSanitised(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *to = out.data() + start;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            out.truncate(start);
            out.append(text.toUtf8());
            for (qsizetype i = start; i < out.size(); ++i) {
                if (out.at(i) == '\r' || out.at(i) == '\n')
                    out[i] = ' ';
            }
            return;
        }
        *to++ = (u == '\r' || u == '\n') ? ' ' : char(u);
    }
}
} // namespace

void HttpResponseWriter::write(QByteArray &out, const HttpServerResponse &response, const Framing &framing)
{
    // A handler's status outside 100..999 would break the status line: 500 goes out instead.
    const bool sendable = response.status >= 100 && response.status <= 999;
    const int status = sendable ? response.status : 500;
    const bool bodyAllowed = statusAllowsBody(status);
    out.append("HTTP/1.1 ");
    appendNumber(out, status);
    out.append(' ');
    out.append(response.reason.isEmpty() || !sendable ? HttpServerResponse::standardReason(status) : response.reason);
    out.append("\r\n");
    const QString *handlerLength = nullptr;
    bool hasDate = false;
    for (const auto &header : response.headers.entries()) {
        if (isNamed(header.first, contentLengthName))
            handlerLength = &header.second;
        hasDate = hasDate || isNamed(header.first, dateName);
        if (!isFramingHeader(header.first))
            writeHeader(out, header.first, header.second);
    }
    if (!framing.date.isEmpty() && !hasDate)
        out.append("Date: ").append(framing.date).append("\r\n");
    if (bodyAllowed) {
        out.append("Content-Length: ");
        if (framing.headRequest && handlerLength)
            appendSanitised(out, handlerLength->trimmed());
        else
            appendNumber(out, response.body.size());
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
    for (const auto &header : response.headers.entries()) {
        if (isNamed(header.first, connectionName)
            && header.second.trimmed().compare(QLatin1String("close"), Qt::CaseInsensitive) == 0)
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
    return isNamed(name, contentLengthName) || isNamed(name, QLatin1String("Transfer-Encoding"))
        || isNamed(name, connectionName);
}

} // namespace Pactbench
