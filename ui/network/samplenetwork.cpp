// SPDX-License-Identifier: MIT
#include "samplenetwork.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <iterator>
#include <random>

namespace Pactbench {

namespace {

constexpr int Tiers = 5;
constexpr int TierShare[Tiers] = {15, 25, 30, 20, 10}; ///< per cent of the services in each tier

const char *const Domains[] = {"Order", "Payment", "Billing", "Invoice", "Customer", "Account", "Cart", "Catalog",
    "Pricing", "Stock", "Shipping", "Delivery", "Return", "Review", "Search", "Recommend", "Loyalty", "Coupon",
    "Tax", "Fraud", "Identity", "Profile", "Notify", "Email", "Sms", "Report", "Audit", "Ledger", "Refund",
    "Warehouse", "Supplier", "Partner", "Media", "Content", "Session", "Consent", "Address", "Wallet",
    "Subscription", "Ticket"};
const char *const Suffixes[Tiers][2] = {
    {"Web", "Mobile"}, {"Bff", "Gateway"}, {"Service", "Api"}, {"Core", "Engine"}, {"Store", "Registry"}};

QString serviceName(int tier, int k)
{
    constexpr int domains = int(std::size(Domains));
    QString name = QString::fromLatin1(Domains[k % domains]) + QString::fromLatin1(Suffixes[tier][(k / domains) % 2]);
    if (k >= 2 * domains)
        name += QString::number(k / (2 * domains) + 1);
    return name;
}

IntegrationSummary::Status statusFor(quint32 roll)
{
    using Status = IntegrationSummary::Status;
    const quint32 r = roll % 100;
    return r < 70 ? Status::Verified : r < 82 ? Status::Failed : r < 90 ? Status::Pending : Status::Unverified;
}

IntegrationSummary integration(const QString &consumer, const QString &provider, quint32 roll)
{
    const QString base = QStringLiteral("https://broker.example.com");
    IntegrationSummary i;
    i.consumer = consumer;
    i.provider = provider;
    i.pactUrl = QUrl(base + QStringLiteral("/pacts/provider/") + provider + QStringLiteral("/consumer/") + consumer
                     + QStringLiteral("/latest"));
    i.matrixUrl = QUrl(base + QStringLiteral("/matrix/provider/") + provider + QStringLiteral("/consumer/") + consumer);
    i.consumerVersion = QStringLiteral("1.%1.%2").arg(roll % 40).arg(roll % 7);
    i.status = statusFor(roll / 7);
    if (i.status != IntegrationSummary::Status::Unverified) {
        i.providerVersion = QStringLiteral("2.%1.0").arg(roll % 30);
        i.verifiedAt = QDateTime(QDate(2026, 11, 1 + int(roll % 28)), QTime(9, int(roll % 60)), QTimeZone::utc());
        i.verificationUrl = QUrl(i.pactUrl.toString() + QStringLiteral("/verification-results/latest"));
    }
    return i;
}

} // namespace

QList<IntegrationSummary> SampleNetwork::generate(int services, int integrations, quint32 seed)
{
    services = std::max(services, 2);
    std::mt19937 rng(seed);
    QList<QStringList> tiers(Tiers);
    for (int s = 0, tier = 0, inTier = 0; s < services; ++s) {
        while (tier < Tiers - 1 && inTier >= (services * TierShare[tier] + 99) / 100) {
            ++tier;
            inTier = 0;
        }
        tiers[tier].append(serviceName(tier, inTier++));
    }
    QList<IntegrationSummary> out;
    QSet<std::pair<int, int>> seen; // (consumer, provider) as indices into `names`
    QStringList names;
    for (const QStringList &tier : std::as_const(tiers))
        names += tier;
    const qsizetype maxPairs = qsizetype(services) * (services - 1) / 2;
    for (int attempts = 0; out.size() < std::min<qsizetype>(integrations, maxPairs) && attempts < 100 * integrations;
         ++attempts) {
        const quint32 t = rng() % 100;
        const int from = t < 30 ? 0 : t < 60 ? 1 : t < 85 ? 2 : 3;
        const quint32 d = rng() % 100;
        const int to = std::min(Tiers - 1, from + (d < 70 ? 1 : d < 90 ? 2 : d < 97 ? 3 : 0));
        if (tiers[from].isEmpty() || tiers[to].isEmpty())
            continue;
        QString consumer = tiers[from][qsizetype(rng() % quint32(tiers[from].size()))];
        QString provider = tiers[to][qsizetype(rng() % quint32(tiers[to].size()))];
        if (from == to && consumer > provider)
            std::swap(consumer, provider); // no cycles within a tier
        const std::pair<int, int> key{int(names.indexOf(consumer)), int(names.indexOf(provider))};
        if (consumer == provider || seen.contains(key))
            continue;
        seen.insert(key);
        out.append(integration(consumer, provider, rng()));
    }
    return out;
}

} // namespace Pactbench
