// SPDX-License-Identifier: MIT
#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSyntaxHighlighter;
QT_END_NAMESPACE

namespace Pactbench {

class CodeEditor;

/**
 * Shows the selected tree item: its name, detail and JSON path in a header, and its JSON (as the
 * V4 writer writes it) in a read-only, highlighted editor with line numbers. The form editors of
 * the workbench will live beside this view later.
 */
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;
    Q_DISABLE_COPY_MOVE(DetailPane)

    /// Shows the item (any model giving Roles::JsonTextRole); an invalid index clears the pane.
    void showIndex(const QModelIndex &index);
    /// Re-reads the item shown (after its data changed).
    void refresh();
    /// The JSON text shown.
    QString text() const;
    CodeEditor *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    void setupHighlighter();
    bool isDarkPalette() const;

    QPersistentModelIndex m_index;
    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    CodeEditor *m_editor = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Pactbench
