// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMainWindow;
QT_END_NAMESPACE

namespace Pactbench {

class CaptureFlow;
class DialogService;
class DocumentManager;
class MockServerPanel;
class OpenApiPanel;
class PactDocument;
class PactTreeModel;
class RecordPane;
class VerificationPanel;

/**
 * The mock-server, verification and OpenAPI panels of a window, each in a dock at the bottom (tabbed
 * with each other). They follow the window's selection (which pact a new server serves, which
 * pact and interaction a run verifies) and ask the window to select an interaction they show.
 */
class PanelDocks : public QObject
{
    Q_OBJECT

public:
    /// The verification results also mark the interactions in `tree`.
    PanelDocks(DocumentManager *documents, PactTreeModel *tree, QMainWindow *window);
    ~PanelDocks() override;
    Q_DISABLE_COPY_MOVE(PanelDocks)

    MockServerPanel *mockServer() const { return m_mock; }
    VerificationPanel *verification() const { return m_verify; }
    QDockWidget *mockServerDock() const { return m_mockDock; }
    QDockWidget *verificationDock() const { return m_verifyDock; }
    OpenApiPanel *openApi() const { return m_openApi; }
    QDockWidget *openApiDock() const { return m_openApiDock; }
    /// "Mock Server" and "Verify Provider": show and raise their dock (View and Tools menus).
    QAction *showMockServerAction() const { return m_showMock; }
    QAction *showVerificationAction() const { return m_showVerify; }
    /// "Check Against OpenAPI…": shows and raises its dock, and asks for the document when the pact has none.
    QAction *showOpenApiAction() const { return m_showOpenApi; }

    /// Record mode of the Mock Server dock, and the review that takes recorded or imported traffic into a pact.
    RecordPane *recordPane() const { return m_record; }
    CaptureFlow *captureFlow() const { return m_capture; }
    /// File › "Import…": recorded traffic (HAR, curl, WireMock, Postman) reviewed into a new pact.
    QAction *importAction() const { return m_import; }

    /// The window's selection changed.
    void setSelection(PactDocument *document, int interaction);
    /// Both panels ask for file names and report errors through `service` (not owned).
    void setDialogService(DialogService *service);
    /// A bottom dock just shown as a strip gets `percent` of the window's height (after the layout ran).
    void ensureReadableHeight(QDockWidget *dock, int percent);

Q_SIGNALS:
    /// A panel asks the window to show this interaction.
    void interactionRequested(Pactbench::PactDocument *document, int interaction);
    /// A panel asks the window to show this field of an interaction (a finding's mockLocation).
    void fieldRequested(Pactbench::PactDocument *document, int interaction, const QString &mockLocation);

private:
    void setupOpenApi(DocumentManager *documents, PactTreeModel *tree);
    void setupCapture(DocumentManager *documents);
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *panel);
    QAction *showAction(QDockWidget *dock, const QString &text, const QKeySequence &shortcut);

    QMainWindow *m_window;
    MockServerPanel *m_mock = nullptr;
    VerificationPanel *m_verify = nullptr;
    QDockWidget *m_mockDock = nullptr;
    QDockWidget *m_verifyDock = nullptr;
    QAction *m_showMock = nullptr;
    QAction *m_showVerify = nullptr;
    OpenApiPanel *m_openApi = nullptr;
    QDockWidget *m_openApiDock = nullptr;
    QAction *m_showOpenApi = nullptr;
    RecordPane *m_record = nullptr;
    CaptureFlow *m_capture = nullptr;
    QAction *m_import = nullptr;
};

} // namespace Pactbench
