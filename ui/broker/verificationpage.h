// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/pactforverification.h>

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerClient;
class BrokerProgress;
class VerificationPactsModel;
class VerificationSelectorsForm;

/**
 * The For verification tab: the selectors form, Fetch (pacts for verification of the provider),
 * the list with pending/WIP marks, and the notices of the selected pacts.
 */
class VerificationPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPage)

public:
    VerificationPage(BrokerProgress *progress, QWidget *parent = nullptr);
    ~VerificationPage() override;

    /// Uses `client` (not owned; null clears the list).
    void setClient(BrokerClient *client);
    VerificationSelectorsForm *selectorsForm() const { return m_form; }
    /// Sends the request of the form; the list fills when the broker answers.
    void fetch();
    /// The selected entries, in the broker's order.
    QList<PactForVerification> selectedPacts() const;

Q_SIGNALS:
    void selectionChanged();
    void openRequested();

private:
    void setupUi();
    void showNotices();
    void showMessage(const QString &text);
    void updateFetchButton();

    BrokerProgress *m_progress;
    QPointer<BrokerClient> m_client;
    VerificationSelectorsForm *m_form = nullptr;
    VerificationPactsModel *m_model = nullptr;
    QPushButton *m_fetch = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_notices = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Pactbench
