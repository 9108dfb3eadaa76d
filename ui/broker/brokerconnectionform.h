// SPDX-License-Identifier: MIT
#pragma once

#include "recentbrokers.h"

#include <core/broker/brokerconnection.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Pactbench {

class CredentialStore;

/**
 * Where and how to connect: broker URL (checked), auth kind with only the fields it needs,
 * "Remember credentials" (the CredentialStore: keychain, or session-only with a visible note),
 * "Allow self-signed certificate", a CA file for private certificates, and the recent brokers (QSettings, no secrets).
 * Picking a recent broker fills the fields and reads its secret from the store asynchronously.
 */
class BrokerConnectionForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerConnectionForm)

public:
    explicit BrokerConnectionForm(CredentialStore *credentials, QWidget *parent = nullptr);
    ~BrokerConnectionForm() override;

    /// The connection as entered (secrets included: keep it in memory only).
    BrokerConnection connection() const;
    /// The entry remembered among the recent brokers (no secret).
    RecentBroker recentEntry() const;
    /// Why the URL cannot be used, or empty.
    QString urlProblem() const;
    /// Shows the URL problem next to the field; true when the URL is usable.
    bool validate();
    /// After a successful connection: stores the secret when "Remember" is on, else forgets it.
    void rememberSecret();
    /// Writes the settings that are not per broker (the request timeout) to QSettings.
    void saveSettings() const;
    /// Fills the fields from a recent broker and reads its secret from the store.
    void applyRecent(const RecentBroker &broker);
    /// Reloads the recent brokers list from the settings.
    void reloadRecent();

Q_SIGNALS:
    void changed();
    /// A secret asked for by applyRecent() arrived (`found` false when the store had none).
    void secretLoaded(bool found);

private:
    void setupUi();
    QWidget *caFileRow();
    void updateAuthRows();
    void updateCredentialNote();
    void onSecretRead(const QString &key, const QString &secret, bool found);
    QString credentialKey() const;
    BrokerConnection::Auth auth() const;

    CredentialStore *m_credentials;
    QString m_pendingKey;
    QList<RecentBroker> m_recentBrokers;
    QFormLayout *m_layout = nullptr;
    QComboBox *m_recent = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_credentialNote = nullptr;
};

} // namespace Pactbench
