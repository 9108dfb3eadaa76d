// SPDX-License-Identifier: MIT
#pragma once

#include "verifysettings.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Pactbench {

/// The provider, state-change, message, header, filter and timeout fields of a verification run.
class VerifySettingsForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifySettingsForm)

public:
    explicit VerifySettingsForm(QWidget *parent = nullptr);
    ~VerifySettingsForm() override;

    /// The form's fields; the publish fields (version, branch) are left as in `base`.
    VerifySettings settings(const VerifySettings &base = {}) const;
    void setSettings(const VerifySettings &settings);

private:
    QLineEdit *lineEdit(const char *objectName, const QString &placeholder);

    QLineEdit *m_baseUrl;
    QLineEdit *m_stateUrl;
    QCheckBox *m_teardown;
    QLineEdit *m_messagePath;
    QPlainTextEdit *m_headers;
    QLineEdit *m_description;
    QLineEdit *m_state;
    QLineEdit *m_consumer;
    QSpinBox *m_timeout;
};

} // namespace Pactbench
