// SPDX-License-Identifier: MIT
// The test broker's matrix: query parsing, selector resolution and rows (see testbrokermatrix.h).
#include "testbrokermatrix.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Pactbench::Test {

namespace {

void applyField(MatrixSelectorSpec &s, const QString &field, const QString &value)
{
    if (field == u"version")
        s.version = value;
    else if (field == u"branch")
        s.branch = value;
    else if (field == u"tag")
        s.tag = value;
    else if (field == u"environment")
        s.environment = value;
    else if (field == u"latest")
        s.latest = value == u"true";
    else if (field == u"mainBranch")
        s.mainBranch = value == u"true";
}

} // namespace

MatrixOptions MatrixOptions::fromMatrixQuery(const QUrlQuery &query)
{
    MatrixOptions o;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        for (const QString &prefix : {u"q[]["_qs, u"ignore[]["_qs}) {
            if (!key.startsWith(prefix) || !key.endsWith(u']'))
                continue;
            QList<MatrixSelectorSpec> &list = prefix.startsWith(u'q') ? o.selectors : o.ignore;
            const QString field = key.mid(prefix.size(), key.size() - prefix.size() - 1);
            if (field == u"pacticipant")
                list << MatrixSelectorSpec{value, {}, {}, {}, {}, false, false};
            else if (!list.isEmpty())
                applyField(list.last(), field, value);
        }
        if (key == u"latestby")
            o.latestBy = value;
        else if (key == u"tag")
            o.tag = value;
        else if (key == u"environment")
            o.environment = value;
        else if (key == u"latest")
            o.latest = value == u"true";
        else if (key == u"mainBranch")
            o.mainBranch = value == u"true";
    }
    return o;
}

MatrixOptions MatrixOptions::fromCanIDeployQuery(const QUrlQuery &query)
{
    // As the broker's ParseCanIDeployQuery: one selector, latest by consumer version and provider.
    MatrixOptions o;
    o.selectors << MatrixSelectorSpec{query.queryItemValue(u"pacticipant"_qs, QUrl::FullyDecoded),
                                      query.queryItemValue(u"version"_qs, QUrl::FullyDecoded), {}, {}, {}, false, false};
    o.latestBy = u"cvp"_qs;
    o.environment = query.queryItemValue(u"environment"_qs, QUrl::FullyDecoded);
    o.tag = query.queryItemValue(u"to"_qs, QUrl::FullyDecoded);
    o.latest = !o.tag.isEmpty();
    return o;
}

bool ResolvedSelector::onlyName() const
{
    return spec.version.isEmpty() && spec.branch.isEmpty() && spec.tag.isEmpty() && spec.environment.isEmpty()
        && !spec.latest && !spec.mainBranch;
}

QString ResolvedSelector::description() const
{
    const QString &n = spec.pacticipant;
    const QString number = versions.isEmpty() ? QString() : versions.constLast();
    const QString in = u" ("_qs + number + u')';
    const bool many = versions.size() > 1;
    if (spec.latest && !spec.tag.isEmpty())
        return u"the latest version of "_qs + n + u" with tag "_qs + spec.tag + (number.isEmpty() ? u" (no such version exists)"_qs : in);
    if (spec.mainBranch && number.isEmpty())
        return (spec.latest ? u"the latest version of "_qs : u"any version of "_qs) + n
            + u" from the main branch (no versions exist for this branch)"_qs;
    const QString branch = spec.mainBranch ? u"main"_qs : spec.branch;
    if (!branch.isEmpty() && spec.latest)
        return u"the latest version of "_qs + n + u" from branch "_qs + branch + (number.isEmpty() ? u" (no such version exists)"_qs : in);
    if (!branch.isEmpty())
        return number.isEmpty() ? QString(u"a version of "_qs + n + u" from branch "_qs + branch + u" (no such version exists)"_qs)
                                : QString((many ? u"one of the versions "_qs : u"the version "_qs) + u"of "_qs + n + u" from branch "_qs + branch + in);
    if (spec.latest)
        return u"the latest version of "_qs + n + (number.isEmpty() ? u" (no such version exists)"_qs : in);
    if (!spec.tag.isEmpty())
        return u"a version of "_qs + n + u" with tag "_qs + spec.tag + (number.isEmpty() ? u" (no such version exists)"_qs : in);
    if (!spec.environment.isEmpty())
        return number.isEmpty() ? QString(u"a version of "_qs + n + u" currently in "_qs + spec.environment
                                          + u" (no version is currently recorded as deployed/released in this environment)"_qs)
                                : QString((many ? u"one of the versions"_qs : u"the version"_qs) + u" of "_qs + n + u" currently in "_qs + spec.environment + in);
    if (!spec.version.isEmpty())
        return u"version "_qs + spec.version + u" of "_qs + n + (versions.isEmpty() ? u" (no such version exists)"_qs : QString());
    if (!pacticipantExists)
        return u"any version of "_qs + n + u" (no such pacticipant exists)"_qs;
    return u"any version of "_qs + n;
}

QString ResolvedSelector::doesNotExist() const
{
    const QString &n = spec.pacticipant;
    if (!spec.tag.isEmpty())
        return u"No version with tag "_qs + spec.tag + u" exists for "_qs + n;
    if (!spec.branch.isEmpty())
        return u"No version of "_qs + n + u" from branch "_qs + spec.branch + u" exists"_qs;
    if (spec.mainBranch)
        return u"No version of "_qs + n + u" from the main branch exists"_qs;
    if (!spec.environment.isEmpty())
        return u"No version of "_qs + n + u" is currently recorded as deployed or released in environment "_qs + spec.environment;
    if (!spec.version.isEmpty())
        return u"No pacts or verifications have been published for version "_qs + spec.version + u" of "_qs + n;
    return u"No pacts or verifications have been published for "_qs + n;
}

QStringList MatrixEngine::validate(const MatrixOptions &options) const
{
    QStringList errors;
    if (options.selectors.isEmpty())
        errors << u"Please provide 1 or more version selectors."_qs;
    for (const MatrixSelectorSpec &s : options.selectors) {
        if (s.pacticipant.isEmpty())
            errors << u"Please specify the pacticipant name"_qs;
        else if (!m_broker.hasPacticipant(s.pacticipant))
            errors << u"Pacticipant "_qs + s.pacticipant + u" not found"_qs;
    }
    QStringList environments{options.environment};
    for (const MatrixSelectorSpec &s : options.selectors)
        environments << s.environment;
    for (const QString &e : std::as_const(environments)) {
        const auto known = std::any_of(m_broker.environments().cbegin(), m_broker.environments().cend(),
                                       [&e](const TestBroker::StoredEnvironment &x) { return x.name == e; });
        if (!e.isEmpty() && !known)
            errors << u"Environment with name '"_qs + e + u"' does not exist"_qs;
    }
    if (!options.latestBy.isEmpty() && options.latestBy != u"cvp" && options.latestBy != u"cvpv")
        errors << u"latestby must be one of cvp, cvpv"_qs;
    return errors;
}

ResolvedSelector MatrixEngine::resolve(const MatrixSelectorSpec &spec, bool specified) const
{
    ResolvedSelector r{spec, {}, false, specified, m_broker.hasPacticipant(spec.pacticipant)};
    QStringList inEnvironment;
    for (const TestBroker::StoredDeployment &d : m_broker.deployments()) {
        if (d.current && d.pacticipant == spec.pacticipant && d.environment == spec.environment)
            inEnvironment << d.version;
    }
    const QString mainBranch = m_broker.mainBranchOf(spec.pacticipant);
    for (const TestBroker::StoredVersion &v : m_broker.versions()) {
        if (v.pacticipant != spec.pacticipant)
            continue;
        bool keep = true;
        if (!spec.version.isEmpty())
            keep = v.number == spec.version;
        else if (!spec.environment.isEmpty())
            keep = inEnvironment.contains(v.number);
        else if (spec.mainBranch)
            keep = !mainBranch.isEmpty() && v.branch == mainBranch;
        else if (!spec.branch.isEmpty())
            keep = v.branch == spec.branch;
        else if (!spec.tag.isEmpty())
            keep = v.tags.contains(spec.tag);
        if (keep)
            r.versions << v.number;
    }
    if (spec.latest && r.versions.size() > 1)
        r.versions = QStringList{r.versions.constLast()};
    r.all = r.onlyName();
    return r;
}

QList<MatrixLine> MatrixEngine::pairLines(const QString &consumer, const QString &provider, const ResolvedSelector &cv,
                                          const ResolvedSelector &pv, const QString &latestBy, bool unknown) const
{
    QList<MatrixLine> out;
    const QList<TestBroker::StoredPact> &pacts = m_broker.pacts();
    for (qsizetype i = 0; i < pacts.size(); ++i) {
        const TestBroker::StoredPact &p = pacts.at(i);
        if (p.consumer != consumer || p.provider != provider || !cv.contains(p.version))
            continue;
        const QString sha = p.sha();
        QHash<QString, const TestBroker::StoredVerification *> latest; // provider version (or "" for cvp) → latest
        QList<const TestBroker::StoredVerification *> every;
        for (const TestBroker::StoredVerification &v : m_broker.verifications()) {
            if (unknown || v.consumer != consumer || v.provider != provider || v.sha != sha || !pv.contains(v.providerVersion))
                continue;
            every << &v;
            latest[latestBy == u"cvp" ? QString() : v.providerVersion] = &v; // later ones are newer
        }
        const QList<const TestBroker::StoredVerification *> kept = latestBy.isEmpty() ? every : latest.values();
        if (kept.isEmpty())
            out << MatrixLine{&p, i, nullptr, false};
        for (const TestBroker::StoredVerification *v : kept)
            out << MatrixLine{&p, i, v, false};
    }
    return out;
}

QList<MatrixLine> MatrixEngine::lines(const MatrixOptions &options, const QList<ResolvedSelector> &selectors, bool unknown) const
{
    QSet<QPair<QString, QString>> integrations;
    for (const TestBroker::StoredPact &p : m_broker.pacts())
        integrations.insert({p.consumer, p.provider});
    const auto find = [&selectors](const QString &name) -> const ResolvedSelector * {
        for (const ResolvedSelector &s : selectors) {
            if (s.spec.pacticipant == name)
                return &s;
        }
        return nullptr;
    };
    const bool single = options.selectors.size() == 1;
    QList<MatrixLine> out;
    for (const auto &[consumer, provider] : integrations) {
        const ResolvedSelector *c = find(consumer);
        const ResolvedSelector *p = find(provider);
        const bool involved = single ? (c && c->specified) || (p && p->specified) : c && p && (c->specified || p->specified);
        if (!involved)
            continue;
        const ResolvedSelector any{{}, {}, true, false, true};
        out << pairLines(consumer, provider, c ? *c : any, p ? *p : any, options.latestBy, unknown);
    }
    for (MatrixLine &l : out)
        l.ignored = ignores(options, l);
    std::sort(out.begin(), out.end(), [](const MatrixLine &a, const MatrixLine &b) {
        if (a.ignored != b.ignored)
            return !a.ignored;
        if (a.pact->consumer != b.pact->consumer)
            return a.pact->consumer.toLower() < b.pact->consumer.toLower();
        if (a.pact->provider != b.pact->provider)
            return a.pact->provider.toLower() < b.pact->provider.toLower();
        if (a.pactIndex != b.pactIndex)
            return a.pactIndex > b.pactIndex;
        return (a.verification ? a.verification->number : 0) > (b.verification ? b.verification->number : 0);
    });
    return out;
}

bool MatrixEngine::ignores(const MatrixOptions &options, const MatrixLine &line) const
{
    for (const MatrixSelectorSpec &i : options.ignore) {
        if (i.pacticipant == line.pact->consumer && (i.version.isEmpty() || i.version == line.pact->version))
            return true;
        if (i.pacticipant == line.pact->provider
            && (i.version.isEmpty() || (line.verification && i.version == line.verification->providerVersion)))
            return true;
    }
    return false;
}

} // namespace Pactbench::Test
