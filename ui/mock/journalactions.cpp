// SPDX-License-Identifier: MIT
#include "journalactions.h"

#include "runningserver.h"

#include <core/mockserver/mockserver.h>
#include <ui/dialogservice.h>
#include <ui/models/pactformat.h>

#include <QCoreApplication>

#include <climits>

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

QStringList problemLines(RunningServer *server)
{
    QStringList lines;
    if (!server)
        return lines;
    const MockVerification v = server->server()->verify();
    for (const MockProblem &p : v.problems) {
        const QString request = p.method + u' ' + p.path;
        switch (p.type) {
        case MockProblemType::RequestMismatch: {
            QStringList mismatches;
            for (const Mismatch &m : p.mismatches)
                mismatches.append(m.toString());
            lines.append(Text::tr("%1 did not match “%2”: %3")
                             .arg(request, p.description, mismatches.join(QStringLiteral("; "))));
            break;
        }
        case MockProblemType::RequestNotFound:
            lines.append(Text::tr("%1 was not expected: no interaction has that method and path").arg(request));
            break;
        case MockProblemType::MissingRequest:
            lines.append(Text::tr("“%1” (%2) was not requested").arg(p.description, request));
            break;
        }
    }
    if (v.unrecorded > 0)
        lines.append(PactFormat::numerus(Text::tr("%n further request(s) went wrong (not recorded one by one)",
                                             nullptr, int(qMin<quint64>(v.unrecorded, INT_MAX))),
            qsizetype(qMin<quint64>(v.unrecorded, INT_MAX))));
    return lines;
}

QString whyPactNotWritable(RunningServer *server)
{
    if (!server)
        return Text::tr("No mock server selected.");
    const MockVerification v = server->server()->verify();
    if (v.ok())
        return {};
    qsizetype wrong = qsizetype(qMin<quint64>(v.unrecorded, INT_MAX));
    qsizetype missing = 0;
    for (const MockProblem &p : v.problems)
        ++(p.type == MockProblemType::MissingRequest ? missing : wrong);
    QStringList parts;
    if (wrong > 0)
        parts.append(PactFormat::numerus(Text::tr("%n request(s) went wrong", nullptr, int(wrong)), wrong));
    if (missing > 0)
        parts.append(
            PactFormat::numerus(Text::tr("%n interaction(s) not requested yet", nullptr, int(missing)), missing));
    return Text::tr("Write Pact needs a clean run, as Pact's mock server does: %1.")
        .arg(parts.join(QStringLiteral(", ")));
}

QString writeExercisedPact(QWidget *parent, DialogService *dialogs, RunningServer *server)
{
    if (!server)
        return {};
    const QString title = Text::tr("Write Exercised Pact");
    if (const QString why = whyPactNotWritable(server); !why.isEmpty()) {
        // Said before asking for a file name, with every problem listed (not only counted).
        const QStringList lines = problemLines(server);
        const QString shown = lines.mid(0, 10).join(u'\n') + (lines.size() > 10 ? QStringLiteral("\n…") : QString());
        dialogs->showError(parent, title,
            Text::tr("The pact was not written. %1").arg(why) + QStringLiteral("\n\n") + shown, lines.join(u'\n'));
        return {};
    }
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
