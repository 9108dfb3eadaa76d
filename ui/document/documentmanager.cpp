// SPDX-License-Identifier: MIT
#include "documentmanager.h"

#include "pactdocument.h"
#include "pactloader.h"

#include <core/broker/brokerpact.h>
#include <core/model/pactreader.h>

#include <QFileInfo>

namespace Pactbench {

namespace {

QString canonicalPath(const QString &path)
{
    if (path.startsWith(u':') || path.contains(QStringLiteral("://")))
        return path;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

DocumentManager::DocumentManager(QObject *parent) : QObject(parent)
{ }

DocumentManager::~DocumentManager() = default;

int DocumentManager::indexOf(const PactDocument *document) const
{
    return int(m_documents.indexOf(document));
}

PactDocument *DocumentManager::findByOrigin(const QString &path) const
{
    const QString wanted = canonicalPath(path);
    for (PactDocument *document : m_documents) {
        if (!document->origin().isEmpty() && canonicalPath(document->origin()) == wanted)
            return document;
    }
    return nullptr;
}

OpenResult DocumentManager::openFile(const QString &path)
{
    OpenResult result;
    if (PactDocument *existing = findByOrigin(path)) {
        result.document = existing;
        result.alreadyOpen = true;
        return result;
    }
    return adopt(path, PactLoader::readAndCompare(path));
}

OpenResult DocumentManager::adopt(const QString &path, ReadResult read)
{
    OpenResult result;
    if (PactDocument *existing = findByOrigin(path)) {
        result.document = existing;
        result.alreadyOpen = true;
        return result;
    }
    result.diagnostics = read.diagnostics;
    result.rewritesOnSave = read.rewritesOnSave;
    if (read.ok())
        result.document = add(new PactDocument(std::move(*read.pact), canonicalPath(path), read.diagnostics, this));
    return result;
}

PactDocument *DocumentManager::addPact(const Pact &pact, const QString &origin, const Diagnostics &diagnostics)
{
    return add(new PactDocument(pact, origin, diagnostics, this));
}

PactDocument *DocumentManager::addBrokerPact(const BrokerPact &pact, const BrokerConnection &connection)
{
    const QString origin = pact.url.toString(QUrl::RemoveUserInfo);
    if (PactDocument *existing = findByOrigin(origin))
        return existing;
    auto *document = new PactDocument(pact.pact, origin, pact.diagnostics, this);
    BrokerSource source;
    source.connection = connection;
    source.pactUrl = pact.url;
    source.verificationResultsUrl = pact.verificationResultsUrl;
    source.consumerVersion = pact.consumerVersion;
    source.pending = pact.pending;
    source.wip = pact.wip;
    document->setBrokerSource(source);
    return add(document);
}

void DocumentManager::close(PactDocument *document)
{
    if (!m_documents.contains(document))
        return;
    Q_EMIT documentAboutToBeRemoved(document);
    m_documents.removeOne(document);
    Q_EMIT documentRemoved(document);
    delete document;
}

void DocumentManager::closeAll()
{
    while (!m_documents.isEmpty())
        close(m_documents.constLast());
}

PactDocument *DocumentManager::add(PactDocument *document)
{
    m_documents.append(document);
    Q_EMIT documentAdded(document);
    return document;
}

} // namespace Pactbench
