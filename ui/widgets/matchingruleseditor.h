// SPDX-License-Identifier: MIT
#pragma once

#include <ui/commands/interactionpart.h>

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace Pactbench {

class GeneratorsEditor;
class MatcherForm;
class PactDocument;
class RulePlayground;

/**
 * The matching rules of one part of an interaction: a table of (category, path, matcher type,
 * parameters, combine), a form to add, change or remove the selected matcher (MatcherForm shows
 * only the parameters of its type), a playground trying the selected matcher, the rule lint,
 * and the part's generators below. Every change is a SetMatchingRulesCommand.
 */
class MatchingRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MatchingRulesEditor(QWidget *parent = nullptr);
    ~MatchingRulesEditor() override;
    Q_DISABLE_COPY_MOVE(MatchingRulesEditor)

    void setInteraction(PactDocument *document, int index);
    void refresh();
    void setPart(InteractionPart part);
    InteractionPart part() const { return m_part; }

    /// The part with the most matchers (shown first).
    static InteractionPart richestPart(const Interaction &interaction);
    /// A matcher of `type` with parameters taken from the example ("match this by regex" → its escaped text).
    static Matcher defaultMatcher(const QString &type, const QJsonValue &example);
    /// Pushes a command adding `matcher` at (category, key) of `part`.
    static void addRule(PactDocument *document, int index, InteractionPart part, const QString &category,
        const QString &key, const Matcher &matcher);

private:
    struct Location
    {
        QString category;
        QString key;
        int matcher = -1;
    };

    void setupUi();
    QWidget *setupEditBox();
    void setupConnections();
    void updateParts();
    void fillTable();
    void updateLint();
    void onRowChanged();
    void addFromForm();
    void applyForm();
    void removeSelected();
    Location selected() const;
    /// Selects the table row of `at` (the form follows); clears the selection when it is not there.
    void selectLocation(const Location &at);
    /// "Editing rule 2 of $.note" for the selected row, or that Add makes a new rule; Apply/Remove follow.
    void updateEditingLabel();
    const Interaction *interaction() const;
    void push(const MatchingRules &rules);

    QPointer<PactDocument> m_document;
    int m_index = -1;
    InteractionPart m_part;
    QComboBox *m_parts = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_combine = nullptr;
    QLabel *m_editing = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_remove = nullptr;
    MatcherForm *m_form = nullptr;
    RulePlayground *m_playground = nullptr;
    QListWidget *m_lint = nullptr;
    GeneratorsEditor *m_generators = nullptr;
};

} // namespace Pactbench
