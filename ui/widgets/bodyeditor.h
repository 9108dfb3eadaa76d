// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/body.h>

#include <QJsonValue>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
class QSyntaxHighlighter;
class QToolButton;
QT_END_NAMESPACE

namespace Pactbench {

class CodeEditor;

/**
 * Edits one body: JSON or XML highlighted in a CodeEditor with line numbers, validated as the
 * user types (the error is located in the text and named below it; JSON that does not parse
 * is not applied), a pretty-print action, and binary bodies shown read-only as hex and base64
 * with their size. Right-clicking a JSON node offers "Match this by …" (ruleRequested()).
 */
class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;
    Q_DISABLE_COPY_MOVE(BodyEditor)

    /// Shows `body`; the text is kept (cursor and all) when it already gives this body.
    void setBody(const Body &body, const QString &contentType);
    const Body &body() const { return m_body; }
    CodeEditor *editor() const { return m_editor; }
    QString errorText() const;
    /// The JSON path of the node at a text position (the cursor's when -1).
    QString pathAt(int position = -1) const;
    void prettyPrint();

Q_SIGNALS:
    /// The user changed the text into a valid body.
    void bodyEdited(const Pactbench::Body &body);
    /// "Match this by <type>" on the JSON node at `path`, whose example value is `example`.
    void ruleRequested(const QString &path, const QString &matcherType, const QJsonValue &example);

private:
    void setupUi();
    void setupContextMenu();
    void showContextMenu(const QPoint &pos);
    void addMatchActions(QMenu *menu, int position);
    void onTextChanged();
    void showError(int offset, const QString &message);
    void updateHighlighter();
    void updateInfo();

    Body m_body;
    QString m_contentType;
    QString m_syntax;
    CodeEditor *m_editor = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_pretty = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    bool m_loading = false;
    bool m_binary = false;
};

} // namespace Pactbench
