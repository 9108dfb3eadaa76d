// SPDX-License-Identifier: MIT
#pragma once

#include "bodydiffjobs.h"
#include "diffcodeview.h"

#include <core/model/matchingrules.h>
#include <core/verifier/verificationresult.h>

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Expected and actual body side by side, JSON pretty-printed in the same key order. Lines under a
 * mismatched path are red with the rule and the mismatch sentence; lines a matcher allows to
 * differ are blue with "matched by …". The bodies are prepared on worker threads and the views
 * paint only the lines on screen, so a body of megabytes never freezes the window; a newer showBodies() wins.
 */
class BodyDiffView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyDiffView)

public:
    explicit BodyDiffView(QWidget *parent = nullptr);
    ~BodyDiffView() override;

    /// Starts showing both bodies; bodiesShown() once both are in their views.
    void showBodies(const Body &expected, const QByteArray &actual, const QList<VerifierMismatch> &mismatches,
        const MatchingRules &rules);
    void clear();
    /**
     * Shows `text` on the actual side instead of the actual body, for results that have none (a
     * verification published to a broker holds no response); empty: the actual body again. Applies
     * from the next showBodies().
     */
    void setActualPlaceholder(const QString &text) { m_actualPlaceholder = text; }
    /// Scrolls both sides to the first line of `path` (a mismatch's path), now or once it is shown.
    void showPath(const QString &path);
    /// True from showBodies() until bodiesShown().
    bool isPreparing() const;

    DiffCodeView *expectedView() const { return m_expected; }
    DiffCodeView *actualView() const { return m_actual; }

    /// The annotations of one side: mismatches on the lines of their paths, matched lines elsewhere.
    static QList<DiffCodeView::Annotation> annotate(
        const QStringList &linePaths, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules);

Q_SIGNALS:
    /// Both bodies of the last showBodies() are in their views with their marks.
    void bodiesShown();

private:
    using Side = BodyDiffJobs::Side;
    enum class State { Idle, Preparing, Shown };
    struct SideState
    {
        State state = State::Idle;
        QHash<QString, int> firstLines;
    };

    DiffCodeView *view(Side side) const { return side == Side::Expected ? m_expected : m_actual; }
    SideState &stateOf(Side side) { return m_sides[side == Side::Expected ? 0 : 1]; }
    void prepared(Side side, const PreparedBody &body);
    void showPreparing();
    void showPathOn(Side side);

    DiffCodeView *m_expected;
    DiffCodeView *m_actual;
    QLabel *m_status;
    BodyDiffJobs *m_jobs;
    SideState m_sides[2];
    QString m_pendingPath; ///< showPath() while a side was not prepared yet
    QString m_actualPlaceholder; ///< setActualPlaceholder()
    QTimer m_preparingDelay; ///< a diff that takes longer clears the old one and says "Preparing diff…"
};

/// The mismatch's rule in words, or "equality" when none applies.
QString mismatchRuleText(const VerifierMismatch &mismatch, const MatchingRules &rules);
/// "missing key", "list length" or "missing item" for a body sentence of such a check; empty for any other.
QString structuralCheck(const QString &sentence);
/// True for mismatches about a place in the body (not status, headers or metadata).
bool isBodyMismatch(const VerifierMismatch &mismatch);

} // namespace Pactbench
