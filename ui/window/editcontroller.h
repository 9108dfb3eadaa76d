// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>
#include <core/model/specversion.h>

#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DialogService;
class DocumentManager;
class FileController;
class PactDocument;

/**
 * The document-editing actions of a window: New Pact, Save, and adding, duplicating, deleting
 * and reordering interactions (each an undo command). It asks the window what is selected
 * through a callback and tells it what to select next; MainWindow only places the actions.
 */
class EditController : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *newPact = nullptr;
        QAction *save = nullptr;
        QAction *addInteraction = nullptr; ///< of the selected interaction's kind (HTTP when none); its menu picks one
        QAction *addHttp = nullptr;
        QAction *addMessage = nullptr;
        QAction *addSyncMessage = nullptr;
        QAction *duplicateInteraction = nullptr;
        QAction *deleteInteraction = nullptr;
        QAction *moveUp = nullptr;
        QAction *moveDown = nullptr;
    };
    /// The selected document and interaction index (-1 when no interaction is selected).
    using Selection = std::function<std::pair<PactDocument *, int>()>;

    EditController(DocumentManager *documents, FileController *files, Selection selection, QWidget *dialogParent);
    ~EditController() override;
    Q_DISABLE_COPY_MOVE(EditController)

    const Actions &actions() const { return m_actions; }
    /// Enables what applies to the selection (call when it changes) and remembers the interaction.
    void updateActions();
    /// Keeps an interaction selected when undo or redo rebuilds the document's rows.
    void watch(PactDocument *document);

    PactDocument *newPact();
    bool save();
    /// Adds an interaction of the selected one's kind (HTTP when none is selected) after the selection.
    void addInteraction();
    /// Adds an interaction of `kind` after the selection; kinds the pact's version cannot hold are refused.
    void addInteractionOfKind(Pactbench::InteractionKind kind);
    /// Whether a pact of `version` can hold interactions of `kind` (V1/V2: HTTP; V3: + messages; V4: all).
    static bool versionHolds(SpecVersion version, InteractionKind kind);
    void duplicateInteraction();
    void deleteInteraction();
    void moveInteraction(int delta);

Q_SIGNALS:
    /// The window should select this interaction (after an add, duplicate, delete or move).
    void selectRequested(Pactbench::PactDocument *document, int interaction);
    void documentCreated(Pactbench::PactDocument *document);

private:
    void setupActions();
    void setupConnections();
    void setupAddMenu();

    DocumentManager *m_documents;
    FileController *m_files;
    Selection m_selection;
    QPointer<QWidget> m_dialogParent;
    Actions m_actions;
    int m_lastInteraction = -1;
};

} // namespace Pactbench
