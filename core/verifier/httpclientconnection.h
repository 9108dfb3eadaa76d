// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QSslSocket;
class QTcpSocket;

namespace Pactbench {

class ResponseParser;
struct WireRequest;

/**
 * One HTTP/1.1 connection to one origin (scheme, host, port): QTcpSocket, or QSslSocket for https
 * (certificates verified unless told otherwise; ALPN http/1.1). It carries one request at a time;
 * after a response that allows it, isIdle() says it can carry the next one. The timeout counts
 * from the last progress (connected, bytes written, bytes received).
 */
class HttpClientConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClientConnection)

public:
    struct Result
    {
        HttpExchange::Failure failure = HttpExchange::Failure::None;
        QString error; ///< what went wrong, without method and URL
        int status = 0;
        Headers headers;
        QByteArray body; ///< as received (not decoded)
        bool nothingReceived = false; ///< the connection ended before any byte of a response
    };
    using Done = std::function<void(const Result &)>;

    HttpClientConnection(const QUrl &url, bool ignoreTlsErrors, QObject *parent = nullptr);
    ~HttpClientConnection() override;

    /// Connects if need be and sends the request; `done` runs once, from the socket's signals.
    void send(const WireRequest &request, qint64 maxBodyBytes, int timeoutMs, Done done);
    /// Closes the connection and drops the request under way: its `done` never runs.
    void abort();
    /// Connected, no request under way, and the last response allowed another request.
    bool isIdle() const;
    /// Whether a response already came on this connection (a request now reuses it).
    bool reused() const { return m_responses > 0; }
    QString origin() const { return m_origin; }

    /// "scheme://host:port", the port filled in: one kept-alive connection per key.
    static QString originKey(const QUrl &url);

private:
    QSslSocket *newTlsSocket();
    void connectSocket();
    void writeRequest();
    void onReadyRead();
    void onError(QAbstractSocket::SocketError error);
    void onClosed();
    void onSslErrors(const QStringList &errors);
    void process(const QByteArray &data);
    void complete(bool bytesLeft);
    void fail(HttpExchange::Failure failure, const QString &error, bool nothingReceived = false);
    void finish(const Result &result);
    void touch();

    QString m_origin;
    QString m_host;
    quint16 m_port;
    bool m_tls;
    bool m_ignoreTls;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    std::unique_ptr<ResponseParser> m_parser;
    QByteArray m_pending; ///< the request, until the connection is up
    Done m_done;
    QString m_tlsErrors;
    int m_responses = 0;
    bool m_reusable = true;
    bool m_closeAfterResponse = false;
};

} // namespace Pactbench
