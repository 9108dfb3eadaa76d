// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/diagnostic.h>
#include <core/model/pactreader.h>

#include <QList>
#include <QObject>
#include <QString>

namespace Pactbench {

class PactDocument;
struct BrokerConnection;
struct BrokerPact;
struct Pact;

/// What opening a file gave: the document (null when a Fatal diagnostic stopped loading) and every diagnostic.
struct OpenResult
{
    PactDocument *document = nullptr;
    Diagnostics diagnostics;
    bool alreadyOpen = false; ///< the file was open already; `document` is that one
    bool rewritesOnSave = false; ///< the file is not laid out as Save writes pacts (ReadResult::rewritesOnSave)
};

/**
 * The pacts open in a window, in opening order. It owns its documents and announces every
 * addition and removal, so models and views never hold a document that is gone.
 */
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;
    Q_DISABLE_COPY_MOVE(DocumentManager)

    const QList<PactDocument *> &documents() const { return m_documents; }
    int count() const { return int(m_documents.size()); }
    int indexOf(const PactDocument *document) const;
    /// The open document read from `path`, or null.
    PactDocument *findByOrigin(const QString &path) const;

    /// Reads a pact file (also `:/` resources) and adds it, unless it is open already.
    OpenResult openFile(const QString &path);
    /// Adds what reading `path` gave (PactLoader reads off the GUI thread), unless it is open already.
    OpenResult adopt(const QString &path, ReadResult read);
    /// Adds a pact that did not come from a file (tests, new pacts, broker later).
    PactDocument *addPact(const Pact &pact, const QString &origin = {}, const Diagnostics &diagnostics = {});
    /// Adds a pact fetched from a broker (origin: its URL; brokerSource() keeps the connection), unless
    /// that URL is open already: then the open document is returned.
    PactDocument *addBrokerPact(const BrokerPact &pact, const BrokerConnection &connection);
    /// Removes and deletes the document.
    void close(PactDocument *document);
    void closeAll();

Q_SIGNALS:
    void documentAdded(Pactbench::PactDocument *document);
    void documentAboutToBeRemoved(Pactbench::PactDocument *document);
    void documentRemoved(Pactbench::PactDocument *document);

private:
    PactDocument *add(PactDocument *document);

    QList<PactDocument *> m_documents;
};

} // namespace Pactbench
