// SPDX-License-Identifier: MIT
#include "tcplistener.h"

namespace Pactbench {

TcpListener::TcpListener(Acceptor acceptor, QObject *parent)
    : QTcpServer(parent)
    , m_acceptor(std::move(acceptor))
{
}

TcpListener::~TcpListener() = default;

void TcpListener::incomingConnection(qintptr descriptor)
{
    m_acceptor(descriptor);
}

} // namespace Pactbench
