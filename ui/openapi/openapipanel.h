// SPDX-License-Identifier: MIT
#pragma once

#include "specsettings.h"

#include <ui/document/pactdocument.h>
#include <ui/models/pacttreemodel.h>

#include <QPointer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;
class QTreeWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DialogService;
class DocumentManager;
class FindingDetail;
class FindingsModel;
class PactDocument;
class PactTreeModel;
class SpecCheckRunner;
struct SpecCheckResult;

/**
 * The OpenAPI panel (Tools › Check Against OpenAPI…): the current pact checked against the provider's
 * OpenAPI document (a file or a URL, remembered per pact with the options). Findings are grouped by
 * interaction, the selected one shown with both sides next to each other; the Coverage tab lists the
 * document's operations with their interaction counts. The check runs off the GUI thread, again a moment
 * after each edit of the pact, and marks the tree's interactions that have errors or warnings.
 */
class OpenApiPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenApiPanel)

public:
    static constexpr int DelayMs = 400; ///< after the last edit

    explicit OpenApiPanel(DocumentManager *documents, QWidget *parent = nullptr);
    ~OpenApiPanel() override;

    /// The pact checked (the window calls this when its tree selection changes).
    void setCurrentDocument(PactDocument *document);
    PactDocument *currentDocument() const { return m_document; }
    /// The tree whose interactions the findings mark (not owned; may be null).
    void setTreeModel(PactTreeModel *tree);
    /// Browse asks through `service` (not owned; null: Qt's dialogs).
    void setDialogService(DialogService *service);

    /// Sets the document checked against (remembered for the pact) and checks.
    void setSpecSource(const QString &source);
    QString specSource() const;
    bool hasSpec() const { return !specSource().isEmpty(); }
    /// Asks for a document file (Browse…); false when cancelled.
    bool browseForSpec();
    bool isChecking() const;

    FindingsModel *findingsModel() const { return m_model; }
    QTreeView *findingsView() const { return m_view; }
    QTreeWidget *coverageView() const { return m_coverage; }
    FindingDetail *detail() const { return m_detail; }
    QString statusText() const;

public Q_SLOTS:
    /// Checks now, reading the document again.
    void check();

Q_SIGNALS:
    /// A check ended (with findings, or with the document's error).
    void checkFinished();
    /// The user activated an interaction row: the window selects it.
    void interactionActivated(Pactbench::PactDocument *document, int interactionIndex);
    /// The user activated a finding: the window selects its interaction and the field (`mockLocation`).
    void fieldActivated(Pactbench::PactDocument *document, int interactionIndex, const QString &mockLocation);

private:
    QWidget *createSourceRow();
    QWidget *createOptionsRow();
    QWidget *createFindings();
    void connectDocument();
    void startCheck(bool reload);
    void scheduleCheck();
    void onFinished(const SpecCheckResult &result);
    void showSpecError(const SpecCheckResult &result);
    void showReport(const SpecCheckResult &result);
    void markTree(const SpecCheckResult *result);
    void onActivated(const QModelIndex &index);
    void loadSettings();
    void saveSettings();
    SpecSettings settingsFromForm() const;
    void setStatus(const QString &text, bool error);

    DocumentManager *m_documents;
    QPointer<PactDocument> m_document;
    QPointer<PactTreeModel> m_tree;
    QPointer<PactDocument> m_marked; ///< the pact whose rows carry marks
    SpecCheckRunner *m_runner;
    FindingsModel *m_model;
    QTimer *m_debounce;
    std::unique_ptr<DialogService> m_defaultDialogs;
    DialogService *m_dialogs;
    QLineEdit *m_source = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_check = nullptr;
    QCheckBox *m_examplesOnly = nullptr;
    QCheckBox *m_additional = nullptr;
    QCheckBox *m_required = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_view = nullptr;
    FindingDetail *m_detail = nullptr;
    QTreeWidget *m_coverage = nullptr;
    bool m_loading = false; ///< the form is being filled from the settings
};

} // namespace Pactbench
