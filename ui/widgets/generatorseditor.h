// SPDX-License-Identifier: MIT
#pragma once

#include <ui/commands/interactionpart.h>

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

namespace Pactbench {

class PactDocument;

/**
 * The generators of one part as an editable table (category, path or name, generator type,
 * attributes as JSON) with add and remove buttons; each finished edit is a SetGeneratorsCommand.
 */
class GeneratorsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GeneratorsEditor(QWidget *parent = nullptr);
    ~GeneratorsEditor() override;
    Q_DISABLE_COPY_MOVE(GeneratorsEditor)

    void setInteraction(PactDocument *document, int index);
    void setPart(InteractionPart part);
    void refresh();

private:
    void setupUi();
    void push();
    void addRow();
    void removeRow();
    Generators fromTable() const;

    QPointer<PactDocument> m_document;
    int m_index = -1;
    InteractionPart m_part;
    QTableWidget *m_table = nullptr;
    bool m_loading = false;
};

} // namespace Pactbench
