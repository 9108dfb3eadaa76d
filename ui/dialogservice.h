// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/specversion.h>

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QDialog;
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * The questions and messages MainWindow puts to the user. The default implementation shows
 * standard Qt dialogs; tests install a subclass that records what was asked and answers
 * without blocking (MainWindow::setDialogService).
 */
/// What "File › New Pact" asks for.
struct NewPactRequest
{
    QString consumer;
    QString provider;
    SpecVersion version = SpecVersion::V4;
};

/// What to do with unsaved changes of a pact that is being closed.
enum class UnsavedChoice { Save, Discard, Cancel };

class DialogService
{
public:
    DialogService() = default;
    virtual ~DialogService();
    Q_DISABLE_COPY_MOVE(DialogService)

    /// Files to open; empty when cancelled.
    virtual QStringList openFileNames(QWidget *parent, const QString &directory);
    /// An OpenAPI document (YAML or JSON) to check pacts against; empty when cancelled.
    virtual QString openSpecFileName(QWidget *parent, const QString &directory);
    /// A folder of pacts to open; empty when cancelled.
    virtual QString existingDirectory(QWidget *parent, const QString &directory);
    /// Where to save; empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath);
    /// An error the user must see (a file that cannot be loaded or saved).
    virtual void showError(QWidget *parent, const QString &title, const QString &text, const QString &details);
    /// Asks to go on despite the listed losses; true to go on.
    virtual bool confirmLosses(QWidget *parent, const QString &title, const QString &text, const QString &details);
    /// Asks what to do with unsaved changes: save them, discard them, or keep the pact open.
    virtual UnsavedChoice askUnsavedChanges(QWidget *parent, const QString &text);
    /// Asks for the consumer, provider and version of a new pact; false when cancelled.
    virtual bool askNewPact(QWidget *parent, NewPactRequest *request);
    /**
     * Files of recorded traffic to import (File › Import…); empty when cancelled. `format` gets the
     * format of the name filter chosen ("har", "curl", "wiremock", "postman", the names of
     * Import::formatFromName), or empty for "All files" (the content decides then).
     */
    virtual QStringList importFileNames(QWidget *parent, const QString &directory, QString *format);
    /// Runs a dialog the window built (the capture review) modally; QDialog::Accepted or Rejected.
    /// Tests answer it without blocking (look at it, change it, accept() or reject()).
    virtual int execDialog(QDialog *dialog);
};

} // namespace Pactbench
