// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/publishedverification.h>
#include <core/verifier/publishedresults.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeView;
QT_END_NAMESPACE

namespace Pactbench {

class DiffPane;
class VerificationResultsModel;

/**
 * A verification result published to a broker, in the views the local verifier uses: the results
 * tree (VerificationResultsModel: pact → interaction, passed or failed, → its mismatches) and the
 * DiffPane for the selected interaction, expected (the pact) against what the verifier published.
 * Publishers send mismatches but no response, so the actual side says "not published by the
 * verifier" wherever a mismatch gives no actual value. Titled with the provider version and date.
 * A top-level window (Qt::Window); the first failing interaction is selected when shown.
 */
class PublishedVerificationWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishedVerificationWindow)

public:
    explicit PublishedVerificationWindow(QWidget *parent = nullptr);
    ~PublishedVerificationWindow() override;

    /// Shows `verification` of the pact `consumer` → provider, paired with its interactions (pairPublishedResults()).
    void setVerification(const PublishedVerification &verification, const QString &consumer,
                         const QList<PublishedInteraction> &interactions);
    /// Selects the result of the interaction at `interactionIndex` (its diff shows); false when there is none.
    bool selectInteraction(int interactionIndex);

    VerificationResultsModel *resultsModel() const { return m_model; }
    QTreeView *resultsView() const { return m_view; }
    DiffPane *diffPane() const { return m_diff; }
    QString headline() const;

    /// "Billing 3.1.0 · 5 Dec 2026 14:03", the window title's text.
    static QString titleOf(const PublishedVerification &verification);
    /// The note shown where the verifier published no actual value.
    static QString unpublishedNote();

Q_SIGNALS:
    /// The user activated a result that belongs to an interaction of the pact.
    void interactionActivated(int interactionIndex);

private:
    void onCurrentChanged();
    QString notesText(const PublishedVerification &verification) const;
    static InteractionResult withNotes(const PublishedInteraction &interaction);

    QLabel *m_headline;
    QLabel *m_notes;
    VerificationResultsModel *m_model;
    QTreeView *m_view;
    DiffPane *m_diff;
    QList<PublishedInteraction> m_interactions;
};

} // namespace Pactbench
