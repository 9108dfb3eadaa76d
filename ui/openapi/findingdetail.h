// SPDX-License-Identifier: MIT
#pragma once

#include <core/openapi/finding.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSyntaxHighlighter;
QT_END_NAMESPACE

namespace Pactbench {

class CodeEditor;

/**
 * One finding, both sides next to each other under its reason: the pact side (where in the pact, the value
 * as JSON) and the spec side (where in the document, file:line, the schema fragment as pretty JSON).
 */
class FindingDetail : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDetail)

public:
    explicit FindingDetail(QWidget *parent = nullptr);
    ~FindingDetail() override;

    /// Shows `finding`; null clears the pane.
    void showFinding(const OpenApi::Finding *finding);
    QString pactText() const;
    QString specText() const;

    /// Pretty JSON of a value ("" for undefined, a string as itself).
    static QString jsonText(const QJsonValue &value);

private:
    QWidget *side(const QString &title, QLabel **where, CodeEditor **editor, const char *objectName);

    QLabel *m_reason = nullptr;
    QLabel *m_pactWhere = nullptr;
    QLabel *m_specWhere = nullptr;
    CodeEditor *m_pactValue = nullptr;
    CodeEditor *m_specValue = nullptr;
};

} // namespace Pactbench
