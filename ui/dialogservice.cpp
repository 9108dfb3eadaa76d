// SPDX-License-Identifier: MIT
#include "dialogservice.h"

#include "dialogs/newpactdialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace Pactbench {

DialogService::~DialogService() = default;

QStringList DialogService::openFileNames(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileNames(parent, QApplication::translate("Pactbench::DialogService", "Open Pact Files"),
        directory, QApplication::translate("Pactbench::DialogService", "Pact files (*.json);;All files (*)"));
}

QString DialogService::openSpecFileName(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, QApplication::translate("Pactbench::DialogService", "Open OpenAPI Document"), directory,
        QApplication::translate("Pactbench::DialogService", "OpenAPI documents (*.yaml *.yml *.json);;All files (*)"));
}

QString DialogService::existingDirectory(QWidget *parent, const QString &directory)
{
    return QFileDialog::getExistingDirectory(
        parent, QApplication::translate("Pactbench::DialogService", "Open Folder of Pacts"), directory);
}

QString DialogService::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(
        parent, title, suggestedPath, QApplication::translate("Pactbench::DialogService", "Pact files (*.json)"));
}

void DialogService::showError(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

bool DialogService::confirmLosses(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Save | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setDetailedText(details);
    return box.exec() == QMessageBox::Save;
}

UnsavedChoice DialogService::askUnsavedChanges(QWidget *parent, const QString &text)
{
    switch (QMessageBox::question(parent, QApplication::translate("Pactbench::DialogService", "Unsaved Changes"), text,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

bool DialogService::askNewPact(QWidget *parent, NewPactRequest *request)
{
    NewPactDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *request = dialog.request();
    return true;
}

} // namespace Pactbench
