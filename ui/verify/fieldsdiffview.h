// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>
#include <core/verifier/verificationresult.h>

#include <QTreeWidget>

namespace Pactbench {

/**
 * The non-body fields of a diff, one row each: status and headers for HTTP, metadata for
 * messages. Columns: field, expected, actual, note (the rule and mismatch sentence, "matched by …",
 * or "not in the pact"). Mismatched rows are red.
 */
class FieldsDiffView : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsDiffView)

public:
    enum Column { FieldColumn, ExpectedColumn, ActualColumn, NoteColumn };

    explicit FieldsDiffView(QWidget *parent = nullptr);
    ~FieldsDiffView() override;

    void showHttp(const HttpResponse &expected, const InteractionResult &result);
    void showMessage(const MessageContents &expected, const InteractionResult &result);
    /**
     * For a result published to a broker (no response, only mismatches): each row without an actual
     * value takes its mismatch's published actual value, or says `note` (greyed) when there is none.
     */
    void markUnpublished(const QString &note);

private:
    QTreeWidgetItem *addRow(const QString &field, const QString &expected, const QString &actual,
        const QList<VerifierMismatch> &mismatches, const QString &rule);
};

} // namespace Pactbench
