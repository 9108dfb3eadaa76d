// SPDX-License-Identifier: MIT
#include "verificationselectorsform.h"

#include "named.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace Pactbench {

VerificationSelectorsForm::VerificationSelectorsForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("verificationSelectorsForm"));
    setupUi();
}

VerificationSelectorsForm::~VerificationSelectorsForm() = default;

void VerificationSelectorsForm::setupUi()
{
    m_provider = named(new QLineEdit(this), "providerName");
    m_providerBranch = named(new QLineEdit(this), "providerBranch");
    m_providerBranch->setPlaceholderText(tr("e.g. main (needed for matching branch and pending)"));
    auto *selectors = new QGroupBox(tr("Consumer version selectors"), this);
    m_mainBranch = named(new QCheckBox(tr("Main branch"), selectors), "selectMainBranch");
    m_deployedOrReleased = named(new QCheckBox(tr("Deployed or released"), selectors), "selectDeployedOrReleased");
    m_matchingBranch = named(
        new QCheckBox(tr("Matching branch (named like the provider branch)"), selectors), "selectMatchingBranch");
    m_tags = named(new QLineEdit(selectors), "selectTags");
    m_tags->setPlaceholderText(tr("tags, comma separated (legacy)"));
    m_tagsLatest = named(new QCheckBox(tr("latest of each tag"), selectors), "selectTagsLatest");
    m_latest = named(new QCheckBox(tr("Latest pact of each consumer"), selectors), "selectLatest");
    m_pending = named(new QCheckBox(tr("Include pending status"), this), "includePending");
    m_wip = named(new QCheckBox(tr("Include WIP pacts since"), this), "includeWip");
    m_wipSince = named(new QDateEdit(QDate::currentDate().addDays(-30), this), "wipSince");
    m_wipSince->setCalendarPopup(true);
    m_wipSince->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_mainBranch->setChecked(true);
    m_deployedOrReleased->setChecked(true);
    m_tagsLatest->setChecked(true);
    m_pending->setChecked(true);
    m_wipSince->setEnabled(false);

    auto *grid = new QGridLayout(selectors);
    grid->addWidget(m_mainBranch, 0, 0);
    grid->addWidget(m_deployedOrReleased, 0, 1);
    grid->addWidget(m_matchingBranch, 1, 0);
    grid->addWidget(m_latest, 1, 1);
    grid->addWidget(m_tags, 2, 0);
    grid->addWidget(m_tagsLatest, 2, 1);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_pending);
    optionsRow->addSpacing(24);
    optionsRow->addWidget(m_wip);
    optionsRow->addWidget(m_wipSince);
    optionsRow->addStretch(1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("P&rovider:"), m_provider);
    form->addRow(tr("Provider &branch:"), m_providerBranch);
    form->addRow(selectors);
    form->addRow(optionsRow);

    connect(m_wip, &QCheckBox::toggled, m_wipSince, &QWidget::setEnabled);
    for (QLineEdit *edit : { m_provider, m_providerBranch, m_tags })
        connect(edit, &QLineEdit::textChanged, this, &VerificationSelectorsForm::changed);
    for (QCheckBox *box : { m_mainBranch, m_deployedOrReleased, m_matchingBranch, m_latest, m_pending, m_wip })
        connect(box, &QCheckBox::toggled, this, &VerificationSelectorsForm::changed);
}

QStringList VerificationSelectorsForm::tags() const
{
    QStringList out;
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    }
    return out;
}

PactsForVerificationRequest VerificationSelectorsForm::request() const
{
    PactsForVerificationRequest r;
    r.providerName = m_provider->text().trimmed();
    r.providerVersionBranch = m_providerBranch->text().trimmed();
    if (m_mainBranch->isChecked())
        r.consumerVersionSelectors << ConsumerVersionSelector::mainBranchSelector();
    if (m_deployedOrReleased->isChecked())
        r.consumerVersionSelectors << ConsumerVersionSelector::deployedOrReleasedSelector();
    if (m_matchingBranch->isChecked())
        r.consumerVersionSelectors << ConsumerVersionSelector::matchingBranchSelector();
    for (const QString &tag : tags())
        r.consumerVersionSelectors << ConsumerVersionSelector::tagSelector(tag, m_tagsLatest->isChecked());
    if (m_latest->isChecked())
        r.consumerVersionSelectors << ConsumerVersionSelector::latestSelector();
    r.includePendingStatus = m_pending->isChecked();
    if (m_wip->isChecked())
        r.includeWipPactsSince = m_wipSince->date().toString(Qt::ISODate);
    return r;
}

QString VerificationSelectorsForm::problem() const
{
    if (m_provider->text().trimmed().isEmpty())
        return tr("Enter the provider whose pacts to verify.");
    if (m_matchingBranch->isChecked() && m_providerBranch->text().trimmed().isEmpty())
        return tr("“Matching branch” needs the provider branch.");
    if (m_wip->isChecked() && m_providerBranch->text().trimmed().isEmpty())
        return tr("WIP pacts need the provider branch.");
    return {};
}

void VerificationSelectorsForm::setProviderName(const QString &name)
{
    m_provider->setText(name);
}

} // namespace Pactbench
