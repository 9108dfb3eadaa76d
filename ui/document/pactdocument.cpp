// SPDX-License-Identifier: MIT
#include "pactdocument.h"

#include <core/model/pactwriter.h>

#include <QFileInfo>
#include <QUndoStack>

namespace Pactbench {

PactDocument::PactDocument(Pact pact, QString origin, Diagnostics diagnostics, QObject *parent)
    : QObject(parent)
    , m_pact(std::move(pact))
    , m_savedPact(m_pact)
    , m_origin(std::move(origin))
    , m_diagnostics(std::move(diagnostics))
    , m_undoStack(new QUndoStack(this))
    , m_fileVersion(m_origin.isEmpty() ? SpecVersion::Unknown : m_pact.specVersion)
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { setDirty(!clean); });
}

PactDocument::~PactDocument() = default;

SpecVersion PactDocument::saveVersion() const
{
    if (m_fileVersion == SpecVersion::Unknown && m_origin.isEmpty())
        return SpecVersion::V4;
    return PactWriter::saveVersion(m_fileVersion);
}

QString PactDocument::displayName() const
{
    const QString pair = m_pact.consumer.name + QStringLiteral(" → ") + m_pact.provider.name;
    if (m_brokerSource)
        return tr("%1 (broker)").arg(pair);
    if (!m_origin.isEmpty())
        return QFileInfo(m_origin).fileName();
    return pair;
}

void PactDocument::setPact(const Pact &pact)
{
    m_pact = pact;
    if (m_undoStack->isClean())
        setDirty(true);
    Q_EMIT pactReset();
}

void PactDocument::setInteraction(int index, const Interaction &interaction)
{
    if (index < 0 || index >= m_pact.interactions.size())
        return;
    m_pact.interactions[index] = interaction;
    if (m_undoStack->isClean())
        setDirty(true);
    Q_EMIT interactionChanged(index);
}

void PactDocument::insertInteraction(int index, const Interaction &interaction)
{
    const int at = qBound(0, index, int(m_pact.interactions.size()));
    m_pact.interactions.insert(at, interaction);
    Q_EMIT interactionInserted(at);
    rearranged();
}

void PactDocument::removeInteraction(int index)
{
    if (index < 0 || index >= m_pact.interactions.size())
        return;
    m_pact.interactions.removeAt(index);
    Q_EMIT interactionRemoved(index);
    rearranged();
}

void PactDocument::moveInteraction(int from, int to)
{
    const int n = int(m_pact.interactions.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    m_pact.interactions.move(from, to);
    Q_EMIT interactionMoved(from, to);
    rearranged();
}

void PactDocument::rearranged()
{
    if (m_undoStack->isClean())
        setDirty(true);
    Q_EMIT interactionsRearranged();
}

void PactDocument::markSaved(const QString &path, SpecVersion version)
{
    m_fileVersion = version;
    markSaved(path);
}

void PactDocument::markSaved(const QString &path)
{
    setOrigin(path);
    m_undoStack->setClean();
    setDirty(false);
    m_savedPact = m_pact;
    Q_EMIT saved();
}

void PactDocument::markSavedWithLosses(const QString &path, SpecVersion version)
{
    m_fileVersion = version;
    setOrigin(path);
    m_undoStack->resetClean(); // no undo step gives back what the file holds
    setDirty(true);
    // What the file holds is compared through the pact written (the losses are reported at saving).
    m_savedPact = m_pact;
    Q_EMIT saved();
}

void PactDocument::setOrigin(const QString &path)
{
    if (path == m_origin)
        return;
    m_origin = path;
    m_brokerSource.reset(); // a saved broker pact is a local copy from now on
    Q_EMIT originChanged(m_origin);
}

void PactDocument::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(m_dirty);
}

} // namespace Pactbench
