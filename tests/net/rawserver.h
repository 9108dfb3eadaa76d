// SPDX-License-Identifier: MIT
#pragma once

// A minimal HTTP/1.1 server for client tests, on 127.0.0.1 and a free port: one request per
// connection, every request recorded, answers scripted per path — fixed bytes, redirects, or a
// body streamed with Content-Length, chunked, or until the connection closes (no length).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Pactbench::Test {

class RawServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawServer)

public:
    enum class Framing { Length, Chunked, Close };
    /// A stream no client reads to its end in a test's time (1 TiB): loopback socket buffers can
    /// hold tens of MiB, so only a body far larger than them proves that the client stopped early.
    static constexpr qint64 Endless = qint64(1) << 40;
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Framing framing = Framing::Length;
        qint64 streamBytes = 0; ///< when > 0: send this many 'x' bytes instead of `body`, in 64 KiB writes
    };
    struct Seen
    {
        QByteArray method;
        QByteArray target;
        QMap<QByteArray, QByteArray> headers; ///< names lower-cased
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    explicit RawServer(QObject *parent = nullptr);
    ~RawServer() override;

    bool start();
    quint16 port() const;
    /// http://HOST:PORT/PATH
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    void answer(const QByteArray &path, const Answer &answer) { m_answers.insert(path, answer); }
    void redirect(const QByteArray &path, int status, const QUrl &to);

    const QList<Seen> &requests() const { return m_requests; }
    /// Whether a streamed body was cut short because the client went away.
    bool streamAborted() const { return m_streamAborted; }
    qint64 streamedBytes() const { return m_streamed; }

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Answer &answer);
    void pump(QTcpSocket *socket, const Answer &answer, qint64 *left);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, Answer> m_answers;
    QList<Seen> m_requests;
    bool m_streamAborted = false;
    qint64 m_streamed = 0;
};

} // namespace Pactbench::Test
