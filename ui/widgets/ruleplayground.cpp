// SPDX-License-Identifier: MIT
#include "ruleplayground.h"

#include <core/matching/matching.h>

#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>

namespace Pactbench {

RulePlayground::RulePlayground(QWidget *parent) : QWidget(parent)
{
    setupUi();
}

RulePlayground::~RulePlayground() = default;

void RulePlayground::setupUi()
{
    auto *form = new QFormLayout(this);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("playgroundValueEdit"));
    m_value->setPlaceholderText(tr("A value to try: 42, \"text\", [1, 2], {\"a\": 1} or plain text"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("playgroundResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exampleResult = new QLabel(this);
    m_exampleResult->setObjectName(QStringLiteral("playgroundExampleResult"));
    m_exampleResult->setWordWrap(true);
    m_exampleResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Try &value:"), m_value);
    form->addRow(tr("Result:"), m_result);
    form->addRow(tr("Pact example:"), m_exampleResult);
    connect(m_value, &QLineEdit::textChanged, this, &RulePlayground::evaluate);
}

QJsonValue RulePlayground::parseValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

void RulePlayground::setRule(const Matcher &matcher, const QJsonValue &example)
{
    m_matcher = matcher;
    m_example = example;
    evaluate();
}

void RulePlayground::evaluate()
{
    if (m_matcher.type.isEmpty()) {
        m_result->setText(tr("Select a rule to try it."));
        m_exampleResult->clear();
        return;
    }
    if (m_value->text().isEmpty())
        m_result->setText(tr("Type a value above."));
    else
        showResult(m_result, evaluateMatcher(m_matcher, parseValue(m_value->text()), m_example), tr("The value"));
    if (m_example.isUndefined())
        m_exampleResult->setText(tr("The pact has no example at this place."));
    else
        showResult(m_exampleResult, evaluateMatcher(m_matcher, m_example, m_example), tr("The example"));
}

void RulePlayground::showResult(QLabel *label, const QStringList &failures, const QString &subject)
{
    if (failures.isEmpty()) {
        label->setText(tr("✔ %1 matches.").arg(subject));
        label->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else {
        label->setText(QStringLiteral("✘ ") + failures.join(u'\n'));
        label->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
}

} // namespace Pactbench
