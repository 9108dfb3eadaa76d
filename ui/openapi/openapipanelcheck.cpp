// SPDX-License-Identifier: MIT
// OpenApiPanel: following the current pact, running the check and showing its results.
#include "openapipanel.h"

#include "coverageview.h"
#include "findingsmodel.h"
#include "speccheckrunner.h"

#include <ui/document/pactdocument.h>
#include <ui/models/pactformat.h>
#include <ui/models/pacttreemodel.h>

#include <QCheckBox>
#include <QHash>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>

namespace Pactbench {

void OpenApiPanel::setCurrentDocument(PactDocument *document)
{
    if (document == m_document && document)
        return;
    saveSettings();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_debounce->stop();
    m_runner->cancel();
    markTree(nullptr);
    m_document = document;
    m_model->clear();
    m_coverage->clear();
    loadSettings();
    connectDocument();
    setEnabled(document != nullptr);
    if (!document)
        setStatus(tr("Select a pact to check it against its provider's OpenAPI document."), false);
    else if (hasSpec())
        startCheck(false);
    else
        setStatus(tr("Choose the provider's OpenAPI document (a file or a URL)."), false);
}

void OpenApiPanel::connectDocument()
{
    if (!m_document)
        return;
    const auto later = [this] { scheduleCheck(); };
    connect(m_document, &PactDocument::pactReset, this, later);
    connect(m_document, &PactDocument::interactionChanged, this, later);
    connect(m_document, &PactDocument::interactionInserted, this, later);
    connect(m_document, &PactDocument::interactionRemoved, this, later);
    connect(m_document, &PactDocument::interactionMoved, this, later);
    connect(m_document, &PactDocument::interactionsRearranged, this, later);
}

void OpenApiPanel::scheduleCheck()
{
    if (!hasSpec())
        return;
    m_runner->cancel(); // a check under way is out of date already
    m_debounce->start();
}

void OpenApiPanel::check()
{
    m_debounce->stop();
    saveSettings();
    startCheck(true);
}

bool OpenApiPanel::isChecking() const
{
    return m_runner->isRunning() || m_debounce->isActive();
}

void OpenApiPanel::startCheck(bool reload)
{
    if (!m_document)
        return;
    if (!hasSpec()) { // the document was taken away: so are its findings
        m_runner->cancel();
        m_model->clear();
        m_coverage->clear();
        markTree(nullptr);
        saveSettings();
        setStatus(tr("Choose the provider's OpenAPI document (a file or a URL)."), false);
        return;
    }
    saveSettings();
    const QString file = m_document->origin().isEmpty() ? m_document->displayName() : m_document->origin();
    setStatus(tr("Checking against %1…").arg(specSource()), false);
    m_runner->check(specSource(), m_document->pact(), file, settingsFromForm().options, reload);
}

void OpenApiPanel::onFinished(const SpecCheckResult &result)
{
    if (result.specLoaded)
        showReport(result);
    else
        showSpecError(result);
    Q_EMIT checkFinished();
}

void OpenApiPanel::showSpecError(const SpecCheckResult &result)
{
    m_model->clear();
    m_coverage->clear();
    markTree(nullptr);
    setStatus(tr("Cannot use the document: %1").arg(result.error.toString()), true);
}

void OpenApiPanel::showReport(const SpecCheckResult &result)
{
    const OpenApi::CheckReport &report = result.report;
    m_model->setFindings(report.findings);
    CoverageView::fill(m_coverage, report.coverage);
    markTree(&result);
    int errors = 0;
    for (const OpenApi::Finding &f : report.findings)
        errors += f.type == OpenApi::FindingType::Error ? 1 : 0;
    const int warnings = int(report.findings.size()) - errors;
    QStringList parts;
    parts << PactFormat::numerus(tr("%n error(s)", nullptr, errors), errors) + QStringLiteral(", ")
            + PactFormat::numerus(tr("%n warning(s)", nullptr, warnings), warnings);
    parts << PactFormat::numerus(tr("%n HTTP interaction(s) checked", nullptr, report.httpInteractions),
        report.httpInteractions);
    if (report.skippedMessages > 0)
        parts << PactFormat::numerus(tr("%n message interaction(s) skipped (AsyncAPI is not supported)", nullptr,
                                         report.skippedMessages),
            report.skippedMessages);
    parts << CoverageView::summary(report.coverage);
    if (!result.warnings.isEmpty())
        parts << PactFormat::numerus(
            tr("%n problem(s) in the document", nullptr, int(result.warnings.size())), result.warnings.size());
    setStatus(parts.join(QStringLiteral(" · ")), errors > 0);
}

void OpenApiPanel::markTree(const SpecCheckResult *result)
{
    if (!m_tree)
        return;
    if (m_marked && m_marked != m_document)
        m_tree->setSpecCheckMarks(m_marked, {});
    m_marked = m_document;
    if (!m_document)
        return;
    QHash<int, QPair<int, int>> counts; // interaction → errors, warnings
    if (result) {
        for (const OpenApi::Finding &f : result->report.findings)
            ++(f.type == OpenApi::FindingType::Error ? counts[f.interactionIndex].first : counts[f.interactionIndex].second);
    }
    QHash<int, PactTreeModel::SpecCheckMark> marks;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto [errors, warnings] = it.value();
        const QString text = tr("OpenAPI: %1, %2")
                                 .arg(PactFormat::numerus(tr("%n error(s)", nullptr, errors), errors),
                                     PactFormat::numerus(tr("%n warning(s)", nullptr, warnings), warnings));
        marks.insert(it.key(),
            { errors > 0 ? Roles::SpecCheckMark::Error : Roles::SpecCheckMark::Warning, text });
    }
    m_tree->setSpecCheckMarks(m_document, marks);
}

SpecSettings OpenApiPanel::settingsFromForm() const
{
    SpecSettings s;
    s.source = specSource();
    s.options.examplesOnly = m_examplesOnly->isChecked();
    s.options.additionalPropertiesInResponse = m_additional->isChecked();
    s.options.requiredPropertiesInResponse = m_required->isChecked();
    return s;
}

void OpenApiPanel::saveSettings()
{
    if (!m_document || m_loading)
        return;
    const SpecSettings s = settingsFromForm();
    if (!(s == SpecSettingsStore::load(m_document)))
        SpecSettingsStore::save(m_document, s);
}

void OpenApiPanel::loadSettings()
{
    const SpecSettings s = SpecSettingsStore::load(m_document);
    m_loading = true;
    m_source->setText(s.source);
    m_examplesOnly->setChecked(s.options.examplesOnly);
    m_additional->setChecked(s.options.additionalPropertiesInResponse);
    m_required->setChecked(s.options.requiredPropertiesInResponse);
    m_loading = false;
}

} // namespace Pactbench
