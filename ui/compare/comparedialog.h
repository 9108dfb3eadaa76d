// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/pact.h>

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace Pactbench {

class CompareView;
class DialogService;
class DocumentManager;
class PactDocument;

/**
 * File › Compare…: picks an OLD and a NEW pact — an open pact as edited, an open pact's saved
 * file, or any pact file on disk — and shows their CompareView. Opens on the current pact against
 * its saved file (what the edits since the last save change).
 */
class CompareDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    /// `documents` and `dialogs` are not owned and must outlive the dialog.
    CompareDialog(DocumentManager *documents, DialogService *dialogs, QWidget *parent = nullptr);
    ~CompareDialog() override;

    /// Chooses `document`'s saved form as OLD and the document as NEW, and compares.
    void compareWithSaved(const PactDocument *document);
    /// Adds a file as a choice on both sides and selects it for `oldSide` (or NEW); false when it is no pact.
    bool addFile(const QString &path, bool oldSide);
    /// Adds a pact held in memory (e.g. a version from a broker) as a choice on both sides, named
    /// `label`, and selects it for `oldSide` (or NEW).
    void addPact(const Pact &pact, const QString &label, bool oldSide);
    /// Compares the two chosen pacts; false (with the reason shown) when one cannot be read.
    bool compare();
    CompareView *view() const { return m_view; }

private:
    struct Source
    {
        enum class Kind { Open, Saved, File, Memory } kind = Kind::Open;
        const PactDocument *document = nullptr;
        QString path; ///< File: the path; Memory: the label
        Pact pact; ///< Memory only
    };
    void fillSources();
    void addSource(const QString &label, const Source &source);
    std::optional<Pact> pactOf(const Source &source, QString *name, QString *error) const;
    void browse(QComboBox *side);

    DocumentManager *m_documents;
    DialogService *m_dialogs;
    QList<Source> m_sources;
    QComboBox *m_old = nullptr;
    QComboBox *m_new = nullptr;
    QLabel *m_error = nullptr;
    CompareView *m_view = nullptr;
};

} // namespace Pactbench
