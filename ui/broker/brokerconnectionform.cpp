// SPDX-License-Identifier: MIT
#include "brokerconnectionform.h"

#include "brokererrortext.h"
#include "named.h"

#include <core/credentials/credentialstore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace Pactbench {

using Auth = BrokerConnection::Auth;

namespace {

const QString timeoutKey = QStringLiteral("Broker/timeoutSeconds");

} // namespace

BrokerConnectionForm::BrokerConnectionForm(CredentialStore *credentials, QWidget *parent)
    : QWidget(parent), m_credentials(credentials)
{
    setObjectName(QStringLiteral("brokerConnectionForm"));
    setupUi();
    connect(m_credentials, &CredentialStore::readFinished, this, &BrokerConnectionForm::onSecretRead);
    connect(m_credentials, &CredentialStore::fellBackToSession, this, &BrokerConnectionForm::updateCredentialNote);
    reloadRecent();
    updateAuthRows();
    updateCredentialNote();
}

BrokerConnectionForm::~BrokerConnectionForm() = default;

void BrokerConnectionForm::setupUi()
{
    m_recent = named(new QComboBox(this), "recentBrokers");
    m_url = named(new QLineEdit(this), "brokerUrl");
    m_url->setPlaceholderText(QStringLiteral("https://broker.example.com"));
    m_urlError = named(new QLabel(this), "urlError");
    m_urlError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_urlError->hide();
    m_auth = named(new QComboBox(this), "authKind");
    m_auth->addItem(tr("None"), int(Auth::None));
    m_auth->addItem(tr("Basic (username and password)"), int(Auth::Basic));
    m_auth->addItem(tr("Bearer token"), int(Auth::Bearer));
    m_username = named(new QLineEdit(this), "username");
    m_password = named(new QLineEdit(this), "password");
    m_password->setEchoMode(QLineEdit::Password);
    m_token = named(new QLineEdit(this), "token");
    m_token->setEchoMode(QLineEdit::Password);
    m_remember = named(new QCheckBox(tr("Remember credentials"), this), "rememberCredentials");
    m_insecure = named(new QCheckBox(tr("Allow self-signed certificate (insecure)"), this), "insecureTls");
    m_insecure->setToolTip(tr("Turns off TLS certificate checks for this broker. Use only for test brokers."));
    m_credentialNote = named(new QLabel(this), "credentialNote");
    m_credentialNote->setWordWrap(true);

    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addRow(tr("Recent:"), m_recent);
    m_layout->addRow(tr("Broker &URL:"), m_url);
    m_layout->addRow(QString(), m_urlError);
    m_layout->addRow(tr("&Authentication:"), m_auth);
    m_layout->addRow(tr("User&name:"), m_username);
    m_layout->addRow(tr("&Password:"), m_password);
    m_layout->addRow(tr("&Token:"), m_token);
    m_layout->addRow(QString(), m_remember);
    m_layout->addRow(QString(), m_credentialNote);
    m_layout->addRow(QString(), m_insecure);
    m_layout->addRow(tr("CA &file:"), caFileRow());
    m_timeout = named(new QSpinBox(this), "timeoutSeconds");
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(QSettings().value(timeoutKey, 30).toInt());
    m_timeout->setToolTip(tr("How long to wait for each answer of the broker."));
    m_layout->addRow(tr("T&imeout:"), m_timeout);

    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyRecent(m_recentBrokers.value(index - 1));
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, &BrokerConnectionForm::updateAuthRows);
    for (QLineEdit *edit : { m_url, m_username, m_password, m_token })
        connect(edit, &QLineEdit::textChanged, this, &BrokerConnectionForm::changed);
    connect(m_url, &QLineEdit::textChanged, m_urlError, &QWidget::hide);
    connect(m_remember, &QCheckBox::toggled, this, &BrokerConnectionForm::updateCredentialNote);
}

QWidget *BrokerConnectionForm::caFileRow()
{
    auto *row = new QWidget(this);
    m_caFile = named(new QLineEdit(row), "caFile");
    m_caFile->setPlaceholderText(tr("PEM file of a private CA (optional)"));
    auto *browse = named(new QPushButton(tr("Choose\u2026"), row), "chooseCaFile");
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caFile, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA Certificates"), m_caFile->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    return row;
}

Auth BrokerConnectionForm::auth() const
{
    return Auth(m_auth->currentData().toInt());
}

void BrokerConnectionForm::updateAuthRows()
{
    const Auth kind = auth();
    m_layout->setRowVisible(m_username, kind == Auth::Basic);
    m_layout->setRowVisible(m_password, kind == Auth::Basic);
    m_layout->setRowVisible(m_token, kind == Auth::Bearer);
    m_layout->setRowVisible(m_remember, kind != Auth::None);
    updateCredentialNote();
    Q_EMIT changed();
}

void BrokerConnectionForm::updateCredentialNote()
{
    const bool relevant = auth() != Auth::None && m_remember->isChecked();
    if (!m_credentials->isPersistent()) {
        m_credentialNote->setText(tr("No keychain: credentials are remembered for this session only (%1).")
                                      .arg(m_credentials->fallbackReason()));
    } else {
        m_credentialNote->setText(tr("Credentials are kept in the system keychain, never in the settings file."));
    }
    m_layout->setRowVisible(m_credentialNote, relevant);
}

QString BrokerConnectionForm::urlProblem() const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the broker's URL, e.g. https://broker.example.com.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return tr("“%1” is not an http:// or https:// URL.").arg(text);
    return {};
}

bool BrokerConnectionForm::validate()
{
    const QString problem = urlProblem();
    m_urlError->setText(problem);
    m_urlError->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

BrokerConnection BrokerConnectionForm::connection() const
{
    BrokerConnection c;
    c.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    c.auth = auth();
    if (c.auth == Auth::Basic) {
        c.username = m_username->text();
        c.password = m_password->text();
    } else if (c.auth == Auth::Bearer) {
        c.token = m_token->text();
    }
    c.insecure = m_insecure->isChecked();
    c.caFile = m_caFile->text().trimmed();
    c.timeoutMs = m_timeout->value() * 1000;
    return c;
}

RecentBroker BrokerConnectionForm::recentEntry() const
{
    const BrokerConnection c = connection();
    return RecentBroker{ c.baseUrl.adjusted(QUrl::RemoveUserInfo), c.auth, c.username, c.insecure, c.caFile };
}

QString BrokerConnectionForm::credentialKey() const
{
    const RecentBroker entry = recentEntry();
    return CredentialStore::brokerKey(entry.url.toString(), RecentBrokers::authKey(entry.auth), entry.username);
}

void BrokerConnectionForm::rememberSecret()
{
    const BrokerConnection c = connection();
    if (c.auth == Auth::None)
        return;
    if (m_remember->isChecked())
        m_credentials->store(credentialKey(), c.auth == Auth::Basic ? c.password : c.token);
    else
        m_credentials->remove(credentialKey());
}

void BrokerConnectionForm::saveSettings() const
{
    QSettings().setValue(timeoutKey, m_timeout->value());
}

void BrokerConnectionForm::applyRecent(const RecentBroker &broker)
{
    m_url->setText(broker.url.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(broker.auth)));
    m_username->setText(broker.username);
    m_password->clear();
    m_token->clear();
    m_insecure->setChecked(broker.insecure);
    m_caFile->setText(broker.caFile);
    m_pendingKey.clear();
    if (broker.auth == Auth::None)
        return;
    m_pendingKey = credentialKey();
    m_credentials->read(m_pendingKey);
}

void BrokerConnectionForm::onSecretRead(const QString &key, const QString &secret, bool found)
{
    if (key != m_pendingKey)
        return; // an older request, or another form's
    m_pendingKey.clear();
    QLineEdit *field = auth() == Auth::Basic ? m_password : m_token;
    // Typed meanwhile, or the fields now name another credential: the user's input wins.
    if (key != credentialKey() || !field->text().isEmpty())
        return;
    if (found)
        field->setText(secret);
    m_remember->setChecked(found);
    Q_EMIT secretLoaded(found);
}

void BrokerConnectionForm::reloadRecent()
{
    m_recentBrokers = RecentBrokers::load();
    m_recent->clear();
    m_recent->addItem(m_recentBrokers.isEmpty() ? tr("No recent brokers") : tr("Choose a recent broker\u2026"));
    for (const RecentBroker &b : m_recentBrokers) {
        QString label = b.url.toString();
        if (!b.username.isEmpty())
            label += u" \u2014 "_qs + b.username;
        label += u" ("_qs + BrokerErrorText::authLabel(b.auth) + u')';
        m_recent->addItem(label);
    }
    m_recent->setEnabled(!m_recentBrokers.isEmpty());
}

} // namespace Pactbench
