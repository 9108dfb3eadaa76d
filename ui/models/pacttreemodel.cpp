// SPDX-License-Identifier: MIT
#include "pacttreemodel.h"

#include "nodeicons.h"
#include "pactformat.h"
#include "pacttreebuilder.h"
#include "pacttreenode.h"
#include "pacttreesync.h"
#include "roles.h"

#include <core/model/pactwriter.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>

namespace Pactbench {

using Kind = PactTreeNode::Kind;

namespace {

QJsonValue descend(QJsonValue value, const QStringList &path)
{
    for (const QString &key : path) {
        if (value.isArray())
            value = value.toArray().at(key.toInt());
        else
            value = value.toObject().value(key);
    }
    return value;
}

} // namespace

PactTreeModel::PactTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<PactTreeNode>(Kind::Root, nullptr))
{ }

PactTreeModel::~PactTreeModel() = default;

void PactTreeModel::setDocumentManager(DocumentManager *manager)
{
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    beginResetModel();
    m_root->clearChildren();
    m_manager = manager;
    if (m_manager) {
        for (PactDocument *document : m_manager->documents()) {
            m_root->appendChild(PactTreeBuilder::buildPact(document));
            connectDocument(document);
        }
    }
    endResetModel();
    if (!m_manager)
        return;
    connect(m_manager, &DocumentManager::documentAdded, this, &PactTreeModel::addDocument);
    connect(m_manager, &DocumentManager::documentAboutToBeRemoved, this, &PactTreeModel::removeDocument);
}

DocumentManager *PactTreeModel::documentManager() const
{
    return m_manager;
}

void PactTreeModel::connectDocument(PactDocument *document)
{
    connect(document, &PactDocument::pactReset, this, [this, document] { resetDocument(document); });
    connect(document, &PactDocument::interactionChanged, this,
        [this, document](int interaction) { updateInteraction(document, interaction); });
    connect(document, &PactDocument::interactionInserted, this,
        [this, document](int interaction) { insertInteractionRow(document, interaction); });
    connect(document, &PactDocument::interactionRemoved, this,
        [this, document](int interaction) { removeInteractionRow(document, interaction); });
    connect(document, &PactDocument::interactionMoved, this, [this, document](int from, int to) {
        removeInteractionRow(document, from);
        insertInteractionRow(document, to);
    });
    connect(document, &PactDocument::dirtyChanged, this, [this, document] { updateDocumentRow(document); });
    connect(document, &PactDocument::originChanged, this, [this, document] { updateDocumentRow(document); });
}

void PactTreeModel::addDocument(PactDocument *document)
{
    const int row = m_root->childCount();
    beginInsertRows({}, row, row);
    m_root->appendChild(PactTreeBuilder::buildPact(document));
    endInsertRows();
    connectDocument(document);
}

void PactTreeModel::removeDocument(PactDocument *document)
{
    const PactTreeNode *node = pactNode(document);
    if (!node)
        return;
    disconnect(document, nullptr, this, nullptr);
    beginRemoveRows({}, node->row(), node->row());
    m_root->removeChild(node->row());
    endRemoveRows();
}

void PactTreeModel::resetDocument(PactDocument *document)
{
    const PactTreeNode *node = pactNode(document);
    if (!node)
        return;
    const int row = node->row();
    beginRemoveRows({}, row, row);
    m_root->removeChild(row);
    endRemoveRows();
    beginInsertRows({}, row, row);
    m_root->insertChild(row, PactTreeBuilder::buildPact(document));
    endInsertRows();
}

void PactTreeModel::updateDocumentRow(PactDocument *document)
{
    PactTreeNode *node = pactNode(document);
    if (!node)
        return;
    PactTreeBuilder::updatePactNode(node);
    Q_EMIT dataChanged(indexForNode(node, NameColumn), indexForNode(node, DetailColumn));
}

void PactTreeModel::updateInteraction(PactDocument *document, int interaction)
{
    PactTreeNode *node = interactionNode(document, interaction);
    const InteractionKind kind = document->pact().interactions.at(interaction).kind;
    if (!node || node->parent()->name != PactFormat::groupName(kind)) {
        // Groups are by kind: a new kind moves the interaction, so the pact row is rebuilt.
        resetDocument(document);
        return;
    }
    const QModelIndex index = indexForNode(node);
    PactTreeBuilder::updateInteractionNode(node);
    if (node->childrenLoaded)
        replaceParts(node);
    Q_EMIT dataChanged(index, indexForNode(node, DetailColumn));
}

void PactTreeModel::replaceParts(PactTreeNode *node)
{
    auto parts = PactTreeBuilder::buildParts(node);
    if (PactTreeSync::sameShape(node, parts)) {
        // Same rows: update in place so selections and expanded parts survive typing.
        PactTreeSync::copyData(node, parts, [this](PactTreeNode *parent, int first, int last) {
            Q_EMIT dataChanged(indexForNode(parent->child(first)), indexForNode(parent->child(last), DetailColumn));
        });
        return;
    }
    const QModelIndex index = indexForNode(node);
    if (node->childCount() > 0) {
        beginRemoveRows(index, 0, node->childCount() - 1);
        node->clearChildren();
        endRemoveRows();
    }
    if (parts.empty())
        return;
    beginInsertRows(index, 0, int(parts.size()) - 1);
    for (auto &part : parts)
        node->appendChild(std::move(part));
    endInsertRows();
}

QModelIndex PactTreeModel::indexForDocument(const PactDocument *document) const
{
    const PactTreeNode *node = pactNode(document);
    return node ? indexForNode(node) : QModelIndex();
}

QModelIndex PactTreeModel::indexForInteraction(const PactDocument *document, int interaction) const
{
    const PactTreeNode *node = interactionNode(document, interaction);
    return node ? indexForNode(node) : QModelIndex();
}

PactDocument *PactTreeModel::documentForIndex(const QModelIndex &index) const
{
    const PactTreeNode *node = nodeForIndex(index);
    return node ? node->document : nullptr;
}

QModelIndex PactTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    PactTreeNode *parentNode = parent.isValid() ? nodeForIndex(parent) : m_root.get();
    ensureChildren(parentNode);
    PactTreeNode *child = parentNode->child(row);
    return child ? createIndex(row, column, child) : QModelIndex();
}

QModelIndex PactTreeModel::parent(const QModelIndex &child) const
{
    const PactTreeNode *node = nodeForIndex(child);
    if (!node || node->parent() == m_root.get() || !node->parent())
        return {};
    return indexForNode(node->parent());
}

int PactTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    PactTreeNode *node = parent.isValid() ? nodeForIndex(parent) : m_root.get();
    ensureChildren(node);
    return node->childCount();
}

int PactTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool PactTreeModel::hasChildren(const QModelIndex &parent) const
{
    // An interaction always has parts (request, response or message contents): views may ask
    // this of every row they lay out, and answering must not build 10,000 interactions' parts.
    const PactTreeNode *node = parent.isValid() ? nodeForIndex(parent) : nullptr;
    if (node && parent.column() == 0 && !node->childrenLoaded)
        return true;
    return rowCount(parent) > 0;
}

bool PactTreeModel::canFetchMore(const QModelIndex &parent) const
{
    // Lets QSortFilterProxyModel::hasChildren() answer without mapping (and so building) every
    // interaction's parts when a group of 10,000 is expanded.
    const PactTreeNode *node = parent.isValid() ? nodeForIndex(parent) : nullptr;
    return node && parent.column() == 0 && !node->childrenLoaded;
}

void PactTreeModel::fetchMore(const QModelIndex &parent)
{
    ensureChildren(parent.isValid() ? nodeForIndex(parent) : nullptr);
}

QVariant PactTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PactTreeNode *node = nodeForIndex(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? node->name : node->detail;
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::DecorationRole:
    case Qt::FontRole:
    case Qt::ForegroundRole:
        return styleData(node, index.column(), role);
    case Qt::BackgroundRole:
        return index.column() == NameColumn ? editImpactColor(Roles::EditImpact(node->editImpact)) : QVariant();
    default:
        return roleData(node, role);
    }
}

QVariant PactTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Item") : tr("Detail");
}

QVariant PactTreeModel::roleData(const PactTreeNode *node, int role) const
{
    const bool inInteraction = node->interaction >= 0;
    const Interaction *interaction
        = inInteraction ? &node->document->pact().interactions.at(node->interaction) : nullptr;
    switch (role) {
    case Roles::NodeKindRole:
        return int(node->kind);
    case Roles::DocumentRole:
        return QVariant::fromValue<QObject *>(node->document);
    case Roles::InteractionIndexRole:
        return node->interaction;
    case Roles::InteractionKindRole:
        return interaction ? int(interaction->kind) : -1;
    case Roles::JsonPathRole:
        return inInteraction ? PactFormat::jsonPath(node->interaction, node->jsonPath) : QString();
    case Roles::JsonTextRole:
        return jsonText(node);
    case Roles::FilterTextRole:
        return filterText(node);
    case Roles::PendingRole:
        return interaction && interaction->pending;
    case Roles::MatcherCountRole:
        return node->matcherCount;
    case Roles::MatchedByRuleRole:
        return node->matchedByRule;
    case Roles::DetailRole:
        return node->detail;
    case Roles::VerificationRole:
        return node->verification;
    case Roles::EditImpactRole:
        return node->editImpact;
    case Roles::SpecCheckRole:
        return node->specCheck;
    default:
        return {};
    }
}

QVariant PactTreeModel::styleData(const PactTreeNode *node, int column, int role) const
{
    const Interaction *interaction
        = node->interaction >= 0 ? &node->document->pact().interactions.at(node->interaction) : nullptr;
    const bool pending = node->kind == Kind::Interaction && interaction && interaction->pending;
    const auto mark = Roles::VerificationMark(node->verification);
    if (role == Qt::DecorationRole) {
        if (column == DetailColumn)
            return mark != Roles::VerificationMark::None ? NodeIcons::verificationIcon(mark)
                                                         : NodeIcons::specCheckIcon(Roles::SpecCheckMark(node->specCheck));
        return NodeIcons::icon(node->kind, interaction ? interaction->kind : InteractionKind::SynchronousHttp,
            interaction && node->kind == Kind::Interaction ? interaction->request.method : QString());
    }
    if (role == Qt::FontRole) {
        if (node->kind != Kind::Pact && !pending)
            return {};
        QFont font;
        font.setBold(node->kind == Kind::Pact);
        font.setItalic(pending);
        return font;
    }
    if (column == NameColumn && mark == Roles::VerificationMark::Failed)
        return QColor(0xc0, 0x39, 0x2b);
    if (column == DetailColumn && node->matchedByRule)
        return QGuiApplication::palette().color(QPalette::Link);
    if (column == DetailColumn || pending)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    return {};
}

QVariant PactTreeModel::editImpactColor(Roles::EditImpact impact)
{
    // A light tint, readable in light and dark palettes alike: the text keeps its own colour.
    switch (impact) {
    case Roles::EditImpact::None:
    case Roles::EditImpact::Cosmetic:
        return {};
    case Roles::EditImpact::Safe:
        return QColor(46, 160, 67, 48);
    case Roles::EditImpact::Review:
        return QColor(230, 160, 20, 64);
    case Roles::EditImpact::Breaking:
        return QColor(220, 50, 40, 64);
    }
    return {};
}

QString PactTreeModel::toolTip(const PactTreeNode *node) const
{
    QString tip = node->toolTip.isEmpty() ? node->name + u'\n' + node->detail : node->toolTip;
    if (!node->editImpactText.isEmpty())
        tip += u'\n' + node->editImpactText;
    if (!node->specCheckText.isEmpty())
        tip += u'\n' + node->specCheckText;
    switch (Roles::VerificationMark(node->verification)) {
    case Roles::VerificationMark::None:
        break;
    case Roles::VerificationMark::Running:
        tip += u'\n' + tr("Being verified…");
        break;
    case Roles::VerificationMark::Passed:
        tip += u'\n' + tr("Last verification: passed");
        break;
    case Roles::VerificationMark::Failed:
        tip += u'\n' + tr("Last verification: failed");
        break;
    case Roles::VerificationMark::PendingFailed:
        tip += u'\n' + tr("Last verification: failed, but pending (does not fail the build)");
        break;
    }
    return tip;
}

QString PactTreeModel::jsonText(const PactTreeNode *node) const
{
    if (node->kind == Kind::Pact) {
        Pact header = node->document->pact();
        header.interactions.clear();
        QJsonObject json = PactWriter::toJson(header, node->document->saveVersion());
        json.remove(QStringLiteral("interactions"));
        json.remove(QStringLiteral("messages"));
        return PactFormat::jsonText(json);
    }
    if (node->interaction < 0)
        return {};
    // What Save writes: a V3 file's interactions in the V3 form. Part paths follow the V4 layout;
    // where the V3 form has no such path (a V4-only body object), the V4 form is shown.
    const Pact &pact = node->document->pact();
    const SpecVersion version = node->document->saveVersion();
    NumberLexemes lexemes;
    QJsonValue value
        = descend(PactWriter::interactionToJson(pact, node->interaction, version, &lexemes), node->jsonPath);
    if (value.isUndefined() && version != SpecVersion::V4)
        value = descend(
            PactWriter::interactionToJson(pact, node->interaction, SpecVersion::V4, &lexemes), node->jsonPath);
    QString at = NumberLexemes::root();
    for (const QString &key : node->jsonPath)
        at = NumberLexemes::child(at, key);
    const NumberLexemes mine = lexemes.subtree(at);
    return PactFormat::jsonText(value, &mine);
}

QString PactTreeModel::filterText(const PactTreeNode *node) const
{
    if (node->interaction < 0)
        return node->name;
    const Interaction &i = node->document->pact().interactions.at(node->interaction);
    QStringList parts{ i.description };
    parts += i.providerStateNames();
    if (i.isHttp())
        parts << i.request.method << i.request.path;
    return parts.join(u'\n');
}

PactTreeNode *PactTreeModel::nodeForIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return static_cast<PactTreeNode *>(index.internalPointer());
}

QModelIndex PactTreeModel::indexForNode(const PactTreeNode *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<PactTreeNode *>(node));
}

PactTreeNode *PactTreeModel::pactNode(const PactDocument *document) const
{
    for (int r = 0; r < m_root->childCount(); ++r) {
        if (m_root->child(r)->document == document)
            return m_root->child(r);
    }
    return nullptr;
}

PactTreeNode *PactTreeModel::interactionNode(const PactDocument *document, int interaction) const
{
    const PactTreeNode *pact = pactNode(document);
    for (int g = 0; pact && g < pact->childCount(); ++g) {
        const PactTreeNode *group = pact->child(g);
        for (int r = 0; r < group->childCount(); ++r) {
            if (group->child(r)->interaction == interaction)
                return group->child(r);
        }
    }
    return nullptr;
}

void PactTreeModel::ensureChildren(PactTreeNode *node) const
{
    if (!node || node->childrenLoaded)
        return;
    node->childrenLoaded = true;
    for (auto &part : PactTreeBuilder::buildParts(node))
        node->appendChild(std::move(part));
}

} // namespace Pactbench
