// SPDX-License-Identifier: MIT
// V4-only steps: interaction keys, pending flags and comments (consumer side, written by our
// MockServer/PactWriter; provider side, verified by our Verifier), mixed interaction kinds.

#include "messagebody.h"
#include "mockrun.h"
#include "providerrun.h"
#include "stepregistry.h"
#include "world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Compat {

void registerMessageProviderSteps(StepRegistry &r);

namespace {

void addComment(Interaction &i, const QString &text)
{
    QJsonArray texts = i.comments.value(u"text").toArray();
    texts.append(text);
    i.comments.insert(QStringLiteral("text"), texts);
}

/// A comments table (comment | type: text or testname) into an interaction's comments.
void applyComments(Interaction &i, const DataTable &table)
{
    for (qsizetype row = 1; row < table.size(); ++row) {
        if (table.at(row).value(1) == u"testname")
            i.comments.insert(QStringLiteral("testname"), table.at(row).value(0));
        else
            addComment(i, table.at(row).value(0));
    }
}

void addHttpPact(World &w, int number, const std::function<void(Interaction &)> &change)
{
    Interaction i = w.interaction(number);
    change(i);
    Pact pact;
    pact.consumer.name = QStringLiteral("c_%1").arg(number);
    pact.provider.name = QStringLiteral("p");
    pact.specVersion = w.version;
    pact.interactions = { i };
    w.provider.pacts.append(pact);
}

void consoleContains(const World &w, const QString &text, const QString &what)
{
    check(w.provider.ran, QStringLiteral("the verification was not run"));
    check(w.provider.output.join(u'\n').contains(text),
        QStringLiteral("%1 '%2' is not in the verifier's console output").arg(what, text));
}

void registerConsumer(StepRegistry &r)
{
    r.add(QStringLiteral("a key of \"(.*)\" is specified for the (?:HTTP|message|synchronous message) interaction"),
        [](World &w, const StepArgs &a) { w.defined().key = a.at(0); });
    r.add(QStringLiteral("the (?:HTTP|message|synchronous message) interaction is marked as pending"),
        [](World &w, const StepArgs &) { w.defined().pending = true; });
    r.add(QStringLiteral("a comment \"(.*)\" is added to the (?:HTTP|message|synchronous message) interaction"),
        [](World &w, const StepArgs &a) { addComment(w.defined(), a.at(0)); });
    r.add(QStringLiteral("there will be an interaction in the Pact file with a type of \"(.*)\""),
        [](World &w, const StepArgs &a) {
            check(w.consumer.pactWritten, QStringLiteral("no pact file was written"));
            const QJsonArray all
                = QJsonDocument::fromJson(w.consumer.writtenBytes).object().value(u"interactions").toArray();
            for (const QJsonValue &i : all) {
                if (i.toObject().value(u"type").toString() == a.at(0))
                    return;
            }
            fail(QStringLiteral("no interaction of type ") + a.at(0));
        });
}

void registerProvider(StepRegistry &r)
{
    r.add(QStringLiteral("a Pact file for interaction (\\d+) is to be verified, but is marked pending"),
        [](World &w, const StepArgs &a) { addHttpPact(w, a.intAt(0), [](Interaction &i) { i.pending = true; }); });
    r.add(QStringLiteral("a Pact file for interaction (\\d+) is to be verified with the following comments:"),
        [](World &w, const StepArgs &a) {
            addHttpPact(w, a.intAt(0), [&a](Interaction &i) { applyComments(i, a.table); });
        });
    r.add(QStringLiteral("a Pact file for \"([^\"]*)\":\"(.*)\" is to be verified with the following comments:"),
        [](World &w, const StepArgs &a) {
            Interaction i;
            i.kind = InteractionKind::AsynchronousMessage;
            i.description = a.at(0);
            setMessageBody(w, a.at(1), i.message);
            applyComments(i, a.table);
            Pact pact;
            pact.consumer.name = QStringLiteral("c_1");
            pact.provider.name = QStringLiteral("p");
            pact.specVersion = w.version;
            pact.interactions = { i };
            w.provider.pacts.append(pact);
        });
    r.add(QStringLiteral("the comment \"(.*)\" will have been printed to the console"),
        [](World &w, const StepArgs &a) { consoleContains(w, a.at(0), QStringLiteral("the comment")); });
    r.add(QStringLiteral("the \"(.*)\" will displayed as the original test name"),
        [](World &w, const StepArgs &a) { consoleContains(w, a.at(0), QStringLiteral("the test name")); });
}

} // namespace

void registerV4Steps(StepRegistry &r)
{
    registerConsumer(r);
    registerProvider(r);
    registerMessageProviderSteps(r);
}

} // namespace Pactbench::Compat
