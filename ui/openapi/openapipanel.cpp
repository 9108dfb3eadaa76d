// SPDX-License-Identifier: MIT
// OpenApiPanel: its widgets and the user's actions (checking and results are in openapipanelcheck.cpp).
#include "openapipanel.h"

#include "coverageview.h"
#include "findingdetail.h"
#include "findingsmodel.h"
#include "speccheckrunner.h"

#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/widgets/buttonshortcut.h>
#include <ui/widgets/elidedlabel.h>

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Pactbench {

OpenApiPanel::OpenApiPanel(DocumentManager *documents, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_runner(new SpecCheckRunner(this))
    , m_model(new FindingsModel(this))
    , m_debounce(new QTimer(this))
    , m_defaultDialogs(std::make_unique<DialogService>())
    , m_dialogs(m_defaultDialogs.get())
{
    setObjectName(QStringLiteral("openApiPanel"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DelayMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { startCheck(false); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("openApiTabs"));
    m_tabs->addTab(createFindings(), tr("Findings"));
    m_coverage = new QTreeWidget(m_tabs);
    m_coverage->setObjectName(QStringLiteral("coverageView"));
    CoverageView::setup(m_coverage);
    m_tabs->addTab(m_coverage, tr("Coverage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSourceRow());
    layout->addWidget(createOptionsRow());
    m_status = new ElidedLabel(this, Qt::ElideRight); // errors name files and URLs: they never widen the window
    m_status->setObjectName(QStringLiteral("openApiStatus"));
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    connect(m_runner, &SpecCheckRunner::finished, this, &OpenApiPanel::onFinished);
    connect(m_documents, &DocumentManager::documentAboutToBeRemoved, this, [this](PactDocument *document) {
        if (document == m_document)
            setCurrentDocument(nullptr);
        if (document == m_marked)
            m_marked = nullptr;
    });
    setCurrentDocument(nullptr);
}

OpenApiPanel::~OpenApiPanel()
{
    m_runner->cancel();
}

QWidget *OpenApiPanel::createSourceRow()
{
    auto *row = new QWidget(this);
    auto *label = new QLabel(tr("OpenAPI &document:"), row);
    m_source = new QLineEdit(row);
    m_source->setObjectName(QStringLiteral("specSourceEdit"));
    m_source->setPlaceholderText(tr("A file (YAML or JSON) or an http(s) URL"));
    m_source->setClearButtonEnabled(true);
    label->setBuddy(m_source);
    m_browse = new QPushButton(tr("&Browse…"), row);
    m_browse->setObjectName(QStringLiteral("specBrowseButton"));
    m_check = new QPushButton(tr("Check"), row);
    m_check->setObjectName(QStringLiteral("specCheckButton"));
    m_check->setToolTip(tr("Read the document again and check the pact (F5)"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_source, 1);
    layout->addWidget(m_browse);
    layout->addWidget(m_check);
    connect(m_source, &QLineEdit::returnPressed, this, &OpenApiPanel::check);
    connect(m_browse, &QPushButton::clicked, this, &OpenApiPanel::browseForSpec);
    connect(m_check, &QPushButton::clicked, this, &OpenApiPanel::check);
    addButtonShortcut(this, m_check, QKeySequence(Qt::Key_F5));
    return row;
}

QWidget *OpenApiPanel::createOptionsRow()
{
    auto *row = new QWidget(this);
    m_examplesOnly = new QCheckBox(tr("Examples only"), row);
    m_examplesOnly->setObjectName(QStringLiteral("examplesOnlyCheck"));
    m_examplesOnly->setToolTip(tr("Check only the examples, as swagger-mock-validator does (no findings from matching rules)"));
    m_additional = new QCheckBox(tr("Allow undeclared response properties"), row);
    m_additional->setObjectName(QStringLiteral("additionalPropertiesCheck"));
    m_additional->setToolTip(tr("swagger-mock-validator's additionalPropertiesInResponse"));
    m_required = new QCheckBox(tr("Enforce required response properties"), row);
    m_required->setObjectName(QStringLiteral("requiredPropertiesCheck"));
    m_required->setToolTip(tr("swagger-mock-validator's requiredPropertiesInResponse"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_examplesOnly);
    layout->addWidget(m_additional);
    layout->addWidget(m_required);
    layout->addStretch(1);
    for (QCheckBox *box : { m_examplesOnly, m_additional, m_required })
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                startCheck(false);
        });
    return row;
}

QWidget *OpenApiPanel::createFindings()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(FindingsModel::LevelColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FindingsModel::LevelColumn, 180);
    m_view->header()->resizeSection(FindingsModel::CodeColumn, 170);
    m_view->header()->resizeSection(FindingsModel::WhereColumn, 170);
    m_detail = new FindingDetail(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("findingsSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { m_detail->showFinding(m_model->findingAt(current)); });
    connect(m_view, &QTreeView::activated, this, &OpenApiPanel::onActivated); // double-click or Enter
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        m_detail->showFinding(nullptr);
    });
    return splitter;
}

void OpenApiPanel::setDialogService(DialogService *service)
{
    m_dialogs = service ? service : m_defaultDialogs.get();
}

void OpenApiPanel::setTreeModel(PactTreeModel *tree)
{
    m_tree = tree;
}

bool OpenApiPanel::browseForSpec()
{
    const QString current = specSource();
    const QString directory
        = current.isEmpty() || SpecSettingsStore::isUrl(current) ? QString() : QFileInfo(current).absolutePath();
    const QString file = m_dialogs->openSpecFileName(this, directory);
    if (file.isEmpty())
        return false;
    setSpecSource(file);
    return true;
}

QString OpenApiPanel::specSource() const
{
    return m_source->text().trimmed();
}

void OpenApiPanel::setSpecSource(const QString &source)
{
    m_source->setText(source);
    check();
}

QString OpenApiPanel::statusText() const
{
    return m_status->text();
}

void OpenApiPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void OpenApiPanel::onActivated(const QModelIndex &index)
{
    if (!m_document || !index.isValid())
        return;
    const int interaction = index.data(FindingsModel::InteractionIndexRole).toInt();
    if (interaction < 0)
        return;
    if (const OpenApi::Finding *finding = m_model->findingAt(index))
        Q_EMIT fieldActivated(m_document, interaction, finding->mockLocation);
    else
        Q_EMIT interactionActivated(m_document, interaction);
}

} // namespace Pactbench
