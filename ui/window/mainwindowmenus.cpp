// SPDX-License-Identifier: MIT
// MainWindow: its actions, menus, toolbar and status bar (the rest is in mainwindow.cpp).
#include "mainwindow.h"

#include "brokeropener.h"
#include "brokertools.h"
#include "editcontroller.h"
#include "filecontroller.h"
#include "paneldocks.h"
#include "recentfiles.h"

#include <ui/widgets/highlighterfactory.h>
#include <ui/widgets/loadingindicator.h>
#include <ui/widgets/pacttreewidget.h>

#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>

namespace Pactbench {

void MainWindow::setupActions()
{
    const FileController::Actions &f = m_files->actions();
    m_actions.open = f.open;
    m_actions.close = f.close;
    m_actions.saveAsV4 = f.saveAsV4;
    m_actions.saveAsV3 = f.saveAsV3;
    m_actions.quit = new QAction(tr("&Quit"), this);
    m_actions.quit->setShortcut(QKeySequence::Quit);
    m_actions.quit->setMenuRole(QAction::QuitRole);
    m_actions.openExample = new QAction(tr("Open &Example Pact"), this);
    m_actions.compare = new QAction(tr("Co&mpare…"), this);
    m_actions.compare->setObjectName(QStringLiteral("compareAction"));
    m_actions.compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_actions.compare->setStatusTip(tr("Compare two pacts, or a pact with its saved file: what changed and whether it "
                                       "breaks the provider"));
    m_actions.about = new QAction(tr("&About Pactbench"), this);
    m_actions.aboutQt = new QAction(tr("About &Qt"), this);
    setupEditActions();
}

void MainWindow::setupEditActions()
{
    m_actions.undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_actions.undo->setShortcuts(QKeySequence::Undo);
    m_actions.redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_actions.redo->setShortcuts(QKeySequence::Redo);
    m_actions.find = new QAction(tr("&Filter…"), this);
    m_actions.find->setShortcut(QKeySequence::Find);
    m_actions.expandAll = new QAction(tr("&Expand Interactions"), this);
    m_actions.expandAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_actions.collapseAll = new QAction(tr("&Collapse All"), this);
    m_actions.collapseAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
}

void MainWindow::setupMenus()
{
    const EditController::Actions &e = m_edit->actions();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ e.newPact, m_actions.open, m_files->actions().openFolder, m_broker->action() });
    file->addAction(m_panels->importAction());
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentFiles->attachMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(m_actions.compare);
    file->addSeparator();
    file->addActions({ e.save, m_actions.saveAsV4, m_actions.saveAsV3 });
    file->addSeparator();
    file->addActions({ m_actions.close, m_actions.quit });
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({ m_actions.undo, m_actions.redo });
    edit->addSeparator();
    edit->addActions({ e.addInteraction, e.duplicateInteraction, e.deleteInteraction, e.moveUp, e.moveDown });
    edit->addSeparator();
    edit->addAction(m_actions.find);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({ m_actions.expandAll, m_actions.collapseAll });
    view->addSeparator();
    view->addActions({ m_rawJsonDock->toggleViewAction(), m_diagnosticsDock->toggleViewAction(),
        m_panels->mockServerDock()->toggleViewAction(), m_panels->verificationDock()->toggleViewAction(),
        m_panels->openApiDock()->toggleViewAction() });
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions({ m_panels->showMockServerAction(), m_panels->showVerificationAction(),
        m_panels->showOpenApiAction() });
    tools->addSeparator();
    QAction *usage = tools->addAction(tr("Provider &Usage…"));
    usage->setObjectName(QStringLiteral("usageAction"));
    usage->setStatusTip(tr("What each consumer relies on from a provider, and who would break if a field went away"));
    connect(usage, &QAction::triggered, this, [this] { showUsage(); });
    QMenu *broker = menuBar()->addMenu(tr("&Broker"));
    broker->setObjectName(QStringLiteral("brokerMenu"));
    broker->addAction(m_broker->action());
    broker->addSeparator();
    broker->addActions({ m_brokerTools->canIDeployAction(), m_brokerTools->networkAction() });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.openExample);
    help->addSeparator();
    help->addActions({ m_actions.about, m_actions.aboutQt });
}

void MainWindow::setupToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const EditController::Actions &e = m_edit->actions();
    bar->addActions({ e.newPact, m_actions.open, e.save, m_actions.saveAsV4 });
    bar->addSeparator();
    bar->addActions({ m_actions.undo, m_actions.redo });
    bar->addSeparator();
    bar->addActions({ e.addInteraction, e.duplicateInteraction, e.deleteInteraction });
    bar->addSeparator();
    bar->addActions({ m_panels->showMockServerAction(), m_panels->showVerificationAction() });
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(e.addInteraction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
}

void MainWindow::setupStatusBar()
{
    m_impactLabel = new QLabel(this);
    m_impactLabel->setObjectName(QStringLiteral("editImpactLabel"));
    m_impactLabel->hide();
    statusBar()->addPermanentWidget(m_impactLabel);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addPermanentWidget(m_summaryLabel);
    m_loading = new LoadingIndicator(this);
    statusBar()->addPermanentWidget(m_loading);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pactbench"),
        tr("<h3>Pactbench %1</h3><p>A workbench for Pact contract files: open, inspect and convert "
           "pacts of every specification version.</p><p>Qt %2 · syntax highlighting: %3</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                HighlighterFactory::backendName()));
}

} // namespace Pactbench
