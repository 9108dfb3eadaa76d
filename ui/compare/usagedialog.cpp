// SPDX-License-Identifier: MIT
#include "usagedialog.h"

#include "usagemodel.h"

#include <core/model/pactreader.h>
#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>
#include <ui/models/pactformat.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

/// The wait cursor while reading files on the GUI thread.
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

QString sourceOf(const PactDocument *document)
{
    return document->origin().isEmpty() ? document->displayName() : document->origin();
}

} // namespace

UsageDialog::UsageDialog(DocumentManager *documents, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_dialogs(dialogs)
    , m_model(new UsageModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("usageDialog"));
    setWindowTitle(tr("Provider Usage"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(UsageModel::FieldColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setupUi();
    connect(m_documents, &DocumentManager::documentAdded, this, &UsageDialog::refresh);
    connect(m_documents, &DocumentManager::documentRemoved, this, &UsageDialog::refresh);
    resize(1000, 700);
    refresh();
}

UsageDialog::~UsageDialog() = default;

void UsageDialog::setupUi()
{
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("usageProvider"));
    m_provider->setPlaceholderText(tr("Choose a provider"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &UsageDialog::updateTable);
    m_fieldFilter = new QLineEdit(this);
    m_fieldFilter->setObjectName(QStringLiteral("usageFilter"));
    m_fieldFilter->setPlaceholderText(tr("Filter fields"));
    m_fieldFilter->setClearButtonEnabled(true);
    connect(m_fieldFilter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("usageSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usageTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsageDialog::onCurrentChanged);

    auto *choice = new QHBoxLayout;
    auto *providerLabel = new QLabel(tr("&Provider:"), this);
    providerLabel->setBuddy(m_provider);
    choice->addWidget(providerLabel);
    choice->addWidget(m_provider);
    choice->addSpacing(12);
    auto *filterLabel = new QLabel(tr("&Fields:"), this);
    filterLabel->setBuddy(m_fieldFilter);
    choice->addWidget(filterLabel);
    choice->addWidget(m_fieldFilter, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(setupImpactPanel());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setupSourceBar());
    layout->addWidget(m_skippedList);
    layout->addLayout(choice);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
}

QWidget *UsageDialog::setupSourceBar()
{
    auto *bar = new QWidget(this);
    m_sources = new QLabel(bar);
    m_sources->setObjectName(QStringLiteral("usageSources"));
    m_sources->setWordWrap(true);
    auto *folder = new QPushButton(tr("Add &Folder…"), bar);
    folder->setObjectName(QStringLiteral("usageAddFolder"));
    folder->setToolTip(tr("Add the pacts in a folder and its subfolders (.json files)"));
    connect(folder, &QPushButton::clicked, this, &UsageDialog::browseFolder);
    auto *files = new QPushButton(tr("Add F&iles…"), bar);
    files->setObjectName(QStringLiteral("usageAddFiles"));
    connect(files, &QPushButton::clicked, this, &UsageDialog::browseFiles);
    auto *broker = new QPushButton(tr("From &Broker…"), bar);
    broker->setObjectName(QStringLiteral("usageFromBroker"));
    broker->setToolTip(tr("Open pacts from a Pact Broker (e.g. all pacts a provider must verify): they join this view"));
    connect(broker, &QPushButton::clicked, this, &UsageDialog::brokerRequested);
    auto *again = new QPushButton(tr("&Refresh"), bar);
    again->setObjectName(QStringLiteral("usageRefresh"));
    again->setToolTip(tr("Read the open pacts again, as edited now"));
    connect(again, &QPushButton::clicked, this, &UsageDialog::refresh);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sources, 1);
    layout->addWidget(folder);
    layout->addWidget(files);
    layout->addWidget(broker);
    layout->addWidget(again);
    m_skippedList = new QListWidget(this);
    m_skippedList->setObjectName(QStringLiteral("usageSkipped"));
    m_skippedList->setMaximumHeight(fontMetrics().height() * 5);
    m_skippedList->hide();
    return bar;
}

QWidget *UsageDialog::setupImpactPanel()
{
    auto *box = new QGroupBox(tr("Who uses this?"), this);
    box->setObjectName(QStringLiteral("usageWhoUses"));
    m_impactSummary
        = new QLabel(tr("Select a field to see which consumers would break if the provider left it out."), box);
    m_impactSummary->setObjectName(QStringLiteral("usageImpactSummary"));
    m_impactSummary->setTextFormat(Qt::PlainText);
    m_impactSummary->setWordWrap(true);
    m_impactSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_impact = new QTreeWidget(box);
    m_impact->setObjectName(QStringLiteral("usageImpact"));
    m_impact->setHeaderLabels({ tr("Consumer / interaction"), tr("Field"), tr("Matcher"), tr("Why it would break") });
    m_impact->setUniformRowHeights(true);
    m_impact->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_impactSummary);
    layout->addWidget(m_impact, 1);
    return box;
}

QList<UsageDialog::Loaded> UsageDialog::pacts() const
{
    QList<Loaded> out;
    QStringList open;
    for (const PactDocument *document : m_documents->documents()) {
        out.append({ document->pact(), sourceOf(document) });
        if (!document->origin().isEmpty())
            open.append(QFileInfo(document->origin()).absoluteFilePath());
    }
    // A file that is open too counts once, as edited in the window.
    for (const Loaded &file : m_files) {
        if (!open.contains(file.source))
            out.append(file);
    }
    return out;
}

void UsageDialog::readFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const Loaded &file : m_files) {
        if (file.source == absolute)
            return;
    }
    const ReadResult read = PactReader::readFile(absolute);
    if (read.ok()) {
        m_files.append({ *read.pact, absolute });
        return;
    }
    QStringList problems;
    for (const Diagnostic &d : read.diagnostics) {
        if (d.severity == Diagnostic::Severity::Fatal)
            problems.append(d.toString());
    }
    m_skipped.append(tr("%1: skipped, not a readable pact (%2)")
                         .arg(QDir::toNativeSeparators(absolute), problems.join(QStringLiteral("; "))));
}

void UsageDialog::addFiles(const QStringList &paths)
{
    {
        const BusyCursor busy;
        for (const QString &path : paths)
            readFile(path);
    }
    refresh();
}

void UsageDialog::addFolder(const QString &folder)
{
    QDirIterator it(folder, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty())
        m_skipped.append(tr("%1: no .json files").arg(QDir::toNativeSeparators(folder)));
    addFiles(files);
}

void UsageDialog::browseFolder()
{
    const QString folder = m_dialogs->existingDirectory(this, QString());
    if (!folder.isEmpty())
        addFolder(folder);
}

void UsageDialog::browseFiles()
{
    const QStringList files = m_dialogs->openFileNames(this, QString());
    if (!files.isEmpty())
        addFiles(files);
}

QStringList UsageDialog::providers() const
{
    QStringList out;
    for (const Loaded &l : pacts()) {
        if (!out.contains(l.pact.provider.name))
            out.append(l.pact.provider.name);
    }
    return out;
}

QString UsageDialog::provider() const
{
    return m_provider->currentIndex() < 0 ? QString() : m_provider->currentText();
}

void UsageDialog::setProvider(const QString &provider)
{
    m_provider->setCurrentIndex(m_provider->findText(provider));
}

void UsageDialog::refresh()
{
    const int open = m_documents->count();
    const int files = int(m_files.size());
    QString text = PactFormat::numerus(tr("%n open pact(s)", nullptr, open), open) + QStringLiteral(", ")
        + PactFormat::numerus(tr("%n pact file(s) added", nullptr, files), files);
    if (!m_skipped.isEmpty())
        text += QStringLiteral(", ")
            + PactFormat::numerus(tr("%n skipped", nullptr, int(m_skipped.size())), m_skipped.size());
    m_sources->setText(text);
    m_skippedList->clear();
    m_skippedList->addItems(m_skipped);
    m_skippedList->setVisible(!m_skipped.isEmpty());
    updateProviders();
}

void UsageDialog::updateProviders()
{
    const QString current = provider();
    const QStringList names = providers();
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->clear();
        m_provider->addItems(names);
        const int keep = int(names.indexOf(current));
        m_provider->setCurrentIndex(keep >= 0 ? keep : names.size() == 1 ? 0 : -1);
    }
    updateTable();
}

void UsageDialog::updateTable()
{
    const QString name = provider();
    const QString shown = m_table->currentIndex().data(UsageModel::FieldRole).toString();
    QList<Diff::FieldUse> uses;
    for (const Loaded &l : pacts()) {
        if (!name.isEmpty() && l.pact.provider.name == name)
            uses.append(Diff::fieldUses(l.pact, l.source));
    }
    m_model->setUses(uses);
    const int fields = int(m_model->fields().size());
    const int consumers = int(m_model->consumers().size());
    if (m_provider->count() == 0)
        m_summary->setText(tr("No pacts yet: open pacts in the window, or add a folder or files."));
    else if (name.isEmpty())
        m_summary->setText(tr("The pacts name several providers: choose one."));
    else
        m_summary->setText(PactFormat::numerus(tr("%1: %2 relied on by %n consumer(s).", nullptr, consumers), consumers)
                               .arg(name, PactFormat::numerus(tr("%n field(s)", nullptr, fields), fields)));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    if (!showField(shown))
        showImpact(QString());
}

bool UsageDialog::showField(const QString &field)
{
    const int row = field.isEmpty() ? -1 : m_model->rowOf(field);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    if (m_table->currentIndex().row() == index.row())
        showImpact(field); // current already: no currentRowChanged
    else
        m_table->setCurrentIndex(index);
    return true;
}

void UsageDialog::onCurrentChanged(const QModelIndex &current)
{
    showImpact(current.data(UsageModel::FieldRole).toString());
}

void UsageDialog::showImpact(const QString &field)
{
    m_broken.clear();
    m_impact->clear();
    m_impact->hide();
    if (field.isEmpty()) {
        m_impactSummary->setText(tr("Select a field to see which consumers would break if the provider left it out."));
        return;
    }
    const QString name = provider();
    for (const Loaded &l : pacts()) {
        if (l.pact.provider.name == name)
            m_broken.append(Diff::brokenWithout(l.pact, l.source, field));
    }
    QStringList users;
    const int row = m_model->rowOf(field);
    for (int c = 0; c < m_model->consumers().size(); ++c) {
        if (m_model->index(row, UsageModel::FirstConsumerColumn + c).data(UsageModel::UseCountRole).toInt() > 0)
            users.append(m_model->consumers().at(c));
    }
    const QString used = tr("%1 is used by %2.").arg(field, users.join(QStringLiteral(", ")));
    if (m_broken.isEmpty()) {
        m_impactSummary->setText(used + u' '
            + tr("Nothing would break if %1 left it out: every example answer without it still matches its pact.")
                  .arg(name)
            + u' ' + whyNothingBreaks(field));
        return;
    }
    QHash<QString, QTreeWidgetItem *> consumerItems;
    for (const Diff::FieldUse &u : m_broken) {
        QTreeWidgetItem *&parent = consumerItems[u.consumer];
        if (!parent)
            parent = new QTreeWidgetItem(m_impact, { u.consumer });
        auto *item
            = new QTreeWidgetItem(parent, { tr("“%1” (%2)").arg(u.interaction, u.part), u.field, u.matcher, u.reason });
        item->setToolTip(0, QDir::toNativeSeparators(u.source));
        item->setToolTip(3, u.reason);
    }
    const int broken = int(consumerItems.size());
    m_impactSummary->setText(used + u' '
        + PactFormat::numerus(tr("If %1 left it out, %n consumer(s) would break:", nullptr, broken), broken).arg(name));
    m_impact->expandAll();
    m_impact->resizeColumnToContents(0);
    m_impact->resizeColumnToContents(1);
    m_impact->show();
}

QString UsageDialog::whyNothingBreaks(const QString &field) const
{
    // The nearest matcher on the field or above it, set there (not cascaded from a parent).
    QString holder, matcher;
    for (const Diff::FieldUse &u : m_model->uses()) {
        if (u.matcher == u"equality" || u.matcher.endsWith(u"(from a parent)") || !Diff::removes(u.field, field))
            continue;
        if (u.field.size() > holder.size()) {
            holder = u.field;
            matcher = u.matcher;
        }
    }
    if (holder.isEmpty())
        return {};
    if (holder == field)
        return tr("It is matched by %1.").arg(matcher);
    return tr("It is below %1, matched by %2.").arg(holder, matcher);
}

} // namespace Pactbench
