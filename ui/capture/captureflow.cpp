// SPDX-License-Identifier: MIT
#include "captureflow.h"

#include "proposalreviewdialog.h"

#include <core/capture/import/importer.h>
#include <core/capture/pactbuilder.h>
#include <ui/commands/addinteractionscommand.h>
#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QUndoStack>

namespace Pactbench {

namespace {

const char *const ImportDirKey = "Capture/importDirectory";

/// Descriptions already in `pact` get " (2)", " (3)" … so the interactions added stay apart.
void makeDescriptionsUnique(QList<Interaction> *interactions, const Pact &pact)
{
    QSet<QString> used;
    for (const Interaction &i : pact.interactions)
        used.insert(i.description);
    for (Interaction &i : *interactions) {
        QString candidate = i.description;
        for (int n = 2; used.contains(candidate); ++n)
            candidate = i.description + QStringLiteral(" (%1)").arg(n);
        i.description = candidate;
        used.insert(candidate);
    }
}

SpecVersion captureVersion(const PactDocument *target)
{
    if (!target)
        return SpecVersion::V4;
    return target->pact().specVersion == SpecVersion::V4 ? SpecVersion::V4 : SpecVersion::V3;
}

} // namespace

CaptureFlow::CaptureFlow(DocumentManager *documents, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_dialogParent(dialogParent)
    , m_defaultDialogs(std::make_unique<DialogService>())
{ }

CaptureFlow::~CaptureFlow() = default;

PactDocument *CaptureFlow::addExchanges(
    const QList<CapturedExchange> &exchanges, const QList<CaptureNote> &readNotes, bool offerOpenPact)
{
    if (exchanges.isEmpty())
        return nullptr;
    PactDocument *open = offerOpenPact ? m_openPact.data() : nullptr;
    CaptureOptions options;
    options.version = captureVersion(open);
    QList<CaptureNote> notes = readNotes;
    const QList<CapturedInteraction> captured = Capture::interactions(exchanges, options, &notes);

    ProposalReviewDialog dialog(m_dialogParent);
    dialog.setInteractions(captured, notes);
    dialog.setOpenPact(open ? open->displayName() : QString());
    if (open)
        dialog.setNewPactNames(open->pact().consumer.name, open->pact().provider.name);
    if (dialogs()->execDialog(&dialog) != QDialog::Accepted)
        return nullptr;
    QList<Interaction> interactions = dialog.result();
    if (interactions.isEmpty())
        return nullptr;

    PactDocument *target = dialog.addsToOpenPact() ? m_openPact.data() : nullptr;
    if (!target) { // a new pact: empty, then the interactions as one undo step (it is unsaved, "dirty")
        Pact pact;
        pact.consumer.name = dialog.consumer();
        pact.provider.name = dialog.provider();
        pact.specVersion = SpecVersion::V4;
        target = m_documents->addPact(pact);
    }
    makeDescriptionsUnique(&interactions, target->pact());
    const int first = int(target->pact().interactions.size());
    target->undoStack()->push(new AddInteractionsCommand(
        target, first, interactions, tr("Add %n captured interaction(s)", nullptr, int(interactions.size()))));
    Q_EMIT interactionsAdded(target, first);
    return target;
}

PactDocument *CaptureFlow::importFiles()
{
    QSettings settings;
    QString format;
    const QStringList paths = dialogs()->importFileNames(
        m_dialogParent, settings.value(QLatin1String(ImportDirKey), QDir::homePath()).toString(), &format);
    if (paths.isEmpty())
        return nullptr;
    settings.setValue(QLatin1String(ImportDirKey), QFileInfo(paths.first()).absolutePath());
    return importPaths(paths, format);
}

PactDocument *CaptureFlow::importPaths(const QStringList &paths, const QString &format)
{
    CaptureBatch all;
    for (const QString &path : paths) {
        if (!readInto(path, format, &all))
            return nullptr;
    }
    if (all.exchanges.isEmpty()) {
        QStringList notes;
        for (const CaptureNote &note : all.notes)
            notes.append(formatCaptureNote(note));
        showError(tr("No requests found in %1.").arg(QFileInfo(paths.first()).fileName()), notes.join(u'\n'));
        return nullptr;
    }
    return addExchanges(all.exchanges, all.notes, false);
}

bool CaptureFlow::readInto(const QString &path, const QString &formatName, CaptureBatch *batch)
{
    std::optional<Import::Format> format = Import::formatFromName(formatName);
    if (!format) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
        format = Import::detect(file.read(Import::MaxInputBytes)); // JSON formats need the whole document
        if (!format) {
            showError(tr("%1: not HAR, curl command lines, WireMock mappings or a Postman collection; "
                         "choose the format in the file dialog.")
                          .arg(QFileInfo(path).fileName()));
            return false;
        }
    }
    const Import::Result read = Import::readFile(*format, path);
    if (!read.ok()) {
        showError(read.error);
        return false;
    }
    batch->exchanges.append(read.batch.exchanges);
    batch->notes.append(read.batch.notes);
    return true;
}

void CaptureFlow::showError(const QString &text, const QString &details)
{
    dialogs()->showError(m_dialogParent, tr("Import"), text, details);
}

} // namespace Pactbench
