// SPDX-License-Identifier: MIT
#pragma once

#include <core/mockserver/mockserverconfig.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
QT_END_NAMESPACE

namespace Pactbench {

struct Pact;

/**
 * How the next mock server starts: host, port (0: any free one), which provider states to
 * serve (the current pact's states, all unchecked = no filter), CORS and TLS. Host, port, CORS
 * and TLS are remembered in QSettings (group "MockServer") each time a server is started.
 */
class ServerSettingsForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSettingsForm)
public:
    explicit ServerSettingsForm(QWidget *parent = nullptr);
    ~ServerSettingsForm() override;

    /// Lists the provider states of `pact` (those checked before stay checked when still there).
    void setStates(const Pact &pact);
    /// The configuration the form describes; `ok` false (and `problem` set) when the host is not an address.
    MockServerConfig config(bool *ok = nullptr, QString *problem = nullptr) const;

    void loadSettings();
    void saveSettings() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QListWidget *m_states;
    QCheckBox *m_cors;
    QCheckBox *m_tls;
    QLabel *m_statesLabel;
    QStringList m_stateNames; ///< the states listed, in pact order
    bool m_statesListed = false;
};

} // namespace Pactbench
