// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

namespace Pactbench {

/**
 * Options of an HttpServer, given to HttpServer::start(). A plain value: copy it freely,
 * also across threads.
 */
struct HttpServerConfig
{
    /// Hard ceiling of maxHeaderBytes (the parser library's own, process-wide limit is set to it).
    static constexpr qint64 HeaderBytesCeiling = 16 * 1024 * 1024;

    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost); ///< never 0.0.0.0 unless asked
    quint16 port = 0; ///< 0: a free port, read it back from HttpServer::url()
    qint64 maxHeaderBytes = 64 * 1024; ///< request line + header section; over it: 431 and close
    qint64 maxBodyBytes = 16 * 1024 * 1024; ///< decoded body; over it: 413 and close
    int idleTimeoutMs = 60 * 1000; ///< close a connection silent for so long (0: never)
    int maxPipelinedRequests = 64; ///< per connection; reading pauses while this many wait for answers
    /// Connections served at once (0: no limit). One more gets `503 Service Unavailable` with
    /// `Connection: close` (with TLS: closed at once); the others go on undisturbed.
    int maxConnections = 1024;
    bool tls = false; ///< serve HTTPS
    QSslCertificate certificate = QSslCertificate(); ///< TLS only; null: a self-signed one is generated at start
    QSslKey privateKey = QSslKey(); ///< TLS only; goes with certificate
};

} // namespace Pactbench
