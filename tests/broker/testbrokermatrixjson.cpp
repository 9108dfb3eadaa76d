// SPDX-License-Identifier: MIT
// The test broker's matrix documents: rows as the broker's MatrixDecorator writes them, and the
// deployment status summary (DeploymentStatusSummary, ReasonDecorator) with its notices.
#include "testbrokermatrix.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Pactbench::Test {

namespace {

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QJsonObject self(const QString &href)
{
    return QJsonObject{{u"self"_qs, QJsonObject{{u"href"_qs, href}}}};
}

struct Reason
{
    QString type; ///< error, warning, success, info
    QString text;
};

} // namespace

QString verifiedAtOf(int number)
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(number).toString(Qt::ISODate).replace(u"Z"_qs, u"+00:00"_qs);
}

QJsonObject MatrixEngine::versionJson(const QString &pacticipant, const QString &number) const
{
    QString branch;
    QStringList tags;
    for (const TestBroker::StoredVersion &v : m_broker.versions()) {
        if (v.pacticipant == pacticipant && v.number == number) {
            branch = v.branch;
            tags = v.tags;
        }
    }
    const QString versionUrl = url(u"/pacticipants/"_qs + enc(pacticipant) + u"/versions/"_qs + enc(number));
    QJsonArray branches;
    if (!branch.isEmpty())
        branches.append(QJsonObject{{u"name"_qs, branch}, {u"latest"_qs, true},
                                    {u"_links"_qs, self(url(u"/pacticipants/"_qs + enc(pacticipant) + u"/branches/"_qs + enc(branch) + u"/versions/"_qs + enc(number)))}});
    QJsonArray tagList;
    for (const QString &t : tags)
        tagList.append(QJsonObject{{u"name"_qs, t}, {u"latest"_qs, true}, {u"_links"_qs, self(versionUrl + u"/tags/"_qs + enc(t))}});
    QJsonArray environments;
    QStringList seen;
    for (const TestBroker::StoredDeployment &d : m_broker.deployments()) {
        if (d.pacticipant != pacticipant || d.version != number || seen.contains(d.environment))
            continue;
        seen << d.environment;
        for (const TestBroker::StoredEnvironment &e : m_broker.environments()) {
            if (e.name == d.environment)
                environments.append(QJsonObject{{u"uuid"_qs, e.uuid}, {u"name"_qs, e.name}, {u"displayName"_qs, e.displayName},
                                                {u"production"_qs, e.production}, {u"_links"_qs, self(url(u"/environments/"_qs + e.uuid))}});
        }
    }
    return QJsonObject{{u"number"_qs, number}, {u"branch"_qs, branch.isEmpty() ? QJsonValue() : QJsonValue(branch)},
                       {u"branches"_qs, branches}, {u"branchVersions"_qs, branches}, {u"environments"_qs, environments},
                       {u"_links"_qs, self(versionUrl)}, {u"tags"_qs, tagList}};
}

QJsonObject MatrixEngine::rowJson(const MatrixLine &line) const
{
    const TestBroker::StoredPact &p = *line.pact;
    const QString pacts = u"/pacts/provider/"_qs + enc(p.provider) + u"/consumer/"_qs + enc(p.consumer);
    QJsonObject row{
        {u"consumer"_qs, QJsonObject{{u"name"_qs, p.consumer}, {u"version"_qs, versionJson(p.consumer, p.version)},
                                     {u"_links"_qs, self(url(u"/pacticipants/"_qs + enc(p.consumer)))}}},
        {u"provider"_qs, QJsonObject{{u"name"_qs, p.provider},
                                     {u"version"_qs, line.verification ? QJsonValue(versionJson(p.provider, line.verification->providerVersion)) : QJsonValue()},
                                     {u"_links"_qs, self(url(u"/pacticipants/"_qs + enc(p.provider)))}}},
        {u"pact"_qs, QJsonObject{{u"createdAt"_qs, u"2024-05-01T10:00:00+00:00"_qs}, {u"_links"_qs, self(url(pacts + u"/version/"_qs + enc(p.version)))}}},
        {u"verificationResult"_qs, QJsonValue()}};
    if (line.verification) {
        const QString href = url(pacts + u"/pact-version/"_qs + line.verification->sha + u"/verification-results/"_qs
                                 + QString::number(line.verification->number));
        row.insert(u"verificationResult"_qs, QJsonObject{{u"success"_qs, line.verification->success},
                                                          {u"verifiedAt"_qs, verifiedAtOf(line.verification->number)},
                                                          {u"_links"_qs, self(href)}});
    }
    if (line.ignored)
        row.insert(u"ignored"_qs, true);
    return row;
}

QString MatrixEngine::describe(const QString &name, const QList<ResolvedSelector> &selectors, const QList<MatrixLine> &rows) const
{
    for (const ResolvedSelector &s : selectors) {
        if (s.spec.pacticipant == name)
            return s.description();
    }
    // The broker's "dummy selectors" for a pacticipant nobody selected: from the first row it is in.
    for (const MatrixLine &l : rows) {
        if (l.pact->consumer == name)
            return u"version "_qs + l.pact->version + u" of "_qs + name;
        if (l.pact->provider == name && l.verification)
            return u"version "_qs + l.verification->providerVersion + u" of "_qs + name;
        if (l.pact->provider == name)
            return u"any version of "_qs + name;
    }
    return u"any version of "_qs + name;
}

QJsonObject MatrixEngine::summary(const MatrixOptions &options, const QList<ResolvedSelector> &selectors,
                                  const QList<MatrixLine> &rows, QJsonArray *notices) const
{
    int success = 0, failed = 0, unknown = 0, ignored = 0;
    QList<Reason> errors;
    QList<Reason> warnings;
    for (const ResolvedSelector &s : selectors) {
        if (s.specified && !s.all && s.versions.isEmpty())
            errors << Reason{u"error"_qs, s.doesNotExist()};
    }
    const bool missing = !errors.isEmpty();
    QList<Reason> failures;
    QList<Reason> unverified;
    for (const MatrixLine &l : rows) {
        const QString pair = describe(l.pact->consumer, selectors, rows) + u" and "_qs + describe(l.pact->provider, selectors, rows);
        const QString prefix = l.ignored ? u"Ignoring: "_qs : QString();
        const QString type = l.ignored ? u"info"_qs : u"error"_qs;
        if (l.ignored)
            ++ignored;
        else if (!l.verification)
            ++unknown;
        else if (l.verification->success)
            ++success;
        else
            ++failed;
        if (l.verification && !l.verification->success)
            failures << Reason{type, prefix + u"The verification for the pact between "_qs + pair + u" failed"_qs};
        else if (!l.verification)
            unverified << Reason{type, prefix + u"There is no verified pact between "_qs + pair};
    }
    if (!missing)
        errors << failures << unverified;
    for (const MatrixSelectorSpec &i : options.ignore) {
        ResolvedSelector r = resolve(i, false);
        if (!r.pacticipantExists || (!i.version.isEmpty() && r.versions.isEmpty()))
            warnings << Reason{u"warning"_qs, u"WARN: Cannot ignore "_qs + r.description()};
    }
    int specified = 0;
    bool anyVersion = false, anyNotOnlyName = false;
    for (const ResolvedSelector &s : selectors) {
        specified += s.specified ? std::max<int>(1, int(s.versions.size())) : 0;
        anyVersion = anyVersion || (s.specified && !s.spec.version.isEmpty());
        anyNotOnlyName = anyNotOnlyName || (s.specified && !s.onlyName());
    }
    if (specified == 1 && options.tag.isEmpty() && options.environment.isEmpty() && !options.mainBranch)
        warnings << Reason{u"warning"_qs, u"WARN: It is recommended to specify the environment into which you are deploying. Without the environment, this result will not be reliable."_qs};
    if (anyNotOnlyName && !anyVersion)
        warnings << Reason{u"warning"_qs, u"WARN: It is recommended to specify the version number (rather than the tag or branch) of the pacticipant you wish to deploy to avoid race conditions. Without a version number, this result will not be reliable."_qs};
    QList<Reason> reasons = warnings;
    if (!errors.isEmpty())
        reasons << errors;
    else if (unknown == 0)
        reasons << Reason{u"success"_qs, success > 0 ? u"All required verification results are published and successful"_qs
                                                     : u"There are no missing dependencies"_qs};
    QStringList texts;
    for (const Reason &r : std::as_const(reasons)) {
        if (texts.contains(r.text))
            continue;
        texts << r.text;
        notices->append(QJsonObject{{u"type"_qs, r.type}, {u"text"_qs, r.text}});
    }
    QJsonValue deployable = missing ? QJsonValue(false) : unknown > 0 ? QJsonValue() : QJsonValue(failed == 0);
    QJsonObject out{{u"deployable"_qs, deployable}, {u"reason"_qs, texts.join(u'\n')},
                    {u"success"_qs, success}, {u"failed"_qs, failed}, {u"unknown"_qs, unknown}};
    if (!options.ignore.isEmpty())
        out.insert(u"ignored"_qs, ignored);
    return out;
}

QJsonObject MatrixEngine::answer(const MatrixOptions &options, bool unknown) const
{
    QList<ResolvedSelector> selectors;
    for (const MatrixSelectorSpec &s : options.selectors)
        selectors << resolve(s, true);
    if (options.selectors.size() == 1 && options.hasTarget()) {
        // Inferred selectors: each integrated pacticipant's versions in the target.
        const QString self = options.selectors.first().pacticipant;
        QStringList others;
        for (const TestBroker::StoredPact &p : m_broker.pacts()) {
            const QString other = p.consumer == self ? p.provider : p.provider == self ? p.consumer : QString();
            if (!other.isEmpty() && other != self && !others.contains(other))
                others << other;
        }
        for (const QString &other : std::as_const(others)) {
            MatrixSelectorSpec spec{other, {}, {}, options.tag, options.environment, options.latest || !options.tag.isEmpty(), options.mainBranch};
            if (!options.environment.isEmpty())
                spec.latest = false;
            selectors << resolve(spec, false);
        }
    }
    const QList<MatrixLine> rows = lines(options, selectors, unknown);
    QJsonArray notices;
    const QJsonObject sum = summary(options, selectors, rows, &notices);
    QJsonArray matrix;
    for (const MatrixLine &l : rows)
        matrix.append(rowJson(l));
    return QJsonObject{{u"summary"_qs, sum}, {u"notices"_qs, notices}, {u"matrix"_qs, matrix}};
}

TestBroker::Answer TestBroker::matrixAnswer(const QUrlQuery &query)
{
    const MatrixOptions options = MatrixOptions::fromMatrixQuery(query);
    const MatrixEngine engine(*this, baseUrl().toString());
    const QStringList errors = engine.validate(options);
    if (!errors.isEmpty())
        return json(QJsonObject{{u"errors"_qs, QJsonArray::fromStringList(errors)}}, 400);
    const bool unknown = m_unknownAnswers > 0;
    if (unknown)
        --m_unknownAnswers;
    return json(engine.answer(options, unknown));
}

TestBroker::Answer TestBroker::canIDeployAnswer(const QUrlQuery &query)
{
    const MatrixOptions options = MatrixOptions::fromCanIDeployQuery(query);
    const MatrixEngine engine(*this, baseUrl().toString());
    QStringList errors = engine.validate(options);
    if (options.selectors.first().version.isEmpty())
        errors << u"version is missing"_qs;
    if (!errors.isEmpty())
        return json(QJsonObject{{u"errors"_qs, QJsonArray::fromStringList(errors)}}, 400);
    const bool unknown = m_unknownAnswers > 0;
    if (unknown)
        --m_unknownAnswers;
    return json(engine.answer(options, unknown));
}

} // namespace Pactbench::Test
