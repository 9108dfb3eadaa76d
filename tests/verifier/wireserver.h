// SPDX-License-Identifier: MIT
#pragma once

// A raw TCP server for tests of what goes on the wire, on 127.0.0.1 and a free port: it records the
// exact bytes of every request (request line, header lines in order and case, body) and which
// connection carried it; a test's handler answers with any bytes, at any pace, or resets.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Pactbench::Test {

class WireServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireServer)

public:
    using HeaderLines = QList<QPair<QByteArray, QByteArray>>;
    struct Request
    {
        int connection = 0; ///< 1 for the first connection accepted, 2 for the next …
        QByteArray requestLine; ///< "GET /path HTTP/1.1"
        QList<QByteArray> headerLines; ///< exactly as received, without CRLF
        QByteArray body; ///< de-chunked when sent chunked
        QByteArray raw; ///< every byte of the request
        QByteArray method() const { return requestLine.split(' ').value(0); }
        QByteArray target() const { return requestLine.split(' ').value(1); }
        /// The value of the first header of that name (any case).
        QByteArray header(const QByteArray &name) const;
        /// Lower-cased names with their values, in order.
        HeaderLines lowerCased() const;
    };
    /// Answers `request` on `socket` (default: 200 with `{}`, kept alive).
    using Handler = std::function<void(QTcpSocket *socket, const Request &request)>;

    explicit WireServer(QObject *parent = nullptr);
    ~WireServer() override;

    bool start();
    /// Stops listening (connections already accepted stay).
    void stopListening();
    quint16 port() const;
    QUrl url(const QString &path = QString()) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

    /// "HTTP/1.1 status Reason", the headers, Content-Length, the body.
    static QByteArray answer(int status, const QByteArray &body, const HeaderLines &headers = {});
    /// Closes the socket with a TCP reset (SO_LINGER 0) instead of a FIN.
    static void reset(QTcpSocket *socket);

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onReadyRead(QTcpSocket *socket);
    bool takeRequest(QByteArray &buffer, Request *request);

    QTcpServer *m_server;
    Handler m_handler;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace Pactbench::Test
