// SPDX-License-Identifier: MIT
#pragma once

#include <ui/commands/interactionpart.h>

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QToolButton;
QT_END_NAMESPACE

namespace Pactbench {

class BodyEditor;
class KeyValueTable;
class PactDocument;

/**
 * The form of a message: which part (the message, or the request or a response of a
 * synchronous exchange), its metadata (values as JSON; plain text is a string) and its contents.
 */
class MessagePartEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MessagePartEditor(QWidget *parent = nullptr);
    ~MessagePartEditor() override;
    Q_DISABLE_COPY_MOVE(MessagePartEditor)

    void setInteraction(PactDocument *document, int index);
    void refresh();
    InteractionPart part() const { return m_part; }
    BodyEditor *bodyEditor() const { return m_body; }

Q_SIGNALS:
    void ruleRequested(
        Pactbench::InteractionPart part, const QString &path, const QString &matcherType, const QJsonValue &example);

private:
    void setupUi();
    void setupConnections();
    void pushMetadata();
    void updateParts(const Interaction &interaction);
    void addResponse();
    void removeResponse();

    QPointer<PactDocument> m_document;
    int m_index = -1;
    InteractionPart m_part{ InteractionPart::Kind::Message };
    QComboBox *m_parts = nullptr;
    QToolButton *m_addResponse = nullptr;
    QToolButton *m_removeResponse = nullptr;
    KeyValueTable *m_metadata = nullptr;
    BodyEditor *m_body = nullptr;
};

} // namespace Pactbench
