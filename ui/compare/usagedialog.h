// SPDX-License-Identifier: MIT
#pragma once

#include <core/diff/usage.h>
#include <core/model/pact.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
QT_END_NAMESPACE

namespace Pactbench {

class DialogService;
class DocumentManager;
class UsageModel;

/**
 * Tools › Provider Usage…: what a provider's consumers rely on, over the open pacts and any pact
 * files or folders added (a broker's pacts join once Open from Broker opened them): a UsageModel (fields × consumers, the matcher in each cell), filtered by
 * field name. "Who uses this?" on the selected field asks the engine (Diff::brokenWithout) which
 * consumers' interactions would fail if the provider left the field out, each with the reason.
 */
class UsageDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageDialog)

public:
    /// `documents` and `dialogs` are not owned and must outlive the dialog.
    UsageDialog(DocumentManager *documents, DialogService *dialogs, QWidget *parent = nullptr);
    ~UsageDialog() override;

    /// Reads the pact files (read on the calling thread); those that are not pacts are listed as skipped.
    void addFiles(const QStringList &paths);
    /// Reads the `.json` files in `folder` and below it, like addFiles().
    void addFolder(const QString &folder);
    /// "file: why", one per file that was not added.
    const QStringList &skipped() const { return m_skipped; }
    /// The providers of the open and added pacts, in first-seen order.
    QStringList providers() const;
    QString provider() const;
    void setProvider(const QString &provider);
    /// Selects `field`'s row and shows who would break without it; false when the table has no such field.
    bool showField(const QString &field);
    /// What removing the shown field breaks (each use with its reason), as last computed.
    const QList<Diff::FieldUse> &broken() const { return m_broken; }
    UsageModel *model() const { return m_model; }
    /// Gathers the pacts again (the open ones as edited now) and updates everything.
    void refresh();

Q_SIGNALS:
    /// "From Broker…": the window opens Open from Broker; the pacts it opens join the view like any open pact.
    void brokerRequested();

private:
    struct Loaded
    {
        Pact pact;
        QString source;
    };
    void setupUi();
    QWidget *setupSourceBar();
    QWidget *setupImpactPanel();
    QList<Loaded> pacts() const;
    void readFile(const QString &path);
    void updateProviders();
    void updateTable();
    void onCurrentChanged(const QModelIndex &current);
    void showImpact(const QString &field);
    QString whyNothingBreaks(const QString &field) const;
    void browseFolder();
    void browseFiles();

    DocumentManager *m_documents;
    DialogService *m_dialogs;
    QList<Loaded> m_files;
    QStringList m_skipped;
    QList<Diff::FieldUse> m_broken;
    UsageModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_sources = nullptr;
    QListWidget *m_skippedList = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_fieldFilter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_impactSummary = nullptr;
    QTreeWidget *m_impact = nullptr;
};

} // namespace Pactbench
