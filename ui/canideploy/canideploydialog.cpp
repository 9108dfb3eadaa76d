// SPDX-License-Identifier: MIT
#include "canideploydialog.h"

#include "canideploybackend.h"
#include "canideployform.h"
#include "matrixrowfeeder.h"
#include "matrixtablemodel.h"
#include "verdictview.h"
#include "whatifpanel.h"

#include <ui/broker/brokererrortext.h>
#include <ui/broker/brokerprogress.h>
#include <ui/models/pactformat.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Pactbench {

CanIDeployDialog::CanIDeployDialog(const BrokerConnection &connection, QWidget *parent)
    : CanIDeployDialog(std::make_unique<BrokerClientBackend>(connection), parent)
{ }

CanIDeployDialog::CanIDeployDialog(std::unique_ptr<CanIDeployBackend> backend, QWidget *parent)
    : QDialog(parent), m_backend(std::move(backend))
{
    setObjectName(u"canIDeployDialog"_qs);
    setWindowTitle(tr("Can I Deploy?"));
    setModal(false);
    setupUi();
    loadLists();
}

CanIDeployDialog::~CanIDeployDialog()
{
    m_feeder->cancel();
    if (m_pending)
        m_pending->cancel();
}

void CanIDeployDialog::setupUi()
{
    m_form = new CanIDeployForm(this);
    m_verdict = new VerdictView(this);
    m_verdict->setMessage(tr("Choose a pacticipant, its version and where it goes, then press Check."));
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_notices = new QLabel(this);
    m_notices->setObjectName(u"noticesLabel"_qs);
    m_notices->setWordWrap(true);
    m_notices->hide();
    m_progress = new BrokerProgress(this);
    m_rows = new QLabel(this);
    m_rows->setObjectName(u"rowsLabel"_qs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CanIDeployDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_verdict->blockingList());
    splitter->addWidget(createMatrixArea());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 140, 420 });
    splitter->setChildrenCollapsible(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_rows);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_error);
    layout->addWidget(m_notices);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1200, 720);

    connect(m_form, &CanIDeployForm::checkRequested, this, &CanIDeployDialog::check);
    connect(m_whatIf, &WhatIfPanel::changed, this, &CanIDeployDialog::ask);
    connect(m_verdict, &VerdictView::rowActivated, this, &CanIDeployDialog::selectRow);
    connect(m_feeder, &MatrixRowFeeder::progress, this, &CanIDeployDialog::updateRowsLabel);
}

QWidget *CanIDeployDialog::createMatrixArea()
{
    m_model = new MatrixTableModel(this);
    m_feeder = new MatrixRowFeeder(m_model, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MatrixTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"matrixView"_qs);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the broker's order first
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setToolTip(tr("Double-click a pact or a verification to open it"));
    connect(m_view, &QTableView::doubleClicked, this, &CanIDeployDialog::onDoubleClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CanIDeployDialog::onContextMenu);

    m_whatIf = new WhatIfPanel(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_whatIf);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void CanIDeployDialog::loadLists()
{
    auto *pacticipants = m_backend->pacticipants();
    m_progress->track(pacticipants, tr("Reading the pacticipants…"));
    connect(pacticipants, &BrokerReplyBase::finished, this, [this, pacticipants] {
        pacticipants->deleteLater();
        if (!pacticipants->ok()) {
            if (!pacticipants->isCancelled())
                showError(tr("The list of pacticipants cannot be read; type the name.\n%1")
                              .arg(BrokerErrorText::describe(pacticipants->error())));
            return;
        }
        QStringList names;
        for (const PacticipantSummary &p : pacticipants->value())
            names << p.name;
        names.sort(Qt::CaseInsensitive);
        m_form->setPacticipants(names);
    });
    auto *environments = m_backend->environments();
    m_progress->track(environments, tr("Reading the environments…"));
    connect(environments, &BrokerReplyBase::finished, this, [this, environments] {
        environments->deleteLater();
        if (!environments->ok()) {
            if (!environments->isCancelled())
                showError(tr("The list of environments cannot be read; type the name or use a tag.\n%1")
                              .arg(BrokerErrorText::describe(environments->error())));
            return;
        }
        m_form->setEnvironments(environments->value());
    });
}

void CanIDeployDialog::check()
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_verdict->setMessage(problem);
        return;
    }
    m_base = m_form->query();
    m_whatIf->reset(m_base.selectors.constFirst().pacticipant);
    ask();
}

MatrixQuery CanIDeployDialog::currentQuery() const
{
    MatrixQuery query = m_base;
    query.selectors << m_whatIf->versionOverrides();
    query.ignore = m_whatIf->ignores();
    // One pacticipant: its latest row per consumer/provider pair; several: per pair of versions.
    query.latestBy = query.selectors.size() == 1 ? u"cvp"_qs : u"cvpv"_qs;
    return query;
}

void CanIDeployDialog::ask()
{
    if (m_base.selectors.isEmpty())
        return; // no question yet
    if (m_pending)
        m_pending->cancel(); // its late answer is dropped in onAnswer()
    m_lastQuery = currentQuery();
    m_error->hide();
    m_verdict->setMessage(tr("Asking the broker…"));
    BrokerReply<Matrix> *reply = m_backend->canIDeploy(m_lastQuery);
    m_pending = reply;
    m_progress->track(
        reply, tr("Asking whether %1 can be deployed…").arg(m_lastQuery.selectors.constFirst().pacticipant));
    connect(reply, &BrokerReplyBase::finished, this, [this, reply] { onAnswer(reply); });
}

void CanIDeployDialog::onAnswer(BrokerReply<Matrix> *reply)
{
    reply->deleteLater();
    if (reply != m_pending)
        return; // an answer to a question no longer asked
    m_pending = nullptr;
    if (reply->ok()) {
        showAnswer(reply->value());
    } else if (reply->isCancelled()) {
        m_verdict->setMessage(tr("Cancelled: no verdict."));
    } else {
        m_verdict->setMessage(tr("No verdict: the broker could not answer."));
        showError(BrokerErrorText::describe(reply->error()));
    }
    Q_EMIT answered();
}

void CanIDeployDialog::showAnswer(const Matrix &matrix)
{
    m_matrix = matrix;
    m_explanation = explainCanIDeploy(m_lastQuery, matrix);
    m_verdict->setExplanation(m_explanation, m_whatIf->summary());
    showNotices(matrix.notices);
    m_model->clear();
    m_model->setBlocking(m_explanation.blocking);
    m_whatIf->addRows(matrix.rows);
    m_feeder->feed(matrix.rows);
    updateRowsLabel(m_model->rowCount(), int(matrix.rows.size()));
    for (int column = 0; column < MatrixTableModel::ExplanationColumn; ++column)
        m_view->resizeColumnToContents(column); // the explanation takes the rest of the width
}

void CanIDeployDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

QString CanIDeployDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CanIDeployDialog::showNotices(const QList<BrokerNotice> &notices)
{
    QStringList lines;
    for (const BrokerNotice &notice : notices) {
        if (!notice.text.isEmpty())
            lines << notice.text;
    }
    m_notices->setText(lines.join(u'\n'));
    m_notices->setVisible(!lines.isEmpty());
}

void CanIDeployDialog::updateRowsLabel(int shown, int total)
{
    const QLocale locale;
    m_rows->setText(shown < total ? tr("Showing %1 of %2 rows…").arg(locale.toString(shown), locale.toString(total))
                                  : PactFormat::numerus(tr("%n row(s)", nullptr, total), total));
}

void CanIDeployDialog::onDoubleClicked(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const QUrl url = source.data(MatrixTableModel::LinkRole).toUrl();
    if (url.isEmpty())
        return;
    if (source.column() == MatrixTableModel::PactColumn)
        Q_EMIT pactRequested(url);
    else if (source.column() == MatrixTableModel::VerificationColumn)
        Q_EMIT verificationRequested(url, m_model->matrixRow(source.row()).pactUrl);
}

QMenu *CanIDeployDialog::contextMenuFor(const QModelIndex &viewIndex)
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    if (!source.isValid())
        return nullptr;
    const MatrixRow &row = m_model->matrixRow(source.row());
    QUrl browse = source.data(MatrixTableModel::LinkRole).toUrl();
    if (browse.isEmpty())
        browse = row.verificationUrl.isEmpty() ? row.pactUrl : row.verificationUrl;
    if (browse.isEmpty())
        return nullptr;
    auto *menu = new QMenu(this);
    if (!row.verificationUrl.isEmpty()) {
        QAction *open = menu->addAction(tr("Open &Verification"), this, [this, row] {
            Q_EMIT verificationRequested(row.verificationUrl, row.pactUrl);
        });
        open->setObjectName(u"openVerificationAction"_qs);
    }
    if (!row.pactUrl.isEmpty()) {
        QAction *open = menu->addAction(tr("Open &Pact"), this, [this, row] { Q_EMIT pactRequested(row.pactUrl); });
        open->setObjectName(u"openPactAction"_qs);
    }
    QAction *browser = menu->addAction(tr("Open in &Browser"), this, [this, browse] { Q_EMIT browserRequested(browse); });
    browser->setObjectName(u"openInBrowserAction"_qs);
    browser->setToolTip(browse.toDisplayString(QUrl::RemoveUserInfo));
    return menu;
}

void CanIDeployDialog::onContextMenu(const QPoint &at)
{
    QMenu *menu = contextMenuFor(m_view->indexAt(at));
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

void CanIDeployDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void CanIDeployDialog::reject()
{
    m_feeder->cancel();
    m_progress->cancelAll();
    QDialog::reject();
}

} // namespace Pactbench
