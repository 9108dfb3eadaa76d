// SPDX-License-Identifier: MIT
#include "addinteractioncommand.h"

#include <ui/document/pactdocument.h>

#include <QCoreApplication>

namespace Pactbench {

namespace {

QString uniqueDescription(const PactDocument *document, const QString &base)
{
    QStringList used;
    for (const Interaction &i : document->pact().interactions)
        used.append(i.description);
    QString candidate = base;
    for (int n = 2; used.contains(candidate); ++n)
        candidate = base + QStringLiteral(" %1").arg(n);
    return candidate;
}

} // namespace

AddInteractionCommand::AddInteractionCommand(
    PactDocument *document, int index, const Interaction &interaction, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(qBound(0, index, int(document->pact().interactions.size())))
    , m_interaction(interaction)
{ }

Interaction AddInteractionCommand::newInteraction(const PactDocument *document, InteractionKind kind)
{
    Interaction interaction;
    interaction.kind = kind;
    const char *base = QT_TRANSLATE_NOOP("Pactbench::AddInteractionCommand", "a new request");
    if (kind == InteractionKind::AsynchronousMessage)
        base = QT_TRANSLATE_NOOP("Pactbench::AddInteractionCommand", "a new message");
    else if (kind == InteractionKind::SynchronousMessages) {
        base = QT_TRANSLATE_NOOP("Pactbench::AddInteractionCommand", "a new message exchange");
        interaction.messageResponses.append(MessageContents{});
    }
    interaction.description
        = uniqueDescription(document, QCoreApplication::translate("Pactbench::AddInteractionCommand", base));
    return interaction;
}

Interaction AddInteractionCommand::duplicateOf(const PactDocument *document, int index)
{
    Interaction copy = document->pact().interactions.value(index);
    copy.key.clear();
    copy.description = uniqueDescription(
        document, QCoreApplication::translate("Pactbench::AddInteractionCommand", "%1 (copy)").arg(copy.description));
    return copy;
}

void AddInteractionCommand::redo()
{
    if (m_document)
        m_document->insertInteraction(m_index, m_interaction);
}

void AddInteractionCommand::undo()
{
    if (m_document)
        m_document->removeInteraction(m_index);
}

} // namespace Pactbench
