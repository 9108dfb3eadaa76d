// SPDX-License-Identifier: MIT
#include "httpresponder.h"

#include "httpconnection.h"

#include <QPointer>
#include <QThread>

namespace Pactbench {

struct HttpResponder::State
{
    QPointer<HttpConnection> connection;
    quint64 sequence = 0;
    bool answered = false;

    ~State()
    {
        if (!answered && connection)
            connection->complete(sequence,
                                 HttpServerResponse::text(500, QStringLiteral("The handler dropped the request\n")));
    }
};

HttpResponder::HttpResponder(HttpConnection *connection, quint64 sequence)
    : m_state(std::make_shared<State>())
{
    m_state->connection = connection;
    m_state->sequence = sequence;
}

void HttpResponder::respond(HttpServerResponse response) const
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    if (!m_state->connection)
        return;
    Q_ASSERT_X(QThread::currentThread() == m_state->connection->thread(), "HttpResponder::respond",
               "answer on the server's thread");
    m_state->connection->complete(m_state->sequence, std::move(response));
}

bool HttpResponder::isAnswered() const
{
    return m_state && m_state->answered;
}

} // namespace Pactbench
