// SPDX-License-Identifier: MIT
#include "editcontroller.h"

#include <ui/dialogservice.h>
#include "filecontroller.h"

#include <ui/commands/addinteractioncommand.h>
#include <ui/commands/moveinteractioncommand.h>
#include <ui/commands/removeinteractioncommand.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QAction>
#include <QIcon>
#include <QStyle>
#include <QUndoStack>
#include <QWidget>

namespace Pactbench {

EditController::EditController(
    DocumentManager *documents, FileController *files, Selection selection, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_documents(documents)
    , m_files(files)
    , m_selection(std::move(selection))
    , m_dialogParent(dialogParent)
{
    setupActions();
    setupConnections();
}

EditController::~EditController() = default;

void EditController::setupActions()
{
    QStyle *style = m_dialogParent->style();
    m_actions.newPact
        = new QAction(QIcon::fromTheme(QStringLiteral("document-new"), style->standardIcon(QStyle::SP_FileIcon)),
            tr("&New Pact…"), this);
    m_actions.newPact->setShortcut(QKeySequence::New);
    m_actions.newPact->setStatusTip(tr("Create an empty pact between a consumer and a provider"));
    m_actions.save = new QAction(
        QIcon::fromTheme(QStringLiteral("document-save"), style->standardIcon(QStyle::SP_DialogSaveButton)),
        tr("&Save"), this);
    m_actions.save->setShortcut(QKeySequence::Save);
    m_actions.save->setStatusTip(tr("Save the pact to its file in the version it was read as"));
    m_actions.addInteraction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Interaction"), this);
    m_actions.addInteraction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_actions.duplicateInteraction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate Interaction"), this);
    m_actions.duplicateInteraction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_actions.deleteInteraction
        = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete Interaction"), this);
    m_actions.deleteInteraction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_actions.moveUp = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Move Interaction &Up"), this);
    m_actions.moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_actions.moveDown = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Move Interaction Do&wn"), this);
    m_actions.moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
}

void EditController::setupConnections()
{
    connect(m_actions.newPact, &QAction::triggered, this, &EditController::newPact);
    connect(m_actions.save, &QAction::triggered, this, &EditController::save);
    connect(m_actions.addInteraction, &QAction::triggered, this, &EditController::addInteraction);
    connect(m_actions.duplicateInteraction, &QAction::triggered, this, &EditController::duplicateInteraction);
    connect(m_actions.deleteInteraction, &QAction::triggered, this, &EditController::deleteInteraction);
    connect(m_actions.moveUp, &QAction::triggered, this, [this] { moveInteraction(-1); });
    connect(m_actions.moveDown, &QAction::triggered, this, [this] { moveInteraction(1); });
}

void EditController::updateActions()
{
    const auto [document, index] = m_selection();
    const int count = document ? int(document->pact().interactions.size()) : 0;
    if (index >= 0)
        m_lastInteraction = index;
    m_actions.save->setEnabled(document);
    m_actions.addInteraction->setEnabled(document);
    m_actions.duplicateInteraction->setEnabled(index >= 0);
    m_actions.deleteInteraction->setEnabled(index >= 0);
    m_actions.moveUp->setEnabled(index > 0);
    m_actions.moveDown->setEnabled(index >= 0 && index + 1 < count);
}

void EditController::watch(PactDocument *document)
{
    connect(document, &PactDocument::interactionsRearranged, this, [this, document] {
        const int count = int(document->pact().interactions.size());
        if (count > 0 && m_selection().second < 0)
            Q_EMIT selectRequested(document, qBound(0, m_lastInteraction, count - 1));
    });
}

PactDocument *EditController::newPact()
{
    NewPactRequest request;
    if (!m_files->dialogs()->askNewPact(m_dialogParent, &request))
        return nullptr;
    Pact pact;
    pact.consumer.name = request.consumer;
    pact.provider.name = request.provider;
    pact.specVersion = request.version;
    PactDocument *document = m_documents->addPact(pact);
    Q_EMIT documentCreated(document);
    return document;
}

bool EditController::save()
{
    return m_files->save(m_selection().first);
}

void EditController::addInteraction()
{
    const auto [document, index] = m_selection();
    if (!document)
        return;
    const int at = index >= 0 ? index + 1 : int(document->pact().interactions.size());
    document->undoStack()->push(new AddInteractionCommand(document, at,
        AddInteractionCommand::newInteraction(document, InteractionKind::SynchronousHttp), tr("Add interaction")));
    Q_EMIT selectRequested(document, at);
}

void EditController::duplicateInteraction()
{
    const auto [document, index] = m_selection();
    if (!document || index < 0)
        return;
    document->undoStack()->push(new AddInteractionCommand(
        document, index + 1, AddInteractionCommand::duplicateOf(document, index), tr("Duplicate interaction")));
    Q_EMIT selectRequested(document, index + 1);
}

void EditController::deleteInteraction()
{
    const auto [document, index] = m_selection();
    if (!document || index < 0)
        return;
    document->undoStack()->push(new RemoveInteractionCommand(document, index));
    const int count = int(document->pact().interactions.size());
    if (count > 0)
        Q_EMIT selectRequested(document, qMin(index, count - 1));
}

void EditController::moveInteraction(int delta)
{
    const auto [document, index] = m_selection();
    if (!document || index < 0)
        return;
    const int to = index + delta;
    if (to < 0 || to >= document->pact().interactions.size())
        return;
    document->undoStack()->push(new MoveInteractionCommand(document, index, to));
    Q_EMIT selectRequested(document, to);
}

} // namespace Pactbench
