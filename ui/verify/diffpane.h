// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>
#include <core/verifier/verificationresult.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace Pactbench {

class BodyDiffView;
class ExchangeView;
class FieldsDiffView;

/**
 * One verified interaction, expected against actual: status and headers (or message metadata),
 * the body side by side with mismatched paths highlighted and annotated, the list of mismatches
 * (rule and sentence; selecting one scrolls to it), the provider-state calls and the request sent.
 */
class DiffPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPane)

public:
    /// Columns of the mismatch list.
    enum MismatchListColumn { PathColumn, RuleColumn, MismatchColumn, ExpectedColumn, ActualColumn };

    explicit DiffPane(QWidget *parent = nullptr);
    ~DiffPane() override;

    /// Shows `result` against the interaction it verified (from the run's snapshot of the pact).
    void showResult(const InteractionResult &result, const Interaction &expected);
    /**
     * Shows a result a verifier published to a broker: it holds mismatches but no response, so the
     * actual side shows `note` ("not published by the verifier") wherever the mismatches give no
     * actual value, instead of an empty body or status.
     */
    void showPublishedResult(const InteractionResult &result, const Interaction &expected, const QString &note);
    void clear();

    BodyDiffView *bodyView() const { return m_body; }

private:
    void showDiff(const InteractionResult &result, const Interaction &expected, const QString &unpublishedNote);
    void showMismatches(const InteractionResult &result, const MatchingRules &rules, const QString &unpublishedNote);
    void mismatchSelected(QTreeWidgetItem *item);
    static QString summaryOf(const InteractionResult &result);

    QLabel *m_summary;
    QTabWidget *m_tabs;
    FieldsDiffView *m_fields;
    BodyDiffView *m_body;
    QTreeWidget *m_mismatches;
    ExchangeView *m_exchange;
};

} // namespace Pactbench
