// SPDX-License-Identifier: MIT
#include "matchingruleseditor.h"

#include "generatorseditor.h"
#include "matcherform.h"
#include "ruleplayground.h"

#include <ui/commands/setmatchingrulescommand.h>
#include <ui/document/pactdocument.h>
#include <ui/models/rulelint.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

enum Column { CategoryColumn, PathColumn, TypeColumn, ParametersColumn, CombineColumn, ColumnCount };
constexpr int MatcherIndexRole = Qt::UserRole + 1;

QString parametersText(const Matcher &m)
{
    QStringList parts;
    for (auto it = m.attributes.begin(); it != m.attributes.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString()
            : v.isDouble()
            ? QString::number(v.toDouble())
            : QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
        parts.append(it.key() + u'=' + text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

MatchingRulesEditor::MatchingRulesEditor(QWidget *parent) : QWidget(parent)
{
    setupUi();
    setupConnections();
}

MatchingRulesEditor::~MatchingRulesEditor() = default;

void MatchingRulesEditor::setupUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_parts = new QComboBox(this);
    m_parts->setObjectName(QStringLiteral("rulesPartCombo"));
    top->addRow(tr("&Part:"), m_parts);
    layout->addLayout(top);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move between cells
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({ tr("Category"), tr("Path"), tr("Matcher"), tr("Parameters"), tr("Combine") });
    m_table->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ParametersColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(setupEditBox());
    m_generators = new GeneratorsEditor(splitter);
    m_generators->setObjectName(QStringLiteral("generatorsEditor"));
    splitter->addWidget(m_generators);
    layout->addWidget(splitter, 1);
}

QWidget *MatchingRulesEditor::setupEditBox()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *rule = new QGroupBox(tr("Rule"), box);
    auto *form = new QFormLayout(rule);
    m_editing = new QLabel(rule);
    m_editing->setObjectName(QStringLiteral("ruleEditingLabel"));
    m_editing->setWordWrap(true);
    form->addRow(m_editing);
    m_category = new QComboBox(rule);
    m_category->setObjectName(QStringLiteral("ruleCategoryCombo"));
    m_category->setEditable(true);
    m_path = new QLineEdit(rule);
    m_path->setObjectName(QStringLiteral("rulePathEdit"));
    m_path->setPlaceholderText(tr("$.items[*].id, a header or a parameter name"));
    m_combine = new QComboBox(rule);
    m_combine->setObjectName(QStringLiteral("ruleCombineCombo"));
    m_combine->addItems({ QStringLiteral("AND"), QStringLiteral("OR") });
    m_form = new MatcherForm(rule);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Pat&h:"), m_path);
    form->addRow(m_form);
    form->addRow(tr("C&ombine:"), m_combine);
    auto *buttons = new QHBoxLayout;
    for (const auto &[name, text] : { std::pair{ "addRuleButton", tr("&Add") },
             std::pair{ "applyRuleButton", tr("A&pply") }, std::pair{ "removeRuleButton", tr("&Remove") } }) {
        auto *button = new QPushButton(text, rule);
        button->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(button);
    }
    form->addRow(buttons);
    m_apply = rule->findChild<QPushButton *>(QStringLiteral("applyRuleButton"));
    m_remove = rule->findChild<QPushButton *>(QStringLiteral("removeRuleButton"));
    findChild<QPushButton *>(QStringLiteral("addRuleButton"))->setToolTip(tr("Add the form as a new matcher"));
    m_apply->setToolTip(tr("Change the rule named above to what the form shows"));
    auto *right = new QVBoxLayout;
    auto *playground = new QGroupBox(tr("Playground"), box);
    m_playground = new RulePlayground(playground);
    (new QVBoxLayout(playground))->addWidget(m_playground);
    auto *lint = new QGroupBox(tr("Lint"), box);
    m_lint = new QListWidget(lint);
    m_lint->setObjectName(QStringLiteral("ruleLintList"));
    (new QVBoxLayout(lint))->addWidget(m_lint);
    right->addWidget(playground);
    right->addWidget(lint, 1);
    row->addWidget(rule, 4);
    row->addLayout(right, 5);
    return box;
}

void MatchingRulesEditor::setupConnections()
{
    connect(m_parts, &QComboBox::activated, this,
        [this](int row) { setPart(InteractionPart::partsOf(*interaction()).value(row)); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MatchingRulesEditor::onRowChanged);
    connect(m_form, &MatcherForm::changed, this, [this] {
        const Interaction *i = interaction();
        if (i)
            m_playground->setRule(
                m_form->matcher(), RuleLint::exampleFor(*i, m_part, m_category->currentText(), m_path->text()));
    });
    connect(findChild<QPushButton *>(QStringLiteral("addRuleButton")), &QPushButton::clicked, this,
        &MatchingRulesEditor::addFromForm);
    connect(findChild<QPushButton *>(QStringLiteral("applyRuleButton")), &QPushButton::clicked, this,
        &MatchingRulesEditor::applyForm);
    connect(findChild<QPushButton *>(QStringLiteral("removeRuleButton")), &QPushButton::clicked, this,
        &MatchingRulesEditor::removeSelected);
}

const Interaction *MatchingRulesEditor::interaction() const
{
    if (!m_document || m_index < 0 || m_index >= m_document->pact().interactions.size())
        return nullptr;
    return &m_document->pact().interactions.at(m_index);
}

void MatchingRulesEditor::setInteraction(PactDocument *document, int index)
{
    const bool other = document != m_document || index != m_index;
    m_document = document;
    m_index = index;
    m_generators->setInteraction(document, index);
    if (other && interaction())
        m_part = richestPart(*interaction());
    refresh();
    if (other && m_table->rowCount() > 0)
        m_table->selectRow(0);
}

InteractionPart MatchingRulesEditor::richestPart(const Interaction &interaction)
{
    const QList<InteractionPart> parts = InteractionPart::partsOf(interaction);
    InteractionPart best = parts.value(0);
    for (const InteractionPart &p : parts) {
        if (partRules(interaction, p).matcherCount() > partRules(interaction, best).matcherCount())
            best = p;
    }
    return best;
}

void MatchingRulesEditor::setPart(InteractionPart part)
{
    m_part = part;
    refresh();
}

void MatchingRulesEditor::refresh()
{
    const Interaction *i = interaction();
    if (!i || !m_part.existsIn(*i))
        return;
    updateParts();
    const QSignalBlocker blocker(m_category);
    const QString category = m_category->currentText();
    m_category->clear();
    m_category->addItems(m_part.isHttp() ? QStringList{ QStringLiteral("body"), QStringLiteral("header"),
                             QStringLiteral("query"), QStringLiteral("path"), QStringLiteral("status") }
                                         : QStringList{ m_part.bodyCategory(*i), QStringLiteral("metadata") });
    if (!category.isEmpty())
        m_category->setCurrentText(category);
    fillTable();
    updateLint();
    updateEditingLabel();
    m_generators->setPart(m_part);
}

void MatchingRulesEditor::updateParts()
{
    const QSignalBlocker blocker(m_parts);
    m_parts->clear();
    const QList<InteractionPart> parts = InteractionPart::partsOf(*interaction());
    for (const InteractionPart &p : parts)
        m_parts->addItem(p.label());
    m_parts->setCurrentIndex(int(parts.indexOf(m_part)));
}

void MatchingRulesEditor::fillTable()
{
    const Location keep = selected();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    const auto &all = partRules(*interaction(), m_part).all();
    for (auto category = all.begin(); category != all.end(); ++category) {
        for (auto list = category->begin(); list != category->end(); ++list) {
            for (int m = 0; m < list->matchers.size(); ++m) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const Matcher &matcher = list->matchers.at(m);
                const QStringList cells{ category.key(), list.key(), matcher.type, parametersText(matcher),
                    list->combine == RuleLogic::Or ? QStringLiteral("OR") : QStringLiteral("AND") };
                for (int c = 0; c < ColumnCount; ++c)
                    m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                m_table->item(row, 0)->setData(MatcherIndexRole, m);
                if (keep.category == category.key() && keep.key == list.key() && keep.matcher == m)
                    m_table->selectRow(row);
            }
        }
    }
    m_table->resizeColumnToContents(CategoryColumn);
    m_table->resizeColumnToContents(TypeColumn);
}

void MatchingRulesEditor::updateLint()
{
    m_lint->clear();
    const QList<RuleLintItem> items = RuleLint::check(*interaction(), m_part);
    for (const RuleLintItem &item : items) {
        const QString where = item.key.isEmpty() ? item.category : item.category + u' ' + item.key;
        m_lint->addItem(new QListWidgetItem(
            QIcon::fromTheme(QStringLiteral("dialog-warning")), where.trimmed() + QStringLiteral(": ") + item.message));
    }
    if (items.isEmpty())
        m_lint->addItem(tr("No problems found."));
}

MatchingRulesEditor::Location MatchingRulesEditor::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const int row = items.first()->row();
    return { m_table->item(row, CategoryColumn)->text(), m_table->item(row, PathColumn)->text(),
        m_table->item(row, CategoryColumn)->data(MatcherIndexRole).toInt() };
}

void MatchingRulesEditor::selectLocation(const Location &at)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, CategoryColumn)->text() == at.category
            && m_table->item(row, PathColumn)->text() == at.key
            && m_table->item(row, CategoryColumn)->data(MatcherIndexRole).toInt() == at.matcher) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, CategoryColumn));
            updateEditingLabel();
            return;
        }
    }
    m_table->clearSelection();
    updateEditingLabel();
}

void MatchingRulesEditor::updateEditingLabel()
{
    const Location at = selected();
    m_apply->setEnabled(at.matcher >= 0);
    m_remove->setEnabled(at.matcher >= 0);
    if (at.matcher < 0) {
        m_editing->setText(tr("No rule selected: Add makes a new rule from the form."));
        return;
    }
    const bool bodyLike = at.category == u"body" || at.category == u"content";
    const QString where = at.key.isEmpty() ? at.category
        : bodyLike                         ? at.key
                                           : at.category + u' ' + at.key;
    m_editing->setText(tr("Editing rule %1 of %2").arg(at.matcher + 1).arg(where));
}

void MatchingRulesEditor::onRowChanged()
{
    updateEditingLabel();
    const Location at = selected();
    const Interaction *i = interaction();
    if (at.matcher < 0 || !i)
        return;
    const RuleList list = partRules(*i, m_part).category(at.category).value(at.key);
    const Matcher matcher = list.matchers.value(at.matcher);
    m_category->setCurrentText(at.category);
    m_path->setText(at.key);
    m_combine->setCurrentIndex(list.combine == RuleLogic::Or ? 1 : 0);
    m_form->setMatcher(matcher);
    m_playground->setRule(matcher, RuleLint::exampleFor(*i, m_part, at.category, at.key));
}

void MatchingRulesEditor::push(const MatchingRules &rules)
{
    if (m_document)
        m_document->undoStack()->push(new SetMatchingRulesCommand(m_document, m_index, m_part, rules));
}

void MatchingRulesEditor::addFromForm()
{
    if (!interaction())
        return;
    MatchingRules rules = partRules(*interaction(), m_part);
    RuleList list{ { m_form->matcher() }, m_combine->currentIndex() == 1 ? RuleLogic::Or : RuleLogic::And, {} };
    const Location added{ m_category->currentText(), m_path->text().trimmed(),
        int(rules.category(m_category->currentText()).value(m_path->text().trimmed()).matchers.size()) };
    rules.add(added.category, added.key, list);
    push(rules);
    // The table and the form now name the rule just added, so Apply changes it and nothing else.
    refresh();
    selectLocation(added);
}

void MatchingRulesEditor::applyForm()
{
    const Location at = selected();
    if (at.matcher < 0 || !interaction())
        return;
    MatchingRules rules = partRules(*interaction(), m_part);
    MatchingRules::Category &category = rules.categoryRef(at.category);
    RuleList &list = category[at.key];
    const QString newCategory = m_category->currentText();
    const QString newKey = m_path->text().trimmed();
    if (at.matcher >= list.matchers.size())
        return; // the table is behind the document; refresh() will catch up
    const RuleLogic combine = m_combine->currentIndex() == 1 ? RuleLogic::Or : RuleLogic::And;
    Location edited = at;
    if (newCategory == at.category && newKey == at.key) {
        list.combine = combine;
        list.matchers[at.matcher] = m_form->matcher();
    } else {
        // The form names another place: the rule moves there (appended to a list already there).
        list.matchers.removeAt(at.matcher);
        if (list.matchers.isEmpty())
            category.remove(at.key);
        if (category.isEmpty())
            rules.removeCategory(at.category);
        edited = { newCategory, newKey, int(rules.category(newCategory).value(newKey).matchers.size()) };
        rules.add(newCategory, newKey, RuleList{ { m_form->matcher() }, combine, {} });
    }
    push(rules);
    refresh();
    selectLocation(edited);
}

void MatchingRulesEditor::removeSelected()
{
    const Location at = selected();
    if (at.matcher < 0 || !interaction())
        return;
    MatchingRules rules = partRules(*interaction(), m_part);
    MatchingRules::Category &category = rules.categoryRef(at.category);
    category[at.key].matchers.removeAt(at.matcher);
    if (category[at.key].matchers.isEmpty())
        category.remove(at.key);
    if (category.isEmpty())
        rules.removeCategory(at.category);
    push(rules);
}

Matcher MatchingRulesEditor::defaultMatcher(const QString &type, const QJsonValue &example)
{
    Matcher m{ type, {} };
    const QString text = example.isString() ? example.toString()
        : example.isDouble()                ? QString::number(example.toDouble())
        : example.isBool()                  ? (example.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                            : QString();
    if (type == u"regex")
        m.attributes.insert(QStringLiteral("regex"), QString(u'^' + QRegularExpression::escape(text) + u'$'));
    else if (type == u"include")
        m.attributes.insert(QStringLiteral("value"), text);
    else if (type == u"datetime")
        m.attributes.insert(QStringLiteral("format"), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    return m;
}

void MatchingRulesEditor::addRule(PactDocument *document, int index, InteractionPart part, const QString &category,
    const QString &key, const Matcher &matcher)
{
    MatchingRules rules = partRules(document->pact().interactions.value(index), part);
    rules.add(category, key, RuleList{ { matcher }, RuleLogic::And, {} });
    document->undoStack()->push(new SetMatchingRulesCommand(document, index, part, rules));
}

} // namespace Pactbench
