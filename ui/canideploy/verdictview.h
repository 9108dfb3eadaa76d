// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/canideployexplanation.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * The answer in words, at the top of the Can I Deploy dialog: a headline ("✓ Deployable",
 * "✗ Not deployable", "? Unknown"; "verdictHeadline"), the explanation's sentence ("verdictText",
 * with the "what if" toggles in force), and each blocking reason with its next step
 * ("blockingList"; activating one whose reason is a matrix row emits rowActivated()). The list is
 * not in the view's own layout: the owner places blockingList() (the dialog: above the matrix, in a
 * splitter); it is hidden while there is no reason.
 */
class VerdictView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictView)

public:
    explicit VerdictView(QWidget *parent = nullptr);
    ~VerdictView() override;

    /// "Deployable", "Not deployable" or "Unknown" with its symbol, translated.
    static QString headline(std::optional<bool> deployable);

    void setExplanation(const CanIDeployExplanation &explanation, const QString &whatIf);
    /// A line instead of a verdict ("Asking the broker…", "Enter the pacticipant.").
    void setMessage(const QString &text);
    QString headlineText() const;
    QString verdictText() const;
    /// The blocking reasons as listed: "why\nNext step: …" each.
    QStringList blockingTexts() const;
    QListWidget *blockingList() const { return m_blocking; }

Q_SIGNALS:
    /// A blocking reason about matrix row `row` was activated (double-click or Return).
    void rowActivated(int row);

private:
    QLabel *m_headline = nullptr;
    QLabel *m_text = nullptr;
    QListWidget *m_blocking = nullptr;
};

} // namespace Pactbench
