// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/specversion.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerOpener;
class BrokerTools;
class DetailPane;
class DiagnosticsModel;
class DiagnosticsView;
class DialogService;
class DocumentManager;
class EditController;
class InteractionEditor;
class LoadingIndicator;
class OverlapLint;
class ChangeImpact;
class CompareDialog;
class UsageDialog;
class PanelDocks;
class FileController;
class PactDocument;
class PactTreeModel;
class PactTreeWidget;
class RecentFiles;
class StartPage;

/**
 * The workbench window: the open pacts in a filterable tree on the left, the selected item's
 * JSON on the right, load diagnostics in a dock below. It owns the DocumentManager and the
 * models; the widgets only show them. Everything a menu does is also public API, so tests and
 * main() drive the window the way a user would.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// Replaces the dialogs (tests install one that answers without blocking).
    void setDialogService(std::unique_ptr<DialogService> service);
    DocumentManager *documents() const { return m_documents; }
    PactTreeModel *treeModel() const { return m_treeModel; }
    PactTreeWidget *treeWidget() const { return m_tree; }
    DetailPane *detailPane() const { return m_detail; }
    InteractionEditor *interactionEditor() const { return m_editor; }
    EditController *editController() const { return m_edit; }
    /// The document of the selected item, else the only open one, else null.
    PactDocument *currentDocument() const;

    /// Opens a pact file (or `:/` resource); shows an error and returns false when it cannot be loaded.
    bool openFile(const QString &path);
    /// Opens files the way a user does: read on a worker thread, a busy indicator with Cancel meanwhile.
    void openFiles(const QStringList &paths);
    FileController *fileController() const { return m_files; }
    BrokerOpener *brokerOpener() const { return m_broker; }
    BrokerTools *brokerTools() const { return m_brokerTools; }
    /// The mock-server and verification docks.
    PanelDocks *panels() const { return m_panels; }
    /// Opens the bundled example pact.
    bool openExample();
    /// File › Compare…: the compare dialog on the current pact against its saved form.
    CompareDialog *showCompare();
    /// Tools › Provider Usage…: fields × consumers of a provider over the open pacts (and files added there).
    UsageDialog *showUsage();
    /// Writes `document` as `version` to `path`; for V3 the user first accepts the loss report.
    bool saveAs(PactDocument *document, const QString &path, SpecVersion version);
    /// Closes a document, asking first when it has unsaved changes; false when the user keeps it.
    bool closeDocument(PactDocument *document);
    /// Saves the current document to its own file (or asks where, for a new or older pact).
    bool save();
    /// Selects an interaction of an open document and shows it.
    void selectInteraction(PactDocument *document, int interaction);
    /// Selects an interaction and, in the editor, the field a finding names ("[root].interactions[3].response.body.id").
    void selectField(PactDocument *document, int interaction, const QString &mockLocation);
    /// Restores a sensible layout (splitter, columns) for the current window size.
    void resetLayout();
    /// Moves and shrinks the window into its screen's available area (a saved or first geometry).
    void fitToScreen();
    /// The available area of the window's screen.
    QRect availableGeometry() const;

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Actions
    {
        QAction *open = nullptr;
        QAction *close = nullptr;
        QAction *saveAsV4 = nullptr;
        QAction *saveAsV3 = nullptr;
        QAction *quit = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *find = nullptr;
        QAction *expandAll = nullptr;
        QAction *collapseAll = nullptr;
        QAction *openExample = nullptr;
        QAction *compare = nullptr;
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
    };

    void setupModels();
    void setupCentralWidget();
    void setupDocks();
    void setupActions();
    void setupEditActions();
    void setupMenus();
    void setupToolBar();
    void setupStatusBar();
    void setupConnections();
    void readSettings();
    void writeSettings() const;

    void setupFileConnections();
    void showAbout();
    void onDocumentOpened(PactDocument *document);
    void onCurrentChanged(const QModelIndex &sourceIndex);
    void onDocumentAdded(PactDocument *document);
    std::pair<PactDocument *, int> selection() const;
    void setupStartPage();
    /// The start page while no pact is open, else the tree and the editor.
    void updateCentralPage();
    void updateActions();
    void updateStatus();
    void updateImpactStatus();
    void updateWindowTitle();

    FileController *m_files = nullptr;
    BrokerOpener *m_broker = nullptr;
    BrokerTools *m_brokerTools = nullptr;
    PanelDocks *m_panels = nullptr;
    DocumentManager *m_documents = nullptr;
    PactTreeModel *m_treeModel = nullptr;
    DiagnosticsModel *m_diagnosticsModel = nullptr;
    OverlapLint *m_overlapLint = nullptr;
    ChangeImpact *m_changeImpact = nullptr;
    QPointer<CompareDialog> m_compare;
    QPointer<UsageDialog> m_usage;
    RecentFiles *m_recentFiles = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QStackedWidget *m_central = nullptr;
    StartPage *m_startPage = nullptr;
    QSplitter *m_splitter = nullptr;
    PactTreeWidget *m_tree = nullptr;
    DetailPane *m_detail = nullptr;
    InteractionEditor *m_editor = nullptr;
    EditController *m_edit = nullptr;
    QDockWidget *m_rawJsonDock = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    DiagnosticsView *m_diagnosticsView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_impactLabel = nullptr; ///< the impact of the current pact's unsaved edits
    LoadingIndicator *m_loading = nullptr;
    Actions m_actions;
    bool m_layoutPending = true; ///< no saved layout: resetLayout() once the window has its size
};

} // namespace Pactbench
