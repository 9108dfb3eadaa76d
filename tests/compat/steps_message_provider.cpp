// SPDX-License-Identifier: MIT
// Message provider steps (V3/V4 message_provider): the TestProvider's message endpoint answers
// with the scenario's messages; message pacts are verified by our Verifier (message transport).

#include "fixtures.h"
#include "messagebody.h"
#include "providerrun.h"
#include "stepregistry.h"
#include "world.h"

#include <core/model/pactreader.h>
#include <tests/verifier/testprovider.h>

#include <QJsonObject>

namespace Pactbench::Compat {

bool resultHas(const InteractionResult &r, const QString &text);

namespace {

void startMessageProvider(World &w, const QString &description, const QString &cell, const QJsonObject &metadata)
{
    MessageContents m;
    setMessageBody(w, cell, m);
    Test::TestProvider::Message message;
    message.body = m.contents.content();
    message.contentType = m.contents.contentType;
    message.metadata = metadata;
    ensureProvider(w);
    w.provider.provider->message(unescapeQuotes(description), message);
}

Interaction messageInteraction(const World &w, const QString &description, const QString &cell)
{
    Interaction i;
    i.kind = InteractionKind::AsynchronousMessage;
    i.description = unescapeQuotes(description);
    if (!cell.isEmpty())
        setMessageBody(w, cell, i.message);
    return i;
}

void addMessagePact(World &w, const Interaction &i)
{
    Pact pact;
    pact.consumer.name = QStringLiteral("c_%1").arg(w.provider.pacts.size() + 1);
    pact.provider.name = QStringLiteral("p");
    pact.specVersion = w.version;
    pact.interactions = { i };
    w.provider.pacts.append(pact);
}

/// "Origin=AXP-1000; TagData=JSON: {…}" → metadata.
QJsonObject metadataList(const QString &cell)
{
    QJsonObject metadata;
    for (const QString &item : cell.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        metadata.insert(item.left(eq).trimmed(), metadataValue(item.mid(eq + 1).trimmed()));
    }
    return metadata;
}

/// A vertical table (name | value) describing the message.
void addConfiguredPact(World &w, const StepArgs &a)
{
    Interaction i = messageInteraction(w, a.at(0), {});
    for (const QStringList &row : a.table) {
        const QString key = row.value(0);
        const QString value = row.value(1);
        if (key == u"body") {
            setMessageBody(w, value, i.message);
        } else if (key == u"metadata") {
            const QJsonObject meta = metadataList(value);
            for (auto it = meta.begin(); it != meta.end(); ++it)
                i.message.metadata.insert(it.key(), it.value());
        } else if (key == u"matching rules") {
            const QJsonObject rules = jsonCell(w, QStringLiteral("file: ") + value).toObject();
            i.message.matchingRules
                = PactReader::readMessage({ { QStringLiteral("matchingRules"), rules } }, w.version).matchingRules;
        } else {
            fail(QStringLiteral("unknown message attribute ") + key);
        }
    }
    addMessagePact(w, i);
}

} // namespace

void registerMessageProviderSteps(StepRegistry &r)
{
    r.add(QStringLiteral("a provider is started that can generate the \"(.*)\" message with \"(.*)\""),
        [](World &w, const StepArgs &a) { startMessageProvider(w, a.at(0), a.at(1), {}); });
    r.add(QStringLiteral(
              "a provider is started that can generate the \"(.*)\" message with \"(.*)\" and the following metadata:"),
        [](World &w, const StepArgs &a) { startMessageProvider(w, a.at(0), a.at(1), metadataTable(a.table)); });
    r.add(QStringLiteral("a Pact file for \"([^\"]*)\":\"(.*)\" is to be verified"),
        [](World &w, const StepArgs &a) { addMessagePact(w, messageInteraction(w, a.at(0), a.at(1))); });
    r.add(QStringLiteral("a Pact file for \"([^\"]*)\":\"(.*)\" is to be verified with provider state \"(.*)\""),
        [](World &w, const StepArgs &a) {
            Interaction i = messageInteraction(w, a.at(0), a.at(1));
            i.providerStates.append({ a.at(2), {}, {} });
            addMessagePact(w, i);
        });
    r.add(QStringLiteral("a Pact file for \"([^\"]*)\":\"(.*)\" is to be verified with the following metadata:"),
        [](World &w, const StepArgs &a) {
            Interaction i = messageInteraction(w, a.at(0), a.at(1));
            const QJsonObject meta = metadataTable(a.table);
            for (auto it = meta.begin(); it != meta.end(); ++it)
                i.message.metadata.insert(it.key(), it.value());
            addMessagePact(w, i);
        });
    r.add(QStringLiteral("a Pact file for \"([^\"]*)\" is to be verified with the following:"), addConfiguredPact);
    r.add(QStringLiteral("a Pact file for \"([^\"]*)\":\"(.*)\" is to be verified, but is marked pending"),
        [](World &w, const StepArgs &a) {
            Interaction i = messageInteraction(w, a.at(0), a.at(1));
            i.pending = true;
            addMessagePact(w, i);
        });
    r.add(QStringLiteral("there will be a pending \"(.*)\" error"), [](World &w, const StepArgs &a) {
        check(w.provider.ran, QStringLiteral("the verification was not run"));
        for (const InteractionResult &res : w.provider.results) {
            if (res.pending && res.outcome != InteractionOutcome::Passed && resultHas(res, a.at(0)))
                return;
        }
        fail(QStringLiteral("no pending interaction failed with '%1'").arg(a.at(0)));
    });
}

} // namespace Pactbench::Compat
