// SPDX-License-Identifier: MIT
#include "verifysettingsform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Pactbench {

VerifySettingsForm::VerifySettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_baseUrl(lineEdit("providerBaseUrlEdit", QStringLiteral("http://127.0.0.1:8080")))
    , m_stateUrl(lineEdit("stateChangeUrlEdit", tr("e.g. http://127.0.0.1:8080/_pact/state")))
    , m_teardown(new QCheckBox(tr("Call it again to tear down"), this))
    , m_messagePath(lineEdit("messagePathEdit", tr("e.g. /_pact/message (empty: the base URL)")))
    , m_headers(new QPlainTextEdit(this))
    , m_description(lineEdit("filterDescriptionEdit", tr("regular expression")))
    , m_state(lineEdit("filterStateEdit", tr("regular expression")))
    , m_consumer(lineEdit("filterConsumerEdit", tr("regular expression")))
    , m_timeout(new QSpinBox(this))
{
    m_teardown->setObjectName(QStringLiteral("teardownCheck"));
    m_headers->setObjectName(QStringLiteral("headersEdit"));
    m_headers->setPlaceholderText(tr("Name: value, one per line. Authorization, cookies and tokens are never saved."));
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 4);
    m_headers->setTabChangesFocus(true);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(100, 600000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow column puts a field below its label
    form->addRow(tr("Provider base URL:"), m_baseUrl);
    form->addRow(tr("State-change URL:"), m_stateUrl);
    form->addRow(QString(), m_teardown);
    form->addRow(tr("Message path:"), m_messagePath);
    form->addRow(tr("Extra headers:"), m_headers);
    form->addRow(tr("Description filter:"), m_description);
    form->addRow(tr("State filter:"), m_state);
    form->addRow(tr("Consumer filter:"), m_consumer);
    form->addRow(tr("Request timeout:"), m_timeout);
    setSettings(VerifySettings());
}

VerifySettingsForm::~VerifySettingsForm() = default;

QLineEdit *VerifySettingsForm::lineEdit(const char *objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

VerifySettings VerifySettingsForm::settings(const VerifySettings &base) const
{
    VerifySettings s = base;
    s.providerBaseUrl = m_baseUrl->text().trimmed();
    s.stateChangeUrl = m_stateUrl->text().trimmed();
    s.stateChangeTeardown = m_teardown->isChecked();
    s.messagePath = m_messagePath->text().trimmed();
    s.headers = m_headers->toPlainText().trimmed();
    s.filterDescription = m_description->text();
    s.filterState = m_state->text();
    s.filterConsumer = m_consumer->text();
    s.timeoutMs = m_timeout->value();
    return s;
}

void VerifySettingsForm::setSettings(const VerifySettings &s)
{
    m_baseUrl->setText(s.providerBaseUrl);
    m_stateUrl->setText(s.stateChangeUrl);
    m_teardown->setChecked(s.stateChangeTeardown);
    m_messagePath->setText(s.messagePath);
    m_headers->setPlainText(s.headers);
    m_description->setText(s.filterDescription);
    m_state->setText(s.filterState);
    m_consumer->setText(s.filterConsumer);
    m_timeout->setValue(s.timeoutMs);
}

} // namespace Pactbench
