// SPDX-License-Identifier: MIT
#include "newpactdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Pactbench {

NewPactDialog::NewPactDialog(QWidget *parent) : QDialog(parent)
{
    setupUi();
    updateOk();
}

NewPactDialog::~NewPactDialog() = default;

void NewPactDialog::setupUi()
{
    setWindowTitle(tr("New Pact"));
    auto *form = new QFormLayout(this);
    m_consumer = new QLineEdit(this);
    m_consumer->setObjectName(QStringLiteral("newPactConsumerEdit"));
    m_provider = new QLineEdit(this);
    m_provider->setObjectName(QStringLiteral("newPactProviderEdit"));
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("newPactVersionCombo"));
    m_version->addItem(tr("V4 (recommended)"), int(SpecVersion::V4));
    m_version->addItem(tr("V3"), int(SpecVersion::V3));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(tr("&Consumer:"), m_consumer);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Specification:"), m_version);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_consumer, &QLineEdit::textChanged, this, &NewPactDialog::updateOk);
    connect(m_provider, &QLineEdit::textChanged, this, &NewPactDialog::updateOk);
}

void NewPactDialog::updateOk()
{
    const bool ok = !m_consumer->text().trimmed().isEmpty() && !m_provider->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

NewPactRequest NewPactDialog::request() const
{
    return { m_consumer->text().trimmed(), m_provider->text().trimmed(),
        SpecVersion(m_version->currentData().toInt()) };
}

} // namespace Pactbench
