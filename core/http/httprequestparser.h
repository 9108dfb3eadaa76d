// SPDX-License-Identifier: MIT
#pragma once

#include "httpserverrequest.h"

#include <QByteArray>

#include <memory>

struct http_parser;

namespace Pactbench {

/**
 * Incremental HTTP/1.x request parser for one connection, built on libhttp-parser (the C
 * library is kept out of this header). Feed it bytes as they arrive; it stops at every event
 * the connection must act on, so pipelined requests come out one at a time, in order.
 *
 * Any method name: at each message start the first token is buffered (across reads) until the
 * space after it; a valid token the library does not know is fed to it as a stand-in verb and
 * restored in HttpServerRequest::method.
 */
class HttpRequestParser
{
public:
    /// Why feed() stopped.
    enum class Event {
        NeedMoreData, ///< all bytes consumed, no complete request yet
        ContinueExpected, ///< headers of an HTTP/1.1 request with "Expect: 100-continue" are in
        MessageComplete, ///< a request is complete: takeRequest()
        Error, ///< malformed or over a limit: answer errorStatus() and close
    };

    HttpRequestParser(qint64 maxHeaderBytes, qint64 maxBodyBytes);
    ~HttpRequestParser();
    Q_DISABLE_COPY_MOVE(HttpRequestParser)

    /// Parses from data; *consumed tells how many bytes were used (the rest must be fed again).
    Event feed(const char *data, qsizetype size, qsizetype *consumed);
    /// The request completed by the last MessageComplete; resets the builder.
    HttpServerRequest takeRequest();

    /// Of the last completed request: the connection may stay open.
    bool keepAlive() const { return m_keepAlive; }
    /// Of the last completed request: it asked for a protocol switch (Upgrade, CONNECT), which
    /// we never grant, so the connection closes after the answer.
    bool upgrade() const { return m_upgrade; }
    /// Whether a request has begun and is not complete yet.
    bool inMessage() const { return m_inMessage; }
    /// After Error: 400, 413 or 431.
    int errorStatus() const { return m_errorStatus; }
    /// After Error: a short explanation for the response body.
    QString errorText() const { return m_errorText; }

private:
    struct Callbacks;
    friend struct Callbacks;

    Event execute(const char *data, qsizetype size, qsizetype *consumed);
    Event feedMessageStart(const char *data, qsizetype size, qsizetype *consumed);
    Event feedMethod(const QByteArray &token, const char *data, qsizetype size, qsizetype *consumed);

    bool countHeaderBytes(qint64 bytes);
    void commitHeader();
    bool finishHeaders();
    void finishTarget();
    Event fail(int status, const QString &text);
    Event failFromParser();

    std::unique_ptr<http_parser> m_parser;
    qint64 m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    qint64 m_headerBytes = 0;
    HttpServerRequest m_request;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_methodToken; ///< start of a request line's method, buffered until its end arrives
    QString m_rawMethod; ///< a verb the library does not know, replaced by a known one while parsing
    Event m_pausedAt = Event::NeedMoreData;
    int m_errorStatus = 0;
    QString m_errorText;
    bool m_inMessage = false;
    bool m_headersDone = false;
    bool m_lastWasValue = false;
    bool m_expectContinue = false;
    bool m_keepAlive = true;
    bool m_upgrade = false;
};

} // namespace Pactbench
