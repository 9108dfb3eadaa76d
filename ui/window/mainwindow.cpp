// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "brokeropener.h"
#include "brokertools.h"
#include "editcontroller.h"
#include "filecontroller.h"
#include "paneldocks.h"
#include "recentfiles.h"
#include "startpage.h"
#include <ui/broker/recentbrokers.h>
#include <ui/dialogservice.h>
#include <ui/models/pactformat.h>

#include <core/model/pactwriter.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/compare/changeimpact.h>
#include <ui/compare/comparedialog.h>
#include <ui/compare/impactformat.h>
#include <ui/compare/usagedialog.h>
#include <ui/mock/overlaplint.h>
#include <ui/openapi/fieldjump.h>
#include <ui/models/diagnosticsmodel.h>
#include <ui/models/pactfilterproxy.h>
#include <ui/models/pacttreemodel.h>
#include <ui/models/roles.h>
#include <ui/widgets/detailpane.h>
#include <ui/widgets/diagnosticsview.h>
#include <ui/widgets/highlighterfactory.h>
#include <ui/widgets/interactioneditor.h>
#include <ui/widgets/loadingindicator.h>
#include <ui/widgets/pacttreewidget.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace Pactbench {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setupModels();
    setupCentralWidget();
    setupDocks();
    setupActions();
    setupMenus();
    setupToolBar();
    setupStatusBar();
    setupStartPage();
    setupConnections();
    // First start: 1280×800, or the whole screen when that is a laptop's (fitted again once shown, with
    // the window frame known).
    const QRect available = availableGeometry();
    resize(available.width() < 1440 || available.height() < 900 ? available.size() : QSize(1280, 800));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pactbench.svg")));
    readSettings();
    updateActions();
    updateStatus();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // Views go first: the models they show are children of this window too.
    delete m_central;
    delete m_rawJsonDock;
    delete m_diagnosticsDock;
    // The panels stop their servers and runs; the marks they send the tree go first.
    QDockWidget *mockDock = m_panels->mockServerDock();
    QDockWidget *verifyDock = m_panels->verificationDock();
    QDockWidget *openApiDock = m_panels->openApiDock();
    delete m_panels;
    delete mockDock;
    delete verifyDock;
    delete openApiDock;
}

void MainWindow::setDialogService(std::unique_ptr<DialogService> service)
{
    m_files->setDialogService(std::move(service));
    m_panels->setDialogService(m_files->dialogs());
    m_brokerTools->setDialogService(m_files->dialogs());
}

void MainWindow::setupModels()
{
    m_documents = new DocumentManager(this);
    m_treeModel = new PactTreeModel(this);
    m_treeModel->setDocumentManager(m_documents);
    m_diagnosticsModel = new DiagnosticsModel(this);
    m_diagnosticsModel->setDocumentManager(m_documents);
    m_overlapLint = new OverlapLint(m_documents, this);
    m_changeImpact = new ChangeImpact(m_documents, m_treeModel, this);
    connect(m_overlapLint, &OverlapLint::lintChanged, m_diagnosticsModel, &DiagnosticsModel::setLint);
    m_recentFiles = new RecentFiles(this);
    m_undoGroup = new QUndoGroup(this);
    m_files = new FileController(m_documents, m_diagnosticsModel, m_recentFiles, this);
    m_broker = new BrokerOpener(m_documents, this);
    m_brokerTools = new BrokerTools(m_documents, m_broker, [this] { return currentDocument(); }, this);
    m_brokerTools->setDialogService(m_files->dialogs());
    m_files->setCurrentDocument([this] { return currentDocument(); });
    m_edit = new EditController(
        m_documents, m_files, [this] { return selection(); }, this);
}

void MainWindow::setupCentralWidget()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tree = new PactTreeWidget(m_splitter);
    m_tree->setModel(m_treeModel);
    // The editor scrolls when the window is shorter (or the splitter narrower) than its forms need: its
    // minimum size never sets the window's.
    auto *editorScroll = new QScrollArea(m_splitter);
    editorScroll->setObjectName(QStringLiteral("interactionEditorScroll"));
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the tree straight into the editor
    m_editor = new InteractionEditor(editorScroll);
    m_editor->setObjectName(QStringLiteral("interactionEditor"));
    editorScroll->setWidget(m_editor);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(editorScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // While no pact is open the start page takes the place of the tree and the editor.
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_startPage = new StartPage(m_central);
    m_central->addWidget(m_startPage);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);
}

void MainWindow::setupStartPage()
{
    const EditController::Actions &e = m_edit->actions();
    m_startPage->setEntries({
        { m_actions.openExample, tr("The bundled order-service pact: HTTP interactions, messages, matchers and generators.") },
        { e.newPact, tr("An empty pact for a consumer and a provider; add interactions by hand.") },
        { m_actions.open, tr("One or more pact files (V1 to V4, HTTP and messages).") },
        { m_files->actions().openFolder, tr("Every pact file in a folder and its subfolders.") },
        { m_broker->action(), tr("Pacts from a Pact Broker: the latest per consumer, or those a provider must verify.") },
    });
    connect(m_startPage, &StartPage::recentFileActivated, this, [this](const QString &path) { openFiles({ path }); });
    connect(m_startPage, &StartPage::recentBrokerActivated, this, [this](int index) {
        const QList<RecentBroker> brokers = RecentBrokers::load();
        if (index >= 0 && index < brokers.size())
            m_broker->openRecent(brokers.at(index));
    });
    updateCentralPage();
}

void MainWindow::updateCentralPage()
{
    const bool empty = m_documents->count() == 0;
    if (empty) {
        m_startPage->setRecentFiles(m_recentFiles->paths());
        QList<QUrl> brokers;
        for (const RecentBroker &b : RecentBrokers::load())
            brokers.append(b.url);
        m_startPage->setRecentBrokers(brokers);
    }
    QWidget *page = empty ? static_cast<QWidget *>(m_startPage) : m_splitter;
    if (m_central->currentWidget() == page)
        return;
    // Keyboard users keep their place: the focus moves with the page when it was on the old one.
    QWidget *focus = QApplication::focusWidget();
    const bool focusWasHere = !focus || m_central->isAncestorOf(focus);
    m_central->setCurrentWidget(page);
    if (focusWasHere)
        (empty ? static_cast<QWidget *>(m_startPage) : m_tree)->setFocus();
}

void MainWindow::setupDocks()
{
    m_rawJsonDock = new QDockWidget(tr("Raw JSON"), this);
    m_rawJsonDock->setObjectName(QStringLiteral("rawJsonDock"));
    m_detail = new DetailPane(m_rawJsonDock);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_rawJsonDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, m_rawJsonDock);
    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnosticsView = new DiagnosticsView(m_diagnosticsDock);
    m_diagnosticsView->setDiagnosticsModel(m_diagnosticsModel);
    m_diagnosticsDock->setWidget(m_diagnosticsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    m_diagnosticsDock->hide(); // shown when a file brings diagnostics
    m_panels = new PanelDocks(m_documents, m_treeModel, this);
    m_panels->setDialogService(m_files->dialogs());
    // One tab group at the bottom: Diagnostics, Mock Server and Verification side by side would leave each
    // a strip; tabbed, each gets the width of the window (and keeps its state while another is shown).
    tabifyDockWidget(m_panels->verificationDock(), m_diagnosticsDock);
}

void MainWindow::setupConnections()
{
    setupFileConnections();
    connect(m_changeImpact, &ChangeImpact::changed, this, &MainWindow::updateImpactStatus);
    connect(m_actions.compare, &QAction::triggered, this, &MainWindow::showCompare);
    connect(m_actions.find, &QAction::triggered, m_tree, &PactTreeWidget::focusFilter);
    connect(m_actions.expandAll, &QAction::triggered, this, [this] { m_tree->treeView()->expandToDepth(1); });
    connect(m_actions.collapseAll, &QAction::triggered, m_tree->treeView(), &QTreeView::collapseAll);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_tree, &PactTreeWidget::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_diagnosticsView, &DiagnosticsView::interactionRequested, this, &MainWindow::selectInteraction);
    connect(m_treeModel, &QAbstractItemModel::dataChanged, m_detail, &DetailPane::refresh);
    connect(m_diagnosticsModel, &QAbstractItemModel::modelReset, this, [this, shown = 0]() mutable {
        // New diagnostics bring the dock up; the user may close it again.
        if (m_diagnosticsModel->rowCount() > shown && !m_diagnosticsDock->isVisible()) {
            m_diagnosticsDock->show();
            m_diagnosticsDock->raise(); // its tab in front of the panels'
            m_panels->ensureReadableHeight(m_diagnosticsDock, 22);
        }
        shown = m_diagnosticsModel->rowCount();
    });
}

void MainWindow::setupFileConnections()
{
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.openExample, &QAction::triggered, this, &MainWindow::openExample);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) { openFiles({ path }); });
    connect(m_files, &FileController::loadingStarted, m_loading, &LoadingIndicator::start);
    connect(m_files, &FileController::loadingFinished, m_loading, &LoadingIndicator::stop);
    connect(m_loading, &LoadingIndicator::cancelRequested, m_files, &FileController::cancelLoading);
    connect(m_files, &FileController::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_files, &FileController::documentOpened, this, &MainWindow::onDocumentOpened);
    connect(m_broker, &BrokerOpener::documentOpened, this, &MainWindow::onDocumentOpened);
    connect(m_brokerTools, &BrokerTools::documentOpened, this, &MainWindow::onDocumentOpened);
    connect(m_brokerTools, &BrokerTools::interactionRequested, this, &MainWindow::selectInteraction);
    connect(m_broker, &BrokerOpener::compareRequested, this,
        [this](const Pact &oldPact, const QString &oldName, const Pact &newPact, const QString &newName) {
            CompareDialog *dialog = showCompare();
            dialog->addPact(oldPact, oldName, true);
            dialog->addPact(newPact, newName, false);
            dialog->compare();
        });
    connect(m_documents, &DocumentManager::documentAdded, this, &MainWindow::onDocumentAdded);
    connect(m_edit, &EditController::selectRequested, this, &MainWindow::selectInteraction);
    connect(m_panels, &PanelDocks::interactionRequested, this, &MainWindow::selectInteraction);
    connect(m_panels, &PanelDocks::fieldRequested, this, &MainWindow::selectField);
    connect(m_edit, &EditController::documentCreated, this, &MainWindow::onDocumentOpened);
    connect(m_documents, &DocumentManager::documentRemoved, this, [this] {
        updateCentralPage();
        updateActions();
        updateStatus();
        updateWindowTitle();
    });
}

PactDocument *MainWindow::currentDocument() const
{
    if (PactDocument *document = m_treeModel->documentForIndex(m_tree->currentSourceIndex()))
        return document;
    return m_documents->count() == 1 ? m_documents->documents().constFirst() : nullptr;
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::openFiles(const QStringList &paths)
{
    m_files->openFiles(paths);
}

bool MainWindow::openExample()
{
    return m_files->openFile(FileController::examplePath());
}

bool MainWindow::saveAs(PactDocument *document, const QString &path, SpecVersion version)
{
    return m_files->saveAs(document, path, version);
}

bool MainWindow::closeDocument(PactDocument *document)
{
    return m_files->close(document);
}

void MainWindow::selectInteraction(PactDocument *document, int interaction)
{
    const QModelIndex index = m_treeModel->indexForInteraction(document, interaction);
    if (!index.isValid())
        return;
    if (!m_tree->proxy()->mapFromSource(index).isValid())
        m_tree->setFilterText({}); // the filter hides it
    m_tree->select(index);
}

void MainWindow::selectField(PactDocument *document, int interaction, const QString &mockLocation)
{
    selectInteraction(document, interaction);
    if (m_editor->document() == document && m_editor->interactionIndex() == interaction)
        FieldJump::reveal(m_editor, FieldJump::parse(mockLocation, document->pact().interactions.at(interaction)));
}

void MainWindow::onDocumentOpened(PactDocument *document)
{
    m_tree->select(m_treeModel->indexForDocument(document));
    updateActions();
    updateStatus();
    updateWindowTitle();
}

void MainWindow::onDocumentAdded(PactDocument *document)
{
    updateCentralPage();
    m_undoGroup->addStack(document->undoStack());
    updateStatus();
    connect(document, &PactDocument::dirtyChanged, this, &MainWindow::updateWindowTitle);
    m_edit->watch(document);
    connect(document, &PactDocument::interactionsRearranged, this, [this] {
        // Rows keep their selection while the indexes of the interactions they show shift.
        onCurrentChanged(m_tree->currentSourceIndex());
        updateStatus();
    });
}

std::pair<PactDocument *, int> MainWindow::selection() const
{
    const QModelIndex index = m_tree->currentSourceIndex();
    return { currentDocument(), index.isValid() ? index.data(Roles::InteractionIndexRole).toInt() : -1 };
}

bool MainWindow::save()
{
    return m_edit->save();
}

void MainWindow::onCurrentChanged(const QModelIndex &sourceIndex)
{
    m_detail->showIndex(sourceIndex);
    updateImpactStatus();
    const auto [document, interaction] = selection();
    m_editor->showInteraction(document, interaction);
    m_panels->setSelection(document, interaction);
    if (document)
        m_undoGroup->setActiveStack(document->undoStack());
    updateActions();
    updateWindowTitle();
}

void MainWindow::updateActions()
{
    const bool hasDocument = currentDocument() != nullptr;
    m_actions.close->setEnabled(hasDocument);
    m_actions.saveAsV4->setEnabled(hasDocument);
    m_actions.saveAsV3->setEnabled(hasDocument);
    m_edit->updateActions();
}

void MainWindow::updateStatus()
{
    qsizetype interactions = 0;
    for (const PactDocument *document : m_documents->documents())
        interactions += document->pact().interactions.size();
    const QString pacts = PactFormat::numerus(tr("%n pact(s) open", nullptr, m_documents->count()), m_documents->count());
    m_summaryLabel->setText(pacts + QStringLiteral(" · ")
        + PactFormat::numerus(tr("%n interaction(s)", nullptr, int(interactions)), interactions));
    updateImpactStatus();
}

CompareDialog *MainWindow::showCompare()
{
    // A fresh dialog each time: its lists of open pacts are those of now.
    if (m_compare)
        m_compare->close();
    m_compare = new CompareDialog(m_documents, m_files->dialogs(), this);
    m_compare->setAttribute(Qt::WA_DeleteOnClose);
    if (const PactDocument *document = currentDocument())
        m_compare->compareWithSaved(document);
    m_compare->show();
    return m_compare;
}

UsageDialog *MainWindow::showUsage()
{
    // One at a time; it follows the open pacts, and keeps the files added to it.
    if (!m_usage) {
        m_usage = new UsageDialog(m_documents, m_files->dialogs(), this);
        m_usage->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_usage, &UsageDialog::brokerRequested, m_broker, &BrokerOpener::open);
    }
    m_usage->show();
    m_usage->raise();
    m_usage->activateWindow();
    return m_usage;
}

void MainWindow::updateImpactStatus()
{
    const PactDocument *document = currentDocument();
    const Diff::PactDiff diff = document ? m_changeImpact->diff(document) : Diff::PactDiff();
    m_impactLabel->setText(ImpactFormat::summary(diff));
    m_impactLabel->setVisible(!m_impactLabel->text().isEmpty());
    const bool breaking = diff.maxImpact() == Diff::Impact::Breaking;
    m_impactLabel->setStyleSheet(breaking ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    m_impactLabel->setToolTip(tr("What the edits since the last save mean for a provider that honours the saved pact; "
                                 "the tree tints each changed interaction (tooltip: its changes)."));
}

void MainWindow::updateWindowTitle()
{
    const PactDocument *document = currentDocument();
    setWindowTitle(document ? tr("%1[*] — Pactbench").arg(document->displayName()) : tr("Pactbench"));
    setWindowModified(document && document->isDirty());
    setWindowFilePath(document && !document->origin().startsWith(u':') ? document->origin() : QString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->closeAll()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FileController::pactFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QStringList files = FileController::pactFilesIn(event->mimeData()); !files.isEmpty()) {
        event->acceptProposedAction();
        openFiles(files);
    }
}

} // namespace Pactbench
