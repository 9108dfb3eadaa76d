// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/pactbuilder.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeView;
QT_END_NAMESPACE

namespace Pactbench {

class ProposalModel;

/**
 * The review step of capturing: the captured interactions in a tree (include each or not, edit its
 * description), below each the matchers the inference proposes, field by field (accept or reject;
 * Accept all / Reject all), the notes of capturing (secrets replaced, headers dropped, merged), and
 * where the result goes: the open pact or a new one (consumer and provider names). "Exact values
 * only" leaves every proposal out. result() gives the chosen interactions with their accepted
 * proposals applied.
 */
class ProposalReviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalReviewDialog)

public:
    explicit ProposalReviewDialog(QWidget *parent = nullptr);

    void setInteractions(const QList<CapturedInteraction> &interactions, const QList<CaptureNote> &notes);
    /// Offers "Add to NAME" (chosen at first); empty: only a new pact.
    void setOpenPact(const QString &displayName);
    void setNewPactNames(const QString &consumer, const QString &provider);

    ProposalModel *model() const { return m_model; }
    bool addsToOpenPact() const;
    QString consumer() const;
    QString provider() const;
    /// The included interactions (descriptions as edited) with their accepted proposals applied.
    QList<Interaction> result() const;

private:
    QWidget *createTargetBox();
    void refresh();

    ProposalModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_rejectAll = nullptr;
    QCheckBox *m_exactOnly = nullptr;
    QListWidget *m_notes = nullptr;
    QLabel *m_notesLabel = nullptr;
    QRadioButton *m_toOpen = nullptr;
    QRadioButton *m_toNew = nullptr;
    QLineEdit *m_consumer = nullptr;
    QLineEdit *m_provider = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Pactbench
