// SPDX-License-Identifier: MIT
#pragma once

#include <ui/commands/interactionpart.h>

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Pactbench {

class BodyEditor;
class KeyValueTable;
class PactDocument;

/**
 * The form of an HTTP request (method, path, query, headers, body) or response (status,
 * headers, body). Every edit is pushed as an undo command on the document's stack; refresh()
 * reads the interaction back without disturbing the field being typed in.
 */
class HttpPartEditor : public QWidget
{
    Q_OBJECT

public:
    HttpPartEditor(InteractionPart::Kind kind, QWidget *parent = nullptr);
    ~HttpPartEditor() override;
    Q_DISABLE_COPY_MOVE(HttpPartEditor)

    void setInteraction(PactDocument *document, int index);
    void refresh();
    BodyEditor *bodyEditor() const { return m_body; }

Q_SIGNALS:
    void ruleRequested(
        Pactbench::InteractionPart part, const QString &path, const QString &matcherType, const QJsonValue &example);

private:
    void setupUi();
    void setupRequestFields(QFormLayout *form);
    void setupConnections();
    void pushHeaders();
    void pushQuery();
    /// The method's warning (as reading a pact gives it) and the Content-Type hint for a JSON body.
    void updateHints();
    void addJsonContentType();
    QString prefix() const;

    InteractionPart m_part;
    QPointer<PactDocument> m_document;
    int m_index = -1;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QSpinBox *m_status = nullptr;
    KeyValueTable *m_query = nullptr;
    KeyValueTable *m_headers = nullptr;
    BodyEditor *m_body = nullptr;
    QLabel *m_methodWarning = nullptr;
    QWidget *m_contentTypeHint = nullptr;
};

} // namespace Pactbench
