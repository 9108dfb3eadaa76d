// SPDX-License-Identifier: MIT
#pragma once

#include "httprequestparser.h"
#include "httpresponder.h"
#include "httpserverresponse.h"

#include <QHostAddress>
#include <QObject>

#include <deque>
#include <list>

class QTcpSocket;

namespace Pactbench {

class HttpServer;

/**
 * One client connection of an HttpServer: feeds the socket's bytes to an HttpRequestParser,
 * hands each complete request to the handler and writes the answers strictly in request order,
 * whatever order the handler answers in. Owned by the server (QObject child); deletes itself
 * when the client goes away. Internal to core/http.
 */
class HttpConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    using Position = std::list<HttpConnection *>::iterator;

    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    /// Starts reading (for TLS sockets: once encrypted).
    void start();
    /// Answer for the request with this sequence number (called by HttpResponder).
    void complete(quint64 sequence, HttpServerResponse response);
    /// Whether requests wait for the handler's answer (the idle timeout spares such connections).
    bool isBusy() const { return !m_slots.empty(); }
    /// Idle timeout: 408 if a request is half read, then close.
    void closeIdle();
    /// Drops the connection at once, without telling the server (server shutdown).
    void abort();
    /// Instead of start(): answers `status` with `text` and Connection: close, reading no request.
    void reject(int status, const QString &text);
    bool isRejecting() const { return m_rejecting; }

    qint64 lastActivity() const { return m_lastActivity; }
    void setLastActivity(qint64 ms) { m_lastActivity = ms; }
    Position position() const { return m_position; }
    void setPosition(Position position) { m_position = position; }

private:
    /// One answer to write, in request order.
    struct Slot
    {
        QByteArray bytes; ///< serialised response, once ready
        bool ready = false;
        bool headRequest = false;
        bool close = false;
        bool keepAliveHeader = false;
    };

    bool canRead() const;
    void processInput();
    qsizetype consume(const char *data, qsizetype size);
    void dispatch();
    void queueError(int status, const QString &text);
    void serialise(QByteArray &out, const Slot &slot, const HttpServerResponse &response);
    void flush(const QByteArray *frontBytes = nullptr);
    void sendNow();
    void beginClose();
    void onBytesWritten();
    void onDisconnected();
    void discardInput();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    HttpRequestParser m_parser;
    std::deque<Slot> m_slots;
    quint64 m_firstSequence = 0; ///< sequence number of m_slots.front()
    QByteArray m_leftover; ///< bytes read but not parsed while reading is paused
    QByteArray m_scratch; ///< reused serialisation buffer for answers written at once
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    qint64 m_lastActivity = 0;
    Position m_position;
    bool m_processing = false;
    bool m_closing = false; ///< no further requests are read
    bool m_lingering = false; ///< after an error: write side shut, input drained until the peer closes
    bool m_failed = false;
    bool m_detached = false;
    bool m_rejecting = false; ///< turned away (HttpServer's connection limit)
};

} // namespace Pactbench
