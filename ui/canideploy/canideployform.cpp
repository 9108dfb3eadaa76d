// SPDX-License-Identifier: MIT
#include "canideployform.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace Pactbench {

CanIDeployForm::CanIDeployForm(QWidget *parent) : QWidget(parent)
{
    setupUi();
    updateFields();
}

CanIDeployForm::~CanIDeployForm() = default;

void CanIDeployForm::setupUi()
{
    m_pacticipant = new QComboBox(this);
    m_pacticipant->setObjectName(u"pacticipantCombo"_qs);
    m_pacticipant->setEditable(true);
    m_pacticipant->setInsertPolicy(QComboBox::NoInsert);
    m_pacticipant->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_pacticipant->completer()->setFilterMode(Qt::MatchContains);
    m_pacticipant->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_pacticipant->lineEdit()->setPlaceholderText(tr("the service to deploy"));

    m_versionChoice = new QComboBox(this);
    m_versionChoice->setObjectName(u"versionChoice"_qs);
    m_versionChoice->addItem(tr("Version"), int(VersionChoice::Version));
    m_versionChoice->addItem(tr("Latest on branch"), int(VersionChoice::LatestOnBranch));
    m_versionChoice->addItem(tr("Latest"), int(VersionChoice::Latest));
    m_versionChoice->addItem(tr("Latest on main branch"), int(VersionChoice::LatestOnMainBranch));
    m_version = new QLineEdit(this);
    m_version->setObjectName(u"versionEdit"_qs);

    m_targetChoice = new QComboBox(this);
    m_targetChoice->setObjectName(u"targetChoice"_qs);
    m_targetChoice->addItem(tr("Environment"), int(TargetChoice::Environment));
    m_targetChoice->addItem(tr("Tag"), int(TargetChoice::Tag));
    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"environmentCombo"_qs);
    m_environment->setEditable(true); // typed when the broker's list cannot be read
    m_environment->setInsertPolicy(QComboBox::NoInsert);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(u"tagEdit"_qs);
    m_tag->setPlaceholderText(tr("e.g. prod"));

    m_check = new QPushButton(tr("Check"), this);
    m_check->setObjectName(u"checkButton"_qs);
    m_check->setDefault(true);

    auto *version = new QHBoxLayout;
    version->addWidget(m_versionChoice);
    version->addWidget(m_version, 1);
    auto *target = new QHBoxLayout;
    target->addWidget(m_targetChoice);
    target->addWidget(m_environment, 1);
    target->addWidget(m_tag, 1);
    target->addWidget(m_check);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Pacticipant:"), m_pacticipant);
    auto *versionLabel = new QLabel(tr("V&ersion:"), this);
    versionLabel->setBuddy(m_versionChoice);
    form->addRow(versionLabel, version);
    auto *targetLabel = new QLabel(tr("&Deploy to:"), this);
    targetLabel->setBuddy(m_targetChoice);
    form->addRow(targetLabel, target);

    connect(m_versionChoice, &QComboBox::currentIndexChanged, this, &CanIDeployForm::updateFields);
    connect(m_targetChoice, &QComboBox::currentIndexChanged, this, &CanIDeployForm::updateFields);
    connect(m_check, &QPushButton::clicked, this, &CanIDeployForm::checkRequested);
    connect(m_version, &QLineEdit::returnPressed, this, &CanIDeployForm::checkRequested);
    connect(m_tag, &QLineEdit::returnPressed, this, &CanIDeployForm::checkRequested);
}

void CanIDeployForm::updateFields()
{
    const VersionChoice choice = versionChoice();
    const bool needsText = choice == VersionChoice::Version || choice == VersionChoice::LatestOnBranch;
    m_version->setEnabled(needsText);
    m_version->setPlaceholderText(choice == VersionChoice::LatestOnBranch ? tr("branch, e.g. main")
            : needsText                                                   ? tr("version, e.g. 1.4.2")
                                                                          : QString());
    const bool tag = targetChoice() == TargetChoice::Tag;
    m_environment->setVisible(!tag);
    m_tag->setVisible(tag);
}

void CanIDeployForm::setPacticipants(const QStringList &names)
{
    const QString current = m_pacticipant->currentText();
    m_pacticipant->clear();
    m_pacticipant->addItems(names);
    m_pacticipant->setCurrentText(current);
}

void CanIDeployForm::setEnvironments(const QList<Environment> &environments)
{
    const QString current = environmentName();
    m_environment->clear();
    for (const Environment &environment : environments) {
        const bool sameName = environment.displayName.isEmpty()
            || environment.displayName.compare(environment.name, Qt::CaseInsensitive) == 0;
        m_environment->addItem(
            sameName ? environment.name : tr("%1 (%2)").arg(environment.name, environment.displayName),
            environment.name);
        if (environment.production)
            m_environment->setItemData(m_environment->count() - 1, tr("A production environment"), Qt::ToolTipRole);
    }
    if (!current.isEmpty()) {
        setEnvironment(current);
        return;
    }
    // Nothing chosen yet: the (first) production environment, the usual question.
    const auto production = std::find_if(environments.cbegin(), environments.cend(),
        [](const Environment &environment) { return environment.production; });
    m_environment->setCurrentIndex(production == environments.cend() ? 0 : int(production - environments.cbegin()));
}

void CanIDeployForm::setPacticipant(const QString &name)
{
    m_pacticipant->setCurrentText(name);
}

void CanIDeployForm::setVersion(VersionChoice choice, const QString &text)
{
    m_versionChoice->setCurrentIndex(m_versionChoice->findData(int(choice)));
    m_version->setText(text);
}

void CanIDeployForm::setEnvironment(const QString &name)
{
    m_targetChoice->setCurrentIndex(m_targetChoice->findData(int(TargetChoice::Environment)));
    const int index = m_environment->findData(name);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
    else
        m_environment->setCurrentText(name);
}

void CanIDeployForm::setTag(const QString &tag)
{
    m_targetChoice->setCurrentIndex(m_targetChoice->findData(int(TargetChoice::Tag)));
    m_tag->setText(tag);
}

CanIDeployForm::VersionChoice CanIDeployForm::versionChoice() const
{
    return VersionChoice(m_versionChoice->currentData().toInt());
}

CanIDeployForm::TargetChoice CanIDeployForm::targetChoice() const
{
    return TargetChoice(m_targetChoice->currentData().toInt());
}

QString CanIDeployForm::environmentName() const
{
    // A listed environment gives its name; a typed one (or a label edited by hand) is taken as typed.
    const int index = m_environment->currentIndex();
    if (index >= 0 && m_environment->itemText(index) == m_environment->currentText())
        return m_environment->itemData(index).toString();
    return m_environment->currentText().trimmed();
}

QString CanIDeployForm::problem() const
{
    if (m_pacticipant->currentText().trimmed().isEmpty())
        return tr("Enter the pacticipant to deploy.");
    if (versionChoice() == VersionChoice::Version && m_version->text().trimmed().isEmpty())
        return tr("Enter the version to deploy, or choose “Latest”.");
    if (versionChoice() == VersionChoice::LatestOnBranch && m_version->text().trimmed().isEmpty())
        return tr("Enter the branch whose latest version is to be deployed.");
    if (targetChoice() == TargetChoice::Environment && environmentName().isEmpty())
        return tr("Choose the environment to deploy to.");
    if (targetChoice() == TargetChoice::Tag && m_tag->text().trimmed().isEmpty())
        return tr("Enter the tag of the versions to deploy alongside.");
    return {};
}

MatrixQuery CanIDeployForm::query() const
{
    MatrixSelector selector;
    selector.pacticipant = m_pacticipant->currentText().trimmed();
    const QString text = m_version->text().trimmed();
    switch (versionChoice()) {
    case VersionChoice::Version:
        selector.version = text;
        break;
    case VersionChoice::LatestOnBranch:
        selector.branch = text;
        selector.latest = true;
        break;
    case VersionChoice::Latest:
        selector.latest = true;
        break;
    case VersionChoice::LatestOnMainBranch:
        selector.mainBranch = true;
        selector.latest = true;
        break;
    }
    MatrixQuery query;
    query.selectors << selector;
    if (targetChoice() == TargetChoice::Environment) {
        query.toEnvironment = environmentName();
    } else {
        query.toTag = m_tag->text().trimmed();
        query.latest = true;
    }
    query.latestBy = u"cvp"_qs;
    return query;
}

} // namespace Pactbench
