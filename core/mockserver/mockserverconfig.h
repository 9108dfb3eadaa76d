// SPDX-License-Identifier: MIT
#pragma once

#include "journal.h"
#include "journalpublisher.h"

#include <core/http/httpserverconfig.h>

#include <QHostAddress>
#include <QStringList>

#include <core/model/interaction.h>

namespace Pactbench {

/**
 * Options of a MockServer. A plain value. The HTTP limits (header and body sizes, idle timeout,
 * pipelining) come from `http`; bind address, port and TLS from the fields here.
 */
struct MockServerConfig
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost); ///< 127.0.0.1 unless asked
    quint16 port = 0; ///< 0: a free port, see MockServer::url()
    bool tls = false; ///< HTTPS with a generated self-signed certificate
    bool cors = false; ///< answer CORS preflights (OPTIONS) and add Access-Control-Allow-Origin to every answer
    QStringList providerStates; ///< serve only interactions with one of these provider states (empty: no filter)
    QStringList descriptions; ///< serve only interactions with one of these descriptions (empty: no filter)
    qsizetype journalCapacity = Journal::DefaultCapacity; ///< entries kept in the journal ring
    qsizetype journalBodyLimit = 64 * 1024; ///< request body bytes each journal entry keeps (the rest is only counted)
    int publishIntervalMs = JournalPublisher::DefaultIntervalMs; ///< at most one journal batch per interval
    qsizetype maxRecordedProblems = 1000; ///< mismatched/unexpected requests kept for verify(); more are only counted
    HttpServerConfig http; ///< limits of the HTTP layer
};

/// Whether a mock server with `config` serves `interaction`: HTTP, and passing its state and description filters.
bool mockServes(const MockServerConfig &config, const Interaction &interaction);

} // namespace Pactbench
