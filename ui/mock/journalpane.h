// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Pactbench {

class JournalDetail;
class RunningServer;

/**
 * The journal of one running server: the live request table (kept scrolled to the newest row
 * unless the user scrolled up), the selected request in full (JournalDetail), the exact counters
 * with the verify summary, and the interactions not requested yet. Clear and Export act on it.
 */
class JournalPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPane)
public:
    explicit JournalPane(QWidget *parent = nullptr);
    ~JournalPane() override;

    /// Shows this server's journal (null: none).
    void setServer(RunningServer *server);
    RunningServer *server() const { return m_server; }

Q_SIGNALS:
    /// The user activated the matched, closest or a missing interaction (index in the server's pact).
    void interactionActivated(int interactionIndex);
    void clearRequested();
    void exportRequested();
    void writePactRequested();

private:
    void setupUi();
    void setColumnWidths();
    void onRowsInserted();
    void onCurrentRowChanged();
    void onTrimFinished();
    void onActivated(int row);
    void refreshSummary();
    void refreshMissing();
    void updateWritePact();

    QPointer<RunningServer> m_server;
    QTreeView *m_view;
    JournalDetail *m_detail;
    QLabel *m_summary;
    QListWidget *m_missing;
    QPushButton *m_clear;
    QPushButton *m_export;
    QPushButton *m_writePact;
    QTimer *m_missingTimer; ///< refreshes the missing list at most a few times a second
    bool m_trimming = false; ///< the model is removing old rows
    bool m_lostCurrent = false; ///< ... and the current row was among them
};

} // namespace Pactbench
