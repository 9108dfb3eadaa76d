// SPDX-License-Identifier: MIT
#include "proposalreviewdialog.h"

#include "proposalmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pactbench {

ProposalReviewDialog::ProposalReviewDialog(QWidget *parent)
    : QDialog(parent), m_model(new ProposalModel(this))
{
    setObjectName(QStringLiteral("proposalReviewDialog"));
    setWindowTitle(tr("Review Captured Interactions"));
    auto *intro = new QLabel(tr("Tick the interactions to add and the matchers to accept. A rejected matcher leaves "
                                "the recorded value exact. Double-click a description to edit it."),
        this);
    intro->setWordWrap(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("reviewTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(true);

    m_acceptAll = new QPushButton(tr("Accept All"), this);
    m_acceptAll->setObjectName(QStringLiteral("acceptAllButton"));
    m_rejectAll = new QPushButton(tr("Reject All"), this);
    m_rejectAll->setObjectName(QStringLiteral("rejectAllButton"));
    m_exactOnly = new QCheckBox(tr("Exact values only (no matchers)"), this);
    m_exactOnly->setObjectName(QStringLiteral("exactOnlyCheck"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_acceptAll);
    tools->addWidget(m_rejectAll);
    tools->addSpacing(12);
    tools->addWidget(m_exactOnly);
    tools->addStretch(1);

    m_notesLabel = new QLabel(tr("Notes"), this);
    m_notes = new QListWidget(this);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 6);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("reviewButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Pact"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addLayout(tools);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(createTargetBox());
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_acceptAll, &QPushButton::clicked, m_model, [this] { m_model->setAllAccepted(true); });
    connect(m_rejectAll, &QPushButton::clicked, m_model, [this] { m_model->setAllAccepted(false); });
    connect(m_exactOnly, &QCheckBox::toggled, m_model, &ProposalModel::setExactOnly);
    connect(m_model, &ProposalModel::choiceChanged, this, &ProposalReviewDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(980, 640);
    setOpenPact({});
}

QWidget *ProposalReviewDialog::createTargetBox()
{
    auto *box = new QGroupBox(tr("Add to"), this);
    m_toOpen = new QRadioButton(box);
    m_toOpen->setObjectName(QStringLiteral("targetOpenRadio"));
    m_toNew = new QRadioButton(tr("A new pact"), box);
    m_toNew->setObjectName(QStringLiteral("targetNewRadio"));
    m_consumer = new QLineEdit(QStringLiteral("consumer"), box);
    m_consumer->setObjectName(QStringLiteral("consumerEdit"));
    m_provider = new QLineEdit(QStringLiteral("provider"), box);
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    auto *names = new QFormLayout;
    names->addRow(tr("Consumer:"), m_consumer);
    names->addRow(tr("Provider:"), m_provider);
    auto *layout = new QHBoxLayout(box);
    auto *radios = new QVBoxLayout;
    radios->addWidget(m_toOpen);
    radios->addWidget(m_toNew);
    layout->addLayout(radios);
    layout->addSpacing(12);
    layout->addLayout(names, 1);
    connect(m_toNew, &QRadioButton::toggled, this, &ProposalReviewDialog::refresh);
    connect(m_consumer, &QLineEdit::textChanged, this, &ProposalReviewDialog::refresh);
    connect(m_provider, &QLineEdit::textChanged, this, &ProposalReviewDialog::refresh);
    return box;
}

void ProposalReviewDialog::setInteractions(const QList<CapturedInteraction> &interactions, const QList<CaptureNote> &notes)
{
    m_model->setInteractions(interactions);
    m_tree->expandAll();
    for (int column = 0; column < ProposalModel::ReasonColumn; ++column)
        m_tree->resizeColumnToContents(column);
    // Long regexes and examples are cut (their tooltips hold them whole), so the reason stays in view.
    const int em = m_tree->fontMetrics().horizontalAdvance(u'M');
    const int widest[] = { 26 * em, 16 * em, 22 * em, 14 * em };
    for (int column = 0; column < ProposalModel::ReasonColumn; ++column)
        m_tree->setColumnWidth(column, qMin(m_tree->columnWidth(column), widest[column]));
    m_notes->clear();
    for (const CaptureNote &note : notes)
        m_notes->addItem(formatCaptureNote(note));
    m_notesLabel->setText(tr("Notes (%n)", nullptr, int(notes.size())));
    m_notes->setVisible(!notes.isEmpty());
    refresh();
}

void ProposalReviewDialog::setOpenPact(const QString &displayName)
{
    m_toOpen->setText(tr("The open pact: %1").arg(displayName));
    m_toOpen->setEnabled(!displayName.isEmpty());
    (displayName.isEmpty() ? m_toNew : m_toOpen)->setChecked(true);
    refresh();
}

void ProposalReviewDialog::setNewPactNames(const QString &consumer, const QString &provider)
{
    m_consumer->setText(consumer);
    m_provider->setText(provider);
}

bool ProposalReviewDialog::addsToOpenPact() const
{
    return m_toOpen->isEnabled() && m_toOpen->isChecked();
}

QString ProposalReviewDialog::consumer() const
{
    return m_consumer->text().trimmed();
}

QString ProposalReviewDialog::provider() const
{
    return m_provider->text().trimmed();
}

QList<Interaction> ProposalReviewDialog::result() const
{
    QList<Interaction> out;
    for (const CapturedInteraction &c : m_model->chosen())
        out.append(Capture::interactionWithProposals(c));
    return out;
}

void ProposalReviewDialog::refresh()
{
    const bool toNew = !addsToOpenPact();
    m_consumer->setEnabled(toNew);
    m_provider->setEnabled(toNew);
    const int included = m_model->includedCount();
    const bool namesOk = !toNew || (!consumer().isEmpty() && !provider().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(included > 0 && namesOk);
    m_exactOnly->setChecked(m_model->exactOnly());
    m_acceptAll->setEnabled(!m_model->exactOnly());
    m_rejectAll->setEnabled(!m_model->exactOnly());
    QString text = tr("%n interaction(s) to add", nullptr, included) + QStringLiteral(", ")
        + tr("%n matcher(s) accepted", nullptr, m_model->acceptedCount());
    if (!namesOk)
        text += QStringLiteral(" — ") + tr("name the consumer and the provider of the new pact");
    m_summary->setText(text);
}

} // namespace Pactbench
