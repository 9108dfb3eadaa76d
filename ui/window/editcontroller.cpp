// SPDX-License-Identifier: MIT
#include "editcontroller.h"

#include "filecontroller.h"
#include <ui/dialogservice.h>

#include <ui/commands/addinteractioncommand.h>
#include <ui/commands/moveinteractioncommand.h>
#include <ui/commands/removeinteractioncommand.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QAction>
#include <QIcon>
#include <QMenu>
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
    m_actions.addInteraction->setStatusTip(
        tr("Add an interaction of the selected one's kind; the menu picks another kind"));
    setupAddMenu();
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

void EditController::setupAddMenu()
{
    auto *menu = new QMenu(m_dialogParent);
    m_actions.addHttp = menu->addAction(tr("&HTTP Interaction"));
    m_actions.addHttp->setStatusTip(tr("A request and the response the provider must give"));
    m_actions.addMessage = menu->addAction(tr("&Asynchronous Message"));
    m_actions.addMessage->setStatusTip(tr("A message the provider publishes (V3 and V4 pacts)"));
    m_actions.addSyncMessage = menu->addAction(tr("&Synchronous Message"));
    m_actions.addSyncMessage->setStatusTip(tr("A request message and the response messages (V4 pacts)"));
    m_actions.addInteraction->setMenu(menu);
}

bool EditController::versionHolds(SpecVersion version, InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::SynchronousHttp:
        return true;
    case InteractionKind::AsynchronousMessage:
        return version == SpecVersion::V3 || version == SpecVersion::V4
            || version == SpecVersion::Unknown; // read as V3
    case InteractionKind::SynchronousMessages:
        return version == SpecVersion::V4;
    case InteractionKind::Unsupported:
        return false;
    }
    return false;
}

void EditController::setupConnections()
{
    connect(m_actions.newPact, &QAction::triggered, this, &EditController::newPact);
    connect(m_actions.save, &QAction::triggered, this, &EditController::save);
    connect(m_actions.addInteraction, &QAction::triggered, this, &EditController::addInteraction);
    connect(m_actions.addHttp, &QAction::triggered, this,
        [this] { addInteractionOfKind(InteractionKind::SynchronousHttp); });
    connect(m_actions.addMessage, &QAction::triggered, this,
        [this] { addInteractionOfKind(InteractionKind::AsynchronousMessage); });
    connect(m_actions.addSyncMessage, &QAction::triggered, this,
        [this] { addInteractionOfKind(InteractionKind::SynchronousMessages); });
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
    const SpecVersion version = document ? document->pact().specVersion : SpecVersion::Unknown;
    m_actions.addHttp->setEnabled(document);
    m_actions.addMessage->setEnabled(document && versionHolds(version, InteractionKind::AsynchronousMessage));
    m_actions.addSyncMessage->setEnabled(document && versionHolds(version, InteractionKind::SynchronousMessages));
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
    const InteractionKind selected = document->pact().interactions.value(index).kind;
    addInteractionOfKind(
        index >= 0 && selected != InteractionKind::Unsupported ? selected : InteractionKind::SynchronousHttp);
}

void EditController::addInteractionOfKind(InteractionKind kind)
{
    const auto [document, index] = m_selection();
    if (!document || !versionHolds(document->pact().specVersion, kind))
        return;
    const int at = index >= 0 ? index + 1 : int(document->pact().interactions.size());
    document->undoStack()->push(new AddInteractionCommand(
        document, at, AddInteractionCommand::newInteraction(document, kind), tr("Add interaction")));
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
