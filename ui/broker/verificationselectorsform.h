// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/pactsforverificationrequest.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateEdit;
class QLineEdit;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * The pacts-for-verification request as a form: provider name and branch, the consumer version
 * selectors (main branch, deployed or released, matching branch, tags, latest), include pending,
 * include WIP pacts since a date. Defaults follow the broker's advice: main branch + deployed or
 * released, pending status on.
 */
class VerificationSelectorsForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationSelectorsForm)

public:
    explicit VerificationSelectorsForm(QWidget *parent = nullptr);
    ~VerificationSelectorsForm() override;

    PactsForVerificationRequest request() const;
    /// Why the request cannot be sent (no provider, matching branch without provider branch), or empty.
    QString problem() const;
    void setProviderName(const QString &name);

Q_SIGNALS:
    void changed();

private:
    void setupUi();
    QStringList tags() const;

    QLineEdit *m_provider = nullptr;
    QLineEdit *m_providerBranch = nullptr;
    QCheckBox *m_mainBranch = nullptr;
    QCheckBox *m_deployedOrReleased = nullptr;
    QCheckBox *m_matchingBranch = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_tagsLatest = nullptr;
    QCheckBox *m_latest = nullptr;
    QCheckBox *m_pending = nullptr;
    QCheckBox *m_wip = nullptr;
    QDateEdit *m_wipSince = nullptr;
};

} // namespace Pactbench
