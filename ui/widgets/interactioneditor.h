// SPDX-License-Identifier: MIT
#pragma once

#include <ui/commands/interactionpart.h>

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace Pactbench {

class HttpPartEditor;
class KeyValueTable;
class MatchingRulesEditor;
class MessagePartEditor;
class PactDocument;

/**
 * The editable detail pane of the selected interaction: General (description, key, pending,
 * comments, provider states with parameters), Request and Response (HTTP) or Message, and
 * Rules (matching rules, generators, playground, lint). Every edit is an undo command on the
 * document's stack; when the document changes (undo, redo, another view) the forms follow.
 */
class InteractionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionEditor(QWidget *parent = nullptr);
    ~InteractionEditor() override;
    Q_DISABLE_COPY_MOVE(InteractionEditor)

    /// Edits interaction `index` of `document`; null or -1 shows the placeholder.
    void showInteraction(PactDocument *document, int index);
    PactDocument *document() const;
    int interactionIndex() const { return m_index; }
    QTabWidget *tabs() const { return m_tabs; }
    MatchingRulesEditor *rulesEditor() const { return m_rules; }
    /// Shows the tab with this objectName ("generalTab", "requestTab", "responseTab", "messageTab", "rulesTab").
    void showTab(const QString &name);

private:
    void setupUi();
    QWidget *setupGeneralTab();
    void setupConnections();
    void connectDocument();
    void refresh();
    void refreshGeneral(const Interaction &interaction);
    void updateTabs(const Interaction &interaction);
    void pushComments();
    void pushProviderStates();
    void addRuleFromBody(InteractionPart part, const QString &path, const QString &type, const QJsonValue &example);

    QPointer<PactDocument> m_document;
    int m_index = -1;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_pending = nullptr;
    QPlainTextEdit *m_comments = nullptr;
    QLineEdit *m_testName = nullptr; ///< comments.testname (V4: the test that wrote the interaction)
    KeyValueTable *m_states = nullptr;
    HttpPartEditor *m_request = nullptr;
    HttpPartEditor *m_response = nullptr;
    MessagePartEditor *m_message = nullptr;
    MatchingRulesEditor *m_rules = nullptr;
    bool m_refreshing = false;
};

} // namespace Pactbench
