// SPDX-License-Identifier: MIT
// Helpers shared by the ui tests: printing a model as an indented list (hotspot style), a
// dialog service that answers without blocking, and small inline pacts.
#pragma once

#include <core/model/pactreader.h>
#include <ui/dialogservice.h>

#include <QAbstractItemModel>
#include <QStringList>
#include <QtTest>

#include <functional>

namespace Pactbench::Test {

/// Each row as "<indent>name — detail" (columns 0 and 1), children below their parent, depth first.
inline void printModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *out, int depth = 0)
{
    for (int row = 0, n = model->rowCount(parent); row < n; ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString detail = model->index(row, 1, parent).data().toString();
        QString line = QString(depth * 2, u' ') + index.data().toString();
        if (!detail.isEmpty())
            line += QStringLiteral(" — ") + detail;
        out->append(line);
        printModel(model, index, out, depth + 1);
    }
}

inline QStringList printModel(const QAbstractItemModel *model)
{
    QStringList out;
    printModel(model, {}, &out);
    return out;
}

/// Reads inline pact JSON that must load.
inline Pact pactFromJson(const char *json)
{
    ReadResult result = PactReader::read(QByteArray(json));
    if (!result.ok())
        qFatal("inline test pact does not load");
    return *result.pact;
}

/// Records what the window asks and answers as told, without any modal dialog.
class RecordingDialogService : public DialogService
{
public:
    QStringList errors; ///< "title: text"
    QStringList lossPrompts; ///< the details of each loss report shown
    QStringList lossTexts; ///< the text of each loss report shown (what the box says above its details)
    bool acceptLosses = true;
    QString savePath;
    QStringList discardPrompts; ///< the text of each "save changes?" question (Save, Discard, Cancel)
    bool discard = true; ///< answer Discard (else Cancel), unless saveChanges
    bool saveChanges = false; ///< answer Save
    NewPactRequest newPact{ QStringLiteral("web-app"), QStringLiteral("orders-api"), SpecVersion::V4 };
    int newPactPrompts = 0;

    QString folder; ///< what "Open Folder…" answers
    QStringList openFileNames(QWidget *, const QString &) override { return {}; }
    QString openSpecFileName(QWidget *, const QString &) override { return {}; }
    QString existingDirectory(QWidget *, const QString &) override { return folder; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return savePath; }
    std::function<void()> whileErrorShown; ///< called while the error "is shown" (to look at the window then)
    QStringList errorDetails; ///< the details of each error shown
    void showError(QWidget *, const QString &title, const QString &text, const QString &details) override
    {
        errors.append(title + QStringLiteral(": ") + text);
        errorDetails.append(details);
        if (whileErrorShown)
            whileErrorShown();
    }
    bool confirmLosses(QWidget *, const QString &, const QString &text, const QString &details) override
    {
        lossPrompts.append(details);
        lossTexts.append(text);
        return acceptLosses;
    }
    UnsavedChoice askUnsavedChanges(QWidget *, const QString &text) override
    {
        discardPrompts.append(text);
        return saveChanges ? UnsavedChoice::Save : discard ? UnsavedChoice::Discard : UnsavedChoice::Cancel;
    }
    bool askNewPact(QWidget *, NewPactRequest *request) override
    {
        ++newPactPrompts;
        *request = newPact;
        return true;
    }
};

} // namespace Pactbench::Test
