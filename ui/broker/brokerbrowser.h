// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/latestpactsummary.h>
#include <core/model/pact.h> // complete for the compareRequested signal's meta type

#include <QPointer>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerClient;
class BrokerProgress;
class LatestPactsModel;
class PacticipantsModel;
class PactVersionsPane;

/**
 * The Browse tab: the broker's pacticipants (filterable, sorted) and the latest pacts of the chosen
 * one, as consumer, provider or either (all latest pacts while none is chosen), sortable by any
 * column (dates as dates). Several pacts can be selected. "Compare versions…" lists the versions
 * of the one selected pact (PactVersionsPane) and compares two of them (compareRequested()).
 */
class BrokerBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerBrowser)

public:
    BrokerBrowser(BrokerProgress *progress, QWidget *parent = nullptr);
    ~BrokerBrowser() override;

    /// Uses `client` (not owned; null clears the lists) and loads pacticipants and latest pacts.
    void setClient(BrokerClient *client);
    /// Loads both lists again.
    void refresh();
    /// The URLs of the selected pacts, in the table's order.
    QList<QUrl> selectedPactUrls() const;
    /// The name of the chosen pacticipant, or empty.
    QString currentPacticipant() const;
    /// Lists the versions of the one selected pact under the table; false when not exactly one is selected.
    bool showVersionsOfSelected();

Q_SIGNALS:
    void selectionChanged();
    /// A pact was double-clicked or Enter was pressed on it.
    void openRequested();
    /// Two versions of a pact were fetched for comparing (PactVersionsPane::compareRequested).
    void compareRequested(const Pactbench::Pact &oldPact, const QString &oldName, const Pactbench::Pact &newPact,
        const QString &newName);

private:
    void setupUi();
    void loadPacticipants();
    void loadLatestPacts();
    /// Shows `reply` as busy under `what`; when it answers for the current connection, `use` gets its value.
    template<typename Reply, typename Use> void whenAnswered(Reply *reply, const QString &what, Use use);
    void showPactsOfCurrent();
    bool shows(const LatestPactSummary &pact, const QString &pacticipant) const;
    void showMessage(const QString &text);
    void updateCompareButton();

    BrokerProgress *m_progress;
    QPointer<BrokerClient> m_client;
    QList<LatestPactSummary> m_allPacts;
    PacticipantsModel *m_pacticipants = nullptr;
    QSortFilterProxyModel *m_pacticipantsFilter = nullptr;
    LatestPactsModel *m_pacts = nullptr;
    QSortFilterProxyModel *m_pactsSort = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_role = nullptr;
    QTableView *m_pacticipantsView = nullptr;
    QTableView *m_pactsView = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_compareVersions = nullptr;
    PactVersionsPane *m_versions = nullptr;
};

} // namespace Pactbench
