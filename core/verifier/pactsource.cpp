// SPDX-License-Identifier: MIT
#include "pactsource.h"

#include <core/model/pactreader.h>
#include <core/net/guardedfetch.h>
#include <core/net/origin.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <optional>

namespace Pactbench {

namespace {

/// The provider name of a pact read from JSON, "provider" when it has none (as the reference reads it);
/// nothing when the bytes are not a JSON object (the reader then says why).
std::optional<QString> providerName(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue name = doc.object().value(u"provider").toObject().value(u"name");
    return name.isString() ? name.toString() : QStringLiteral("provider");
}

} // namespace

PactSourceLoader::PactSourceLoader(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

PactSourceLoader::~PactSourceLoader() = default;

bool PactSourceLoader::addPact(const QByteArray &json, const QString &origin, QList<VerificationTarget> *targets,
                               QStringList *errors)
{
    const ReadResult r = PactReader::read(json);
    bool refused = false;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity != Diagnostic::Severity::Warning) {
            errors->append(origin + QStringLiteral(": ") + d.toString());
            refused = true; // an invalid pact is reported and not verified
        }
    }
    if (!r.ok() || refused)
        return false;
    VerificationTarget t;
    t.pact = *r.pact;
    t.origin = origin;
    targets->append(t);
    return true;
}

void PactSourceLoader::load(const PactSources &sources)
{
    m_sources = sources;
    m_targets.clear();
    m_errors.clear();
    m_skipped.clear();
    QStringList files = sources.files;
    const qsizetype named = files.size(); // files from here on come from folders
    for (const QString &dir : sources.dirs) {
        const QDir d(dir);
        if (!d.exists()) {
            m_errors.append(QStringLiteral("%1: no such folder").arg(dir));
            continue;
        }
        for (const QString &name : d.entryList(QDir::Files | QDir::Hidden, QDir::Name))
            files.append(d.filePath(name));
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_errors.append(QStringLiteral("%1: cannot read: %2").arg(file, f.errorString()));
            continue;
        }
        const QByteArray bytes = f.readAll();
        if (i >= named && !sources.dirProvider.isEmpty()) {
            const std::optional<QString> provider = providerName(bytes);
            if (provider && *provider != sources.dirProvider) {
                m_skipped.append(QStringLiteral("%1: its provider is '%2', not '%3'").arg(file, *provider, sources.dirProvider));
                continue;
            }
        }
        addPact(bytes, file, &m_targets, &m_errors);
    }
    m_pendingUrls = sources.urls;
    QTimer::singleShot(0, this, &PactSourceLoader::fetchNext);
}

void PactSourceLoader::fetchNext()
{
    if (m_pendingUrls.isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    const QString given = m_pendingUrls.takeFirst();
    const QUrl url(given);
    const QString shown = Origin::display(given);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        m_errors.append(QStringLiteral("%1: not an http or https URL").arg(shown));
        QTimer::singleShot(0, this, &PactSourceLoader::fetchNext);
        return;
    }
    FetchRequest request;
    request.request = QNetworkRequest(url);
    request.request.setTransferTimeout(m_sources.timeoutMs);
    request.request.setRawHeader("Accept", "application/json, application/hal+json");
    request.authorization = authorizationFor(url);
    request.maxBodyBytes = m_sources.maxBodyBytes;
    request.ignoreTlsErrors = m_sources.ignoreTlsErrors;
    GuardedFetch::start(
        m_nam, request, [this, shown](const FetchResult &r) { fetched(shown, r); }, this);
}

QByteArray PactSourceLoader::authorizationFor(const QUrl &url) const
{
    if (!url.userName().isEmpty())
        return {}; // the URL's own user info: GuardedFetch makes it Basic auth for its origin
    if (!m_sources.token.isEmpty())
        return "Bearer " + m_sources.token.toUtf8();
    if (!m_sources.user.isEmpty())
        return "Basic " + (m_sources.user + u':' + m_sources.password).toUtf8().toBase64();
    return {};
}

void PactSourceLoader::fetched(const QString &shown, const FetchResult &r)
{
    if (r.failure != FetchResult::Failure::None) {
        m_errors.append(shown + u": "_qs + r.errorText);
    } else if (r.status < 200 || r.status >= 300) {
        const QString auth = r.credentialsDropped
            ? u" (redirected to "_qs + Origin::display(r.url) + u", another origin, so without credentials)"_qs
            : !m_sources.token.isEmpty() ? QStringLiteral(" (with the bearer token)")
            : !m_sources.user.isEmpty()  ? QStringLiteral(" (as user '%1')").arg(m_sources.user)
                                         : QString();
        m_errors.append(QStringLiteral("%1: the server answered %2%3").arg(shown).arg(r.status).arg(auth));
    } else {
        addPact(r.body, shown, &m_targets, &m_errors);
    }
    fetchNext();
}

} // namespace Pactbench
