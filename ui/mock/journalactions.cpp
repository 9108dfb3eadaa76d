// SPDX-License-Identifier: MIT
#include "journalactions.h"

#include "runningserver.h"

#include <core/mockserver/mockserver.h>
#include <ui/dialogservice.h>

#include <QCoreApplication>

namespace Pactbench::JournalActions {

namespace {

/// The translation context of these texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalActions)
};

} // namespace

QString exportJournal(QWidget *parent, DialogService *dialogs, RunningServer *server)
{
    if (!server)
        return {};
    const QString title = Text::tr("Export Journal");
    const QString path = dialogs->saveFileName(parent, title, QStringLiteral("mock-journal.json"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!server->exportJournal(path, &error)) {
        dialogs->showError(parent, title, Text::tr("The journal could not be exported."), error);
        return {};
    }
    return Text::tr("Journal exported to %1").arg(path);
}

QString writeExercisedPact(QWidget *parent, DialogService *dialogs, RunningServer *server)
{
    if (!server)
        return {};
    const QString title = Text::tr("Write Exercised Pact");
    const Pact &pact = server->server()->pact();
    const QString suggested = pact.consumer.name + u'-' + pact.provider.name + QStringLiteral(".json");
    const QString path = dialogs->saveFileName(parent, title, suggested);
    if (path.isEmpty())
        return {};
    QString error;
    if (!server->server()->writePact(path, SpecVersion::V4, &error)) {
        dialogs->showError(parent, title, Text::tr("The pact was not written."), error);
        return {};
    }
    return Text::tr("Pact of the exercised interactions written to %1").arg(path);
}

} // namespace Pactbench::JournalActions
