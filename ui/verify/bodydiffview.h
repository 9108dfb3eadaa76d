// SPDX-License-Identifier: MIT
#pragma once

#include "diffcodeview.h"

#include <core/model/matchingrules.h>
#include <core/verifier/verificationresult.h>

#include <QWidget>

namespace Pactbench {

/**
 * Expected and actual body side by side, JSON pretty-printed in the same key order. Lines under a
 * mismatched path are red with the rule and the mismatch sentence; lines a matcher allows to
 * differ are blue with "matched by …".
 */
class BodyDiffView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyDiffView)

public:
    explicit BodyDiffView(QWidget *parent = nullptr);
    ~BodyDiffView() override;

    void showBodies(const QByteArray &expected, const QByteArray &actual, const QList<VerifierMismatch> &mismatches,
        const MatchingRules &rules);
    void clear();
    /// Scrolls both sides to the first line of `path`.
    void showPath(const QString &path);

    DiffCodeView *expectedView() const { return m_expected; }
    DiffCodeView *actualView() const { return m_actual; }

    /// The annotations of one side: mismatches on the lines of their paths, matched lines elsewhere.
    static QList<DiffCodeView::Annotation> annotate(
        const QStringList &linePaths, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules);

private:
    void fill(DiffCodeView *view, QStringList *linePaths, const QByteArray &bytes,
        const QList<VerifierMismatch> &mismatches, const MatchingRules &rules);

    DiffCodeView *m_expected;
    DiffCodeView *m_actual;
    QStringList m_expectedPaths;
    QStringList m_actualPaths;
};

/// The mismatch's rule in words, or "equality" when none applies.
QString mismatchRuleText(const VerifierMismatch &mismatch, const MatchingRules &rules);
/// True for mismatches about a place in the body (not status, headers or metadata).
bool isBodyMismatch(const VerifierMismatch &mismatch);

} // namespace Pactbench
