// SPDX-License-Identifier: MIT
#include "verificationpanel.h"

#include "diffpane.h"
#include "publishform.h"
#include "verificationresultsmodel.h"
#include "verificationrun.h"
#include "verifysettingsform.h"

#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/widgets/buttonshortcut.h>
#include <ui/widgets/elidedlabel.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QPushButton *button(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

} // namespace

VerificationPanel::VerificationPanel(DocumentManager *documents, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_model(new VerificationResultsModel(this))
    , m_run(new VerificationRun(m_model, this))
    , m_form(new VerifySettingsForm(this))
    , m_publish(new PublishForm(this))
    , m_diff(new DiffPane(this))
    , m_defaultDialogs(std::make_unique<DialogService>())
    , m_dialogs(m_defaultDialogs.get())
{
    setObjectName(QStringLiteral("verificationPanel"));
    // A bottom dock is wide and short: settings, results and the diff side by side, buttons on top.
    auto *settings = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    auto *provider = new QGroupBox(tr("Provider"), settings);
    auto *providerLayout = new QVBoxLayout(provider);
    providerLayout->addWidget(m_form);
    settingsLayout->addWidget(provider);
    settingsLayout->addWidget(m_publish);
    settingsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("verificationSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(createResults());
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 5);
    splitter->setChildrenCollapsible(false);
    // The settings as wide as their longest row needs (German labels are long), so nothing in them is cut
    // or scrolled sideways; the results and the diff share the rest.
    const int settingsWidth
        = qMin(settings->sizeHint().width(), 460) + scroll->verticalScrollBar()->sizeHint().width() + 4;
    splitter->setSizes({ settingsWidth, 330, 800 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createButtons());
    layout->addWidget(splitter, 1);
    connect(m_run, &VerificationRun::progress, this, &VerificationPanel::onProgress);
    connect(m_run, &VerificationRun::finished, this, &VerificationPanel::onFinished);
    connect(m_publish, &PublishForm::publishRequested, this, [this] { m_publish->publish(m_model->results()); });
    connect(
        m_documents, &DocumentManager::documentAboutToBeRemoved, this, &VerificationPanel::onDocumentAboutToBeRemoved);
    m_publish->setSource(std::nullopt, QString());
    updateActions();
}

VerificationPanel::~VerificationPanel()
{
    saveSettings();
}

QWidget *VerificationPanel::createButtons()
{
    auto *box = new QWidget(this);
    m_runButton = button(tr("Run"), "runButton", box);
    m_stopButton = button(tr("Stop"), "stopButton", box);
    m_rerunFailedButton = button(tr("Re-run failed"), "rerunFailedButton", box);
    m_rerunInteractionButton = button(tr("Re-run this interaction"), "rerunInteractionButton", box);
    m_exportJsonButton = button(tr("Export JSON…"), "exportJsonButton", box);
    m_exportJunitButton = button(tr("Export JUnit…"), "exportJunitButton", box);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new ElidedLabel(box, Qt::ElideRight); // errors name URLs: they never widen the window
    m_status->setObjectName(QStringLiteral("statusLabel"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : { static_cast<QWidget *>(m_runButton), static_cast<QWidget *>(m_stopButton),
             static_cast<QWidget *>(m_rerunFailedButton), static_cast<QWidget *>(m_rerunInteractionButton),
             static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_status),
             static_cast<QWidget *>(m_exportJsonButton), static_cast<QWidget *>(m_exportJunitButton) })
        layout->addWidget(w);
    layout->setStretchFactor(m_status, 1);
    connect(m_runButton, &QPushButton::clicked, this, &VerificationPanel::run);
    connect(m_stopButton, &QPushButton::clicked, this, &VerificationPanel::stop);
    connect(m_rerunFailedButton, &QPushButton::clicked, this, &VerificationPanel::rerunFailed);
    connect(m_rerunInteractionButton, &QPushButton::clicked, this, &VerificationPanel::rerunCurrentInteraction);
    connect(m_exportJsonButton, &QPushButton::clicked, this, [this] { exportResults(false); });
    connect(m_exportJunitButton, &QPushButton::clicked, this, [this] { exportResults(true); });
    // Keys while the focus is in the panel; the mock server panel uses F5 and Shift+F5 alike.
    addButtonShortcut(this, m_runButton, QKeySequence(Qt::Key_F5));
    addButtonShortcut(this, m_stopButton, QKeySequence(Qt::SHIFT | Qt::Key_F5));
    addButtonShortcut(this, m_rerunFailedButton, QKeySequence(Qt::CTRL | Qt::Key_F5));
    addButtonShortcut(this, m_rerunInteractionButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    return box;
}

QWidget *VerificationPanel::createResults()
{
    m_resultsView = new QTreeView(this);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setModel(m_model);
    m_resultsView->setUniformRowHeights(true);
    m_resultsView->header()->setStretchLastSection(false);
    m_resultsView->header()->setSectionResizeMode(VerificationResultsModel::NameColumn, QHeaderView::Stretch);
    m_resultsView->header()->setSectionResizeMode(
        VerificationResultsModel::OutcomeColumn, QHeaderView::ResizeToContents);
    m_resultsView->header()->setSectionResizeMode(
        VerificationResultsModel::DurationColumn, QHeaderView::ResizeToContents);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &VerificationPanel::onCurrentResultChanged);
    connect(m_resultsView, &QTreeView::activated, this, &VerificationPanel::onResultActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_resultsView->expand(m_model->index(0, 0));
        m_diff->clear();
    });
    return m_resultsView;
}

void VerificationPanel::setDialogService(DialogService *service)
{
    m_dialogs = service ? service : m_defaultDialogs.get();
}

bool VerificationPanel::isRunning() const
{
    return m_run->isRunning();
}

void VerificationPanel::setCurrentDocument(PactDocument *document)
{
    if (document == m_document)
        return;
    saveSettings();
    m_document = document;
    m_interaction = -1;
    loadSettings();
    updateActions();
}

void VerificationPanel::setCurrentInteraction(int interactionIndex)
{
    m_interaction = interactionIndex;
    updateActions();
}

void VerificationPanel::saveSettings()
{
    if (!m_document)
        return;
    VerifySettings s = m_form->settings();
    s.providerVersion = m_publish->providerVersion();
    s.providerBranch = m_publish->providerBranch();
    VerifySettingsStore::save(VerifySettingsStore::keyOf(m_document), s);
}

void VerificationPanel::loadSettings()
{
    const VerifySettings s
        = m_document ? VerifySettingsStore::load(VerifySettingsStore::keyOf(m_document)) : VerifySettings();
    m_form->setSettings(s);
    m_publish->setProviderVersion(s.providerVersion, s.providerBranch);
    m_publish->setSource(m_document ? m_document->brokerSource() : std::nullopt,
        m_document ? m_document->pact().provider.name : QString());
}

void VerificationPanel::updateActions()
{
    const bool running = m_run->isRunning();
    const bool sameDocument = m_document && m_document == m_run->document();
    const bool hasResults = m_model->interactionCount() > 0 && !running;
    m_runButton->setEnabled(m_document && !running);
    m_stopButton->setEnabled(running);
    m_rerunFailedButton->setEnabled(sameDocument && !running && !m_model->failedInteractions().isEmpty());
    m_rerunInteractionButton->setEnabled(
        m_document && !running && m_interaction >= 0 && m_interaction < m_document->pact().interactions.size());
    m_exportJsonButton->setEnabled(hasResults);
    m_exportJunitButton->setEnabled(hasResults);
    m_form->setEnabled(!running);
    m_publish->setResultsAvailable(hasResults && sameDocument);
}

void VerificationPanel::run()
{
    startRun({});
}

PactDocument *VerificationPanel::resultsDocument() const
{
    return m_run->document();
}

void VerificationPanel::rerunFailed()
{
    if (m_document == m_run->document())
        startRun(m_model->failedInteractions());
}

void VerificationPanel::rerunCurrentInteraction()
{
    if (m_interaction >= 0)
        startRun({ m_interaction });
}

void VerificationPanel::stop()
{
    m_run->cancel();
}

void VerificationPanel::startRun(const QList<int> &indexes)
{
    if (!m_document || m_run->isRunning())
        return;
    saveSettings();
    VerificationOptions options;
    QString error;
    if (!toVerificationOptions(m_form->settings(), &options, &error)) {
        showError(error);
        return;
    }
    options.providerName = m_document->pact().provider.name;
    if (!indexes.isEmpty()) {
        // A re-run verifies exactly these interactions, whatever the filters say.
        options.filter = VerificationFilter();
        options.filter.interactionIndexes = indexes;
    }
    m_status->setText(tr("Verifying…"));
    m_run->start(m_document, options);
    updateActions();
}

void VerificationPanel::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_status->setText(tr("Verifying… %1 of %2").arg(done).arg(total));
}

void VerificationPanel::onFinished(const VerificationSummary &s)
{
    // The counts of every result shown (a re-run replaces rows and keeps the others), as the tree counts them.
    VerificationSummary shown;
    shown.count(m_model->results());
    QString text = tr("%1 passed, %2 failed, %3 errors, %4 pending failures (%5 ms)")
                       .arg(shown.passed)
                       .arg(shown.failed)
                       .arg(shown.errors)
                       .arg(shown.pendingFailures)
                       .arg(s.durationMs);
    if (s.cancelled)
        text = tr("Stopped: ") + text;
    m_status->setText(text);
    updateActions();
    onCurrentResultChanged();
    Q_EMIT runFinished(s);
}

void VerificationPanel::onCurrentResultChanged()
{
    const QModelIndex current = m_resultsView->currentIndex();
    const InteractionResult *result = m_model->resultAt(current);
    const Interaction *expected = result ? m_run->expectedFor(result->interactionIndex) : nullptr;
    if (result && expected)
        m_diff->showResult(*result, *expected);
    else
        m_diff->clear();
}

void VerificationPanel::onResultActivated(const QModelIndex &index)
{
    const int interaction = index.data(VerificationResultsModel::InteractionIndexRole).toInt();
    if (interaction >= 0 && m_run->document())
        Q_EMIT interactionActivated(m_run->document(), interaction);
}

void VerificationPanel::onDocumentAboutToBeRemoved(PactDocument *document)
{
    if (document == m_run->document())
        m_run->forget();
    if (document == m_document)
        setCurrentDocument(nullptr);
    updateActions();
}

void VerificationPanel::showError(const QString &text)
{
    m_status->setText(text);
    m_dialogs->showError(this, tr("Verification"), text, QString());
}

} // namespace Pactbench
