// SPDX-License-Identifier: MIT
#include "serversettingsform.h"

#include <QSet>

#include <core/model/pact.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

const QString HostKey = QStringLiteral("MockServer/host");
const QString PortKey = QStringLiteral("MockServer/port");
const QString CorsKey = QStringLiteral("MockServer/cors");
const QString TlsKey = QStringLiteral("MockServer/tls");

QStringList checkedStates(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->text());
    }
    return out;
}

} // namespace

ServerSettingsForm::ServerSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_states(new QListWidget(this))
    , m_cors(new QCheckBox(tr("CORS"), this))
    , m_tls(new QCheckBox(tr("TLS (self-signed)"), this))
    , m_statesLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("serverSettingsForm"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_states->setObjectName(QStringLiteral("statesList"));
    m_cors->setObjectName(QStringLiteral("corsCheck"));
    m_tls->setObjectName(QStringLiteral("tlsCheck"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_states->setToolTip(tr("Serve only interactions with one of the checked provider states (none checked: all)"));
    m_states->setMaximumHeight(72);
    m_cors->setToolTip(tr("Answer CORS preflights and allow any origin"));
    m_tls->setToolTip(tr("Serve HTTPS with a certificate generated at start"));

    // One compact row of options, the states list (shown only when the pact has states) below.
    m_host->setMaximumWidth(180);
    auto *options = new QHBoxLayout;
    options->setContentsMargins(0, 0, 0, 0);
    options->addWidget(new QLabel(tr("Host:"), this));
    options->addWidget(m_host);
    options->addWidget(new QLabel(tr("Port:"), this));
    options->addWidget(m_port);
    options->addWidget(m_cors);
    options->addWidget(m_tls);
    options->addStretch();
    m_statesLabel->setObjectName(QStringLiteral("statesLabel"));
    m_statesLabel->setWordWrap(true); // a long sentence (in German) wraps instead of widening the dock
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_statesLabel);
    layout->addWidget(m_states);
    loadSettings();
}

ServerSettingsForm::~ServerSettingsForm() = default;

void ServerSettingsForm::setStates(const Pact &pact)
{
    QStringList names;
    QSet<QString> seen;
    for (const Interaction &interaction : pact.interactions) {
        if (!interaction.isHttp())
            continue;
        for (const ProviderState &state : interaction.providerStates) {
            if (!seen.contains(state.name)) {
                seen.insert(state.name);
                names.append(state.name);
            }
        }
    }
    if (m_statesListed && names == m_stateNames)
        return; // an edit that changed no state: the list (and what is ticked) stays as it is
    m_statesListed = true;
    m_stateNames = names;
    const QStringList checked = checkedStates(m_states);
    m_states->setUpdatesEnabled(false);
    m_states->clear();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_states);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_states->setUpdatesEnabled(true);
    m_states->setVisible(!names.isEmpty());
    m_statesLabel->setText(names.isEmpty()
            ? tr("This pact has no provider states: all its HTTP interactions are served.")
            : tr("Serve only the interactions with one of these provider states (none ticked: all):"));
}

MockServerConfig ServerSettingsForm::config(bool *ok, QString *problem) const
{
    MockServerConfig out;
    const QString host = m_host->text().trimmed();
    const bool valid = host.isEmpty() || out.bindAddress.setAddress(host)
        || (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0);
    if (!valid && problem)
        *problem = tr("“%1” is not an IP address (try 127.0.0.1 or 0.0.0.0)").arg(host);
    if (ok)
        *ok = valid;
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        out.bindAddress = QHostAddress(QHostAddress::LocalHost);
    out.port = quint16(m_port->value());
    out.cors = m_cors->isChecked();
    out.tls = m_tls->isChecked();
    out.providerStates = checkedStates(m_states);
    return out;
}

void ServerSettingsForm::loadSettings()
{
    QSettings settings;
    m_host->setText(settings.value(HostKey, QStringLiteral("127.0.0.1")).toString());
    m_port->setValue(settings.value(PortKey, 0).toInt());
    m_cors->setChecked(settings.value(CorsKey, false).toBool());
    m_tls->setChecked(settings.value(TlsKey, false).toBool());
}

void ServerSettingsForm::saveSettings() const
{
    QSettings settings;
    settings.setValue(HostKey, m_host->text().trimmed());
    settings.setValue(PortKey, m_port->value());
    settings.setValue(CorsKey, m_cors->isChecked());
    settings.setValue(TlsKey, m_tls->isChecked());
}

} // namespace Pactbench
