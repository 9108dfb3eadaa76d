// SPDX-License-Identifier: MIT
#include "pactdiff.h"

#include "interactiondiff.h"

#include <QHash>
#include <algorithm>

namespace Pactbench::Diff {

namespace {

/// OLD interactions tried as the former name of each unpaired NEW one: keeps pairing linear.
constexpr qsizetype MaxRenameCandidates = 16;

QString identity(const Interaction &i)
{
    return QString::number(int(i.kind)) + u'\x1f' + i.description + u'\x1f' + i.providerStateNames().join(u'\x1e');
}

/// A cheap fingerprint of what an interaction exchanges, to find rename candidates.
QString exchangeKey(const Interaction &i)
{
    QString key = QString::number(int(i.kind));
    if (i.isHttp())
        key += i.request.method.toUpper() + u' ' + i.request.path + u' ' + QString::number(i.response.status);
    return key;
}

void pairByKey(const Pact &o, const Pact &n, QList<int> *oldPair, QList<int> *newPair)
{
    QHash<QString, int> byKey;
    for (int j = 0; j < n.interactions.size(); ++j) {
        if (!n.interactions.at(j).key.isEmpty())
            byKey.insert(n.interactions.at(j).key, j);
    }
    for (int i = 0; i < o.interactions.size(); ++i) {
        const int j = byKey.value(o.interactions.at(i).key, -1);
        if (!o.interactions.at(i).key.isEmpty() && j >= 0 && newPair->at(j) < 0 && o.interactions.at(i).kind == n.interactions.at(j).kind) {
            (*oldPair)[i] = j;
            (*newPair)[j] = i;
        }
    }
}

void pairByIdentity(const Pact &o, const Pact &n, QList<int> *oldPair, QList<int> *newPair)
{
    QHash<QString, QList<int>> byIdentity;
    for (int j = n.interactions.size() - 1; j >= 0; --j) {
        if (newPair->at(j) < 0)
            byIdentity[identity(n.interactions.at(j))].append(j);
    }
    for (int i = 0; i < o.interactions.size(); ++i) {
        if (oldPair->at(i) >= 0)
            continue;
        auto it = byIdentity.find(identity(o.interactions.at(i)));
        if (it == byIdentity.end() || it->isEmpty())
            continue;
        const int j = it->takeLast();
        (*oldPair)[i] = j;
        (*newPair)[j] = i;
    }
}

bool atMostCosmetic(const QList<Change> &changes)
{
    return std::all_of(changes.begin(), changes.end(), [](const Change &c) { return c.impact <= Impact::Cosmetic; });
}

void pairRenames(const Pact &o, const Pact &n, QList<int> *oldPair, QList<int> *newPair)
{
    QHash<QString, QList<int>> byExchange;
    for (int i = 0; i < o.interactions.size(); ++i) {
        if (oldPair->at(i) < 0)
            byExchange[exchangeKey(o.interactions.at(i))].append(i);
    }
    for (int j = 0; j < n.interactions.size(); ++j) {
        if (newPair->at(j) >= 0)
            continue;
        QList<int> &candidates = byExchange[exchangeKey(n.interactions.at(j))];
        for (qsizetype k = 0; k < std::min(candidates.size(), MaxRenameCandidates); ++k) {
            const int i = candidates.at(k);
            if (!atMostCosmetic(diffInteractionParts(o.interactions.at(i), o.specVersion, n.interactions.at(j), n.specVersion)))
                continue;
            (*oldPair)[i] = j;
            (*newPair)[j] = i;
            candidates.removeAt(k);
            break;
        }
    }
}

InteractionDiff onlyOn(const Interaction &i, int index, bool added)
{
    InteractionDiff d;
    d.description = i.description;
    d.key = i.key;
    d.kind = interactionKindLabel(i.kind);
    d.status = added ? ChangeStatus::Added : ChangeStatus::Removed;
    (added ? d.newIndex : d.oldIndex) = index;
    if (!added)
        d.oldDescription = i.description;
    Change c{u"interaction"_qs, {}, Impact::Safe, QStringLiteral("the interaction was removed: the provider no longer has to honour it"), {}, {}};
    if (added && i.pending)
        c = {u"interaction"_qs, {}, Impact::Safe, QStringLiteral("a new pending interaction: its failures do not fail verification until it is no longer pending"), {}, {}};
    else if (added)
        c = {u"interaction"_qs, {}, Impact::Breaking, QStringLiteral("a new interaction: the provider must honour it"), {}, {}};
    c.oldValue = c.newValue = QJsonValue(QJsonValue::Undefined);
    d.changes.append(c);
    return d;
}

} // namespace

PactDiff diffPacts(const Pact &o, const Pact &n)
{
    PactDiff out{o.consumer.name, o.provider.name, n.consumer.name, n.provider.name, {}, 0, 0};
    QList<int> oldPair(o.interactions.size(), -1), newPair(n.interactions.size(), -1);
    pairByKey(o, n, &oldPair, &newPair);
    pairByIdentity(o, n, &oldPair, &newPair);
    pairRenames(o, n, &oldPair, &newPair);
    for (int j = 0; j < n.interactions.size(); ++j) {
        const Interaction &ni = n.interactions.at(j);
        if (newPair.at(j) < 0) {
            out.interactions.append(onlyOn(ni, j, true));
            continue;
        }
        ++out.pairedCount;
        const Interaction &oi = o.interactions.at(newPair.at(j));
        InteractionDiff d{ni.description, {}, ni.key.isEmpty() ? oi.key : ni.key, interactionKindLabel(ni.kind),
                          oi.description == ni.description ? ChangeStatus::Changed : ChangeStatus::Renamed,
                          diffInteraction(oi, o.specVersion, ni, n.specVersion), newPair.at(j), j};
        if (d.status == ChangeStatus::Renamed)
            d.oldDescription = oi.description;
        if (d.changes.isEmpty())
            ++out.unchangedCount;
        else
            out.interactions.append(d);
    }
    for (int i = 0; i < o.interactions.size(); ++i) {
        if (oldPair.at(i) < 0)
            out.interactions.append(onlyOn(o.interactions.at(i), i, false));
    }
    return out;
}

} // namespace Pactbench::Diff
