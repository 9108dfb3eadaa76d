// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QByteArray>
#include <QString>

#include <memory>

struct http_parser;

namespace Pactbench {

/**
 * Reads one HTTP/1.x response from a connection with libhttp-parser (HTTP_RESPONSE mode; the C
 * library stays out of this header): status line, headers (order and spelling kept), a body framed
 * by Content-Length, chunked or the end of the connection; 1xx interim responses are skipped; no
 * body after HEAD, 204 or 304. The body is never kept past maxBodyBytes. One parser per request.
 */
class ResponseParser
{
public:
    enum class Event {
        NeedMoreData, ///< every byte used, the response is not complete yet
        Complete, ///< the response is complete; bytes after it were not used
        TooLarge, ///< the body (announced or received) is over maxBodyBytes
        Error, ///< not HTTP, or not a valid response: errorText()
    };

    ResponseParser(qint64 maxBodyBytes, bool headRequest);
    ~ResponseParser();
    Q_DISABLE_COPY_MOVE(ResponseParser)

    /// Parses what arrived; *consumed tells how many bytes belong to the response.
    Event feed(const char *data, qsizetype size, qsizetype *consumed);
    /// The connection ended: Complete for a body that runs to the end of the connection, else Error.
    Event finish();

    /// Whether any byte of a response arrived.
    bool started() const { return m_bytesSeen > 0; }
    qint64 bytesSeen() const { return m_bytesSeen; }
    int status() const { return m_status; }
    const Headers &headers() const { return m_headers; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    /// After Complete: the connection may carry another request.
    bool keepAlive() const { return m_keepAlive; }
    QString errorText() const { return m_error; }

    /// Bytes of the status line and header section allowed: below the library's own default limit
    /// (80 KiB, one global), so this one speaks first.
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;

private:
    struct Callbacks;
    friend struct Callbacks;

    Event execute(const char *data, qsizetype size, qsizetype *consumed);
    Event failed();
    bool countHeaderBytes(qint64 bytes);
    void commitHeader();

    std::unique_ptr<http_parser> m_parser;
    qint64 m_maxBodyBytes;
    bool m_head;
    qint64 m_bytesSeen = 0;
    qint64 m_headerBytes = 0;
    QByteArray m_start; ///< the first bytes received, quoted in errors
    int m_status = 0;
    Headers m_headers;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_body;
    QString m_error;
    bool m_lastWasValue = false;
    bool m_headersDone = false;
    bool m_complete = false;
    bool m_tooLarge = false;
    bool m_keepAlive = false;
};

} // namespace Pactbench
