// SPDX-License-Identifier: MIT
#pragma once

#include "roles.h"

#include <core/model/interaction.h>

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>

namespace Pactbench {

class DocumentManager;
class PactDocument;
struct PactTreeNode;

/**
 * The open pacts as a tree: pact (consumer → provider) → interactions grouped by kind →
 * interaction → parts (provider states, request, response, message contents and metadata,
 * headers, query, body, matching rules, generators). Column 0 names the item, column 1 gives
 * its detail ("GET /orders → 200", "application/json, 1.2 KB", "3 matchers").
 *
 * The model follows a DocumentManager: a document added or closed inserts or removes its
 * row; a reset pact rebuilds its row; a changed interaction rebuilds that interaction's parts; an
 * inserted, removed or moved interaction inserts or removes just its row (and its group's, when
 * the group appears or empties), so selections and expanded rows elsewhere survive.
 * Typed data is available through Roles (ui/models/roles.h), including the V4 JSON of each item.
 */
class PactTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailColumn, ColumnCount };

    explicit PactTreeModel(QObject *parent = nullptr);
    ~PactTreeModel() override;
    Q_DISABLE_COPY_MOVE(PactTreeModel)

    /// Shows the documents of `manager` (resets the model) and follows its changes.
    void setDocumentManager(DocumentManager *manager);
    DocumentManager *documentManager() const;

    QModelIndex indexForDocument(const PactDocument *document) const;
    QModelIndex indexForInteraction(const PactDocument *document, int interaction) const;
    PactDocument *documentForIndex(const QModelIndex &index) const;

    /// Marks an interaction with how its last verification went (icon and colour in the tree).
    void setVerificationMark(const PactDocument *document, int interaction, Roles::VerificationMark mark);
    /// Removes every verification mark of the document (a new run starts).
    void clearVerificationMarks(const PactDocument *document);

    /// An interaction's changes since the last save: their highest impact and a line each.
    struct EditImpactMark
    {
        Roles::EditImpact impact = Roles::EditImpact::None;
        QString text;
        bool operator==(const EditImpactMark &o) const = default;
    };
    /// Marks the document's interactions with the impact of their edits (by interaction index);
    /// interactions not in `marks` are unchanged. Rows whose mark changes are updated.
    void setEditImpacts(const PactDocument *document, const QHash<int, EditImpactMark> &marks);

    /// An interaction's findings from the last check against an OpenAPI document: the worst and a summary.
    struct SpecCheckMark
    {
        Roles::SpecCheckMark mark = Roles::SpecCheckMark::None;
        QString text;
        bool operator==(const SpecCheckMark &o) const = default;
    };
    /// Marks the document's interactions with their findings (by interaction index); interactions not in
    /// `marks` lose theirs (an empty hash clears the document). Rows whose mark changes are updated.
    void setSpecCheckMarks(const PactDocument *document, const QHash<int, SpecCheckMark> &marks);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// True for an interaction whose parts are not built yet (they are built when first counted).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void addDocument(PactDocument *document);
    void removeDocument(PactDocument *document);
    void resetDocument(PactDocument *document);
    void updateDocumentRow(PactDocument *document);
    void updateInteraction(PactDocument *document, int interaction);
    void replaceParts(PactTreeNode *node);
    // pacttreemodelrows.cpp: one interaction's row in and out
    void insertInteractionRow(PactDocument *document, int interaction);
    void removeInteractionRow(PactDocument *document, int interaction);
    PactTreeNode *groupNode(PactTreeNode *pact, InteractionKind kind, bool create);
    void updateGroupRow(PactTreeNode *group);
    void connectDocument(PactDocument *document);

    PactTreeNode *nodeForIndex(const QModelIndex &index) const;
    QModelIndex indexForNode(const PactTreeNode *node, int column = 0) const;
    PactTreeNode *pactNode(const PactDocument *document) const;
    PactTreeNode *interactionNode(const PactDocument *document, int interaction) const;
    /// Creates an interaction's part nodes the first time they are asked for.
    void ensureChildren(PactTreeNode *node) const;

    QVariant roleData(const PactTreeNode *node, int role) const;
    QVariant styleData(const PactTreeNode *node, int column, int role) const;
    QString jsonText(const PactTreeNode *node) const;
    QString toolTip(const PactTreeNode *node) const;
    static QVariant editImpactColor(Roles::EditImpact impact);
    QString filterText(const PactTreeNode *node) const;

    std::unique_ptr<PactTreeNode> m_root;
    QPointer<DocumentManager> m_manager;
};

} // namespace Pactbench
