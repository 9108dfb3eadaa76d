// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/brokerreply.h>
#include <core/broker/canideployexplanation.h>
#include <core/broker/matrix.h>

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerProgress;
class CanIDeployBackend;
class CanIDeployForm;
class MatrixRowFeeder;
class MatrixTableModel;
class VerdictView;
class WhatIfPanel;
struct BrokerConnection;

/**
 * Broker › Can I Deploy…: may this version of a pacticipant go to that environment (or tag), and if
 * not, why not and what to do. The form asks the question (CanIDeployForm), the verdict comes in
 * words at the top with each blocking reason and its next step (VerdictView, explainCanIDeploy()),
 * the broker's matrix below (MatrixTableModel, filled progressively), and the "what if" toggles
 * beside it (WhatIfPanel): each toggle asks the broker again at once; the previous call is
 * cancelled and a late answer to it is dropped. Failures show in the dialog. Not modal: show() it.
 * Double-clicking a pact cell emits pactRequested(), a verification cell verificationRequested()
 * (with the row's pact); a row's context menu opens its verification or pact, or either in the
 * browser (browserRequested()).
 */
class CanIDeployDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanIDeployDialog)

public:
    /// Asks the broker at `connection` (a BrokerClient of its own, so the secret stays in memory).
    explicit CanIDeployDialog(const BrokerConnection &connection, QWidget *parent = nullptr);
    /// Asks through `backend` (tests, or a caller with its own client).
    explicit CanIDeployDialog(std::unique_ptr<CanIDeployBackend> backend, QWidget *parent = nullptr);
    ~CanIDeployDialog() override;

    CanIDeployForm *form() const { return m_form; }
    WhatIfPanel *whatIf() const { return m_whatIf; }
    VerdictView *verdictView() const { return m_verdict; }
    MatrixTableModel *model() const { return m_model; }
    QTableView *matrixView() const { return m_view; }

    /// Asks the form's question (the "what if" toggles start off). Says what is missing instead when incomplete.
    void check();
    /// The question last sent, "what if" toggles included.
    const MatrixQuery &lastQuery() const { return m_lastQuery; }
    /// The last answer and its explanation (empty before the first).
    const Matrix &matrix() const { return m_matrix; }
    const CanIDeployExplanation &explanation() const { return m_explanation; }
    /// The error shown for the last call, or empty.
    QString errorText() const;
    bool isAsking() const { return !m_pending.isNull(); }
    /**
     * The context menu of the matrix cell at `viewIndex` (an index of matrixView()'s model): Open
     * Verification, Open Pact, and Open in Browser for the cell's link (else the row's verification,
     * else its pact). Null for a row with no link at all. The caller owns it.
     */
    QMenu *contextMenuFor(const QModelIndex &viewIndex);

Q_SIGNALS:
    /// A pact cell was double-clicked: open the pact at `url` (in the tree).
    void pactRequested(const QUrl &url);
    /// A verification cell was double-clicked: show the verification at `url` of the pact at `pactUrl`.
    void verificationRequested(const QUrl &url, const QUrl &pactUrl);
    /// "Open in Browser" was chosen for `url` (a verification or a pact).
    void browserRequested(const QUrl &url);
    /// An answer to the current question was shown, or its failure.
    void answered();

public Q_SLOTS:
    /// Cancels what is under way, then closes.
    void reject() override;

private:
    void setupUi();
    QWidget *createMatrixArea();
    void loadLists();
    void ask();
    MatrixQuery currentQuery() const;
    void onAnswer(BrokerReply<Matrix> *reply);
    void showAnswer(const Matrix &matrix);
    void showError(const QString &text);
    void showNotices(const QList<BrokerNotice> &notices);
    void onDoubleClicked(const QModelIndex &index);
    void onContextMenu(const QPoint &at);
    void selectRow(int row);
    void updateRowsLabel(int shown, int total);

    std::unique_ptr<CanIDeployBackend> m_backend;
    CanIDeployForm *m_form = nullptr;
    VerdictView *m_verdict = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notices = nullptr;
    QLabel *m_rows = nullptr;
    BrokerProgress *m_progress = nullptr;
    MatrixTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    MatrixRowFeeder *m_feeder = nullptr;
    QTableView *m_view = nullptr;
    WhatIfPanel *m_whatIf = nullptr;

    MatrixQuery m_base; ///< the form's question, without the toggles
    MatrixQuery m_lastQuery;
    Matrix m_matrix;
    CanIDeployExplanation m_explanation;
    QPointer<BrokerReply<Matrix>> m_pending;
};

} // namespace Pactbench
