// SPDX-License-Identifier: MIT
#pragma once

#include "brokersource.h"

#include <core/model/diagnostic.h>
#include <core/model/pact.h>

#include <QObject>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * One open pact: the Pact value, where it came from, what loading it reported, and its edit
 * history. Editors never change the pact directly: they push QUndoCommands on undoStack() that
 * call the setters below, so every change can be undone. The document is dirty whenever the undo
 * stack is not at its clean index (or after a change made outside the stack).
 */
class PactDocument : public QObject
{
    Q_OBJECT

public:
    explicit PactDocument(Pact pact, QString origin = {}, Diagnostics diagnostics = {}, QObject *parent = nullptr);
    ~PactDocument() override;
    Q_DISABLE_COPY_MOVE(PactDocument)

    const Pact &pact() const { return m_pact; }
    /// The pact as it was read or last saved (what its file holds); edits are compared with it.
    const Pact &savedPact() const { return m_savedPact; }
    /// The file path (or, later, broker URL) the pact was read from; empty for a new pact.
    QString origin() const { return m_origin; }
    /// True when the origin is a broker URL (brokerSource() is set), not a file.
    bool isFromBroker() const { return m_brokerSource.has_value(); }
    /// How a broker pact was fetched; empty for files and new pacts.
    const std::optional<BrokerSource> &brokerSource() const { return m_brokerSource; }
    void setBrokerSource(const BrokerSource &source) { m_brokerSource = source; }
    /// A short name for tabs and titles: the file name, or "consumer → provider".
    QString displayName() const;
    /// The diagnostics of loading (warnings and format errors; never Fatal, a fatal file opens no document).
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool isDirty() const { return m_dirty; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Replaces the whole pact (used by undo commands and reloads).
    void setPact(const Pact &pact);
    /// Replaces one interaction (used by undo commands); out-of-range indexes are ignored.
    void setInteraction(int index, const Interaction &interaction);
    /// Inserts an interaction at `index` (clamped to the list).
    void insertInteraction(int index, const Interaction &interaction);
    /// Removes the interaction at `index`; out-of-range indexes are ignored.
    void removeInteraction(int index);
    /// Moves the interaction at `from` to position `to`; out-of-range indexes are ignored.
    void moveInteraction(int from, int to);
    /// Records that the pact was saved to `path`: the origin changes, the undo stack becomes clean.
    void markSaved(const QString &path);
    /// Same, remembering the version written (what a plain Save writes next time).
    void markSaved(const QString &path, SpecVersion version);
    /**
     * Records a save to `path` as `version` that left out what that version cannot hold: the
     * document is that file from now on, but stays modified (it holds more than the file).
     */
    void markSavedWithLosses(const QString &path, SpecVersion version);
    /// The version the file was read as or last saved as (Unknown for a new pact).
    SpecVersion fileVersion() const { return m_fileVersion; }
    /// The version File › Save writes: the file's own (PactWriter::saveVersion), V4 for a new pact.
    SpecVersion saveVersion() const;

Q_SIGNALS:
    /// The whole pact changed: views rebuild what they show of it.
    void pactReset();
    /// One interaction changed in place.
    void interactionChanged(int index);
    /// An interaction was inserted at `index` (the ones from `index` on moved up by one).
    void interactionInserted(int index);
    /// The interaction at `index` was removed (the ones after it moved down by one).
    void interactionRemoved(int index);
    /// The interaction at `from` now is at `to`.
    void interactionMoved(int from, int to);
    /// Interactions were inserted, removed or moved (after the specific signal above).
    void interactionsRearranged();
    void dirtyChanged(bool dirty);
    void originChanged(const QString &origin);
    /// savedPact() changed: the pact was saved.
    void saved();

private:
    void setDirty(bool dirty);
    void setOrigin(const QString &path);
    void rearranged();

    Pact m_pact;
    Pact m_savedPact;
    QString m_origin;
    Diagnostics m_diagnostics;
    QUndoStack *m_undoStack = nullptr;
    std::optional<BrokerSource> m_brokerSource;
    SpecVersion m_fileVersion = SpecVersion::Unknown;
    bool m_dirty = false;
};

} // namespace Pactbench
