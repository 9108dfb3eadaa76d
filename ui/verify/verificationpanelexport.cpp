// SPDX-License-Identifier: MIT
// The panel's export: the results in the model as the reference verifier's JSON report or JUnit XML.
#include "verificationpanel.h"

#include "resultsexport.h"
#include "verificationresultsmodel.h"

#include <ui/dialogservice.h>
#include <ui/document/pactdocument.h>

#include <QDir>
#include <QLabel>

namespace Pactbench {

void VerificationPanel::exportResults(bool junit)
{
    const QList<InteractionResult> results = m_model->results();
    if (results.isEmpty())
        return;
    const QString suggested
        = QDir::home().filePath(junit ? QStringLiteral("verification.xml") : QStringLiteral("verification.json"));
    const QString path = m_dialogs->saveFileName(this, junit ? tr("Export JUnit") : tr("Export JSON"), suggested);
    if (path.isEmpty())
        return;
    QString error;
    const auto format = junit ? ResultsExport::Format::JUnit : ResultsExport::Format::Json;
    if (!ResultsExport::write(path, format, results, ResultsExport::summarize(results), &error)) {
        showError(error);
        return;
    }
    m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Pactbench
