// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verificationresult.h>

#include <ui/document/pactdocument.h>

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
QT_END_NAMESPACE

namespace Pactbench {

class DiffPane;
class DialogService;
class DocumentManager;
class PublishForm;
class VerificationResultsModel;
class VerificationRun;
class VerifySettingsForm;
struct VerifySettings;

/**
 * The Verification panel: verifies the current pact against a running provider and shows the
 * results as they come (a tree of pact → interactions → state calls / mismatches), with a diff
 * of the selected result. Run, Stop, Re-run failed, Re-run this interaction (the current one,
 * with its provider states); export as JSON or JUnit; publish to the broker a pact came from.
 * The form's settings are remembered per pact (see VerifySettings: secrets stay in memory).
 * A run verifies a snapshot of the pact and stops when its document is closed.
 */
class VerificationPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPanel)

public:
    explicit VerificationPanel(DocumentManager *documents, QWidget *parent = nullptr);
    ~VerificationPanel() override;

    /// The pact Run verifies (the window calls this when its tree selection changes).
    void setCurrentDocument(PactDocument *document);
    PactDocument *currentDocument() const { return m_document; }
    /// The interaction "Re-run this interaction" verifies (-1: none).
    void setCurrentInteraction(int interactionIndex);
    int currentInteraction() const { return m_interaction; }
    /// Replaces the dialogs (export file names, errors), e.g. by one that answers in tests. Not owned; null: Qt's
    /// dialogs.
    void setDialogService(DialogService *service);
    bool isRunning() const;
    VerificationResultsModel *resultsModel() const { return m_model; }
    /// The document the results shown belong to (the last run's; null once it is closed).
    PactDocument *resultsDocument() const;

public Q_SLOTS:
    void run();
    void stop();
    void rerunFailed();
    void rerunCurrentInteraction();

Q_SIGNALS:
    /// The user activated a result: the window selects that interaction in its tree.
    void interactionActivated(Pactbench::PactDocument *document, int interactionIndex);
    /// A run ended (finished, stopped or cancelled because its document closed).
    void runFinished(const Pactbench::VerificationSummary &summary);

private:
    QWidget *createButtons();
    QWidget *createResults();
    void startRun(const QList<int> &indexes);
    void saveSettings();
    void loadSettings();
    void updateActions();
    void onProgress(int done, int total);
    void onFinished(const VerificationSummary &summary);
    void onCurrentResultChanged();
    void onResultActivated(const QModelIndex &index);
    void onDocumentAboutToBeRemoved(PactDocument *document);
    void exportResults(bool junit);
    void showError(const QString &text);

    DocumentManager *m_documents;
    QPointer<PactDocument> m_document;
    int m_interaction = -1;
    VerificationResultsModel *m_model;
    VerificationRun *m_run;
    VerifySettingsForm *m_form;
    PublishForm *m_publish;
    DiffPane *m_diff;
    QTreeView *m_resultsView = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_rerunFailedButton = nullptr;
    QPushButton *m_rerunInteractionButton = nullptr;
    QPushButton *m_exportJsonButton = nullptr;
    QPushButton *m_exportJunitButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<DialogService> m_defaultDialogs;
    DialogService *m_dialogs;
};

} // namespace Pactbench
