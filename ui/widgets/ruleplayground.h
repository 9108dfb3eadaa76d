// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/matchingrules.h>

#include <QJsonValue>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Tries one matcher: against a value the user types (JSON, or else a string) and against the
 * example the pact gives for the rule's place, showing "matches" or the mismatch sentences
 * the matching engine gives (evaluateMatcher).
 */
class RulePlayground : public QWidget
{
    Q_OBJECT

public:
    explicit RulePlayground(QWidget *parent = nullptr);
    ~RulePlayground() override;
    Q_DISABLE_COPY_MOVE(RulePlayground)

    /// The matcher to try and the example at its place (undefined when the pact has none).
    void setRule(const Matcher &matcher, const QJsonValue &example);
    /// The typed value as the matcher sees it.
    static QJsonValue parseValue(const QString &text);

private:
    void setupUi();
    void evaluate();
    static void showResult(QLabel *label, const QStringList &failures, const QString &subject);

    Matcher m_matcher;
    QJsonValue m_example;
    QLineEdit *m_value = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_exampleResult = nullptr;
};

} // namespace Pactbench
