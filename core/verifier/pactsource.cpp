// SPDX-License-Identifier: MIT
#include "pactsource.h"

#include <core/model/pactreader.h>

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Pactbench {

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
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity != Diagnostic::Severity::Warning)
            errors->append(origin + QStringLiteral(": ") + d.toString());
    }
    if (!r.ok())
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
    QStringList files = sources.files;
    for (const QString &dir : sources.dirs) {
        const QDir d(dir);
        if (!d.exists()) {
            m_errors.append(QStringLiteral("%1: no such folder").arg(dir));
            continue;
        }
        for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(d.filePath(name));
    }
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_errors.append(QStringLiteral("%1: cannot read: %2").arg(file, f.errorString()));
            continue;
        }
        addPact(f.readAll(), file, &m_targets, &m_errors);
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
    const QString url = m_pendingUrls.takeFirst();
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(m_sources.timeoutMs);
    request.setRawHeader("Accept", "application/json, application/hal+json");
    if (!m_sources.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_sources.token.toUtf8());
    else if (!m_sources.user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_sources.user + u':' + m_sources.password).toUtf8().toBase64());
    QNetworkReply *reply = m_nam->get(request);
    if (m_sources.ignoreTlsErrors)
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            m_errors.append(QStringLiteral("%1: %2").arg(url, reply->errorString()));
        } else if (status < 200 || status >= 300) {
            const QString auth = !m_sources.token.isEmpty() ? QStringLiteral(" (with the bearer token)")
                : !m_sources.user.isEmpty()                 ? QStringLiteral(" (as user '%1')").arg(m_sources.user)
                                                            : QString();
            m_errors.append(QStringLiteral("%1: the server answered %2%3").arg(url).arg(status).arg(auth));
        } else {
            addPact(reply->readAll(), url, &m_targets, &m_errors);
        }
        fetchNext();
    });
}

} // namespace Pactbench
