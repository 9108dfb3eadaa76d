// SPDX-License-Identifier: MIT
#pragma once

#include "httpserverrequest.h"
#include "httpserverresponse.h"

#include <functional>
#include <memory>

namespace Pactbench {

class HttpConnection;

/**
 * The way a handler answers one request, now or later. Copyable; the first respond() wins,
 * later ones are ignored. If every copy is destroyed unanswered, the client gets 500 so a
 * pipelined connection never stalls. Call it on the server's thread (the one the handler ran
 * on); from elsewhere, post back with QMetaObject::invokeMethod first. Answering after the
 * client went away is harmless.
 */
class HttpResponder
{
public:
    HttpResponder() = default;

    void respond(HttpServerResponse response) const;
    /// Whether respond() was called on this or a copy.
    bool isAnswered() const;

private:
    friend class HttpConnection;
    struct State;
    HttpResponder(HttpConnection *connection, quint64 sequence);

    std::shared_ptr<State> m_state;
};

/// Called on the server's thread for every complete request.
using HttpHandler = std::function<void(const HttpServerRequest &request, HttpResponder responder)>;

} // namespace Pactbench
