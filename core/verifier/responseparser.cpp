// SPDX-License-Identifier: MIT
#include "responseparser.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include <http_parser.h>
#pragma GCC diagnostic pop

#include <climits>

namespace Pactbench {

namespace {

constexpr qint64 HeaderLineOverhead = 4; // ": " and CRLF of every header line
constexpr qsizetype QuotedStart = 40; // bytes of a non-HTTP answer quoted in the error

bool isInterim(int status)
{
    return status >= 100 && status < 200 && status != 101; // 101 ends HTTP on the connection: final
}

// The first line of what arrived, printable, for "not HTTP" errors.
QString quoted(const QByteArray &start)
{
    QString out;
    for (const char c : start.left(QuotedStart)) {
        if (c == '\r' || c == '\n')
            break;
        if (c >= 0x20 && c < 0x7f)
            out.append(QLatin1Char(c));
        else
            out.append(QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0')));
    }
    return out;
}

} // namespace

struct ResponseParser::Callbacks
{
    static ResponseParser *self(http_parser *p) { return static_cast<ResponseParser *>(p->data); }

    static int messageBegin(http_parser *p)
    {
        ResponseParser *s = self(p); // again after each 1xx interim response
        s->m_status = 0;
        s->m_headers = Headers();
        s->m_body.clear();
        s->m_headerBytes = 0;
        s->m_headersDone = false;
        s->m_lastWasValue = false;
        return 0;
    }

    static int status(http_parser *p, const char *, size_t length)
    {
        return self(p)->countHeaderBytes(qint64(length)) ? 0 : -1;
    }

    static int headerField(http_parser *p, const char *at, size_t length)
    {
        ResponseParser *s = self(p);
        if (s->m_headersDone)
            return 0; // a trailer of a chunked body: not kept
        if (s->m_lastWasValue)
            s->commitHeader();
        s->m_field.append(at, qsizetype(length));
        return s->countHeaderBytes(qint64(length)) ? 0 : -1;
    }

    static int headerValue(http_parser *p, const char *at, size_t length)
    {
        ResponseParser *s = self(p);
        if (s->m_headersDone)
            return 0;
        s->m_lastWasValue = true;
        s->m_value.append(at, qsizetype(length));
        return s->countHeaderBytes(qint64(length)) ? 0 : -1;
    }

    static int headersComplete(http_parser *p)
    {
        ResponseParser *s = self(p);
        if (s->m_lastWasValue || !s->m_field.isEmpty())
            s->commitHeader();
        s->m_headersDone = true;
        s->m_status = int(p->status_code);
        if (isInterim(s->m_status))
            return 0; // no body; the final response follows
        // The library knows neither the request was HEAD nor that 204/304 never have one, whatever
        // Content-Length says: no body.
        if (s->m_head || s->m_status == 204 || s->m_status == 304)
            return 1;
        const bool announced = !(p->flags & F_CHUNKED) && p->content_length != ULLONG_MAX;
        if (announced && p->content_length > quint64(s->m_maxBodyBytes)) {
            s->m_tooLarge = true;
            return -1;
        }
        if (announced)
            s->m_body.reserve(qsizetype(p->content_length));
        return 0;
    }

    static int body(http_parser *p, const char *at, size_t length)
    {
        ResponseParser *s = self(p);
        if (s->m_body.size() + qint64(length) > s->m_maxBodyBytes) {
            s->m_tooLarge = true;
            s->m_body = QByteArray();
            return -1;
        }
        s->m_body.append(at, qsizetype(length));
        return 0;
    }

    static int messageComplete(http_parser *p)
    {
        ResponseParser *s = self(p);
        if (isInterim(s->m_status))
            return 0; // 100 Continue, 103 Early Hints …: read on
        s->m_complete = true;
        s->m_keepAlive = http_should_keep_alive(p) != 0 && !p->upgrade;
        http_parser_pause(p, 1); // what follows belongs to no request of ours
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings out;
            http_parser_settings_init(&out);
            out.on_message_begin = messageBegin;
            out.on_status = status;
            out.on_header_field = headerField;
            out.on_header_value = headerValue;
            out.on_headers_complete = headersComplete;
            out.on_body = body;
            out.on_message_complete = messageComplete;
            return out;
        }();
        return s;
    }
};

ResponseParser::ResponseParser(qint64 maxBodyBytes, bool headRequest)
    : m_parser(std::make_unique<http_parser>()), m_maxBodyBytes(qMax(qint64(0), maxBodyBytes)), m_head(headRequest)
{
    http_parser_init(m_parser.get(), HTTP_RESPONSE);
    m_parser->data = this;
}

ResponseParser::~ResponseParser() = default;

ResponseParser::Event ResponseParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = 0;
    if (m_complete)
        return Event::Complete;
    if (m_start.size() < QuotedStart)
        m_start.append(data, qMin(size, QuotedStart - m_start.size()));
    m_bytesSeen += size;
    return execute(data, size, consumed);
}

ResponseParser::Event ResponseParser::finish()
{
    if (m_complete)
        return Event::Complete;
    if (!m_error.isEmpty() || m_tooLarge)
        return m_tooLarge ? Event::TooLarge : Event::Error;
    qsizetype unused = 0;
    const Event e = execute(nullptr, 0, &unused); // completes a body that runs to the end of the connection
    if (e == Event::Complete || e == Event::TooLarge)
        return e;
    m_error = started()
        ? QStringLiteral("the connection was closed or reset before the response was complete (%1 bytes received)")
              .arg(m_bytesSeen)
        : QStringLiteral("the connection was closed or reset before any response arrived");
    return Event::Error;
}

ResponseParser::Event ResponseParser::execute(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = qsizetype(http_parser_execute(m_parser.get(), &Callbacks::settings(), data, size_t(size)));
    const auto error = HTTP_PARSER_ERRNO(m_parser.get());
    if (error == HPE_PAUSED || m_complete)
        return Event::Complete;
    if (error != HPE_OK)
        return failed();
    if (!m_headersDone && qint64(m_parser->nread) > MaxHeaderBytes) { // nread counts the whitespace too
        countHeaderBytes(MaxHeaderBytes + 1);
        return failed();
    }
    return Event::NeedMoreData;
}

ResponseParser::Event ResponseParser::failed()
{
    if (m_tooLarge)
        return Event::TooLarge;
    if (m_error.isEmpty()) {
        const auto error = HTTP_PARSER_ERRNO(m_parser.get());
        m_error = QStringLiteral("not a valid HTTP response (%1); it begins \"%2\"")
                      .arg(QString::fromLatin1(http_errno_description(error)), quoted(m_start));
    }
    return Event::Error;
}

bool ResponseParser::countHeaderBytes(qint64 bytes)
{
    m_headerBytes += bytes;
    if (m_headerBytes <= MaxHeaderBytes)
        return true;
    if (m_error.isEmpty())
        m_error = QStringLiteral("the response's status line and headers are over %1 bytes").arg(MaxHeaderBytes);
    return false;
}

void ResponseParser::commitHeader()
{
    m_headerBytes += HeaderLineOverhead;
    m_headers.append(QString::fromLatin1(m_field), QString::fromUtf8(m_value).trimmed());
    m_field.resize(0);
    m_value.resize(0);
    m_lastWasValue = false;
}

} // namespace Pactbench
