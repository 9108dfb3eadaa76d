// SPDX-License-Identifier: MIT
#include "paneldocks.h"

#include "verificationmarks.h"

#include <ui/capture/captureflow.h>
#include <ui/capture/recordpane.h>
#include <ui/mock/mockserverpanel.h>
#include <ui/openapi/openapipanel.h>
#include <ui/verify/verificationpanel.h>

#include <QAction>
#include <QDockWidget>
#include <QIcon>
#include <QMainWindow>
#include <QScrollArea>
#include <QTimer>

namespace Pactbench {

PanelDocks::PanelDocks(DocumentManager *documents, PactTreeModel *tree, QMainWindow *window)
    : QObject(window), m_window(window)
{
    m_mock = new MockServerPanel(documents);
    m_verify = new VerificationPanel(documents);
    m_mockDock = addDock(tr("Mock Server"), QStringLiteral("mockServerDock"), m_mock);
    m_verifyDock = addDock(tr("Verification"), QStringLiteral("verificationDock"), m_verify);
    window->tabifyDockWidget(m_mockDock, m_verifyDock);
    m_mockDock->hide();
    m_verifyDock->hide();
    m_showMock = showAction(m_mockDock, tr("&Mock Server"), QKeySequence(Qt::CTRL | Qt::Key_M));
    m_showMock->setIcon(QIcon::fromTheme(QStringLiteral("network-server")));
    m_showMock->setStatusTip(tr("Serve the selected pact on a local port and watch requests match or miss"));
    m_showVerify = showAction(m_verifyDock, tr("&Verify Provider"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_showVerify->setIcon(QIcon::fromTheme(QStringLiteral("system-run")));
    m_showVerify->setStatusTip(tr("Replay the selected pact against a running provider and compare its answers"));
    new VerificationMarks(m_verify, tree, this);
    setupOpenApi(documents, tree);
    setupCapture(documents);
    connect(m_mock, &MockServerPanel::interactionActivated, this, &PanelDocks::interactionRequested);
    connect(m_verify, &VerificationPanel::interactionActivated, this, &PanelDocks::interactionRequested);
}

PanelDocks::~PanelDocks() = default;

void PanelDocks::setupOpenApi(DocumentManager *documents, PactTreeModel *tree)
{
    m_openApi = new OpenApiPanel(documents);
    m_openApi->setTreeModel(tree);
    m_openApiDock = addDock(tr("OpenAPI"), QStringLiteral("openApiDock"), m_openApi);
    m_window->tabifyDockWidget(m_verifyDock, m_openApiDock);
    m_openApiDock->hide();
    m_showOpenApi = showAction(m_openApiDock, tr("Check Against &OpenAPI…"), QKeySequence());
    m_showOpenApi->setObjectName(QStringLiteral("openApiAction"));
    m_showOpenApi->setStatusTip(tr("Check the selected pact against the provider's OpenAPI document"));
    connect(m_showOpenApi, &QAction::triggered, m_openApi, [this] {
        if (m_openApi->currentDocument() && !m_openApi->hasSpec())
            m_openApi->browseForSpec();
    });
    connect(m_openApi, &OpenApiPanel::interactionActivated, this, &PanelDocks::interactionRequested);
    connect(m_openApi, &OpenApiPanel::fieldActivated, this, &PanelDocks::fieldRequested);
}

void PanelDocks::setupCapture(DocumentManager *documents)
{
    m_record = new RecordPane;
    m_mock->setRecordPage(m_record);
    m_capture = new CaptureFlow(documents, m_window, this);
    m_import = new QAction(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Make a new pact from a HAR file, curl command lines, WireMock mappings or a Postman "
                              "collection, with the matchers proposed for review"));
    connect(m_import, &QAction::triggered, m_capture, &CaptureFlow::importFiles);
    connect(m_record, &RecordPane::addToPactRequested, m_capture,
        [this](const QList<CapturedExchange> &exchanges) { m_capture->addExchanges(exchanges); });
    connect(m_capture, &CaptureFlow::interactionsAdded, this, &PanelDocks::interactionRequested);
}

QDockWidget *PanelDocks::addDock(const QString &title, const QString &objectName, QWidget *panel)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    // A short dock scrolls its panel instead of making the window taller than the screen.
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(panel->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a frame, not a stop for Tab
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    return dock;
}

QAction *PanelDocks::showAction(QDockWidget *dock, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, dock, [this, dock] {
        dock->show();
        dock->raise();
        if (auto *scroll = qobject_cast<QScrollArea *>(dock->widget()); scroll && scroll->widget())
            scroll->widget()->setFocus(Qt::ShortcutFocusReason);
        ensureReadableHeight(dock, 45);
    });
    return action;
}

void PanelDocks::ensureReadableHeight(QDockWidget *dock, int percent)
{
    // Once the layout has placed it: a bottom dock squeezed to a strip (its minimum) gets `percent` of the
    // window's height; one the user made taller keeps its height.
    QTimer::singleShot(0, dock, [window = m_window, dock, percent] {
        if (!dock->isVisible() || dock->isFloating() || window->dockWidgetArea(dock) != Qt::BottomDockWidgetArea)
            return;
        const int wanted = window->height() * percent / 100;
        if (dock->height() < wanted * 3 / 4)
            window->resizeDocks({ dock }, { wanted }, Qt::Vertical);
    });
}

void PanelDocks::setSelection(PactDocument *document, int interaction)
{
    m_mock->setCurrentDocument(document);
    m_verify->setCurrentDocument(document);
    m_verify->setCurrentInteraction(interaction);
    m_openApi->setCurrentDocument(document);
    m_capture->setOpenPact(document);
}

void PanelDocks::setDialogService(DialogService *service)
{
    m_mock->setDialogService(service);
    m_verify->setDialogService(service);
    m_openApi->setDialogService(service);
    m_capture->setDialogService(service);
}

} // namespace Pactbench
