// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>
#include <ui/document/pactdocument.h>

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DialogService;
class DocumentManager;

/**
 * From captured exchanges to interactions in a pact: makes them interactions with proposed matchers
 * (Capture::interactions), lets the user review them (ProposalReviewDialog, run through the
 * DialogService), and adds what was accepted to the open pact or to a new, unsaved one, as ONE undo
 * step (AddInteractionsCommand). Also File › Import…: asks for files and their format, reads them
 * (Import::readFile; a located error through DialogService::showError) and reviews the result for a
 * new pact.
 */
class CaptureFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureFlow)

public:
    CaptureFlow(DocumentManager *documents, QWidget *dialogParent, QObject *parent = nullptr);
    ~CaptureFlow() override;

    /// Not owned; null: standard dialogs.
    void setDialogService(DialogService *service) { m_dialogs = service; }
    /// The pact "Add to pact" offers first (the window's selection); null: only a new pact.
    void setOpenPact(PactDocument *document) { m_openPact = document; }
    PactDocument *openPact() const { return m_openPact; }

    /// Reviews the exchanges and adds what the user accepts; the document changed, null when cancelled or nothing came.
    PactDocument *addExchanges(const QList<CapturedExchange> &exchanges, const QList<CaptureNote> &notes = {},
                               bool offerOpenPact = true);
    /// File › Import…: asks for the files (and format), reads them, reviews them for a new pact.
    PactDocument *importFiles();
    /// Reads `paths` as `format` (empty: detected from each file's content), then reviews them for a new pact.
    PactDocument *importPaths(const QStringList &paths, const QString &format);

Q_SIGNALS:
    /// Interactions were added to `document` from `first` on (the window selects the first).
    void interactionsAdded(Pactbench::PactDocument *document, int first);

private:
    DialogService *dialogs() const { return m_dialogs ? m_dialogs : m_defaultDialogs.get(); }
    bool readInto(const QString &path, const QString &format, CaptureBatch *batch);
    void showError(const QString &text, const QString &details = {});

    DocumentManager *m_documents;
    QWidget *m_dialogParent;
    QPointer<PactDocument> m_openPact;
    std::unique_ptr<DialogService> m_defaultDialogs;
    DialogService *m_dialogs = nullptr;
};

} // namespace Pactbench
