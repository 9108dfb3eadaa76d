// SPDX-License-Identifier: MIT
#include "filecontroller.h"

#include "recentfiles.h"
#include <ui/dialogservice.h>
#include <ui/document/pactloader.h>

#include <core/model/pactwriter.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/models/diagnosticsmodel.h>
#include <ui/models/pactformat.h>

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Pactbench {

namespace {

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

int countOf(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return int(std::count_if(
        diagnostics.begin(), diagnostics.end(), [severity](const Diagnostic &d) { return d.severity == severity; }));
}

const QString lastDirectoryKey = QStringLiteral("Files/lastDirectory");

} // namespace

FileController::FileController(
    DocumentManager *documents, DiagnosticsModel *diagnostics, RecentFiles *recentFiles, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_documents(documents)
    , m_diagnostics(diagnostics)
    , m_recentFiles(recentFiles)
    , m_dialogParent(dialogParent)
    , m_dialogs(std::make_unique<DialogService>())
{
    setupActions();
    setupLoader();
}

void FileController::setupActions()
{
    QStyle *s = m_dialogParent->style();
    m_actions.open
        = new QAction(QIcon::fromTheme(QStringLiteral("document-open"), s->standardIcon(QStyle::SP_DialogOpenButton)),
            tr("&Open…"), this);
    m_actions.open->setShortcut(QKeySequence::Open);
    m_actions.open->setStatusTip(tr("Open one or more pact files"));
    m_actions.openFolder = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder…"), this);
    m_actions.openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_actions.openFolder->setStatusTip(tr("Open every pact file in a folder and its subfolders"));
    m_actions.close = new QAction(s->standardIcon(QStyle::SP_DialogCloseButton), tr("&Close"), this);
    m_actions.close->setShortcut(QKeySequence::Close);
    m_actions.saveAsV4 = new QAction(
        QIcon::fromTheme(QStringLiteral("document-save-as"), s->standardIcon(QStyle::SP_DialogSaveButton)),
        tr("Save As V&4…"), this);
    // QKeySequence::SaveAs is empty on desktops without key bindings for it (a bare X11 session).
    m_actions.saveAsV4->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_actions.saveAsV4->setStatusTip(tr("Write the selected pact as a V4 pact file"));
    m_actions.saveAsV3 = new QAction(tr("Save As V&3…"), this);
    m_actions.saveAsV3->setStatusTip(
        tr("Write the selected pact as a V3 pact file, after showing what V3 cannot hold"));
    const auto current = [this] {
        return m_current ? m_current() : nullptr;
    };
    connect(m_actions.open, &QAction::triggered, this, &FileController::openWithDialog);
    connect(m_actions.openFolder, &QAction::triggered, this, &FileController::openFolderWithDialog);
    connect(m_actions.close, &QAction::triggered, this, [this, current] { close(current()); });
    connect(
        m_actions.saveAsV4, &QAction::triggered, this, [this, current] { saveWithDialog(current(), SpecVersion::V4); });
    connect(
        m_actions.saveAsV3, &QAction::triggered, this, [this, current] { saveWithDialog(current(), SpecVersion::V3); });
}

void FileController::setCurrentDocument(std::function<PactDocument *()> current)
{
    m_current = std::move(current);
}

FileController::~FileController() = default;

QString FileController::examplePath()
{
    return QStringLiteral(":/examples/order-service-v4.json");
}

QStringList FileController::pactFilesIn(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()
            && (url.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                || QFileInfo(url.toLocalFile()).isDir()))
            files.append(url.toLocalFile());
    }
    return files;
}

void FileController::setDialogService(std::unique_ptr<DialogService> service)
{
    m_dialogs = std::move(service);
}

bool FileController::openFile(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const OpenResult result = m_documents->openFile(path);
    return finishOpen(path, result, timer.elapsed());
}

bool FileController::finishOpen(const QString &path, const OpenResult &result, qint64 elapsedMs)
{
    if (!result.document && m_quiet.contains(path)) {
        m_diagnostics->addLoadFailure(path, result.diagnostics);
        ++m_quietFailures;
        return false;
    }
    if (!result.document) {
        reportLoadFailure(path, result.diagnostics);
        return false;
    }
    if (result.alreadyOpen) {
        Q_EMIT statusMessage(tr("%1 is open already").arg(result.document->displayName()));
        Q_EMIT documentOpened(result.document);
        return true;
    }
    m_recentFiles->add(result.document->origin());
    rememberDirectory(result.document->origin());
    const int errors = countOf(result.diagnostics, Diagnostic::Severity::Error);
    const int warnings = countOf(result.diagnostics, Diagnostic::Severity::Warning);
    const int count = int(result.document->pact().interactions.size());
    QString message = PactFormat::numerus(tr("Opened %1: %n interaction(s) in %2 s", nullptr, count)
                                              .arg(result.document->displayName(),
                                                  QLocale().toString(elapsedMs / 1000.0, 'f', 2)),
        count);
    if (errors + warnings > 0)
        message += tr(" (%1 errors, %2 warnings; see Diagnostics)").arg(errors).arg(warnings);
    if (result.rewritesOnSave) {
        // Said once, when the file opens: before any Save can surprise anybody's git diff.
        message += tr(". It is not laid out the way Pact writes pacts (two-space indentation, sorted keys):"
                      " Save will rewrite the whole file");
    }
    Q_EMIT statusMessage(message);
    Q_EMIT documentOpened(result.document);
    return true;
}

void FileController::openFiles(const QStringList &paths)
{
    QStringList toRead;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            openFolder(path);
        } else if (PactDocument *open = m_documents->findByOrigin(path)) {
            Q_EMIT statusMessage(tr("%1 is open already").arg(open->displayName()));
            Q_EMIT documentOpened(open);
        } else {
            toRead.append(path);
        }
    }
    m_loader->load(toRead);
}

void FileController::openFolder(const QString &directory)
{
    QStringList files;
    QDirIterator it(
        directory, { QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty()) {
        m_dialogs->showError(m_dialogParent, tr("No Pact Files"),
            tr("%1 holds no .json files.").arg(QDir::toNativeSeparators(directory)), QString());
        return;
    }
    QSettings().setValue(lastDirectoryKey, directory);
    for (const QString &file : std::as_const(files))
        m_quiet.insert(file);
    openFiles(files);
}

void FileController::openFolderWithDialog()
{
    const QString directory = m_dialogs->existingDirectory(m_dialogParent, lastDirectory());
    if (!directory.isEmpty())
        openFolder(directory);
}

void FileController::cancelLoading()
{
    m_loader->cancel();
}

void FileController::setupLoader()
{
    m_loader = new PactLoader(this);
    connect(m_loader, &PactLoader::started, this, [this](const QString &path, qint64 bytes, int remaining) {
        Q_EMIT loadingStarted(
            tr("%1 (%2)").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(bytes)), remaining);
    });
    connect(m_loader, &PactLoader::loaded, this, [this](const QString &path, const ReadResult &read, qint64 elapsedMs) {
        finishOpen(path, m_documents->adopt(path, read), elapsedMs);
    });
    connect(m_loader, &PactLoader::cancelled, this, [this](const QString &path) {
        Q_EMIT statusMessage(tr("Stopped loading %1").arg(QFileInfo(path).fileName()));
    });
    connect(m_loader, &PactLoader::idle, this, [this] {
        if (m_quietFailures > 0) {
            Q_EMIT statusMessage(PactFormat::numerus(
                tr("%n file(s) of the folder could not be loaded as pacts; see Diagnostics", nullptr, m_quietFailures),
                m_quietFailures));
        }
        m_quiet.clear();
        m_quietFailures = 0;
        Q_EMIT loadingFinished();
    });
}

void FileController::openWithDialog()
{
    openFiles(m_dialogs->openFileNames(m_dialogParent, lastDirectory()));
}

void FileController::reportLoadFailure(const QString &path, const Diagnostics &diagnostics)
{
    m_diagnostics->addLoadFailure(path, diagnostics);
    Diagnostic first;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Fatal) {
            first = d;
            break;
        }
    }
    const QString where = first.location().isEmpty() ? QString() : tr("At %1: ").arg(first.location());
    const QString text
        = tr("%1 could not be loaded.\n\n%2%3").arg(QDir::toNativeSeparators(path), where, first.message);
    Q_EMIT statusMessage(tr("Could not load %1").arg(QFileInfo(path).fileName()));
    // That file is read: the status bar must not go on saying it is loading while the box is up
    // (the loader starts the next file, if any, after the box is closed).
    Q_EMIT loadingFinished();
    m_dialogs->showError(m_dialogParent, tr("Cannot Open Pact"), text, diagnosticsText(diagnostics));
}

bool FileController::save(PactDocument *document)
{
    if (!document)
        return false;
    const QString origin = document->origin();
    // The file's own version (V2 stays V2), as `pactbench-cli convert FILE` writes it. A V1/V2 file
    // that now holds what its version cannot is saved as V4 under a name the user picks.
    const SpecVersion version = document->saveVersion();
    const bool ownFile = !origin.isEmpty() && !origin.startsWith(u':') && QFileInfo(origin).isFile();
    const bool fits = version == SpecVersion::V3 || version == SpecVersion::V4
        || PactWriter::lossReport(document->pact(), version).isEmpty();
    if (ownFile && fits)
        return saveAs(document, origin, version);
    return saveWithDialog(document, SpecVersion::V4);
}

bool FileController::saveWithDialog(PactDocument *document, SpecVersion version)
{
    if (!document)
        return false;
    const QString title = version == SpecVersion::V3 ? tr("Save Pact As V3") : tr("Save Pact As V4");
    const QString path = m_dialogs->saveFileName(m_dialogParent, title, suggestedPath(document, version));
    return !path.isEmpty() && saveAs(document, path, version);
}

bool FileController::saveAs(PactDocument *document, const QString &path, SpecVersion version)
{
    if (version == SpecVersion::V3 && !confirmV3Losses(document))
        return false;
    QString error;
    LossReport losses;
    if (!PactWriter::writeFile(path, document->pact(), version, &error, &losses)) {
        m_dialogs->showError(m_dialogParent, tr("Cannot Save Pact"), tr("The pact could not be saved."), error);
        return false;
    }
    rememberDirectory(path);
    m_recentFiles->add(path);
    const auto left = std::count_if(losses.begin(), losses.end(), [](const Loss &l) { return !l.written; });
    if (left == 0) {
        document->markSaved(path, version);
        Q_EMIT statusMessage(tr("Saved %1 as %2").arg(QFileInfo(path).fileName(), specVersionLabel(version)));
    } else {
        // As after Save As V4, the document is the file it was saved to; it stays modified, for it
        // holds what V3 cannot (Save writes V3 again, after the report).
        document->markSavedWithLosses(path, version);
        Q_EMIT statusMessage(PactFormat::numerus(
            tr("Saved %1 as %2; %n item(s) V3 cannot hold are only in the window", nullptr, int(left))
                .arg(QFileInfo(path).fileName(), specVersionLabel(version)),
            left));
    }
    return true;
}

bool FileController::confirmV3Losses(PactDocument *document)
{
    const LossReport losses = PactWriter::lossReport(document->pact(), SpecVersion::V3);
    if (losses.isEmpty())
        return true;
    // What is left out, and what is written but not read by every V3 tool (a pact of HTTP
    // interactions and messages), each said as what it is.
    QStringList left;
    QStringList notes;
    for (const Loss &loss : losses)
        (loss.written ? notes : left).append(loss.toString());
    const auto firstLines = [](const QStringList &lines) -> QString {
        return lines.mid(0, 8).join(u'\n') + (lines.size() > 8 ? QStringLiteral("\n…") : QString());
    };
    QStringList text;
    if (!left.isEmpty())
        text.append(PactFormat::numerus(tr("V3 cannot hold %n item(s) of this pact. They will not be in the saved "
                                           "file:", nullptr, int(left.size())),
                        left.size())
            + QStringLiteral("\n\n") + firstLines(left));
    if (!notes.isEmpty())
        text.append(tr("Written, but note:") + QStringLiteral("\n\n") + firstLines(notes));
    const QString title = left.isEmpty() ? tr("Save As V3") : tr("Save As V3 Loses Information");
    return m_dialogs->confirmLosses(
        m_dialogParent, title, text.join(QStringLiteral("\n\n")), (left + notes).join(u'\n'));
}

bool FileController::close(PactDocument *document)
{
    if (!document)
        return false;
    if (document->isDirty()) {
        const UnsavedChoice choice = m_dialogs->askUnsavedChanges(m_dialogParent,
            tr("%1 has unsaved changes. Save them before closing?").arg(document->displayName()));
        if (choice == UnsavedChoice::Cancel)
            return false;
        // Save as File › Save does: its own file, or Save As (a file name) when it has none.
        if (choice == UnsavedChoice::Save && !save(document))
            return false;
    }
    m_documents->close(document);
    return true;
}

bool FileController::closeAll()
{
    const QList<PactDocument *> documents = m_documents->documents();
    for (PactDocument *document : documents) {
        if (!close(document))
            return false;
    }
    return true;
}

QString FileController::suggestedPath(const PactDocument *document, SpecVersion version) const
{
    const QString base = document->pact().consumer.name + u'-' + document->pact().provider.name;
    const QString dir = document->origin().startsWith(u':') || document->origin().isEmpty() || document->isFromBroker()
        ? lastDirectory()
        : QFileInfo(document->origin()).absolutePath();
    const QString suffix = version == SpecVersion::V3 ? QStringLiteral("-v3.json") : QStringLiteral(".json");
    return QDir(dir).filePath(base + suffix);
}

QString FileController::lastDirectory() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QSettings().value(lastDirectoryKey, fallback).toString();
}

void FileController::rememberDirectory(const QString &path)
{
    if (!path.startsWith(u':'))
        QSettings().setValue(lastDirectoryKey, QFileInfo(path).absolutePath());
}

} // namespace Pactbench
