// SPDX-License-Identifier: MIT
#pragma once

#include <QTcpServer>

#include <functional>

namespace Pactbench {

/**
 * The listening socket of an HttpServer: hands every accepted descriptor to a callback, so the
 * server can wrap it in a QTcpSocket or a QSslSocket itself (Qt 6.4 has no QSslServer).
 * Internal to core/http.
 */
class TcpListener : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpListener)
public:
    using Acceptor = std::function<void(qintptr descriptor)>;

    explicit TcpListener(Acceptor acceptor, QObject *parent = nullptr);
    ~TcpListener() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Acceptor m_acceptor;
};

} // namespace Pactbench
