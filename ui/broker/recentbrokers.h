// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerconnection.h>

#include <QList>
#include <QString>
#include <QUrl>

namespace Pactbench {

/// A broker the user connected to: everything needed to connect again except the secret.
struct RecentBroker
{
    QUrl url;
    BrokerConnection::Auth auth = BrokerConnection::Auth::None;
    QString username; ///< for basic auth; never a password or token
    bool insecure = false; ///< "allow self-signed certificate" was on
    QString caFile; ///< extra trusted CA certificates (PEM file path)

    bool operator==(const RecentBroker &o) const = default;
};

/**
 * The recently used brokers, newest first, in QSettings (group "Broker/recent": url, auth,
 * username, insecure, caFile). Secrets are never written here; they live in the CredentialStore.
 */
class RecentBrokers
{
public:
    static int maximum() { return 10; }
    static QList<RecentBroker> load();
    /// Moves `broker` (same URL, auth and username) to the front, keeping at most maximum().
    static void add(const RecentBroker &broker);
    static void clear();

    static QString authKey(BrokerConnection::Auth auth);
    static BrokerConnection::Auth authFromKey(const QString &key);

private:
    static void store(const QList<RecentBroker> &brokers);
};

} // namespace Pactbench
