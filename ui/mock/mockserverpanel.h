// SPDX-License-Identifier: MIT
#pragma once

#include <ui/dialogservice.h>
#include <ui/document/pactdocument.h>

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DocumentManager;
class JournalPane;
class RunningServer;
class ServerSettingsForm;

/**
 * The mock server panel: starts mock servers for the current pact (host, port, provider-state
 * filter, CORS, TLS from the settings form, remembered in QSettings), several at once, one
 * entry each in the server list; shows the selected server's URL (with a copy button) and its
 * live journal (JournalPane: requests, the selected one in full, missing interactions, verify
 * summary, clear, export as JSON, write the exercised pact). A server serves the pact as it was at Start; when the
 * document is edited afterwards a hint offers to restart it (same port). Closing a document stops its servers.
 */
class MockServerPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockServerPanel)
public:
    explicit MockServerPanel(DocumentManager *documents, QWidget *parent = nullptr);
    ~MockServerPanel() override;

    /// The pact Start serves (the window calls this when the selection changes); null: none.
    void setCurrentDocument(PactDocument *document);
    PactDocument *currentDocument() const { return m_document; }

    /// Starts a server for the current document with the form's settings; null when none or the settings are invalid.
    RunningServer *startServer();
    /// Removes the server from the list at once and stops it; it is deleted once stopped (never waits).
    void stopServer(RunningServer *server);
    /// Stops the server and starts another for its document's current pact, on the same port once the old one has freed it.
    RunningServer *restartServer(RunningServer *server);
    QList<RunningServer *> servers() const { return m_servers; }
    /// The server whose journal is shown; null when none runs.
    RunningServer *currentServer() const;
    void setCurrentServer(RunningServer *server);

    /// Writes the current server's journal as JSON (atomically); false with `error` set on failure.
    bool exportJournal(const QString &path, QString *error = nullptr) const;
    /// What the dock does: serve the current pact, or record real traffic (the page setRecordPage() gave).
    enum class Mode { Serve, Record };
    /// Adds the Record page (the window gives ui/capture's RecordPane; this library does not link it) and
    /// shows the mode switch ("Serve pact" / "Record (proxy to URL)"), hidden until then.
    void setRecordPage(QWidget *page);
    void setMode(Mode mode);
    Mode mode() const;

    /// Where Export JSON… and Write Pact… ask for a file name and report errors; not owned (null: standard dialogs).
    void setDialogService(DialogService *service) { m_dialogs = service; }

Q_SIGNALS:
    /// The user activated the matched, closest or a missing interaction of a journal entry (its index in
    /// the document now, also after edits; not emitted when the interaction was deleted since).
    void interactionActivated(Pactbench::PactDocument *document, int interactionIndex);

private:
    void setupUi();
    QWidget *createServePage();
    QWidget *createServerBar();
    QWidget *createStaleHint();
    void addServer(RunningServer *server);
    void removeServer(RunningServer *server);
    void onDocumentAboutToBeRemoved(PactDocument *document);
    void onCurrentServerChanged();
    void refreshServerTitle(RunningServer *server);
    void refreshControls();
    void showStatus(const QString &text);
    void copyUrl();
    void onJournalInteractionActivated(int index);
    DialogService *dialogs() const { return m_dialogs ? m_dialogs : m_defaultDialogs.get(); }

    DocumentManager *m_documents;
    QPointer<PactDocument> m_document;
    QList<RunningServer *> m_servers; ///< owned (children)
    std::unique_ptr<DialogService> m_defaultDialogs;
    DialogService *m_dialogs = nullptr;
    QLabel *m_documentLabel = nullptr;
    ServerSettingsForm *m_settings = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QComboBox *m_serverCombo = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_staleHint = nullptr;
    QTimer *m_statesTimer = nullptr; ///< coalesces the states list's refreshes while the pact is edited
    JournalPane *m_journal = nullptr;
    QComboBox *m_mode = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace Pactbench
