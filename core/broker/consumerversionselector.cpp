// SPDX-License-Identifier: MIT
#include "consumerversionselector.h"

#include <QStringList>

namespace Pactbench {

ConsumerVersionSelector ConsumerVersionSelector::mainBranchSelector()
{
    ConsumerVersionSelector s;
    s.mainBranch = true;
    return s;
}

ConsumerVersionSelector ConsumerVersionSelector::branchSelector(const QString &branch, const QString &fallbackBranch)
{
    ConsumerVersionSelector s;
    s.branch = branch;
    s.fallbackBranch = fallbackBranch;
    return s;
}

ConsumerVersionSelector ConsumerVersionSelector::matchingBranchSelector()
{
    ConsumerVersionSelector s;
    s.matchingBranch = true;
    return s;
}

ConsumerVersionSelector ConsumerVersionSelector::deployedOrReleasedSelector()
{
    ConsumerVersionSelector s;
    s.deployedOrReleased = true;
    return s;
}

ConsumerVersionSelector ConsumerVersionSelector::deployedSelector(const QString &environment)
{
    ConsumerVersionSelector s;
    s.deployed = true;
    s.environment = environment;
    return s;
}

ConsumerVersionSelector ConsumerVersionSelector::releasedSelector(const QString &environment)
{
    ConsumerVersionSelector s;
    s.released = true;
    s.environment = environment;
    return s;
}

ConsumerVersionSelector ConsumerVersionSelector::tagSelector(const QString &tag, bool latest, const QString &fallbackTag)
{
    ConsumerVersionSelector s;
    s.tag = tag;
    s.latest = latest;
    s.fallbackTag = fallbackTag;
    return s;
}

ConsumerVersionSelector ConsumerVersionSelector::latestSelector()
{
    ConsumerVersionSelector s;
    s.latest = true;
    return s;
}

QJsonObject ConsumerVersionSelector::toJson() const
{
    QJsonObject o;
    const auto flag = [&o](const char16_t *key, bool on) {
        if (on)
            o.insert(QString::fromUtf16(key), true);
    };
    const auto text = [&o](const char16_t *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QString::fromUtf16(key), value);
    };
    flag(u"mainBranch", mainBranch);
    text(u"branch", branch);
    text(u"fallbackBranch", fallbackBranch);
    flag(u"matchingBranch", matchingBranch);
    text(u"tag", tag);
    text(u"fallbackTag", fallbackTag);
    if (latest)
        o.insert(u"latest"_qs, *latest);
    text(u"consumer", consumer);
    flag(u"deployed", deployed);
    flag(u"released", released);
    flag(u"deployedOrReleased", deployedOrReleased);
    text(u"environment", environment);
    return o;
}

bool ConsumerVersionSelector::fromJson(const QJsonObject &json, ConsumerVersionSelector *selector, QString *error)
{
    ConsumerVersionSelector s;
    const QMap<QString, bool *> flags{{u"mainBranch"_qs, &s.mainBranch},
                                      {u"matchingBranch"_qs, &s.matchingBranch},
                                      {u"deployed"_qs, &s.deployed},
                                      {u"released"_qs, &s.released},
                                      {u"deployedOrReleased"_qs, &s.deployedOrReleased}};
    const QMap<QString, QString *> texts{{u"branch"_qs, &s.branch},     {u"fallbackBranch"_qs, &s.fallbackBranch},
                                         {u"tag"_qs, &s.tag},           {u"fallbackTag"_qs, &s.fallbackTag},
                                         {u"consumer"_qs, &s.consumer}, {u"environment"_qs, &s.environment}};
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        bool ok = true;
        if (flags.contains(key)) {
            ok = it.value().isBool();
            *flags.value(key) = it.value().toBool();
        } else if (texts.contains(key)) {
            ok = it.value().isString();
            *texts.value(key) = it.value().toString();
        } else if (key == u"latest") {
            ok = it.value().isBool();
            s.latest = it.value().toBool();
        } else {
            if (error)
                *error = u"unknown consumer version selector key '"_qs + key + u'\'';
            return false;
        }
        if (!ok) {
            if (error)
                *error = u"consumer version selector key '"_qs + key + u"' has the wrong type"_qs;
            return false;
        }
    }
    *selector = s;
    return true;
}

} // namespace Pactbench
