// SPDX-License-Identifier: MIT
#include "recentbrokers.h"

#include <QSettings>

namespace Pactbench {

namespace {

const QString group = QStringLiteral("Broker/recent");

/// The URL as a broker identity: no user info, "http://b/" and "http://b" alike.
QUrl identity(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    if (u.path() == u"/")
        u.setPath({});
    return u;
}

bool sameEntry(const RecentBroker &a, const RecentBroker &b)
{
    return identity(a.url) == identity(b.url) && a.auth == b.auth && a.username == b.username;
}

} // namespace

QString RecentBrokers::authKey(BrokerConnection::Auth auth)
{
    switch (auth) {
    case BrokerConnection::Auth::None:
        return QStringLiteral("none");
    case BrokerConnection::Auth::Basic:
        return QStringLiteral("basic");
    case BrokerConnection::Auth::Bearer:
        return QStringLiteral("bearer");
    }
    return {};
}

BrokerConnection::Auth RecentBrokers::authFromKey(const QString &key)
{
    if (key == u"basic")
        return BrokerConnection::Auth::Basic;
    if (key == u"bearer")
        return BrokerConnection::Auth::Bearer;
    return BrokerConnection::Auth::None;
}

QList<RecentBroker> RecentBrokers::load()
{
    QSettings settings;
    QList<RecentBroker> brokers;
    const int n = settings.beginReadArray(group);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        RecentBroker b;
        b.url = QUrl(settings.value(QStringLiteral("url")).toString());
        b.auth = authFromKey(settings.value(QStringLiteral("auth")).toString());
        b.username = settings.value(QStringLiteral("username")).toString();
        b.insecure = settings.value(QStringLiteral("insecure")).toBool();
        b.caFile = settings.value(QStringLiteral("caFile")).toString();
        if (b.url.isValid() && !b.url.isEmpty())
            brokers << b;
    }
    settings.endArray();
    return brokers;
}

void RecentBrokers::add(const RecentBroker &broker)
{
    QList<RecentBroker> brokers = load();
    brokers.removeIf([&broker](const RecentBroker &b) { return sameEntry(b, broker); });
    RecentBroker clean = broker;
    clean.url.setUserInfo({}); // a password written into the URL stays out of the settings
    brokers.prepend(clean);
    while (brokers.size() > maximum())
        brokers.removeLast();
    store(brokers);
}

void RecentBrokers::clear()
{
    store({});
}

void RecentBrokers::store(const QList<RecentBroker> &brokers)
{
    QSettings settings;
    settings.remove(group);
    settings.beginWriteArray(group, int(brokers.size()));
    for (int i = 0; i < brokers.size(); ++i) {
        settings.setArrayIndex(i);
        const RecentBroker &b = brokers.at(i);
        settings.setValue(QStringLiteral("url"), b.url.toString());
        settings.setValue(QStringLiteral("auth"), authKey(b.auth));
        settings.setValue(QStringLiteral("username"), b.username);
        settings.setValue(QStringLiteral("insecure"), b.insecure);
        settings.setValue(QStringLiteral("caFile"), b.caFile);
    }
    settings.endArray();
}

} // namespace Pactbench
