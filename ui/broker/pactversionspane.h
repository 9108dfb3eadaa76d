// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/latestpactsummary.h>
#include <core/broker/pactversions.h>
#include <core/model/pact.h> // complete for the compareRequested signal's meta type

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerClient;
class BrokerProgress;
class PactVersionsModel;

/**
 * Part of the Browse tab: the published versions of one consumer → provider pact (through the
 * pact's `pb:all-pact-versions`), an OLD and a NEW choice among them (the two newest unless
 * changed) and Compare, which fetches both pacts and emits compareRequested(). Calls show in the
 * dialog's BrokerProgress (busy bar, Cancel); failures in the pane's message line. Hidden until
 * showVersionsOf() is called.
 */
class PactVersionsPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PactVersionsPane)

public:
    explicit PactVersionsPane(BrokerProgress *progress, QWidget *parent = nullptr);
    ~PactVersionsPane() override;

    /// Uses `client` (not owned; null clears and hides the pane).
    void setClient(BrokerClient *client);
    /// Shows the pane and loads the versions of `pact`.
    void showVersionsOf(const LatestPactSummary &pact);
    /// Fetches the chosen OLD and NEW versions; compareRequested() once both arrived.
    void compareChosen();
    const QList<PactVersionSummary> &versions() const;

Q_SIGNALS:
    /// Both chosen versions were fetched; names like "web → orders 1.4.0".
    void compareRequested(const Pactbench::Pact &oldPact, const QString &oldName, const Pactbench::Pact &newPact,
        const QString &newName);

private:
    void setupUi();
    void setVersions(const QList<PactVersionSummary> &versions);
    void updateButton();
    void showMessage(const QString &text, bool error);

    BrokerProgress *m_progress;
    QPointer<BrokerClient> m_client;
    int m_generation = 0; ///< answers to an older request (or client) are dropped
    PactVersionsModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_old = nullptr;
    QComboBox *m_new = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Pactbench
