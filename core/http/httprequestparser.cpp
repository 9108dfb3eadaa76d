// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

#include "httpparserinclude.h"
#include "httpserverconfig.h"

#include <QUrl>

#include <array>
#include <climits>
#include <cstring>
#include <mutex>

namespace Pactbench {

namespace {

constexpr qsizetype MethodCount = HTTP_SOURCE + 1;
constexpr qint64 HeaderLineOverhead = 4; // ": " and CRLF of every header line
constexpr qsizetype MaxMethodLength = 256; // a longer first token goes to the library as is (400)
const QByteArray StandInMethod = QByteArrayLiteral("GET"); // what the library parses in place of an unknown verb

// One shared QString per method the library knows, so requests never allocate their method.
const QString &methodName(unsigned method)
{
    static const std::array<QString, MethodCount> names = [] {
        std::array<QString, MethodCount> out;
        for (qsizetype i = 0; i < MethodCount; ++i)
            out[size_t(i)] = QString::fromLatin1(http_method_str(static_cast<enum http_method>(i)));
        return out;
    }();
    static const QString unknown;
    return method < names.size() ? names[method] : unknown;
}

// RFC 9110 tchar: the characters a method name (a token) may have.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

// Whether the library knows the verb, spelled exactly so.
bool isLibraryMethod(QByteArrayView token)
{
    for (unsigned i = 0; i < MethodCount; ++i) {
        if (token == QByteArrayView(http_method_str(static_cast<enum http_method>(i))))
            return true;
    }
    return false;
}

// The library's limit is one global; ours is per server, so the global only backs ours up.
void raiseLibraryHeaderLimit()
{
    static std::once_flag once;
    std::call_once(once, [] { http_parser_set_max_header_size(HttpServerConfig::HeaderBytesCeiling); });
}

QByteArray urlField(const QByteArray &target, const http_parser_url &url, http_parser_url_fields field)
{
    if (!(url.field_set & (1 << field)))
        return {};
    return target.mid(url.field_data[field].off, url.field_data[field].len);
}

} // namespace

struct HttpRequestParser::Callbacks
{
    static HttpRequestParser *self(http_parser *p) { return static_cast<HttpRequestParser *>(p->data); }

    static int messageBegin(http_parser *p)
    {
        HttpRequestParser *s = self(p);
        s->m_inMessage = true;
        s->m_headersDone = false;
        s->m_lastWasValue = false;
        s->m_expectContinue = false;
        s->m_headerBytes = 0;
        return 0;
    }

    static int url(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        s->m_request.target.append(at, qsizetype(length));
        return s->countHeaderBytes(qint64(length)) ? 0 : -1;
    }

    static int headerField(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_headersDone)
            return 0; // a trailer of a chunked body: not kept
        if (s->m_lastWasValue || s->m_field.isEmpty()) {
            if (s->m_lastWasValue)
                s->commitHeader();
            if (!s->countHeaderBytes(HeaderLineOverhead))
                return -1;
        }
        s->m_lastWasValue = false;
        s->m_field.append(at, qsizetype(length));
        return s->countHeaderBytes(qint64(length)) ? 0 : -1;
    }

    static int headerValue(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_headersDone)
            return 0;
        s->m_lastWasValue = true;
        s->m_value.append(at, qsizetype(length));
        return s->countHeaderBytes(qint64(length)) ? 0 : -1;
    }

    static int headersComplete(http_parser *p)
    {
        HttpRequestParser *s = self(p);
        if (s->m_lastWasValue)
            s->commitHeader();
        s->m_headersDone = true;
        if (!s->finishHeaders())
            return -1;
        if (s->m_expectContinue) {
            s->m_pausedAt = Event::ContinueExpected;
            http_parser_pause(p, 1);
        }
        return 0;
    }

    static int body(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_request.body.size() + qint64(length) > s->m_maxBodyBytes) {
            s->fail(413, QStringLiteral("Request body over the limit of %1 bytes").arg(s->m_maxBodyBytes));
            return -1;
        }
        s->m_request.body.append(at, qsizetype(length));
        return 0;
    }

    static int messageComplete(http_parser *p)
    {
        HttpRequestParser *s = self(p);
        s->m_keepAlive = http_should_keep_alive(p) != 0;
        s->m_upgrade = p->upgrade != 0;
        s->m_request.received = QDateTime::currentDateTimeUtc();
        s->m_inMessage = false;
        s->m_pausedAt = Event::MessageComplete;
        http_parser_pause(p, 1); // hand the request out before parsing the next one
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings out;
            http_parser_settings_init(&out);
            out.on_message_begin = messageBegin;
            out.on_url = url;
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

HttpRequestParser::HttpRequestParser(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_parser(std::make_unique<http_parser>())
    , m_maxHeaderBytes(qBound(qint64(1), maxHeaderBytes, HttpServerConfig::HeaderBytesCeiling))
    , m_maxBodyBytes(qMax(qint64(0), maxBodyBytes))
{
    raiseLibraryHeaderLimit();
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Event HttpRequestParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = 0;
    if (m_errorStatus != 0)
        return Event::Error;
    if (size <= 0)
        return Event::NeedMoreData;
    if (!m_inMessage)
        return feedMessageStart(data, size, consumed);
    return execute(data, size, consumed);
}

// Between messages: the method token is read (and buffered across reads) before the library
// sees it, so that a valid token it does not know can be parsed as a stand-in verb and kept raw.
HttpRequestParser::Event HttpRequestParser::feedMessageStart(const char *data, qsizetype size, qsizetype *consumed)
{
    qsizetype start = 0;
    if (m_methodToken.isEmpty()) {
        while (start < size && (data[start] == '\r' || data[start] == '\n'))
            ++start; // blank lines before a request line are ignored (RFC 9112, 2.2)
    }
    qsizetype end = start;
    while (end < size && isTokenChar(data[end]))
        ++end;
    m_methodToken.append(data + start, end - start);
    if (end == size && m_methodToken.size() <= MaxMethodLength) {
        *consumed = size; // the method goes on in the next read
        return Event::NeedMoreData;
    }
    const QByteArray token = std::exchange(m_methodToken, {});
    const bool substitute = end < size && data[end] == ' ' && !token.isEmpty() && token.size() <= MaxMethodLength
        && !isLibraryMethod(token);
    if (substitute)
        m_rawMethod = QString::fromLatin1(token); // before feeding: the headers may complete in this call
    const Event event = substitute ? feedMethod(StandInMethod, data + end, size - end, consumed)
                                   : feedMethod(token.left(token.size() - (end - start)), data + start, size - start, consumed);
    *consumed += substitute ? end : start;
    return event;
}

// Gives the library `token` (bytes already counted as consumed), then data.
HttpRequestParser::Event HttpRequestParser::feedMethod(const QByteArray &token, const char *data, qsizetype size,
                                                       qsizetype *consumed)
{
    *consumed = 0;
    if (!token.isEmpty()) {
        qsizetype used = 0;
        if (const Event e = execute(token.constData(), token.size(), &used); e != Event::NeedMoreData)
            return e;
    }
    return execute(data, size, consumed);
}

HttpRequestParser::Event HttpRequestParser::execute(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = qsizetype(http_parser_execute(m_parser.get(), &Callbacks::settings(), data, size_t(size)));
    const auto error = HTTP_PARSER_ERRNO(m_parser.get());
    if (error == HPE_PAUSED) {
        http_parser_pause(m_parser.get(), 0);
        return std::exchange(m_pausedAt, Event::NeedMoreData);
    }
    if (error != HPE_OK)
        return m_errorStatus != 0 ? Event::Error : failFromParser();
    // nread is exact here (and only here): it also counts the whitespace the callbacks never see.
    if (m_inMessage && !m_headersDone && qint64(m_parser->nread) > m_maxHeaderBytes)
        return fail(431, QStringLiteral("Request header section over the limit of %1 bytes").arg(m_maxHeaderBytes));
    return Event::NeedMoreData;
}

HttpServerRequest HttpRequestParser::takeRequest()
{
    HttpServerRequest out = std::move(m_request);
    m_request = HttpServerRequest();
    return out;
}

bool HttpRequestParser::countHeaderBytes(qint64 bytes)
{
    m_headerBytes += bytes;
    if (m_headerBytes <= m_maxHeaderBytes)
        return true;
    fail(431, QStringLiteral("Request header section over the limit of %1 bytes").arg(m_maxHeaderBytes));
    return false;
}

void HttpRequestParser::commitHeader()
{
    const QString name = QString::fromLatin1(m_field);
    const QString value = QString::fromUtf8(m_value).trimmed();
    if (name.size() == 6 && name.compare(QLatin1String("Expect"), Qt::CaseInsensitive) == 0
        && value.compare(QLatin1String("100-continue"), Qt::CaseInsensitive) == 0)
        m_expectContinue = true;
    m_request.headers.append(name, value);
    m_field.resize(0); // keeps the capacity for the next header
    m_value.resize(0);
    m_lastWasValue = false;
}

bool HttpRequestParser::finishHeaders()
{
    const http_parser *p = m_parser.get();
    m_request.method = m_rawMethod.isEmpty() ? methodName(p->method) : std::exchange(m_rawMethod, {});
    m_request.versionMajor = p->http_major;
    m_request.versionMinor = p->http_minor;
    finishTarget();
    const bool chunked = (p->flags & F_CHUNKED) != 0;
    const bool hasLength = !chunked && p->content_length != ULLONG_MAX;
    if (hasLength && p->content_length > quint64(m_maxBodyBytes)) {
        fail(413, QStringLiteral("Request body of %1 bytes over the limit of %2 bytes")
                      .arg(p->content_length)
                      .arg(m_maxBodyBytes));
        return false;
    }
    if (hasLength)
        m_request.body.reserve(qsizetype(p->content_length));
    const bool hasBody = chunked || (hasLength && p->content_length > 0);
    const bool http11 = p->http_major > 1 || (p->http_major == 1 && p->http_minor >= 1);
    m_expectContinue = m_expectContinue && hasBody && http11;
    return true;
}

void HttpRequestParser::finishTarget()
{
    const QByteArray &target = m_request.target;
    QByteArray path = target;
    QByteArray query;
    http_parser_url url;
    http_parser_url_init(&url);
    // The library's offsets are 16 bits wide: longer targets are split at the first '?'.
    const bool parsed = target.size() <= 0xffff
        && http_parser_parse_url(target.constData(), size_t(target.size()), m_parser->method == HTTP_CONNECT, &url) == 0;
    if (parsed) {
        path = urlField(target, url, UF_PATH);
        query = urlField(target, url, UF_QUERY);
        if (path.isEmpty() && (url.field_set & (1 << UF_SCHEMA)))
            path = QByteArrayLiteral("/");
    } else if (const qsizetype q = target.indexOf('?'); q >= 0) {
        path = target.left(q);
        query = target.mid(q + 1);
    }
    m_request.path = QUrl::fromPercentEncoding(path);
    m_request.rawQuery = query;
    if (!query.isEmpty())
        m_request.query = QueryParams::fromQueryString(QString::fromUtf8(query));
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const QString &text)
{
    if (m_errorStatus == 0) {
        m_errorStatus = status;
        m_errorText = text;
    }
    return Event::Error;
}

HttpRequestParser::Event HttpRequestParser::failFromParser()
{
    const auto error = HTTP_PARSER_ERRNO(m_parser.get());
    if (error == HPE_HEADER_OVERFLOW)
        return fail(431, QStringLiteral("Request header section too large"));
    return fail(400, QStringLiteral("Bad request: ") + QString::fromLatin1(http_errno_description(error)));
}

} // namespace Pactbench
