// SPDX-License-Identifier: MIT
#include "whatifpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Pactbench {

WhatIfPanel::WhatIfPanel(QWidget *parent) : QWidget(parent)
{
    setupUi();
}

WhatIfPanel::~WhatIfPanel() = default;

void WhatIfPanel::setupUi()
{
    m_ignoreList = new QListWidget(this);
    m_ignoreList->setObjectName(u"ignoreList"_qs);
    m_pacticipant = new QComboBox(this);
    m_pacticipant->setObjectName(u"whatIfPacticipant"_qs);
    m_pacticipant->addItem(tr("(none)"), QString());
    m_version = new QComboBox(this);
    m_version->setObjectName(u"whatIfVersion"_qs);
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_version->setEnabled(false);
    m_version->lineEdit()->setPlaceholderText(tr("version, then Return"));

    auto *ignoreLabel = new QLabel(tr("What if the broker &ignored:"), this);
    ignoreLabel->setBuddy(m_ignoreList);
    auto *versionLabel = new QLabel(tr("What if this one were at another &version:"), this);
    versionLabel->setBuddy(m_pacticipant);
    versionLabel->setWordWrap(true);
    auto *version = new QHBoxLayout;
    version->addWidget(m_pacticipant, 1);
    version->addWidget(m_version, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ignoreLabel);
    layout->addWidget(m_ignoreList, 1);
    layout->addWidget(versionLabel);
    layout->addLayout(version);

    connect(m_ignoreList, &QListWidget::itemChanged, this, &WhatIfPanel::onItemChanged);
    connect(m_pacticipant, &QComboBox::currentIndexChanged, this, &WhatIfPanel::onPacticipantChosen);
    connect(m_version, &QComboBox::textActivated, this, &WhatIfPanel::commitVersion);
    connect(m_version->lineEdit(), &QLineEdit::returnPressed, this, &WhatIfPanel::commitVersion);
}

void WhatIfPanel::reset(const QString &asked)
{
    m_updating = true;
    m_asked = asked;
    m_versions.clear();
    m_overrideName.clear();
    m_overrideVersion.clear();
    m_ignoreList->clear();
    while (m_pacticipant->count() > 1)
        m_pacticipant->removeItem(1);
    m_pacticipant->setCurrentIndex(0);
    fillVersions();
    m_updating = false;
}

void WhatIfPanel::addRows(const QList<MatrixRow> &rows)
{
    m_updating = true;
    auto note = [this](const QString &name, const QString &version) {
        if (name.isEmpty() || name == m_asked)
            return;
        if (!m_versions.contains(name)) {
            auto *item = new QListWidgetItem(name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_ignoreList->addItem(item);
            m_pacticipant->addItem(name, name);
        }
        QStringList &versions = m_versions[name];
        if (!version.isEmpty() && !versions.contains(version))
            versions << version;
    };
    for (const MatrixRow &row : rows) {
        note(row.consumer, row.consumerVersion.number);
        note(row.provider, row.providerVersion.number);
    }
    m_ignoreList->sortItems();
    fillVersions();
    m_updating = false;
}

QStringList WhatIfPanel::pacticipants() const
{
    return m_versions.keys();
}

void WhatIfPanel::setIgnored(const QString &pacticipant, bool ignored)
{
    const QList<QListWidgetItem *> items = m_ignoreList->findItems(pacticipant, Qt::MatchExactly);
    for (QListWidgetItem *item : items)
        item->setCheckState(ignored ? Qt::Checked : Qt::Unchecked); // itemChanged → changed()
}

void WhatIfPanel::setVersionOverride(const QString &pacticipant, const QString &version)
{
    m_updating = true;
    const int index = m_pacticipant->findData(pacticipant);
    m_pacticipant->setCurrentIndex(qMax(0, index));
    fillVersions();
    m_version->setCurrentText(index > 0 ? version : QString());
    m_updating = false;
    commitVersion();
}

void WhatIfPanel::onItemChanged(QListWidgetItem *)
{
    if (!m_updating)
        Q_EMIT changed();
}

void WhatIfPanel::onPacticipantChosen()
{
    if (m_updating)
        return;
    fillVersions();
    if (m_overrideName.isEmpty())
        return;
    m_overrideName.clear();
    m_overrideVersion.clear();
    Q_EMIT changed();
}

void WhatIfPanel::fillVersions()
{
    const QString name = m_pacticipant->currentData().toString();
    const QString current = m_version->currentText();
    m_version->clear();
    m_version->addItems(m_versions.value(name));
    m_version->setEnabled(!name.isEmpty());
    m_version->setCurrentText(name == m_overrideName ? current : QString());
}

void WhatIfPanel::commitVersion()
{
    if (m_updating)
        return;
    const QString name = m_pacticipant->currentData().toString();
    const QString version = name.isEmpty() ? QString() : m_version->currentText().trimmed();
    const QString newName = version.isEmpty() ? QString() : name;
    if (newName == m_overrideName && version == m_overrideVersion)
        return;
    m_overrideName = newName;
    m_overrideVersion = version;
    Q_EMIT changed();
}

QList<MatrixIgnore> WhatIfPanel::ignores() const
{
    QList<MatrixIgnore> out;
    for (int i = 0; i < m_ignoreList->count(); ++i) {
        const QListWidgetItem *item = m_ignoreList->item(i);
        if (item->checkState() == Qt::Checked)
            out << MatrixIgnore{ item->text(), {} };
    }
    return out;
}

QList<MatrixSelector> WhatIfPanel::versionOverrides() const
{
    if (m_overrideName.isEmpty())
        return {};
    MatrixSelector selector;
    selector.pacticipant = m_overrideName;
    selector.version = m_overrideVersion;
    return { selector };
}

QString WhatIfPanel::summary() const
{
    QStringList parts;
    QStringList ignored;
    for (const MatrixIgnore &ignore : ignores())
        ignored << ignore.pacticipant;
    if (!ignored.isEmpty())
        parts << tr("ignoring %1").arg(ignored.join(u", "));
    if (!m_overrideName.isEmpty())
        parts << tr("with %1 %2").arg(m_overrideName, m_overrideVersion);
    return parts.join(u"; ");
}

} // namespace Pactbench
