// SPDX-License-Identifier: MIT
#include "wirerequest.h"

#include <algorithm>
#include <cstring>

namespace Pactbench {

namespace {

const QString ContentLength = QStringLiteral("Content-Length");
const QString TransferEncoding = QStringLiteral("Transfer-Encoding");

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isFieldName(const QByteArray &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar);
}

// Visible characters, spaces, tabs and obs-text: what hyper's HeaderValue accepts.
bool isFieldValue(const QByteArray &value)
{
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto u = uchar(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

// A pact's Transfer-Encoding ending in chunked: the body goes in chunks, as hyper sends it then.
bool chunkedByPact(const Headers &headers)
{
    const QStringList values = headers.values(TransferEncoding);
    return !values.isEmpty() && values.constLast().trimmed().endsWith(QLatin1String("chunked"), Qt::CaseInsensitive);
}

QByteArray chunked(const QByteArray &body)
{
    QByteArray out;
    if (!body.isEmpty())
        out = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n";
    return out + "0\r\n\r\n";
}

struct Built
{
    QByteArray head;
    QByteArray body;
    QString error;
};

// The pact's headers, one line per value; a Content-Length of the pact cuts the body to it (as hyper does).
Built pactHeaders(const Headers &headers, const QByteArray &body, bool chunkedBody)
{
    Built b{ {}, body, {} };
    for (const auto &[name, value] : headers.entries()) {
        const QByteArray n = name.toUtf8();
        const QByteArray v = value.trimmed().toUtf8();
        if (!isFieldName(n))
            return { {}, {}, QStringLiteral("Invalid header name: '%1'").arg(name) };
        if (!isFieldValue(v))
            return { {}, {}, QStringLiteral("Invalid header value of %1: '%2'").arg(name, value) };
        if (name.compare(ContentLength, Qt::CaseInsensitive) == 0 && !chunkedBody) {
            bool ok = false;
            const qint64 length = v.toLongLong(&ok);
            if (!ok || length < 0 || length > body.size())
                return { {}, {},
                    QStringLiteral("The pact's Content-Length %1 does not fit its body of %2 bytes")
                        .arg(value)
                        .arg(body.size()) };
            b.body = body.left(length);
        }
        b.head += n + ": " + v + "\r\n";
    }
    return b;
}

} // namespace

QByteArray WireRequest::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    const int port = url.port(defaultPort);
    return port == defaultPort ? host : host + ':' + QByteArray::number(port);
}

QByteArray WireRequest::target(const QUrl &url)
{
    QUrl::FormattingOptions format
        = QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded;
    QUrl copy = url;
    if (copy.path().isEmpty())
        copy.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return copy.toEncoded(format);
}

WireRequest WireRequest::build(const QString &method, const QUrl &url, const Headers &headers, const QByteArray &body)
{
    WireRequest r;
    const QByteArray verb = method.toUpper().toUtf8();
    if (!isFieldName(verb)) {
        r.error = QStringLiteral("Invalid method: '%1'").arg(method);
        return r;
    }
    const bool chunkedBody = chunkedByPact(headers);
    Built built = pactHeaders(headers, body, chunkedBody);
    if (!built.error.isEmpty()) {
        r.error = built.error;
        return r;
    }
    r.headers = headers;
    const auto addDefault = [&](const char *name, const char *value) {
        if (r.headers.contains(QLatin1String(name)))
            return;
        r.headers.append(QLatin1String(name), QLatin1String(value));
        built.head += QByteArray(name) + ": " + value + "\r\n";
    };
    addDefault("accept", DefaultAccept);
    addDefault("user-agent", DefaultUserAgent);
    addDefault("accept-encoding", DefaultAcceptEncoding);
    if (!headers.contains(QStringLiteral("Host")))
        built.head += "host: " + hostHeader(url) + "\r\n";
    if (!chunkedBody && !built.body.isEmpty() && !headers.contains(ContentLength))
        built.head += "content-length: " + QByteArray::number(built.body.size()) + "\r\n";
    r.head = verb == "HEAD";
    r.bytes = verb + ' ' + target(url) + " HTTP/1.1\r\n" + built.head + "\r\n"
        + (chunkedBody ? chunked(built.body) : built.body);
    return r;
}

} // namespace Pactbench
