// SPDX-License-Identifier: MIT
#pragma once

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
        QAction *addInteraction = nullptr;
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
    void addInteraction();
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

    DocumentManager *m_documents;
    FileController *m_files;
    Selection m_selection;
    QPointer<QWidget> m_dialogParent;
    Actions m_actions;
    int m_lastInteraction = -1;
};

} // namespace Pactbench
