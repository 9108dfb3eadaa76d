// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <optional>

/// One response as read off the wire by RawHttpClient.
struct RawResponse
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// First value of the header (case-insensitive name), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
};

/**
 * A test client on a raw QTcpSocket: sends exactly the bytes given and reads responses with a
 * deliberately simple reader (Content-Length framing only). Waiting spins the event loop, so
 * a server on the same thread keeps working.
 */
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port);

    bool waitConnected(int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    /// Next response; head: a response to HEAD (no body bytes whatever Content-Length says).
    std::optional<RawResponse> readResponse(bool head = false, int timeoutMs = 5000);
    /// Whether the server closed the connection within the time.
    bool waitClosed(int timeoutMs = 5000);
    /// Bytes read but not consumed by readResponse().
    QByteArray pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

    /// Removes one complete response from the front of buffer, if there is one.
    static std::optional<RawResponse> takeResponse(QByteArray &buffer, bool head);

private:
    bool waitForActivity(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
