// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QPointer>
#include <QUndoCommand>

namespace Pactbench {

class PactDocument;

/**
 * The base of every edit to one interaction: it keeps the interaction before and after the
 * edit and puts either back through PactDocument::setInteraction(). Subclasses only compute
 * the "after" value. Consecutive commands with the same non-empty merge key on the same
 * interaction merge into one undo step (typing in a field or a body).
 */
class InteractionCommand : public QUndoCommand
{
public:
    /// Undo id of every mergeable interaction command.
    static constexpr int MergeId = 0x7ac7;

    InteractionCommand(PactDocument *document, int index, const Interaction &after, const QString &text,
        const QString &mergeKey = {}, QUndoCommand *parent = nullptr);
    ~InteractionCommand() override;
    Q_DISABLE_COPY_MOVE(InteractionCommand)

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    int interactionIndex() const { return m_index; }
    const Interaction &before() const { return m_before; }
    const Interaction &after() const { return m_after; }

protected:
    /// The interaction as it is now (before this command).
    static Interaction current(const PactDocument *document, int index);

private:
    QPointer<PactDocument> m_document;
    int m_index;
    Interaction m_before;
    Interaction m_after;
    QString m_mergeKey;
};

} // namespace Pactbench
