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

QStringList DialogService::importFileNames(QWidget *parent, const QString &directory, QString *format)
{
    // In the order of the formats' names below; the last one lets the content decide.
    static const char *const texts[] = { QT_TRANSLATE_NOOP("Pactbench::DialogService", "HAR (*.har *.json)"),
        QT_TRANSLATE_NOOP("Pactbench::DialogService", "curl command lines (*.txt *.sh *.curl)"),
        QT_TRANSLATE_NOOP("Pactbench::DialogService", "WireMock mappings (*.json)"),
        QT_TRANSLATE_NOOP("Pactbench::DialogService", "Postman collection (*.json *.postman_collection.json)"),
        QT_TRANSLATE_NOOP("Pactbench::DialogService", "All files (*)") };
    QStringList filters;
    for (const char *text : texts)
        filters.append(QApplication::translate("Pactbench::DialogService", text));
    static const QStringList names{ QStringLiteral("har"), QStringLiteral("curl"), QStringLiteral("wiremock"),
        QStringLiteral("postman") };
    QString selected = filters.first();
    const QStringList files = QFileDialog::getOpenFileNames(parent,
        QApplication::translate("Pactbench::DialogService", "Import Recorded Traffic"), directory,
        filters.join(QStringLiteral(";;")), &selected);
    if (format)
        *format = names.value(int(filters.indexOf(selected)));
    return files;
}

int DialogService::execDialog(QDialog *dialog)
{
    return dialog->exec();
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
