// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/diagnostic.h>
#include <core/model/specversion.h>

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QMimeData;
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DiagnosticsModel;
class DialogService;
class DocumentManager;
class PactLoader;
struct OpenResult;
class PactDocument;
class RecentFiles;

/**
 * Opening, saving and closing pact files for a window: it reads files into the
 * DocumentManager, reports load failures (dialog + diagnostics list), writes V4 and V3 (after
 * the user accepts the loss report), asks before discarding changes, and keeps the recent files.
 */
class FileController : public QObject
{
    Q_OBJECT

public:
    /// The file actions it owns; MainWindow places them.
    struct Actions
    {
        QAction *open = nullptr;
        QAction *openFolder = nullptr;
        QAction *close = nullptr;
        QAction *saveAsV4 = nullptr;
        QAction *saveAsV3 = nullptr;
    };

    FileController(
        DocumentManager *documents, DiagnosticsModel *diagnostics, RecentFiles *recentFiles, QWidget *dialogParent);
    ~FileController() override;
    Q_DISABLE_COPY_MOVE(FileController)

    static QString examplePath();
    /// The local .json files and folders among dropped or pasted URLs.
    static QStringList pactFilesIn(const QMimeData *mime);

    void setDialogService(std::unique_ptr<DialogService> service);
    const Actions &actions() const { return m_actions; }
    /// Tells the actions which document they act on.
    void setCurrentDocument(std::function<PactDocument *()> current);
    DialogService *dialogs() const { return m_dialogs.get(); }

    /// Opens a pact file (or a `:/` resource) now, on this thread; on failure shows the error and returns false.
    bool openFile(const QString &path);
    /// Opens files the way a user does (dialog, drop, recent files, command line): read on a worker
    /// thread one after the other, with loadingStarted()/loadingFinished() for a progress indicator.
    void openFiles(const QStringList &paths);
    /// Stops reading: the file being read and those queued are not opened.
    void cancelLoading();
    PactLoader *loader() const { return m_loader; }
    /// Asks for files and opens them.
    void openWithDialog();
    /// Opens every .json file in `directory` and its subfolders (sorted), in the background. Files
    /// that are not pacts are listed in Diagnostics, without a message box each.
    void openFolder(const QString &directory);
    /// Asks for a folder and opens its pacts.
    void openFolderWithDialog();
    /// Writes `document` as `version` to `path`; for V3 the user first accepts the loss report.
    bool saveAs(PactDocument *document, const QString &path, SpecVersion version);
    /**
     * Saves to the document's own file in the version it was read or last saved as, when that is
     * V3 or V4; otherwise (a new pact, an older version, a resource) asks where and saves as V4.
     */
    bool save(PactDocument *document);
    /// Asks where, then saveAs().
    bool saveWithDialog(PactDocument *document, SpecVersion version);
    /// Closes a document, asking first when it has unsaved changes; false when the user keeps it.
    bool close(PactDocument *document);
    /// Closes every document (asking for dirty ones); false when the user keeps one.
    bool closeAll();

Q_SIGNALS:
    void documentOpened(Pactbench::PactDocument *document);
    void statusMessage(const QString &message);
    /// A file is being read in the background ("orders.json (12.7 MB)"; `remaining` queued after it).
    void loadingStarted(const QString &what, int remaining);
    /// Nothing is being read any more.
    void loadingFinished();

private:
    void setupActions();
    void setupLoader();
    bool confirmV3Losses(PactDocument *document);
    bool finishOpen(const QString &path, const OpenResult &result, qint64 elapsedMs);
    void reportLoadFailure(const QString &path, const Diagnostics &diagnostics);
    QString suggestedPath(const PactDocument *document, SpecVersion version) const;
    QString lastDirectory() const;
    void rememberDirectory(const QString &path);

    DocumentManager *m_documents;
    DiagnosticsModel *m_diagnostics;
    RecentFiles *m_recentFiles;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<DialogService> m_dialogs;
    std::function<PactDocument *()> m_current;
    Actions m_actions;
    PactLoader *m_loader = nullptr;
    QSet<QString> m_quiet; ///< files from a folder: failures go to Diagnostics only
    int m_quietFailures = 0;
};

} // namespace Pactbench
